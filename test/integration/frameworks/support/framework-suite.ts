import type { Category } from 'safe500'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { clients } from './clients.ts'
import { leakyHeader, leakyMessage, leakyPassword } from './leaky-error.ts'
import type { Listening } from './listen.ts'
import type { LoggedError } from './logged-error.ts'
import { inCatalogueOrder, measure } from './measure.ts'
import { safeErrorResponse, type SafeErrorKind } from './safe-error-response.ts'

/** The apps of one framework in one mode, and what safe500 must say about each route. */
export interface FrameworkSpec {
  /** `Express 5`, `Fastify 5`, ... */
  readonly framework: string
  /** `NODE_ENV unset`, `NODE_ENV=production`, `default`. */
  readonly mode: string
  /** Starts both apps on loopback; the safe one logs each error to `logs`. */
  readonly start: (logs: LoggedError[]) => Promise<{ naive: Listening; safe: Listening }>
  /** Naive routes and the exact categories their 500 must be flagged with. */
  readonly naive: Readonly<Record<string, readonly Category[]>>
  /** How the safe app renders its 500. */
  readonly kind: SafeErrorKind
  /** Safe routes (default `/safe`, which throws the leaky error, and `/safe/expose`, which throws it with `expose` and `headers`). */
  readonly safe?: readonly string[]
}

/**
 * The integration tests of one framework: every naive route fails `toBeSafe500` with exactly the
 * expected categories; every safe route passes, with the same request ID in header and body, a
 * fresh ID per request, and that ID in the server log next to the real error; each client reads
 * the same verdicts.
 *
 * @example
 * ```ts
 * frameworkSuite({ framework: 'Koa 3', mode: 'default', kind: 'json', start, naive: { '/naive/throw': ['header', 'request-id'] } })
 * ```
 */
export function frameworkSuite(spec: FrameworkSpec): void {
  const { framework, mode, kind } = spec
  describe(`${framework}, ${mode}`, () => {
    const logs: LoggedError[] = []
    let apps: { naive: Listening; safe: Listening }

    beforeAll(async () => {
      // Default handlers log the leaky error to stderr; keep the test output readable.
      vi.spyOn(console, 'error').mockImplementation(() => {})
      apps = await spec.start(logs)
    })
    afterAll(async () => {
      vi.restoreAllMocks()
      await Promise.all([apps.naive.close(), apps.safe.close()])
    })

    const naive = Object.entries(spec.naive).map(
      ([route, expected]) => [route, inCatalogueOrder(expected)] as const,
    )
    test.each(naive)('%s fails with exactly %j', async (route, expected) => {
      const res = await fetch(apps.naive.url(route))
      expect(res.status).toBe(500)
      const { categories, summary } = await measure(res, { framework, mode, route })
      expect(categories, summary).toEqual(expected)
      // Findings point at the leaked credentials without printing them (excerpts keep 4 characters).
      expect(summary).not.toContain(leakyPassword.slice(4, 9))
      await expect(res).not.toBeSafe500()
    })

    test.each(spec.safe ?? ['/safe', '/safe/expose'])('%s passes', async (route) => {
      const res = await fetch(apps.safe.url(route))
      const { categories, summary } = await measure(res, { framework, mode, route })
      expect(categories, summary).toEqual([])
      await expect(res).toBeSafe500({ requestId: 'both' })
      const requestId = res.headers.get('x-request-id') ?? ''
      expect(requestId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      )
      expect(res.headers.get(leakyHeader.name)).toBeNull()
      expect(await res.text()).toBe(safeErrorResponse(kind, requestId).body)
      expect(logs).toContainEqual({ requestId, message: leakyMessage })
    })

    test('the safe app gives each request its own ID', async () => {
      const [a, b] = await Promise.all([
        fetch(apps.safe.url('/safe')),
        fetch(apps.safe.url('/safe')),
      ])
      expect(a.headers.get('x-request-id')).toBeTruthy()
      expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'))
    })

    const leakyRoute = naive[0]?.[0]
    test.each(Object.entries(clients))('%s reads the same verdicts', async (_name, send) => {
      await expect(await send(apps.safe.url('/safe'))).toBeSafe500({ requestId: 'both' })
      if (leakyRoute) await expect(await send(apps.naive.url(leakyRoute))).not.toBeSafe500()
    })
  })
}
