import { Safe500Error } from '../../errors.ts'
import { assertReadable } from '../consumed.ts'
import { normalizeHeaders } from '../headers.ts'
import { isUsedResponse, ofetch, readParsed } from '../parsed-body.ts'
import { defineAdapter } from '../raw.ts'
import { readBounded } from '../read-stream.ts'
import { maskedCause } from '../masked-cause.ts'
import { responseUrl } from '../response-url.ts'

const fix =
  'Pass the response before reading its body (capture() reads a clone, so you can still use it afterwards), or a response.clone() taken before res.json() or res.text(). ky and ofetch read the body of a response they fail on themselves: pass their error, which keeps a copy.'

/**
 * A WHATWG `Response` from any realm: global fetch, undici's fetch, Hono `app.request()`, MSW,
 * ky. Read through a clone, so the caller can still use the body; one ofetch already read is
 * read from the copy it keeps in `_data`. fetch has undone gzip, deflate,
 * br and zstd, but a hand-made `Response` may hold compressed bytes: `decoded: 'unknown'`. A body
 * fetch cannot decode fails mid-body (`ERR_BAD_ENCODING`, see `capture()`); one cut short ends
 * quietly, as in browsers, so fetch shows no sign of it.
 *
 * @example
 * ```ts
 * const res = await fetch(url)
 * await capture(res)
 * await res.json() // still readable
 * ```
 */
export const fetchResponse = defineAdapter<Response>({
  name: 'fetch Response',
  client: 'fetch',
  accepts: (value): value is Response =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Response).status === 'number' &&
    typeof (value as Response).clone === 'function' &&
    typeof (value as Partial<Response>).headers?.get === 'function' &&
    'bodyUsed' in value,
  async read(response, limits) {
    // ofetch reads every body into `_data` (ofetch.raw() gives that response).
    if (isUsedResponse(response) && '_data' in response)
      return readParsed(response, (response as { _data?: unknown })._data, limits, ofetch)
    assertReadable(response, 'the response', fix)
    assertReadable(response.body, 'the response', fix)
    let clone: Response
    try {
      clone = response.clone()
    } catch (error) {
      throw new Safe500Error(
        'ERR_BODY_CONSUMED',
        `Cannot read the body of the response: clone() failed (${error instanceof Error ? error.message : String(error)}). A body can be read once only. ${fix}`,
        { cause: maskedCause(error) },
      )
    }
    const { bytes, truncated } = clone.body
      ? await readBounded(clone.body, { ...limits, what: 'the response', status: response.status })
      : { bytes: new Uint8Array(0), truncated: false }
    const url = responseUrl(response.url)
    return {
      status: response.status,
      statusText: typeof response.statusText === 'string' ? response.statusText : '',
      headers: normalizeHeaders(response.headers),
      body: bytes,
      truncated,
      decoded: 'unknown',
      ...(url ? { url } : {}),
    }
  },
})
