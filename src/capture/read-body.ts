import type { ReadLimits } from './raw.ts'
import { assertReadable } from './consumed.ts'
import { readBounded, type BodySource, type Bounded } from './read-stream.ts'

/**
 * Reads a body value that holds bytes: nothing (`null`, `undefined`), a `Uint8Array` or `Buffer`,
 * an `ArrayBuffer` or view, a `Blob`, a web `ReadableStream`, a node `Readable` or another async
 * iterable, at most `maxBytes`. Gives undefined for anything else (a string, a parsed value), which
 * the adapter handles itself. `fix` says what to pass when a stream was already consumed.
 *
 * @example
 * ```ts
 * const read = await readBody(axiosResponse.data, limits, 'the axios response', 'Pass it unread.')
 * ```
 */
export async function readBody(
  value: unknown,
  limits: ReadLimits,
  what: string,
  fix: string,
): Promise<Bounded | undefined> {
  if (value === undefined || value === null) return { bytes: new Uint8Array(0), truncated: false }
  if (value instanceof Uint8Array) return bound(value, limits.maxBytes)
  if (value instanceof ArrayBuffer) return bound(new Uint8Array(value), limits.maxBytes)
  if (ArrayBuffer.isView(value))
    return bound(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), limits.maxBytes)
  if (typeof value !== 'object') return undefined
  if (typeof Blob !== 'undefined' && value instanceof Blob)
    return readBounded(value.stream(), { ...limits, what })
  if (isStream(value)) {
    assertReadable(value, what, fix)
    return readBounded(value, { ...limits, what })
  }
  return undefined
}

/** True for a web `ReadableStream`, a node `Readable` or any async iterable. */
function isStream(value: unknown): value is BodySource {
  return (
    typeof value === 'object' &&
    value !== null &&
    (typeof (value as ReadableStream).getReader === 'function' ||
      typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function')
  )
}

function bound(bytes: Uint8Array, maxBytes: number): Bounded {
  const truncated = bytes.byteLength > maxBytes
  return { bytes: truncated ? bytes.subarray(0, maxBytes) : bytes, truncated }
}
