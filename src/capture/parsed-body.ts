import type { RawResponse, ReadLimits } from './raw.ts'
import { Safe500Error } from '../errors.ts'
import { normalizeHeaders } from './headers.ts'
import { readBody } from './read-body.ts'
import { jsonText, textBody } from './text-body.ts'
import { responseUrl } from './response-url.ts'

/** A fetch `Response` as far as reading a parsed copy of its body needs it. */
interface UsedResponse {
  readonly status: number
  readonly statusText?: unknown
  readonly headers: unknown
  readonly bodyUsed?: unknown
  readonly url?: unknown
}

/** A client that reads the body of a failed response itself, where it keeps it, and how to avoid that. */
export interface ParsingClient {
  /** `ky`, `ofetch`. */
  readonly name: string
  /** Where the copy is: `error.data`, `response._data`. */
  readonly kept: string
  /** How to get a response whose body is unread. */
  readonly fix: string
}

/** ky 2 reads the body of an `HTTPError` into `error.data`, parsed when it is JSON. */
export const ky: ParsingClient = {
  name: 'ky',
  kept: 'error.data',
  fix: 'pass { throwHttpErrors: false } to ky and check the response it resolves to: await expect(await ky(url, { throwHttpErrors: false })).toBeSafe500()',
}

/** ofetch reads every body into `response._data` (and a `FetchError`'s `data`), parsed when it is JSON. */
export const ofetch: ParsingClient = {
  name: 'ofetch',
  kept: 'response._data',
  fix: "use ofetch.raw(url, { ignoreResponseError: true, responseType: 'stream' }) and check the response it resolves to",
}

/**
 * True when `response` is a fetch `Response` whose body was read, so only a copy a client kept
 * can be checked.
 *
 * @example
 * ```ts
 * if (isUsedResponse(error.response) && 'data' in error) return readParsed(error.response, error.data, limits, ky)
 * ```
 */
export function isUsedResponse(response: unknown): response is UsedResponse {
  return (
    typeof response === 'object' &&
    response !== null &&
    (response as UsedResponse).bodyUsed === true &&
    typeof (response as UsedResponse).status === 'number' &&
    typeof (response as { clone?: unknown }).clone === 'function'
  )
}

/**
 * Reads a response whose body `client` already read and parsed, from the copy it kept (`data`): the
 * text as it was, a parsed JSON value written back as JSON, bytes (an ofetch `Blob`) as bytes.
 * These are not the bytes as sent, so Content-Length is not checked against them. A copy the client
 * could not make (`undefined`: the body was unreadable, too large or did not parse) is
 * `ERR_BODY_CONSUMED`, saying how to get the response unread; an empty body (Content-Length: 0) is
 * read as empty.
 *
 * @example
 * ```ts
 * const raw = await readParsed(error.response, error.data, limits, ky)
 * ```
 */
export async function readParsed(
  response: UsedResponse,
  data: unknown,
  limits: ReadLimits,
  client: ParsingClient,
): Promise<RawResponse> {
  const headers = normalizeHeaders(response.headers)
  const url = responseUrl(response.url)
  const common = {
    status: response.status,
    statusText: typeof response.statusText === 'string' ? response.statusText : '',
    headers,
    ...(url ? { url } : {}),
  }
  const empty = data === undefined && headers['content-length']?.trim() === '0'
  if (data === undefined && !empty) {
    throw new Safe500Error(
      'ERR_BODY_CONSUMED',
      `Cannot read the body of the response: ${client.name} read it before the response reached safe500, and ${client.kept} is undefined (the body was empty, unreadable or too large, or did not parse). To check it, ${client.fix}.`,
    )
  }
  const text = typeof data === 'string' ? data : undefined
  if (text === undefined && typeof data === 'object' && data !== null) {
    const bytes = await readBody(data, limits, `${client.name}'s ${client.kept}`, client.fix)
    if (bytes) return { ...common, body: bytes.bytes, truncated: bytes.truncated, decoded: true }
  }
  const kept = empty ? '' : (text ?? jsonText(data))
  return { ...common, ...textBody(kept, headers, { maxBytes: limits.maxBytes, utf8: false }) }
}
