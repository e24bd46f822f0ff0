import { isParsedBody, isPlainObject } from '../describe-value.ts'
import { normalizeHeaders } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { readBody } from '../read-body.ts'
import { jsonText, textBody } from '../text-body.ts'
import { upperMethod } from '../upper-method.ts'
import { responseUrl } from '../response-url.ts'

interface Plain {
  readonly status?: number
  readonly statusCode?: number
  readonly statusText?: unknown
  readonly headers?: unknown
  readonly body?: unknown
  readonly method?: unknown
  readonly url?: unknown
  readonly isBase64Encoded?: unknown
}

const isStatus = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value)

/**
 * A plain `{ status, headers?, body? }` (or a plain `{ statusCode, headers, body,
 * isBase64Encoded }`, as AWS Lambda handlers return). The body may be a string, bytes, a `Blob`,
 * a stream, or a value sent as JSON; bytes are sniffed for the encodings the headers name. A body
 * already parsed (`{ statusCode: 500, message }`, with neither headers nor a body) is not one.
 *
 * @example
 * ```ts
 * await capture({ status: 500, headers: { 'content-type': 'text/plain' }, body: 'Internal Server Error' })
 * ```
 */
export const plain = defineAdapter<Plain>({
  name: 'plain object',
  accepts: (value): value is Plain =>
    typeof value === 'object' &&
    value !== null &&
    (isStatus((value as Plain).status) ||
      (isStatus((value as Plain).statusCode) && isPlainObject(value))) &&
    !isParsedBody(value),
  async read(value, limits) {
    const headers = normalizeHeaders(value.headers)
    const method = upperMethod(value.method)
    const url = responseUrl(value.url)
    const common = {
      status: (isStatus(value.status) ? value.status : value.statusCode) ?? 0,
      statusText: typeof value.statusText === 'string' ? value.statusText : '',
      headers,
      ...(method ? { method } : {}),
      ...(url ? { url } : {}),
    }
    const { body } = value
    if (typeof body === 'string') {
      if (value.isBase64Encoded === true) {
        const bytes = Buffer.from(body, 'base64')
        const truncated = bytes.byteLength > limits.maxBytes
        const kept = truncated ? bytes.subarray(0, limits.maxBytes) : bytes
        return { ...common, body: kept, truncated, decoded: 'unknown' }
      }
      return { ...common, ...textBody(body, headers, { maxBytes: limits.maxBytes, utf8: true }) }
    }
    const bytes = await readBody(
      body,
      limits,
      'the response',
      'Pass a body stream nobody read yet, or its bytes or text.',
    )
    if (bytes)
      return { ...common, body: bytes.bytes, truncated: bytes.truncated, decoded: 'unknown' }
    return {
      ...common,
      ...textBody(jsonText(body), headers, { maxBytes: limits.maxBytes, utf8: true }),
    }
  },
})
