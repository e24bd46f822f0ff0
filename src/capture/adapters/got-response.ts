import { normalizeHeaders, rawHeadersOf } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { upperMethod } from '../upper-method.ts'

interface GotResponse {
  readonly statusCode: number
  readonly statusMessage?: unknown
  readonly headers?: unknown
  readonly rawHeaders?: unknown
  readonly rawBody: Uint8Array
  readonly request?: {
    readonly options?: { readonly method?: unknown; readonly decompress?: unknown }
  }
}

/**
 * A got response (also `error.response` of got's `HTTPError`): an IncomingMessage-like stream
 * that got already read into `rawBody`, which is left as it was. got decompresses unless
 * `decompress: false` and drops Content-Encoding from `headers`; `rawHeaders` keeps the headers
 * as sent, so the bytes are sniffed (`decoded: 'unknown'`) when those are at hand.
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
    (value as GotResponse).rawBody instanceof Uint8Array &&
    ('requestUrl' in value || 'timings' in value || 'isFromCache' in value),
  read(value, { maxBytes }) {
    const options = value.request?.options
    const method = upperMethod(options?.method)
    const truncated = value.rawBody.byteLength > maxBytes
    const raw = rawHeadersOf(value)
    return Promise.resolve({
      status: value.statusCode,
      statusText: typeof value.statusMessage === 'string' ? value.statusMessage : '',
      headers: normalizeHeaders(raw ?? value.headers),
      body: truncated ? value.rawBody.subarray(0, maxBytes) : value.rawBody,
      truncated,
      decoded: options?.decompress === false ? false : raw ? 'unknown' : true,
      ...(method ? { method } : {}),
    })
  },
})
