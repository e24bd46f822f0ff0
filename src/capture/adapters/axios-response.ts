import { Safe500Error } from '../../errors.ts'
import { listedEncodings } from '../decode.ts'
import { normalizeHeaders, rawHeadersOf } from '../headers.ts'
import { incomplete } from '../cut-short.ts'
import { lostText } from '../lost-text.ts'
import { defineAdapter } from '../raw.ts'
import { readBody } from '../read-body.ts'
import { jsonText, textBody } from '../text-body.ts'
import { upperMethod } from '../upper-method.ts'
import { responseUrl } from '../response-url.ts'

interface AxiosResponse {
  readonly status: number
  readonly statusText?: unknown
  readonly headers?: unknown
  readonly data: unknown
  readonly config: {
    readonly method?: unknown
    readonly responseEncoding?: unknown
    readonly decompress?: unknown
    readonly url?: unknown
    readonly baseURL?: unknown
  }
  readonly request?: { readonly res?: { readonly responseUrl?: unknown } }
}

/**
 * An axios response (also `error.response` of an axios error): `{ status, headers, data, config }`,
 * `data` a string, parsed JSON, a Buffer or ArrayBuffer, or a stream (`responseType: 'stream'`).
 * axios decompresses and then drops Content-Encoding from `headers`; the headers as sent come
 * from `request.res.rawHeaders` when axios ran on node, and the bytes are sniffed (taken as sent
 * with `decompress: false`). Parsed JSON is turned back into text (pass `responseType: 'text'` to
 * check the exact bytes). A body axios failed on (`data` undefined) is `ERR_BODY_READ`:
 * the error axios rejected with says why.
 *
 * @example
 * ```ts
 * await capture(await axios.get(url, { validateStatus: null }))
 * ```
 */
export const axiosResponse = defineAdapter<AxiosResponse>({
  name: 'axios response',
  client: 'axios',
  accepts: (value): value is AxiosResponse =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AxiosResponse).status === 'number' &&
    'data' in value &&
    typeof (value as AxiosResponse).config === 'object' &&
    (value as AxiosResponse).config !== null,
  async read(value, limits) {
    const raw = rawHeadersOf(value.request?.res)
    const given = value.headers as { toJSON?: () => unknown } | undefined
    const headers = normalizeHeaders(
      raw ?? (typeof given?.toJSON === 'function' ? given.toJSON() : given),
    )
    const method = upperMethod(value.config.method)
    // On node the URL answered, after redirects; elsewhere the one asked for, which axios joins
    // to baseURL as `${baseURL}/${url}`.
    const url =
      responseUrl(value.request?.res?.responseUrl) ??
      responseUrl(value.config.url) ??
      joinedUrl(value.config.baseURL, value.config.url)
    const common = {
      status: value.status,
      statusText: typeof value.statusText === 'string' ? value.statusText : '',
      headers,
      ...(method ? { method } : {}),
      ...(url ? { url } : {}),
    }
    const { data } = value
    const contentEncoding = headers['content-encoding']
    if (
      data === undefined &&
      (listedEncodings(contentEncoding).length > 0 || incomplete(value.request?.res))
    ) {
      // axios leaves `data` unset when the body fails mid-way, and rejects with why.
      const sent =
        listedEncodings(contentEncoding).length > 0
          ? `, though the server sent a body with Content-Encoding: ${contentEncoding}`
          : ''
      throw new Safe500Error(
        'ERR_BODY_READ',
        `Cannot read the body of the axios response: response.data is undefined${sent}. axios leaves it so when the body does not decode or the connection fails mid-body, and rejects with an error that says which: pass that error (or the promise) rather than error.response. If a transformResponse of yours returned undefined, return the text instead.`,
      )
    }
    if (typeof data === 'string') {
      const lost = lostText(data, 'axios', headers['content-type'])
      if (lost) throw lost
      const encoding = value.config.responseEncoding
      const utf8 =
        raw !== undefined && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8')
      return { ...common, ...textBody(data, headers, { maxBytes: limits.maxBytes, utf8 }) }
    }
    const bytes = await readBody(
      data,
      limits,
      'the axios response',
      'Pass the response before reading response.data (with responseType: "stream", capture() reads the stream for you).',
    )
    if (bytes) {
      // Where axios ran on node (raw headers at hand), decompress: false leaves the bytes as sent.
      const decompress = value.config.decompress !== false
      const decoded = raw ? (decompress ? 'unknown' : false) : decompress
      return { ...common, body: bytes.bytes, truncated: bytes.truncated, decoded }
    }
    return {
      ...common,
      ...textBody(jsonText(data), headers, { maxBytes: limits.maxBytes, utf8: false }),
    }
  },
})

/** A relative `url` joined to `baseURL` as axios joins them: one slash between. */
function joinedUrl(base: unknown, url: unknown): string | undefined {
  if (typeof base !== 'string' || typeof url !== 'string') return undefined
  let end = base.length
  while (end > 0 && base[end - 1] === '/') end--
  let start = 0
  while (start < url.length && url[start] === '/') start++
  return responseUrl(url === '' ? base : `${base.slice(0, end)}/${url.slice(start)}`)
}
