import { normalizeHeaders, rawHeadersOf } from '../headers.ts'
import { lostText } from '../lost-text.ts'
import { defineAdapter } from '../raw.ts'
import { readBody } from '../read-body.ts'
import { jsonText, textBody } from '../text-body.ts'
import { upperMethod } from '../upper-method.ts'
import { responseUrl } from '../response-url.ts'

interface SuperagentResponse {
  readonly status: number
  readonly header?: unknown
  readonly headers?: unknown
  readonly text?: unknown
  readonly body?: unknown
  readonly statusType?: unknown
  readonly res?: { readonly statusMessage?: unknown; readonly text?: unknown }
  readonly req?: { readonly method?: unknown }
  readonly request?: { readonly method?: unknown; readonly url?: unknown }
}

/**
 * A supertest or superagent response: `{ status, header(s), text, body, res }`, read and decoded
 * by superagent. Text bodies come from `text` (or `res.text`), which superagent decodes as UTF-8
 * whatever the charset: text that shows the bytes were no UTF-8 text is `ERR_BAD_ENCODING` (see
 * `lostText`). Binary ones, for which `text` is undefined, come from the `body` Buffer. superagent undoes gzip, deflate and br but keeps the
 * Content-Encoding header, so buffers are sniffed; it ends a compressed body cut short quietly.
 * The response is left as it was.
 *
 * @example
 * ```ts
 * await capture(await request(app).get('/boom'))
 * ```
 */
export const supertestResponse = defineAdapter<SuperagentResponse>({
  name: 'supertest response',
  client: 'superagent',
  accepts: (value): value is SuperagentResponse => {
    if (typeof value !== 'object' || value === null) return false
    const v = value as SuperagentResponse
    return (
      typeof v.status === 'number' &&
      ((typeof v.header === 'object' && v.header !== null) ||
        (typeof v.headers === 'object' && v.headers !== null)) &&
      ('statusType' in v || ('res' in v && ('text' in v || 'body' in v)))
    )
  },
  async read(value, limits) {
    const headers = normalizeHeaders(rawHeadersOf(value.res) ?? value.header ?? value.headers)
    const method = upperMethod(value.req?.method) ?? upperMethod(value.request?.method)
    // supertest's request holds the whole URL, with the port it bound the app to.
    const url = responseUrl(value.request?.url)
    const common = {
      status: value.status,
      statusText: typeof value.res?.statusMessage === 'string' ? value.res.statusMessage : '',
      headers,
      ...(method ? { method } : {}),
      ...(url ? { url } : {}),
    }
    const text =
      typeof value.text === 'string'
        ? value.text
        : typeof value.res?.text === 'string'
          ? value.res.text
          : undefined
    if (text !== undefined) {
      const lost = lostText(text, 'superagent', headers['content-type'])
      if (lost) throw lost
      return { ...common, ...textBody(text, headers, { maxBytes: limits.maxBytes, utf8: true }) }
    }
    const bytes = await readBody(
      value.body,
      limits,
      'the supertest response',
      'Pass the response as supertest resolved it.',
    )
    if (bytes)
      return { ...common, body: bytes.bytes, truncated: bytes.truncated, decoded: 'unknown' }
    // No text and a parsed body: superagent's `{}` for an empty body, or a custom parser's value.
    const parsed =
      typeof value.body === 'object' && value.body !== null && Object.keys(value.body).length === 0
        ? ''
        : jsonText(value.body)
    return { ...common, ...textBody(parsed, headers, { maxBytes: limits.maxBytes, utf8: false }) }
  },
})
