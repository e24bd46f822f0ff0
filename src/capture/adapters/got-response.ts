import { Safe500Error } from '../../errors.ts'
import { normalizeHeaders, rawHeadersOf } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { upperMethod } from '../upper-method.ts'
import { responseUrl } from '../response-url.ts'

interface GotResponse {
  readonly statusCode: number
  readonly statusMessage?: unknown
  readonly headers?: unknown
  readonly rawHeaders?: unknown
  readonly rawBody: Uint8Array | undefined
  readonly destroyed?: unknown
  /** The URL answered, after redirects. */
  readonly url?: unknown
  readonly request?: {
    readonly options?: { readonly method?: unknown; readonly decompress?: unknown }
  }
}

/**
 * A got response (also `error.response` of got's `HTTPError`): an IncomingMessage-like stream
 * that got already read into `rawBody`, which is left as it was. got decompresses unless
 * `decompress: false` and drops Content-Encoding from `headers`; `rawHeaders` keeps the headers
 * as sent, so the bytes are sniffed (`decoded: 'unknown'`) when those are at hand. A response
 * whose stream ended without `rawBody` is the `error.response` of a body got failed to read: the
 * error says why, so that is what to pass.
 *
 * @example
 * ```ts
 * await capture(await got(url, { throwHttpErrors: false }))
 * ```
 */
export const gotResponse = defineAdapter<GotResponse>({
  name: 'got response',
  client: 'got',
  accepts: (value): value is GotResponse =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as GotResponse).statusCode === 'number' &&
    ((value as GotResponse).rawBody instanceof Uint8Array ||
      ((value as GotResponse).rawBody === undefined &&
        (value as GotResponse).destroyed === true)) &&
    ('requestUrl' in value || 'timings' in value || 'isFromCache' in value),
  read(value, { maxBytes }) {
    if (value.rawBody === undefined) {
      throw new Safe500Error(
        'ERR_BODY_READ',
        'Cannot read the body of the got response: got did not keep it (response.rawBody is undefined and its stream is closed). got leaves it so when the body does not decode or the connection fails mid-body, and rejects with an error that says which: pass that error (or the promise) rather than error.response.',
      )
    }
    const options = value.request?.options
    const method = upperMethod(options?.method)
    const { rawBody } = value
    const truncated = rawBody.byteLength > maxBytes
    const raw = rawHeadersOf(value)
    const url = responseUrl(value.url)
    return Promise.resolve({
      status: value.statusCode,
      statusText: typeof value.statusMessage === 'string' ? value.statusMessage : '',
      headers: normalizeHeaders(raw ?? value.headers),
      body: truncated ? rawBody.subarray(0, maxBytes) : rawBody,
      truncated,
      decoded: options?.decompress === false ? false : raw ? 'unknown' : true,
      ...(method ? { method } : {}),
      ...(url ? { url } : {}),
    })
  },
})
