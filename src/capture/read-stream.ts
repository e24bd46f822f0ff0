import { Safe500Error } from '../errors.ts'
import { maskSecrets } from '../audit/mask-secrets.ts'
import { expiry } from './expiry.ts'
import { maskedCause } from './masked-cause.ts'

/** Bytes read from a body, at most a limit. */
export interface Bounded {
  readonly bytes: Uint8Array
  /** True when the body had more than the limit. */
  readonly truncated: boolean
}

/** A body to read: a web `ReadableStream`, a node `Readable`, or any async iterable of chunks. */
export type BodySource = ReadableStream<unknown> | AsyncIterable<unknown>

interface Puller {
  readonly next: () => Promise<IteratorResult<unknown>>
  /** Stops the source: cancels a web stream, destroys a node stream, returns an iterator. */
  readonly stop: (reason: Error) => void
}

const ignore = () => {}

/**
 * Reads a body up to `maxBytes`, failing with `ERR_BODY_TIMEOUT` when it does not end within
 * `timeout` ms, and with `ERR_BODY_READ` (naming `status`, when given) when the source errors.
 * What is past the limit is never read: the source is cancelled (a web stream) or destroyed (a
 * node stream), so a huge or endless body costs at most `maxBytes` of memory.
 *
 * @example
 * ```ts
 * const { bytes, truncated } = await readBounded(res.body, { maxBytes: 1024, timeout: 200, what: 'the response', status: res.status })
 * ```
 */
export async function readBounded(
  source: BodySource,
  {
    maxBytes,
    timeout,
    given = timeout,
    what,
    status,
  }: {
    maxBytes: number
    timeout: number
    given?: number
    what: string
    status?: number | undefined
  },
): Promise<Bounded> {
  const chunks: Uint8Array[] = []
  let size = 0
  let truncated = false
  const puller = open(source)
  const { expired, clear } = expiry(
    timeout,
    () =>
      `The body of ${what} did not end within ${given} ms (${size} bytes read). If the server streams on purpose, raise the timeout ({ timeout: 30_000 }); otherwise the app never finished its response.`,
  )
  try {
    for (;;) {
      const next = await Promise.race([puller.next(), expired])
      if (next.done) break
      const chunk = toBytes(next.value)
      if (size + chunk.byteLength > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - size))
        size = maxBytes
        truncated = true
        break
      }
      chunks.push(chunk)
      size += chunk.byteLength
    }
  } catch (error) {
    puller.stop(error instanceof Error ? error : new Error(String(error)))
    if (error instanceof Safe500Error) throw error
    throw new Safe500Error(
      'ERR_BODY_READ',
      `Cannot read the body of ${what}${status === undefined ? '' : ` (status ${status} and its headers arrived)`}: ${describe(error)}. The connection failed or the stream errored before the body ended. If it is the app's response, make the app finish it: an error thrown after the status was sent, or a Content-Length longer than the body, cuts a body short.`,
      { cause: maskedCause(error) },
    )
  } finally {
    clear()
  }
  if (truncated) puller.stop(new Error(`safe500 read the first ${maxBytes} bytes only`))
  return { bytes: concat(chunks, size), truncated }
}

function open(source: BodySource): Puller {
  if (typeof (source as ReadableStream).getReader === 'function') {
    const reader = (source as ReadableStream<unknown>).getReader()
    return {
      next: () => reader.read() as Promise<IteratorResult<unknown>>,
      stop: (reason) => void reader.cancel(reason).catch(ignore),
    }
  }
  const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]()
  const destroy = (source as { destroy?: (error?: Error) => void }).destroy
  return {
    next: () => iterator.next(),
    // A pending next() of a node stream's iterator blocks its return(): destroy the stream itself.
    stop:
      typeof destroy === 'function'
        ? () => destroy.call(source)
        : () => void Promise.resolve(iterator.return?.()).catch(ignore),
  }
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk)
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk)
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  throw new Safe500Error(
    'ERR_BODY_READ',
    `The body stream gave a ${chunk === null ? 'null' : typeof chunk} chunk; expected bytes or strings.`,
  )
}

/** Joins chunks into one array of `size` bytes. */
function concat(
  chunks: readonly Uint8Array[],
  size = chunks.reduce((n, c) => n + c.byteLength, 0),
): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === size) return chunks[0]
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

/**
 * A short description of an error for a message (with its `code`, when it has one).
 *
 * @example
 * ```ts
 * describe(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })) // 'Error ECONNREFUSED: refused'
 * ```
 */
export function describe(error: unknown): string {
  return maskSecrets(described(error, 0)).slice(0, 240)
}

/** Causes deeper than this are not described (a cause may even be its own). */
const deepestCause = 3

function described(error: unknown, depth: number): string {
  if (!(error instanceof Error)) return firstLine(String(error))
  const code = (error as { code?: unknown }).code
  const said = firstLine(error.message) || inner(error)
  const own = `${error.name}${typeof code === 'string' ? ` ${code}` : ''}${said ? `: ${said}` : ''}`
  const cause =
    depth < deepestCause &&
    error.cause instanceof Error &&
    (error.cause.message !== error.message || !error.message)
      ? described(error.cause, depth + 1)
      : ''
  return cause && cause !== own ? `${own}; cause: ${cause}` : own
}

/**
 * What an error with no message of its own holds: an `AggregateError`'s errors (Node's connect
 * to `localhost` fails with one, its message empty, when both ::1 and 127.0.0.1 refuse).
 */
function inner(error: Error): string {
  const errors = (error as { errors?: unknown }).errors
  if (!Array.isArray(errors)) return ''
  const said = errors
    .slice(0, 3)
    .map((e) => (e instanceof Error ? firstLine(e.message) : firstLine(String(e))))
  return [...new Set(said.filter(Boolean))].join('; ') + (errors.length > 3 ? '; …' : '')
}

/**
 * A message on one line: up to the stack frames a message may carry (`\n    at …`), white space
 * folded, so a multi-line message (Prisma's, Zod's, an assertion's) keeps what it says.
 */
function firstLine(message: string): string {
  const frames = /\n[ \t]{1,20}at /.exec(message)
  const kept = frames ? message.slice(0, frames.index) : message
  return `${kept.replace(/\s{1,1000}/g, ' ').trim()}${frames ? ' …' : ''}`
}
