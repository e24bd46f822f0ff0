import type { CaptureOptions, Snapshot } from './snapshot.ts'
import { Safe500Error } from '../errors.ts'
import { adapters } from './adapters.ts'
import { decodeContent, decodeText } from './decode.ts'

/** Default most bytes `capture()` reads: 4 MiB. */
export const defaultMaxBytes = 4 * 1024 * 1024
/** Default most milliseconds `capture()` waits for a body: 5 s. */
export const defaultTimeout = 5000

/**
 * Reads a response once into a plain `Snapshot`: status, lower-case headers, the decoded body
 * bytes and text. Takes a fetch/undici `Response` (read through a clone, so you can still use it),
 * an undici `request()` result, supertest/superagent and axios responses (and axios errors),
 * Fastify `inject()` results, a node `IncomingMessage`, Hono `app.request()` results, a plain
 * `{ status, headers, body }`, or a snapshot.
 *
 * @example
 * ```ts
 * import { capture } from 'safe500'
 * const snapshot = await capture(await fetch('http://127.0.0.1:3000/boom'))
 * console.log(snapshot.status, snapshot.headers['content-type'], snapshot.text.length)
 * ```
 */
export async function capture(input: unknown, options: CaptureOptions = {}): Promise<Snapshot> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  const timeout = options.timeout ?? defaultTimeout
  const settled = await input
  if (isSnapshot(settled)) return settled
  for (const adapter of adapters) {
    if (!adapter.accepts(settled)) continue
    const raw = await adapter.read(settled, { maxBytes, timeout })
    const decoded = await decodeContent(raw.body, raw.headers['content-encoding'], {
      maxBytes,
      timeout,
    })
    return {
      status: raw.status,
      statusText: raw.statusText ?? '',
      headers: raw.headers,
      body: decoded.bytes,
      text: decodeText(decoded.bytes, raw.headers['content-type']),
      truncated: raw.truncated || decoded.truncated,
      wireLength: raw.body.byteLength,
      ...(raw.method ? { method: raw.method } : {}),
    }
  }
  throw new Safe500Error(
    'ERR_NOT_A_RESPONSE',
    `Expected a response, received ${describeValue(settled)}. Pass what your HTTP client returned: a fetch Response, an undici request() result, a supertest or axios response, a Fastify inject() result, or { status, headers, body }.${
      typeof settled === 'function' ? ' Did you forget to call it?' : ''
    }`,
  )
}

/**
 * True for a value `capture()` made (or one of the same shape).
 *
 * @example
 * ```ts
 * import { capture, isSnapshot } from 'safe500'
 * isSnapshot(await capture(res)) // true
 * isSnapshot(res) // false
 * ```
 */
export function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<Snapshot>
  return (
    typeof v.status === 'number' &&
    typeof v.text === 'string' &&
    v.body instanceof Uint8Array &&
    typeof v.headers === 'object' &&
    typeof v.truncated === 'boolean'
  )
}

/** A short description of a value for an error message: its type and, for objects, their constructor. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.slice(0, 40))}${value.length > 40 ? '…' : ''})`
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a primitive here, printed as is
  if (typeof value !== 'object') return `${typeof value} ${String(value).slice(0, 40)}`
  const name = value.constructor?.name
  const keys = Object.keys(value).slice(0, 6)
  return `${name && name !== 'Object' ? `a ${name}` : 'an object'}${keys.length ? ` with keys ${keys.join(', ')}` : ''}`
}
