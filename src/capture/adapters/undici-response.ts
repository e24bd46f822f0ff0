import { assertReadable } from '../consumed.ts'
import { normalizeHeaders } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { readBounded, type BodySource } from '../read-stream.ts'

interface UndiciResponseData {
  readonly statusCode: number
  readonly statusText?: string
  readonly headers: unknown
  readonly body: BodySource & { readonly bodyUsed?: boolean; readonly text: () => unknown }
}

/**
 * The result of undici's `request()`: `{ statusCode, headers, body }`, the body a `BodyReadable`
 * (a node stream with `.text()` and `bodyUsed`). The bytes are as sent. Reading consumes the
 * body, so use the snapshot afterwards.
 *
 * @example
 * ```ts
 * const snapshot = await capture(await undici.request(url)) // res.body is consumed
 * ```
 */
export const undiciResponse = defineAdapter<UndiciResponseData>({
  name: 'undici request() result',
  accepts: (value): value is UndiciResponseData => {
    if (typeof value !== 'object' || value === null) return false
    const v = value as Partial<UndiciResponseData>
    const body = v.body as Partial<UndiciResponseData['body']> | undefined
    return (
      typeof v.statusCode === 'number' &&
      typeof v.headers === 'object' &&
      v.headers !== null &&
      typeof body === 'object' &&
      body !== null &&
      typeof body.text === 'function' &&
      typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
    )
  },
  async read(value, limits) {
    assertReadable(
      value.body,
      'the undici response',
      'Pass the request() result before reading res.body (capture() reads it for you; use the snapshot afterwards).',
    )
    const { bytes, truncated } = await readBounded(value.body, {
      ...limits,
      what: 'the undici response',
      status: value.statusCode,
    })
    return {
      status: value.statusCode,
      statusText: typeof value.statusText === 'string' ? value.statusText : '',
      headers: normalizeHeaders(value.headers),
      body: bytes,
      truncated,
      decoded: false,
    }
  },
})
