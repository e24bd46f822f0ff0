import { Safe500Error } from '../errors.ts'
import { describe } from './read-stream.ts'

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
    { cause: reason },
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
    { cause: error },
  )
}

/**
 * `ERR_BODY_READ` for fetch's error for a body cut short (undici's `TypeError: terminated`, which
 * fetch gives only once the status and headers have arrived), alone or as the cause of a client's
 * error (axios' fetch adapter, which keeps no response). ky and ofetch, which read the body of a
 * response they fail on, reject with it bare. Undefined for any other error.
 *
 * @example
 * ```ts
 * throw fetchCutShort(reason) ?? rejected(reason)
 * ```
 */
export function fetchCutShort(error: unknown): Safe500Error | undefined {
  let reason = error
  for (let depth = 0; depth < 3 && reason instanceof Error; depth++) {
    if (reason instanceof TypeError && reason.message === 'terminated') {
      const client = (error as { isAxiosError?: unknown }).isAxiosError === true
      return new Safe500Error(
        'ERR_BODY_READ',
        `The response began but its body was cut short: ${client ? "axios' fetch adapter" : 'fetch'} failed while reading it (${describe(error)}) and ${client ? 'axios kept' : 'the client kept'} none of it, so it cannot be checked. fetch fails with "terminated" only after the status and headers arrived. If the server closed the connection mid-body, or sent a Content-Length longer than the body, make the app finish its responses; to see the status and headers that arrived, pass fetch's Response before its body is read${client ? " (axios' default http adapter also keeps them)" : ' (ky and ofetch read it first)'}.`,
        { cause: error },
      )
    }
    reason = reason.cause
  }
  return undefined
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
