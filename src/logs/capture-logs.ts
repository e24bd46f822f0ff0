import { Writable } from 'node:stream'
import { Safe500Error } from '../errors.ts'
import { trackCapture } from './internal/open-captures.ts'
import { listen } from './internal/patch.ts'
import { toRecords } from './internal/to-records.ts'

/**
 * One log record: a console call, one write to stdout/stderr or the stream (JSON lines split).
 *
 * @example
 * ```ts
 * import { captureLogs, type LogRecord } from 'safe500'
 * using logs = captureLogs()
 * await fetch(`${app.url}/boom`)
 * const errors: LogRecord[] = logs.records.filter((record) => record.level === 'error')
 * expect(errors.some((record) => record.text.includes('orders query failed'))).toBe(true)
 * ```
 */
export interface LogRecord {
  /** `console`, `stdout`, `stderr`, or `stream` (the destination you gave pino or winston). */
  readonly source: 'console' | 'stdout' | 'stderr' | 'stream'
  /** The console method (`error`, `warn`, ...; `undefined` for `log`), or the level a JSON record names. */
  readonly level: string | undefined
  /** The text, as the terminal would have shown it (console arguments formatted like Node does). */
  readonly text: string
  /** The record parsed, when it is a line of JSON (pino, winston's json format). */
  readonly json: unknown
}

/**
 * What to capture.
 *
 * @example
 * ```ts
 * import { captureLogs, type CaptureLogsOptions } from 'safe500'
 * const options: CaptureLogsOptions = { stdout: false, print: true } // still shown in the terminal
 * using logs = captureLogs(options)
 * ```
 */
export interface CaptureLogsOptions {
  /** console.log, info, warn, error, debug, trace. Default true. */
  readonly console?: boolean | undefined
  /** process.stdout.write. Default true. */
  readonly stdout?: boolean | undefined
  /** process.stderr.write. Default true. */
  readonly stderr?: boolean | undefined
  /** Also let captured output through to the terminal. Default false. */
  readonly print?: boolean | undefined
}

/**
 * Logs captured since `captureLogs()`; `restore()` (or `using`) puts everything back.
 *
 * @example
 * ```ts
 * import { captureLogs, type LogCapture } from 'safe500'
 * let logs: LogCapture
 * beforeEach(() => { logs = captureLogs() })
 * afterEach(() => logs.restore())
 * test('the error is logged', async () => {
 *   await fetch(`${app.url}/boom`)
 *   expect(logs.text()).toContain('Error: boom')
 * })
 * ```
 */
export interface LogCapture {
  /** The records so far, in order. */
  readonly records: readonly LogRecord[]
  /** A destination for loggers that write to a stream: `pino(logs.stream)`, winston's Stream transport. */
  readonly stream: Writable
  /** Every record's text, one per line. */
  text(): string
  /** Forgets the records so far. */
  clear(): void
  /** Stops capturing and restores what was patched. Safe to call twice. */
  restore(): void
  [Symbol.dispose](): void
}

/**
 * Captures what the app logs: console methods and process.stdout/stderr writes, plus a `stream`
 * to give loggers that write to a destination (pino, winston), until `restore()`. Start it before
 * the request and restore it after the test (`afterEach`, or `using logs = captureLogs()`);
 * captures may overlap, and each restores only what it patched.
 *
 * @example
 * ```ts
 * import { captureLogs } from 'safe500'
 * import pino from 'pino'
 * using logs = captureLogs()
 * const app = buildApp({ logger: pino(logs.stream) })
 * const res = await fetch(`${app.url}/boom`)
 * await expect(res).toBeTraceableIn(logs)
 * ```
 */
export function captureLogs(options: CaptureLogsOptions = {}): LogCapture {
  if (typeof options !== 'object' || options === null) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `captureLogs() takes options such as { print: true }, received ${typeof options}.`,
    )
  }
  const records: LogRecord[] = []
  const push = (source: LogRecord['source'], level: string | undefined, text: string) => {
    records.push(...toRecords(source, level, text))
  }
  const stop = listen({
    console: options.console ?? true,
    stdout: options.stdout ?? true,
    stderr: options.stderr ?? true,
    print: options.print ?? false,
    record: push,
  })
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, callback) {
      push(
        'stream',
        undefined,
        typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'),
      )
      callback()
    },
  })
  // Where it was called, for the error of a test that leaves it open (safe500/vitest).
  const site: { stack?: string } = {}
  Error.captureStackTrace(site, captureLogs)
  const restore = () => {
    open.closed()
    stop()
  }
  const logs: LogCapture = {
    records,
    stream,
    text: () => records.map((r) => r.text).join('\n'),
    clear: () => {
      records.length = 0
    },
    restore,
    [Symbol.dispose]: restore,
  }
  const open = trackCapture(logs, restore, site)
  return logs
}
