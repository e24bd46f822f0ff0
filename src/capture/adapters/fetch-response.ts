import { Safe500Error } from '../../errors.ts'
import { normalizeHeaders } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { readBounded } from '../read-stream.ts'

/** A WHATWG Response from any realm: global fetch, undici's fetch, Hono `app.request()`, MSW. */
export const fetchResponse = defineAdapter<Response>({
  name: 'fetch Response',
  accepts: (value): value is Response =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Response).status === 'number' &&
    typeof (value as Response).clone === 'function' &&
    typeof (value as Response).headers?.get === 'function' &&
    'bodyUsed' in value,
  async read(response, limits) {
    if (response.bodyUsed) {
      throw new Safe500Error(
        'ERR_BODY_CONSUMED',
        'Cannot read the response body: it was already consumed (by res.json(), res.text() or similar). Pass response.clone() taken before reading it, or check the response before reading its body.',
      )
    }
    const clone = response.clone()
    const { bytes, truncated } = clone.body
      ? await readBounded(clone.body, {
          ...limits,
          what: 'the response',
        })
      : { bytes: new Uint8Array(0), truncated: false }
    return {
      status: response.status,
      statusText: response.statusText,
      headers: normalizeHeaders(response.headers),
      body: bytes,
      truncated,
    }
  },
})
