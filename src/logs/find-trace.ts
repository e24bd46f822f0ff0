import { stripVTControlCharacters } from 'node:util'
import { checkKeys } from '../check-keys.ts'
import { canaryLabel, canaryPattern } from '../canaries/registry.ts'
import { Safe500Error } from '../errors.ts'
import { forgedLogLine } from '../request-id/hostile-request-ids.ts'
import { isHexId } from '../request-id/internal/same-id.ts'
import { stackTraceNode } from '../rules/stack-trace-node.ts'
import type { LogCapture, LogRecord } from './capture-logs.ts'
import { toRecords } from './internal/to-records.ts'

/**
 * What `findTrace()` looks for besides the ID.
 *
 * @example
 * ```ts
 * import { captureLogs, findTrace, hostileRequestIds, type TraceOptions } from 'safe500'
 * using logs = captureLogs()
 * const inbound = hostileRequestIds().find((h) => h.kind === 'percent-encoded CR/LF')!.value
 * const res = await fetch(`${app.url}/boom`, { headers: { 'x-request-id': inbound } })
 * const options: TraceOptions = { error: /orders query failed/, inbound }
 * expect(findTrace(logs, [res.headers.get('x-request-id')!], options).forged).toEqual([])
 * ```
 */
export interface TraceOptions {
  /**
   * The real error: an Error (its message), a string or a RegExp the record must hold. Default:
   * a V8 stack frame, a planted canary (`canaryError()`), or a JSON `err`/`error` with a message.
   */
  readonly error?: Error | string | RegExp | undefined
  /** The inbound ID the test sent: text after a CR/LF in it must not start a line of any record. */
  readonly inbound?: string | undefined
}

/**
 * Where a request ID and its error were found in the logs.
 *
 * @example
 * ```ts
 * import { captureLogs, findTrace, type Trace } from 'safe500'
 * using logs = captureLogs()
 * const res = await fetch(`${app.url}/boom`)
 * const trace: Trace = findTrace(logs, [res.headers.get('x-request-id')!])
 * const counts = `${trace.withId.length} with the ID, ${trace.withError.length} with an error`
 * expect(trace.record, counts).toBeDefined()
 * ```
 */
export interface Trace {
  /** The first record holding one of the IDs together with the error, if any. */
  readonly record: LogRecord | undefined
  /** Records holding one of the IDs. */
  readonly withId: readonly LogRecord[]
  /** Records holding the error. */
  readonly withError: readonly LogRecord[]
  /** Records with a line forged through a CR/LF in an inbound ID. */
  readonly forged: readonly LogRecord[]
}

/** Characters that continue an ID: a match must not sit inside a longer token. */
const idChar = /[A-Za-z0-9_-]/

/**
 * Looks for the log record that makes an error traceable: one holding the request ID (as a
 * whole token) together with the real error (a stack, the error's message). What the test printed
 * of safe500's own output (a report, its findings, a `[safe500]` error) is no record of the app's. Also lists records
 * where a CR/LF in an inbound ID forged a line (`hostileRequestIds()` values, or `inbound`).
 *
 * @example
 * ```ts
 * import { captureLogs, findTrace } from 'safe500'
 * const logs = captureLogs()
 * const res = await fetch(`${app.url}/boom`)
 * const trace = findTrace(logs, [res.headers.get('x-request-id')!])
 * trace.record?.text // '{"level":50,"reqId":"3f1c…","err":{"stack":"Error: boom\n    at …"}}'
 * ```
 */
export function findTrace(
  logs: LogCapture | readonly (LogRecord | string)[],
  ids: readonly string[],
  options: TraceOptions = {},
): Trace {
  // toBeTraceableIn() passes its own options on, `requestIdHeaders` and `requestIdKeys` among them.
  checkKeys(options, ['error', 'inbound', 'requestIdHeaders', 'requestIdKeys'])
  const records = toRecordList(logs)
  const wanted = ids.filter((id) => id !== '')
  const hasError = errorTest(options.error)
  const forgedLines = forgedStarts(options.inbound)
  const withId: LogRecord[] = []
  const withError: LogRecord[] = []
  const forged: LogRecord[] = []
  let found: LogRecord | undefined
  for (const record of records) {
    // Colours (Nest's ConsoleLogger, chalk) split a stack's frames with escape codes.
    const plain = stripVTControlCharacters(record.text)
    const r = plain === record.text ? record : { ...record, text: plain }
    // What the test printed of safe500's own output is not the app's log: a report holds the ID
    // and an excerpt of the stack it found.
    if (isOwnOutput(r.text)) continue
    const id = wanted.some((w) => holdsToken(r.text, w))
    const error = hasError(r)
    if (id) withId.push(r)
    if (error) withError.push(r)
    if (id && error) found ??= r
    if (
      r.text
        .split(/\r\n|\r|\n/)
        .some((line) => forgedLines.some((f) => line.trimStart().startsWith(f)))
    )
      forged.push(r)
  }
  return { record: found, withId, withError, forged }
}

