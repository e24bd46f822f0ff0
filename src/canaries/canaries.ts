import { newCanaryToken } from './registry.ts'

/**
 * A set of unique strings to plant in a failure; any of them on the wire is a leak.
 *
 * @example
 * ```ts
 * import { plantCanaries, type Canaries } from 'safe500'
 * const c: Canaries = plantCanaries('inventory 500')
 * vi.spyOn(inventory, 'reserve').mockRejectedValue(new Error(`${c.marker}: ${c.connectionString}`))
 * const res = await fetch(`${app.url}/checkout`, { method: 'POST' })
 * expect(await res.text()).not.toContain(c.token)
 * ```
 */
export interface Canaries {
  /** The bare token every other value embeds. */
  readonly token: string
  /** A marker sentence, e.g. for an error message. */
  readonly marker: string
  /** A fake secret (built at run time; no real provider's format). */
  readonly secret: string
  /** A fake internal host name. */
  readonly host: string
  /** A fake server path with a source location. */
  readonly path: string
  /** A fake connection string with credentials. */
  readonly connectionString: string
}

/**
 * Plants a fresh set of canaries. Every value embeds one unguessable token; `audit()` and the
 * matchers report any planted token found in a response as `upstream-echo`.
 *
 * @example
 * ```ts
 * import { plantCanaries } from 'safe500'
 * const c = plantCanaries('payments 500')
 * upstreamBody = { error: c.marker, host: c.host }
 * // later: await expect(res).toBeSafe500() fails if any of it reached the client
 * ```
 */
export function plantCanaries(label = 'a planted canary'): Canaries {
  const token = newCanaryToken(label)
  return {
    token,
    marker: `upstream failure ${token}`,
    secret: ['cnry', 'secret', token].join('_'),
    host: `db-${token}.prod.internal`,
    path: `/srv/${token}/app/lib/handler.js:42:13`,
    connectionString: `postgres://svc_${token}:${token.slice(3, 15)}@db-${token}.prod.internal:5432/orders`,
  }
}
