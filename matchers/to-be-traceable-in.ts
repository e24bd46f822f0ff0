import { setImmediate } from 'node:timers'
import {
  findRequestIds,
  findTrace,
  maskSecrets,
  Safe500Error,
  type LogCapture,
  type LogRecord,
  type TraceOptions,
} from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'
import { captureReceived } from './internal/capture-received.ts'
import { clip } from './internal/request-id-lines.ts'

/**
 * Options of `toBeTraceableIn()`: what the error is, the inbound ID sent, more ID header names.
 *
 * @example
 * ```ts
 * import type { TraceableOptions } from 'safe500/matchers'
 * const options: TraceableOptions = { error: 'orders query failed', requestIdHeaders: ['x-trace'] }
 * await expect(res).toBeTraceableIn(logs, options)
 * ```
 */
export interface TraceableOptions extends TraceOptions {
  /** More header names that carry the request ID. */
  readonly requestIdHeaders?: readonly string[] | undefined
  /** More JSON member names that carry the request ID, e.g. `ref`. */
  readonly requestIdKeys?: readonly string[] | undefined
}

/**
 * The logs `toBeTraceableIn()` reads: a `captureLogs()` capture, or records or lines.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises'
 * import type { Logs } from 'safe500/matchers'
 * const lines: Logs = (await readFile('app.log', 'utf8')).split('\n') // or a captureLogs() capture
 * await expect(res).toBeTraceableIn(lines)
 * ```
 */
export type Logs = LogCapture | readonly (LogRecord | string)[]

/** Most records a message shows for each list. */
const shown = 2

/**
 * Passes when support can find the real error from the response: some log record holds the
 * response's request ID together with the real error (a stack, a planted canary, or
 * `options.error`: its message, a string or a RegExp), and no record has a line forged through
 * a CR/LF in the inbound ID. Capture the logs with `captureLogs()` before the request. Always
 * `await` it.
 *
 * @example
 * ```ts
 * using logs = captureLogs()
 * const res = await fetch(`${app.url}/boom`)
 * await expect(res).toBeTraceableIn(logs)
 * await expect(res).toBeTraceableIn(logs, { error: /orders query failed/ })
 * ```
 */
export function toBeTraceableIn(
  this: MatcherContext,
  received: unknown,
  logs: Logs,
  options: TraceableOptions = {},
): Promise<MatcherResult> {
  return atCaller(toBeTraceableIn, async () => {
    if (
      !Array.isArray(logs) &&
      !(typeof logs === 'object' && logs !== null && Array.isArray((logs as LogCapture).records))
    ) {
      throw new Safe500Error(
        'ERR_BAD_OPTION',
        `toBeTraceableIn(): expected the logs from captureLogs() (or an array of records or lines), received ${logs === null ? 'null' : typeof logs}. Write \`const logs = captureLogs()\` before the request, then \`await expect(res).toBeTraceableIn(logs)\`.`,
      )
    }
    const snapshot = await captureReceived('toBeTraceableIn', received)
    // Some loggers write once the response is out (pino-http on finish, Express's final handler in
    // a setImmediate): give them one turn of the event loop, on Node's own timers (a test's fake
    // timers would hold a turn of theirs until the test advances them).
    await new Promise((resolve) => setImmediate(resolve))
    const ids = findRequestIds(snapshot, {
      requestIdHeaders: options.requestIdHeaders ?? [],
      requestIdKeys: options.requestIdKeys ?? [],
    })
    const values = [...new Set(ids.all.map((id) => id.value))]
    const trace = findTrace(logs, values, options)
    const records = Array.isArray(logs) ? logs.length : (logs as LogCapture).records.length
    const pass = values.length > 0 && trace.record !== undefined && trace.forged.length === 0
    const hint = this.utils.matcherHint('toBeTraceableIn', 'received', 'logs', {
      isNot: this.isNot,
      ...(this.promise ? { promise: this.promise } : {}),
    })
    const id = this.utils.printReceived(ids.all[0]?.value)
    const errorWord =
      options.error === undefined
        ? 'the real error (a stack or a planted canary)'
        : `the error ${errorShown(options.error)}`
    const message = (): string => {
      if (pass)
        return `${hint}\n\nExpected no log record to trace the response, but one holds its request ID ${id} and ${errorWord}:\n\n  ${line(trace.record)}`
      if (values.length === 0)
        return `${hint}\n\nExpected a log record holding the response's request ID, but the response carries no request ID, so no record can be matched to it.`
      if (trace.record === undefined) {
        const blocks = [
          `  ${records} ${records === 1 ? 'record' : 'records'} captured: ${trace.withId.length} with the ID, ${trace.withError.length} with ${options.error === undefined ? 'an error' : 'the error'}, none with both`,
          ...trace.withId.slice(0, shown).map((r) => `  with the ID:    ${line(r)}`),
          ...trace.withError.slice(0, shown).map((r) => `  with the error: ${line(r)}`),
        ]
        const empty =
          records === 0
            ? `\n\n${nothingCaptured(Array.isArray(logs))}`
            : trace.withId.length === 0 && !Array.isArray(logs)
              ? '\n\n  No record holds the ID: start captureLogs() before the request, and restore it only after this check.'
              : ''
        const forged =
          trace.forged.length > 0
            ? `\n\nIt also found a log line forged through a CR/LF in the inbound ID: ${forgedLines(trace.forged)}`
            : ''
        return `${hint}\n\nExpected a log record holding the request ID ${id} together with ${errorWord}, but none holds both.\n\n${blocks.join('\n')}${empty}${forged}`
      }
      return `${hint}\n\nExpected no log line forged through a CR/LF in the inbound ID, but ${forgedLines(trace.forged)}`
    }
    return { pass, message }
  })
}

/**
 * What to do when no record reached the check: most often a logger that writes to a destination
 * of its own (pino, so Fastify's `logger: true`, and winston), past `process.stdout`.
 */
function nothingCaptured(given: boolean): string {
  return given
    ? '  The list of logs is empty: pass captureLogs() started before the request, or the records or lines the app logged.'
    : [
        "  Nothing reached the capture. Start captureLogs() before the request; a logger that writes to a destination of its own (pino, Fastify's logger, winston) bypasses it: give it logs.stream,",
        '  as Fastify({ logger: { stream: logs.stream } }), pino(logs.stream) or new winston.transports.Stream({ stream: logs.stream }).',
      ].join('\n')
}

/** A record on one line, its secrets masked: apps log connection strings and tokens. */
function line(record: LogRecord | undefined): string {
  if (!record) return ''
  const source = `${record.source}${record.level ? `.${record.level}` : ''}`
  return `[${source}] ${clip(
    maskSecrets(record.text)
      .replace(/\s{1,1000}/g, ' ')
      .trim(),
    110,
  )}`
}

/** How many records hold a forged line, and each, with its line breaks (a forged line starts after one). */
function forgedLines(forged: readonly LogRecord[]): string {
  return `${forged.length === 1 ? '1 record has one' : `${forged.length} records have one`}:\n\n${forged
    .slice(0, shown)
    .map((r) => `  ${JSON.stringify(clip(maskSecrets(r.text), 120))}`)
    .join('\n')}`
}

/** The error looked for, as given: a RegExp, a string, an Error's message. */
function errorShown(error: NonNullable<TraceOptions['error']>): string {
  if (error instanceof RegExp) return String(error)
  return JSON.stringify(clip(maskSecrets(typeof error === 'string' ? error : error.message), 80))
}
