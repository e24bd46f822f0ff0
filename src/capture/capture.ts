import type { RawResponse, ReadLimits } from './raw.ts'
import type { CaptureOptions, Snapshot } from './snapshot.ts'
import { checkKeys } from '../check-keys.ts'
import { Safe500Error } from '../errors.ts'
import { adapters } from './adapters.ts'
import { checkLimit } from './check-limit.ts'
import { isClientError } from './adapters/client-error.ts'
import { clientBadEncoding } from './bad-encoding.ts'
import { cutShort, fetchCutShort } from './cut-short.ts'
import { decodeContent, decodeText, unmarkedUtf16 } from './decode.ts'
import { isThenable } from './describe-value.ts'
import { expiry } from './expiry.ts'
import { isSnapshot } from './is-snapshot.ts'
import { notAResponse, rejected } from './not-a-response.ts'

// Kept here for code that imported it from this file before it moved.
export { describeValue } from './describe-value.ts'

/** Default most bytes `capture()` reads: 4 MiB. */
const defaultMaxBytes = 4 * 1024 * 1024
/**
 * Default most milliseconds `capture()` waits for a body: 3 s, under the 5 s a test may take in
 * Vitest and Jest, so a body that never ends is reported as such rather than as a test timeout.
 */
export const defaultTimeout = 3000

/**
 * Reads a response once into a plain `Snapshot`: status, lower-case headers, the body bytes with
 * Content-Encoding undone (gzip, deflate, br, zstd, several in a row), and the text decoded with
 * its charset. Reads at most `maxBytes` (default 4 MiB; the rest is never read and the snapshot
 * says `truncated`) and waits at most `timeout` ms for the response to end, a promise passed in to
 * settle and its body together (default 3 s).
 *
 * Takes what your HTTP client gives, or a promise of it:
 * - a fetch `Response` (global fetch, undici's fetch, Hono `app.request()`), read through a clone
 *   so you can still use it;
 * - an undici `request()` result, a node `IncomingMessage` (their stream is consumed: use the
 *   snapshot afterwards);
 * - a supertest/superagent, axios or got response, a Fastify `inject()` (light-my-request)
 *   result, left as they were;
 * - an axios, got or superagent error that carries the response (a 5xx with axios' and got's
 *   defaults);
 * - a plain `{ status, headers, body }`, or a snapshot (returned as is).
 *
 * Throws a `Safe500Error`: `ERR_NOT_A_RESPONSE` for anything else (a function not called, a
 * `Request`, an error without a response), `ERR_BODY_CONSUMED` when the body was already read,
 * `ERR_BODY_TIMEOUT` when it does not end in time, `ERR_BAD_ENCODING` when it does not decode as
 * its Content-Encoding says (whether safe500 or the client decoded it: fetch, axios, got and
 * superagent decode themselves), `ERR_BODY_READ` when the connection fails mid-body.
 *
 * @example
 * ```ts
 * import { capture } from 'safe500'
 * const res = await fetch('http://127.0.0.1:3000/boom')
 * const snapshot = await capture(res, { maxBytes: 1024 * 1024, timeout: 2000 })
 * console.log(snapshot.status, snapshot.headers['content-type'], snapshot.text.length)
 * await res.json() // the body is still there
 *
 * const { status, text } = await capture(request(app).get('/boom')) // supertest
 * ```
 */
export async function capture(input: unknown, options: CaptureOptions = {}): Promise<Snapshot> {
  const limits = resolveLimits(options)
  const started = Date.now()
  const settled = await settle(input, limits.timeout)
  if (isSnapshot(settled)) return settled
  // One deadline for the whole response: what waiting for the promise took is not waited again.
  const left = Math.max(1, limits.timeout - (Date.now() - started))
  const body = { ...limits, timeout: left, given: limits.timeout }
  return toSnapshot(await readRaw(settled, body), limits)
}

/**
 * Awaits the input, at most `timeout` ms; a rejection is read when it carries a response (axios,
 * got, superagent).
 */
async function settle(input: unknown, timeout: number): Promise<unknown> {
  try {
    return await within(input, timeout)
  } catch (reason) {
    // superagent rejects a body it cannot decode with zlib's bare error, and one cut short with
    // the socket's; its request has the status and headers.
    const failed = isSuperagentRequest(input)
      ? (clientBadEncoding(reason, input, 'superagent') ?? cutShort(reason, input))
      : undefined
    if (failed) throw failed
    if (isClientError(reason)) return reason
    if (reason instanceof Safe500Error) throw reason
    throw fetchCutShort(reason) ?? rejected(reason)
  }
}

