import { Safe500Error } from '../errors.ts'
import { clientBadEncoding } from './bad-encoding.ts'
import { errorChain } from './error-chain.ts'
import { describe } from './read-stream.ts'
import { maskedCause } from './masked-cause.ts'

/** Socket errors that end a body early. */
const dropped = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE'])

/**
 * `ERR_BODY_READ` when a superagent (supertest) `request` failed after its response began: the
 * status and headers arrived (`request.res`), then the connection failed before the body ended
 * (node's `aborted`, a reset). superagent rejects with the bare error and keeps none of the body;
 * without this, the failure would read as a server that never answered. Undefined otherwise.
 *
 * @example
 * ```ts
 * const cut = cutShort(reason, request)
 * if (cut) throw cut
 * ```
 */
export function cutShort(reason: unknown, request: unknown): Safe500Error | undefined {
  if (!(reason instanceof Error) || typeof request !== 'object' || request === null)
    return undefined
  // Only the socket failing: not an error for the status (superagent's carries the response), a
  // parser's or a timeout.
  const { code } = reason as { code?: unknown }
  if (!dropped.has(String(code)) && reason.message !== 'aborted') return undefined
  let status: unknown
  try {
    status = (request as { res?: { statusCode?: unknown } }).res?.statusCode
  } catch {
    return undefined // an exotic request (a throwing getter)
  }
  if (typeof status !== 'number') return undefined
  return new Safe500Error(
    'ERR_BODY_READ',
    `The response began (status ${status} and its headers arrived) but the connection failed before its body ended (${describe(reason)}): the server closed the connection mid-body, or sent a Content-Length longer than the body. supertest (superagent) keeps none of a body cut short, so it cannot be checked. ${finishHint}`,
    { cause: maskedCause(reason) },
  )
}

const finishHint =
  'Make the app finish its responses; to see what arrived, request it with fetch or undici request(), which keep the status and headers.'

/**
 * `ERR_BODY_READ` for the error of an axios or got request whose response began (its status and
 * headers are in `error.response`) but whose body the client could not read (a connection cut
 * mid-body, a Content-Length longer than the body, a size limit): the client keeps none of it.
 *
 * @example
 * ```ts
 * return Promise.reject(bodyLost('axios', 500, error)) // axios: "stream has been aborted"
 * ```
 */
export function bodyLost(client: string, status: unknown, error: unknown): Safe500Error {
  return new Safe500Error(
    'ERR_BODY_READ',
    `The response began (status ${String(status)} and its headers arrived) but ${client} could not read its body (${describe(error)}) and kept none of it, so it cannot be checked. If the connection failed mid-body (the server closed it, or sent a Content-Length longer than the body), ${finishHint.charAt(0).toLowerCase()}${finishHint.slice(1)}`,
    { cause: maskedCause(error) },
  )
}

/**
 * For fetch's error for a body cut short (undici's `TypeError: terminated`, which fetch gives only
 * once the status and headers of the response it reads have arrived), alone or as the cause of a
 * client's error: `ERR_BAD_ENCODING` when what stopped the body was decoding it (zlib's error as
 * its cause), else `ERR_BODY_READ`. Inside axios' error (its fetch adapter, which keeps no
 * response) it is the response under test; alone (ky's and ofetch's rejection, or an error from
 * code the test awaited) it may be an upstream's, and the message says both. Errors of any realm
 * count. Undefined for any other error.
 *
 * @example
 * ```ts
 * throw fetchCutShort(reason) ?? rejected(reason)
 * ```
 */
export function fetchCutShort(error: unknown): Safe500Error | undefined {
  let terminated = false
  for (const e of errorChain(error, 3))
    if (e.name === 'TypeError' && e.message === 'terminated') terminated = true
  if (!terminated) return undefined
  const axios = isAxiosError(error)
  const undecodable = clientBadEncoding(error, undefined, axios ? 'axios' : 'fetch')
  if (undecodable) return undecodable
  const finish =
    'If the server closed the connection mid-body, or sent a Content-Length longer than the body, make the app finish its responses'
  const message = axios
    ? `The response began but its body was cut short: axios' fetch adapter failed while reading it (${describe(error)}) and axios kept none of it, so it cannot be checked. fetch fails with "terminated" only after the status and headers arrived. ${finish}; to see them, request it with axios' default http adapter, or pass fetch's Response before its body is read.`
    : `A body fetch was reading was cut short (${describe(error)}), and none of it was kept, so there is no response to check. fetch fails with "terminated" only after the status and headers arrived. If it is the response under test, read by ky, ofetch or your code: ${finish.charAt(0).toLowerCase()}${finish.slice(1)}; to see the status and headers that arrived, pass fetch's Response before its body is read. If it came from code the test awaited that fetches an upstream itself (a handler called in the test, with a fault such as fault.truncated on the upstream), that code let fetch's error escape: handle it there.`
  return new Safe500Error('ERR_BODY_READ', message, { cause: maskedCause(error) })
}

/** An axios error, of any realm. */
function isAxiosError(error: unknown): boolean {
  try {
    return (error as { isAxiosError?: unknown } | null)?.isAxiosError === true
  } catch {
    return false
  }
}

/**
 * True for a node IncomingMessage whose body did not arrive whole (`complete` still false): the
 * connection failed or timed out mid-body, or the client stopped reading it.
 *
 * @example
 * ```ts
 * if (data === undefined && incomplete(response.request?.res)) throw bodyLost('axios', 500, error)
 * ```
 */
export function incomplete(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { complete?: unknown }).complete === false
  )
}
