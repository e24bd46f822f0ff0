import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A server listening on loopback: its base URL and a way to close it. */
export interface Listening {
  readonly url: (path: string) => string
  readonly close: () => Promise<void>
}

/**
 * Starts `server` on 127.0.0.1 with a free port (port 0).
 *
 * @example
 * ```ts
 * const app = await listen(http.createServer(handler))
 * const res = await fetch(app.url('/naive/throw'))
 * await app.close()
 * ```
 */
export async function listen(server: Server): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
