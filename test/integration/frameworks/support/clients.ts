import { fetch as undiciFetch, request } from 'undici'

/**
 * The HTTP clients the integration tests talk through: Node's global fetch, undici's fetch and
 * undici's `request()`. Each returns what the client returns; safe500 reads any of them.
 *
 * @example
 * ```ts
 * test.each(Object.entries(clients))('%s', async (_name, send) => {
 *   await expect(await send(app.url('/safe'))).toBeSafe500()
 * })
 * ```
 */
export const clients = {
  'global fetch': (url: string): Promise<unknown> => fetch(url),
  'undici fetch': (url: string): Promise<unknown> => undiciFetch(url),
  'undici request': (url: string): Promise<unknown> => request(url),
} as const
