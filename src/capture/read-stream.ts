import { Safe500Error } from '../errors.ts'

/** Bytes read from a body, at most a limit. */
export interface Bounded {
  readonly bytes: Uint8Array
  /** True when the body had more than the limit. */
  readonly truncated: boolean
}

/**
 * Reads an async iterable of chunks (a web ReadableStream or a node Readable) up to `maxBytes`,
 * failing with a clear error when the body does not end within `timeout` ms. What is past the
 * limit is left unread and the stream is cancelled.
 */
export async function readBounded(
  source: AsyncIterable<unknown>,
  { maxBytes, timeout, what }: { maxBytes: number; timeout: number; what: string },
): Promise<Bounded> {
  const chunks: Uint8Array[] = []
  let size = 0
  let truncated = false
  const iterator = source[Symbol.asyncIterator]()
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new Safe500Error(
          'ERR_BODY_TIMEOUT',
          `The body of ${what} did not end within ${timeout} ms. If the server streams on purpose, raise the timeout ({ timeout: 30_000 }); otherwise the app never finished its response.`,
        ),
      )
    }, timeout)
    timer.unref?.()
  })
  expired.catch(() => {})
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), expired])
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
    void iterator.return?.()?.catch?.(() => {})
    if (error instanceof Safe500Error) throw error
    throw new Safe500Error(
      'ERR_BODY_READ',
      `Cannot read the body of ${what}: ${describe(error)}.`,
      { cause: error },
    )
  } finally {
    clearTimeout(timer)
  }
  if (truncated) void Promise.resolve(iterator.return?.()).catch(() => {})
  return { bytes: concat(chunks, size), truncated }
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk)
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk)
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  throw new Safe500Error(
    'ERR_BODY_READ',
    `The body stream gave a ${typeof chunk} chunk; expected bytes or strings.`,
  )
}

/** Joins chunks into one array of `size` bytes. */
export function concat(
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

/** A short description of an error for a message. */
export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200)
  return String(error).slice(0, 200)
}
