import { capture } from '../../capture/capture.ts'
import type { Snapshot } from '../../capture/snapshot.ts'
import { rawRequest, type RawReply } from './raw-request.ts'

/** What the probe sends every request with. */
export interface ProbeTarget {
  readonly url: URL
  readonly method: string
  readonly headers: Readonly<Record<string, string>> | undefined
  readonly body: string | Uint8Array | undefined
  readonly timeout: number
  /** A fetch of the caller's; undefined for the global one (and then raw requests are allowed). */
  readonly fetch: ((url: string, init: RequestInit) => Promise<Response>) | undefined
}

/** An answer, or why there was none (with the status, when the answer began but its body failed). */
export type Sent =
  { readonly snapshot: Snapshot } | { readonly error: unknown; readonly status?: number }

/** Sends the probe's requests and counts them. */
export interface ProbeSender {
  /** Through fetch, with `headers` added. */
  readonly send: (headers: Readonly<Record<string, string>>) => Promise<Sent>
  /** Over a plain socket, header values byte for byte; `undefined` when not allowed or no answer. */
  readonly sendRaw: (headers: Readonly<Record<string, string>>) => Promise<RawReply | undefined>
  readonly count: () => number
}

/** Makes the sender for one probe. */
export function probeSender(target: ProbeTarget): ProbeSender {
  let requests = 0
  const fetcher = target.fetch ?? globalThis.fetch
  const body =
    typeof target.body === 'string' || target.body === undefined
      ? target.body
      : new Uint8Array(target.body)
  const rawAllowed = target.fetch === undefined && target.url.protocol === 'http:'
  return {
    async send(headers) {
      requests++
      let response: Response
      try {
        response = await fetcher(target.url.href, {
          method: target.method,
          headers: { ...target.headers, ...headers },
          redirect: 'manual',
          signal: AbortSignal.timeout(target.timeout),
          ...(body !== undefined ? { body } : {}),
        })
      } catch (error) {
        return { error }
      }
      try {
        return { snapshot: await capture(response, { timeout: target.timeout }) }
      } catch (error) {
        return { error, status: response.status }
      } finally {
        await response.body?.cancel().catch(() => {})
      }
    },
    async sendRaw(headers) {
      if (!rawAllowed) return undefined
      requests++
      return rawRequest(target.url, {
        method: target.method,
        headers: { ...target.headers, ...headers },
        body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
        timeout: target.timeout,
      })
    },
    count: () => requests,
  }
}
