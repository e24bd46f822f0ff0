import { normalizeHeaders, rawHeadersOf } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { readBody } from '../read-body.ts'
import { jsonText, textBody } from '../text-body.ts'
import { upperMethod } from '../upper-method.ts'

interface AxiosResponse {
  readonly status: number
  readonly statusText?: unknown
  readonly headers?: unknown
  readonly data: unknown
  readonly config: {
    readonly method?: unknown
    readonly responseEncoding?: unknown
    readonly decompress?: unknown
  }
  readonly request?: { readonly res?: unknown }
}

/**
 * An axios response (also `error.response` of an axios error): `{ status, headers, data, config }`,
 * `data` a string, parsed JSON, a Buffer or ArrayBuffer, or a stream (`responseType: 'stream'`).
 * axios decompresses and then drops Content-Encoding from `headers`; the headers as sent come
 * from `request.res.rawHeaders` when axios ran on node, and the bytes are sniffed. Parsed JSON is
 * turned back into text (pass `responseType: 'text'` to check the exact bytes).
 *
 * @example
 * ```ts
 * await capture(await axios.get(url, { validateStatus: null }))
 * ```
 */
export const axiosResponse = defineAdapter<AxiosResponse>({
  name: 'axios response',
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
    const common = {
      status: value.status,
      statusText: typeof value.statusText === 'string' ? value.statusText : '',
      headers,
      ...(method ? { method } : {}),
    }
    const { data } = value
    if (typeof data === 'string') {
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
      const decoded = raw ? 'unknown' : value.config.decompress !== false
      return { ...common, body: bytes.bytes, truncated: bytes.truncated, decoded }
    }
    return {
      ...common,
      ...textBody(jsonText(data), headers, { maxBytes: limits.maxBytes, utf8: false }),
    }
  },
})
