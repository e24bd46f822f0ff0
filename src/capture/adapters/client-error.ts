import { Safe500Error } from '../../errors.ts'
import { clientBadEncoding } from '../bad-encoding.ts'
import { normalizeHeaders } from '../headers.ts'
import { lostText } from '../lost-text.ts'
import { notAResponse } from '../not-a-response.ts'
import { isUsedResponse, ky, ofetch, readParsed, type ParsingClient } from '../parsed-body.ts'
import { defineAdapter } from '../raw.ts'
import { describe } from '../read-stream.ts'
import { bodyLost, fetchCutShort, incomplete } from '../cut-short.ts'
import { maskedCause } from '../masked-cause.ts'

interface ClientError {
  readonly response?: unknown
  readonly isAxiosError?: unknown
}

interface ParseError {
  readonly rawResponse: string
  readonly statusCode: number
  readonly headers: object
}

/**
 * True for the error of an HTTP client: an axios error (`isAxiosError`), an error with a
 * `response` (got's `HTTPError`, superagent, ky), or got's `RequestError` (`options`, `timings`).
 *
 * @example
 * ```ts
 * isClientError(await axios.get(url).catch((e: unknown) => e)) // true
 * ```
 */
export function isClientError(value: unknown): value is ClientError {
  if (typeof value !== 'object' || value === null) return false
  if ((value as ClientError).isAxiosError === true) return true
  if (!(value instanceof Error)) return false
  return 'response' in value || ('options' in value && 'timings' in value)
}

/**
 * The error an HTTP client throws for a 5xx (axios, got, superagent, ky, ofetch): its `response`
 * is read, or the copy of its body ky and ofetch keep in `error.data` when they read it.
 * A client error for a body the client could not decode (zlib's error, or one caused by it) is
 * `ERR_BAD_ENCODING`; superagent's error for a body its parser could not read is read from the
 * text it carries. A client error without a response (a network error) cannot be checked and
 * says so.
 *
 * @example
 * ```ts
 * await capture(axios.get(url)) // the 500 rejects; its error.response is read
 * ```
 */
export const clientError = defineAdapter<ClientError>({
  name: 'HTTP client error',
  accepts: isClientError,
  read(error, limits, readInner) {
    const { response } = error
    const client = clientOf(error)
    // The client got the response but could not decode its body: its `response` holds no body.
    const undecodable = clientBadEncoding(error, response, client)
    if (undecodable) return Promise.reject(undecodable)
    if (response === undefined || response === null) {
      if (isParseError(error)) {
        const { statusCode, headers, rawResponse } = error
        const lost = lostText(rawResponse, 'superagent', normalizeHeaders(headers)['content-type'])
        if (lost) return Promise.reject(lost)
        return readInner({ status: statusCode, headers, body: rawResponse })
      }
      return Promise.reject(
        fetchCutShort(error) ??
          new Safe500Error(
            'ERR_NOT_A_RESPONSE',
            `The ${client ?? 'HTTP client'} request failed before any response was received (${describe(error)}), so there is no response to check. Make sure the server is listening and reachable at the URL (a port, a host, a timeout), then pass the response or the error that carries it.`,
            { cause: maskedCause(error) },
          ),
      )
    }
    if (response instanceof Error) return Promise.reject(notAResponse(response))
    // axios and got reject a body they failed to read with why, and keep none of it.
    if (client !== undefined && typeof response === 'object' && bodyMissing(client, response))
      return Promise.reject(bodyLost(client, statusOf(response), error))
    // ky 2 and ofetch read the body of the response they fail on, and keep it in `error.data`.
    if (isUsedResponse(response) && 'data' in error)
      return readParsed(response, (error as { data?: unknown }).data, limits, parserOf(error))
    return readInner(response)
  },
})

/** Which client read the body of the response it failed on: ofetch's error is a `FetchError`. */
function parserOf(error: ClientError): ParsingClient {
  return (error as { name?: unknown }).name === 'FetchError' ? ofetch : ky
}

/**
 * True when the response in an axios or got error holds no body because the client failed to
 * read it: the message on the socket did not complete (a body cut short, a timeout, a size limit),
 * or got closed the stream without keeping it. A response an axios adapter made up without a body
 * (a mock's `reply(500)`) is read as it is.
 */
function bodyMissing(client: 'axios' | 'got', response: object): boolean {
  if (client === 'axios') {
    const { data, request } = response as { data?: unknown; request?: { res?: unknown } }
    return 'data' in response && data === undefined && incomplete(request?.res)
  }
  const { rawBody, destroyed } = response as { rawBody?: unknown; destroyed?: unknown }
  return rawBody === undefined && (destroyed === true || incomplete(response))
}

/** The status of an axios (`status`) or got (`statusCode`) response. */
function statusOf(response: object): unknown {
  const { status, statusCode } = response as { status?: unknown; statusCode?: unknown }
  return status ?? statusCode
}

/** Which client threw: axios and got errors say so; superagent's (and ky's) do not. */
function clientOf(error: ClientError): 'axios' | 'got' | undefined {
  return error.isAxiosError === true ? 'axios' : 'timings' in error ? 'got' : undefined
}

/**
 * superagent's error for a body its parser could not read (JSON that does not parse, e.g. a body
 * cut short), which carries no `response` but the text, status and headers it failed on.
 */
function isParseError(error: ClientError): error is ClientError & ParseError {
  const e = error as Partial<ParseError>
  return (
    typeof e.rawResponse === 'string' &&
    typeof e.statusCode === 'number' &&
    typeof e.headers === 'object' &&
    e.headers !== null
  )
}
