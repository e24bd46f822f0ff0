import { normalizeHeaders } from '../headers.ts'
import { defineAdapter } from '../raw.ts'
import { upperMethod } from '../upper-method.ts'

interface InjectResponse {
  readonly statusCode: number
  readonly statusMessage?: unknown
  readonly headers?: unknown
  readonly rawPayload: Uint8Array
  readonly payload: string
  readonly raw?: { readonly req?: { readonly method?: unknown } }
}

/**
 * A light-my-request response, which Fastify's `inject()` returns: `{ statusCode, headers,
 * payload, rawPayload }`. `rawPayload` holds the bytes as the app wrote them (still compressed
 * when the app compresses); the response itself is left as it was.
 *
 * @example
 * ```ts
 * await capture(await app.inject({ method: 'GET', url: '/boom' }))
 * ```
 */
export const injectResponse = defineAdapter<InjectResponse>({
  name: 'light-my-request response',
  accepts: (value): value is InjectResponse =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as InjectResponse).statusCode === 'number' &&
    (value as InjectResponse).rawPayload instanceof Uint8Array &&
    typeof (value as InjectResponse).payload === 'string',
  read(value, { maxBytes }) {
    const truncated = value.rawPayload.byteLength > maxBytes
    const method = upperMethod(value.raw?.req?.method)
    return Promise.resolve({
      status: value.statusCode,
      statusText: typeof value.statusMessage === 'string' ? value.statusMessage : '',
      headers: normalizeHeaders(value.headers),
      body: truncated ? value.rawPayload.subarray(0, maxBytes) : value.rawPayload,
      truncated,
      decoded: false,
      ...(method ? { method } : {}),
    })
  },
})