function toRecordList(logs: LogCapture | readonly (LogRecord | string)[]): readonly LogRecord[] {
  if (Array.isArray(logs))
    return logs.flatMap((r: LogRecord | string) =>
      typeof r === 'string' ? toRecords('stream', undefined, r) : [r],
    )
  if (typeof logs === 'object' && logs !== null && Array.isArray((logs as LogCapture).records))
    return (logs as LogCapture).records
  throw new Safe500Error(
    'ERR_BAD_OPTION',
    `Expected the logs from captureLogs() (or an array of records or lines), received ${logs === null ? 'null' : typeof logs}. Write const logs = captureLogs() before the request and pass logs.`,
  )
}

/**
 * Whether a record is safe500's output that the test printed: a report or finding formatted
 * (`category › rule at …: … "…»match«…"`), a report or its findings inspected or as JSON (an
 * `excerpt` with its marks), or a `[safe500]` error message.
 */
function isOwnOutput(text: string): boolean {
  if (text.includes('[safe500] ')) return true
  const open = text.indexOf('»')
  if (open === -1 || text.indexOf('«', open) === -1) return false
  return text.includes(' › ') || text.includes('excerpt')
}

/**
 * Whether `token` stands in `text` as a whole ID; a hex ID (a UUID, a trace-id) in any case, as
 * `sameId` compares them: a logger may print it in capitals.
 */
function holdsToken(text: string, id: string): boolean {
  const hex = isHexId(id)
  const haystack = hex ? text.toLowerCase() : text
  const token = hex ? id.toLowerCase() : id
  for (let at = haystack.indexOf(token); at !== -1; at = haystack.indexOf(token, at + 1)) {
    const before = haystack[at - 1]
    const after = haystack[at + token.length]
    if (
      (before === undefined || !idChar.test(before)) &&
      (after === undefined || !idChar.test(after))
    )
      return true
  }
  return false
}

function errorTest(error: TraceOptions['error']): (record: LogRecord) => boolean {
  if (error instanceof RegExp) {
    const pattern = new RegExp(error.source, error.flags.replace(/[gy]/g, ''))
    return (r) => pattern.test(r.text)
  }
  if (error instanceof Error || typeof error === 'string') {
    const text = typeof error === 'string' ? error : error.message || String(error.stack ?? '')
    if (text === '')
      throw new Safe500Error('ERR_BAD_OPTION', 'The error to look for is empty: pass its message.')
    return (r) => r.text.includes(text) || r.text.includes(JSON.stringify(text).slice(1, -1))
  }
  const stack = new RegExp((stackTraceNode.patterns[0] as RegExp).source, 'i')
  return (r) => {
    const text = withoutSynthetic(r)
    return stack.test(text) || hasCanary(text) || jsonError(r.json)
  }
}

/** pino-http logs `failed with status code 500`, an Error of its own, when the app did not set `res.err`. */
const synthetic = /^failed with status code \d{3}$/

function isSynthetic(value: unknown): boolean {
  const message = (value as { message?: unknown } | null | undefined)?.message
  return typeof message === 'string' && synthetic.test(message)
}

/** The record's text without an error that only says the status was 5xx. */
function withoutSynthetic(record: LogRecord): string {
  const json = record.json as Record<string, unknown> | undefined
  if (!json || !(isSynthetic(json['err']) || isSynthetic(json['error']))) return record.text
  const { err, error, ...rest } = json
  return JSON.stringify({
    ...rest,
    ...(isSynthetic(err) ? {} : { err }),
    ...(isSynthetic(error) ? {} : { error }),
  })
}

function hasCanary(text: string): boolean {
  for (const match of text.matchAll(canaryPattern))
    if (canaryLabel(match[0]) !== undefined) return true
  return false
}

/** A JSON record with an `err` or `error` member that has a message (pino's and winston's errors). */
function jsonError(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false
  for (const key of ['err', 'error']) {
    const value = (json as Record<string, unknown>)[key]
    if (typeof value === 'object' && value !== null && !isSynthetic(value)) {
      const { message, stack } = value as { message?: unknown; stack?: unknown }
      if ((typeof message === 'string' && message !== '') || typeof stack === 'string') return true
    }
  }
  const { stack } = json as { stack?: unknown }
  return typeof stack === 'string' && stack !== ''
}

/** Texts that, at the start of a log line, show a forged line. */
function forgedStarts(inbound: string | undefined): string[] {
  const starts = [forgedLogLine]
  if (inbound !== undefined) {
    const decoded = inbound.replace(/%0d/gi, '\r').replace(/%0a/gi, '\n')
    const after = decoded
      .split(/\r\n|\r|\n/)
      .slice(1)
      .find((line) => line.trim() !== '')
    if (after !== undefined) starts.push(after.trimStart().slice(0, 40))
  }
  return starts
}