/**
 * `input` awaited, or `ERR_BODY_TIMEOUT` when it is a promise that has not settled within `timeout`
 * ms: supertest, axios and got settle only once the whole body has arrived, so a body that never
 * ends leaves their promise pending.
 */
function within(input: unknown, timeout: number): Promise<unknown> {
  if (!isThenable(input)) return Promise.resolve(input)
  const { expired, clear } = expiry(
    timeout,
    () =>
      `The response did not arrive within ${timeout} ms: the promise passed in had not settled. A fetch or undici promise settles once the status and headers arrive, so the app had not answered at all: an app waiting on an upstream that never answers (a call made without a timeout of its own) looks like this. supertest, axios and got settle only once the whole body has arrived, so with them a body that never ends looks like this too. If the server is meant to take that long, raise the timeout ({ timeout: 30_000 }); otherwise give the app's upstream calls a timeout and make sure it finishes its response.`,
  )
  return Promise.race([input, expired]).finally(clear)
}

function readRaw(value: unknown, limits: ReadLimits): Promise<RawResponse> {
  const adapter = adapters.find((candidate) => {
    try {
      return candidate.accepts(value)
    } catch {
      return false // an exotic object (a Proxy, a throwing getter) is no response shape
    }
  })
  if (adapter === undefined) return Promise.reject(fetchCutShort(value) ?? notAResponse(value))
  return adapter
    .read(value, limits, (inner) => readRaw(inner, limits))
    .catch((error: unknown) => {
      // A client that decodes as it reads (fetch, an axios stream) errors mid-body on a body that
      // does not decode: say so, not that the connection failed.
      const undecodable =
        error instanceof Safe500Error && error.code === 'ERR_BODY_READ'
          ? clientBadEncoding(error.cause, value, adapter.client)
          : undefined
      throw undecodable ?? error
    })
}

/** A superagent (supertest) request, which keeps the response it failed on in `res`. */
function isSuperagentRequest(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const request = value as { then?: unknown; buffer?: unknown; parse?: unknown }
  try {
    return (
      typeof request.then === 'function' &&
      typeof request.buffer === 'function' &&
      typeof request.parse === 'function'
    )
  } catch {
    return false // an exotic object (a Proxy, a throwing getter)
  }
}

async function toSnapshot(raw: RawResponse, limits: ReadLimits): Promise<Snapshot> {
  let bytes = raw.body
  let truncated = raw.truncated
  let asSent = false
  if (raw.text === undefined && raw.decoded !== true) {
    const decoded = await decodeContent(raw.body, raw.headers['content-encoding'], {
      ...limits,
      mode: raw.decoded === false ? 'wire' : 'sniff',
    })
    bytes = decoded.bytes
    truncated ||= decoded.truncated
    // Bytes the client may have decoded were as sent only if each listed encoding was undone here.
    asSent = raw.decoded === false || decoded.undone === decoded.listed.length
  }
  const wireLength = raw.wireLength ?? (asSent && !raw.truncated ? raw.body.byteLength : undefined)
  return {
    status: raw.status,
    statusText: raw.statusText ?? '',
    headers: raw.headers,
    body: bytes,
    // A client that read UTF-16 as an 8-bit charset kept its NULs: read the bytes again.
    text:
      raw.text !== undefined && unmarkedUtf16(bytes) === undefined
        ? raw.text
        : decodeText(bytes, raw.headers['content-type']),
    truncated,
    ...(raw.method ? { method: raw.method } : {}),
    ...(raw.url ? { url: raw.url } : {}),
    ...(wireLength === undefined ? {} : { wireLength }),
  }
}

function resolveLimits(options: CaptureOptions): ReadLimits {
  if (typeof options !== 'object' || options === null) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `capture() options must be an object, received ${typeof options}.`,
    )
  }
  checkKeys(options, ['maxBytes', 'timeout'], 'capture(): ')
  const { maxBytes = defaultMaxBytes, timeout = defaultTimeout } = options
  checkLimit('maxBytes', maxBytes)
  checkLimit('timeout', timeout)
  return { maxBytes: Math.max(1, Math.floor(maxBytes)), timeout }
}
