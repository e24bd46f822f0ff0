import { Safe500Error } from '../errors.ts'
import { normalizeHeaders, rawHeadersOf } from './headers.ts'
import { describe } from './read-stream.ts'
import { errorChain, type ErrorLike } from './error-chain.ts'
import { maskedCause } from './masked-cause.ts'

/** The HTTP clients that undo Content-Encoding themselves, before safe500 sees the bytes. */
export type DecodingClient = 'fetch' | 'axios' | 'got' | 'superagent'

/**
 * How to see the bytes as sent with each client: only options the client really has (superagent
 * and fetch have none; superagent decodes even with `.buffer(true).parse(fn)`).
 */
const clients: Readonly<Record<DecodingClient, { name: string; fix: string }>> = {
  fetch: {
    name: 'fetch',
    fix: 'fetch always decodes the body itself: to check the bytes as sent, request the URL with undici request() or http.get() and pass that result.',
  },
  axios: {
    name: 'axios',
    fix: "To check the bytes as sent, pass { decompress: false, responseType: 'arraybuffer' } to axios.",
  },
  got: {
    name: 'got',
    fix: 'To check the bytes as sent, pass { decompress: false } to got.',
  },
  superagent: {
    name: 'supertest (superagent)',
    fix: "superagent always decodes gzip, deflate and br itself: to check the bytes as sent, request the app with undici request(), http.get() or light-my-request's inject().",
  },
}

/** zlib's codes for input that does not inflate, brotli's (`ERR__ERROR_FORMAT_…`) and zstd's. */
const decodeCode =
  /^(?:Z_DATA_ERROR|Z_BUF_ERROR|Z_NEED_DICT|ERR__ERROR_FORMAT_\w+|ERR_BROTLI_\w+|ZSTD_error_\w+|ERR_ZSTD_\w+)$/
/** zlib's messages for the same, for a client that kept the message but not the code. */
const decodeMessage =
  /^(?:incorrect (?:header|data|length) check|unexpected end of file|invalid (?:block type|stored block lengths|distance too far back|distance code|literal\/length code|code lengths set|literal\/lengths set|distances set|bit length repeat)|unknown compression method|header crc mismatch|too many length or distance symbols|Decompression failed|Unknown frame descriptor)$/

/**
 * The `ERR_BAD_ENCODING` error for a body that does not decode as its Content-Encoding says, with
 * what the header says, who failed (`failed`: "does not decode as gzip", "fetch could not decode
 * it"), the decoder's error, the fix on the server, and `fix`: how to check the bytes anyway.
 *
 * @example
 * ```ts
 * throw badEncoding('gzip', 'does not decode as gzip', zlibError, 'Or pass { status, headers, body } with the decoded body.')
 * // [safe500] The body says Content-Encoding: gzip but does not decode as gzip (Error Z_DATA_ERROR: incorrect header check). ...
 * ```
 */
export function badEncoding(
  header: string | undefined,
  failed: string,
  cause: unknown,
  fix: string,
): Safe500Error {
  const says =
    header === undefined
      ? `The body is sent with a Content-Encoding but ${failed}`
      : `The body says Content-Encoding: ${header} but ${failed}`
  return new Safe500Error(
    'ERR_BAD_ENCODING',
    `${says} (${describe(cause)}). The server sent a wrong Content-Encoding header, or a corrupt or cut-short body: send Content-Encoding only with a body compressed that way, and the whole of it (fix the header or the compression in the app). ${fix}`,
    { cause: maskedCause(cause) },
  )
}

/**
 * The decompression error (zlib, brotli or zstd) in `error` or its `cause` chain, the innermost
 * one, or undefined: what an HTTP client throws for a body it could not decode (fetch's
 * `TypeError: terminated` with zlib's error as its cause, axios' and got's errors with zlib's
 * `code`, superagent's zlib error as is).
 *
 * @example
 * ```ts
 * decodeFailure(new TypeError('terminated', { cause: zlibError })) // zlibError
 * ```
 */
export function decodeFailure(error: unknown): ErrorLike | undefined {
  let found: ErrorLike | undefined
  for (const current of errorChain(error)) {
    const { code } = current
    if ((typeof code === 'string' && decodeCode.test(code)) || decodeMessage.test(current.message))
      found = current
  }
  return found
}

/**
 * `ERR_BAD_ENCODING` when `error` is the failure of an HTTP client to decode the body (see
 * `decodeFailure()`), or undefined. `holder` is what holds the headers as sent (a fetch
 * `Response`, an axios or got response, a supertest request); `client` says which client failed,
 * for the hint on checking the bytes anyway.
 *
 * @example
 * ```ts
 * const undecodable = clientBadEncoding(axiosError, axiosError.response, 'axios')
 * if (undecodable) throw undecodable
 * ```
 */
export function clientBadEncoding(
  error: unknown,
  holder: unknown,
  client: DecodingClient | undefined,
): Safe500Error | undefined {
  const failure = decodeFailure(error)
  if (failure === undefined) return undefined
  const known = client === undefined ? undefined : clients[client]
  return badEncoding(
    sentContentEncoding(holder),
    `${known?.name ?? 'the HTTP client'} could not decode it`,
    failure,
    known?.fix ??
      'To check the bytes as sent, read them with a client that does not decompress (undici request(), http.get()), or pass { status, headers, body } with them.',
  )
}

/**
 * The Content-Encoding header as sent, from what holds it: node's `rawHeaders` (a got response),
 * those of `request.res` (axios) or `res` (a superagent request), or `headers` (a fetch Response).
 */
function sentContentEncoding(holder: unknown): string | undefined {
  if (typeof holder !== 'object' || holder === null) return undefined
  try {
    const h = holder as { request?: { res?: unknown }; res?: unknown; headers?: unknown }
    const raw = rawHeadersOf(holder) ?? rawHeadersOf(h.request?.res) ?? rawHeadersOf(h.res)
    return normalizeHeaders(raw ?? h.headers)['content-encoding']
  } catch {
    return undefined // an exotic holder (a throwing getter): the header is not known
  }
}
