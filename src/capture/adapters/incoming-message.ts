import type { IncomingMessage } from 'node:http'
import { Safe500Error } from '../../errors.ts'
import { consumedState } from '../consumed.ts'
import { normalizeHeaders, rawHeadersOf } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { readBounded } from '../read-stream.ts'
import { upperMethod } from '../upper-method.ts'
import { responseUrl } from '../response-url.ts'

/**
 * A node `http.IncomingMessage` a client received (`http.get()`'s response), or any readable
 * stream with `statusCode` and `headers`. Read with the bounded reader, so a body that never ends
 * fails after `timeout` and a huge one stops at `maxBytes`. The bytes are as sent (still
 * compressed). Reading consumes the stream, so use the snapshot afterwards.
 *
 * @example
 * ```ts
 * await capture(await new Promise((resolve) => http.get(url, resolve)))
 * ```
 */
export const incomingMessage = defineAdapter<IncomingMessage>({
  name: 'node IncomingMessage',
  accepts: (value): value is IncomingMessage =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as IncomingMessage).statusCode === 'number' &&
    typeof (value as IncomingMessage).headers === 'object' &&
    typeof (value as IncomingMessage).pipe === 'function' &&
    typeof (value as IncomingMessage)[Symbol.asyncIterator] === 'function',
  async read(message, limits) {
    const state = consumedState(message)
    if (state !== undefined) {
      throw new Safe500Error(
        'ERR_BODY_CONSUMED',
        `Cannot read the body of the IncomingMessage: ${state}. A body can be read once only. Pass the response as the 'response' event gives it, before res.on('data'), res.resume() or a pipe; capture() reads it for you (use the snapshot afterwards).`,
      )
    }
    const { bytes, truncated } = await readBounded(message, {
      ...limits,
      what: 'the IncomingMessage',
      status: message.statusCode,
    })
    const { req } = message as { req?: ClientRequestLike }
    const method = upperMethod(req?.method)
    const url = requestUrl(req)
    return {
      status: message.statusCode ?? 0,
      statusText: message.statusMessage ?? '',
      headers: normalizeHeaders(rawHeadersOf(message) ?? message.headers),
      body: bytes,
      truncated,
      decoded: false,
      ...(method ? { method } : {}),
      ...(url ? { url } : {}),
    }
  },
})

/** What a node `http.ClientRequest` tells of where it went. */
interface ClientRequestLike {
  readonly method?: unknown
  readonly protocol?: unknown
  readonly host?: unknown
  readonly path?: unknown
  readonly socket?: { readonly remotePort?: unknown } | null
}

/**
 * The URL a node `http` request went to: its protocol, the host and port it connected to (not a
 * Host header a test may set to anything), and its path.
 */
function requestUrl(req: ClientRequestLike | undefined): string | undefined {
  const { protocol, host, path } = req ?? {}
  const port = req?.socket?.remotePort
  if (typeof protocol !== 'string' || typeof host !== 'string' || typeof path !== 'string')
    return undefined
  const name = host.includes(':') ? `[${host}]` : host
  return responseUrl(`${protocol}//${name}${typeof port === 'number' ? `:${port}` : ''}${path}`)
}
