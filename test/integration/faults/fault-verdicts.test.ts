import { afterAll, describe, expect, test } from 'vitest'
import { faultMatrix, setupUpstreams, type FaultCase } from 'safe500/msw'
import { closePools, type ClientName } from './support/call-upstream.ts'
import type { Style } from './support/checkout-app.ts'
import { echoesCanaries, verdicts } from './support/verdicts.ts'

// Default mode: the clients MSW and the undici bridge answer.
const clients: ClientName[] = [
  'fetch',
  'node:http',
  'undici.request',
  'undici.fetch',
  'axios',
  'got',
]
const upstreams = setupUpstreams()

// What the app's `err.message` is under each fault, when it carries nothing to report: fetch's
// `terminated` (a body cut short); node:http's `aborted` and timeouts, got's `The server aborted
// pending request`; and, for every client, `payments answered 502: ` with the empty body. Fetch's
// `fetch failed` and a timeout's `The operation was aborted due to timeout` are undici's own words
// passed on whole: reported, as axios's `socket hang up` is.
const fetchGeneric = ({ name }: FaultCase) => ['truncated', 'malformed-chunk'].includes(name)
const genericMessages: Partial<Record<ClientName, (fault: FaultCase) => boolean>> = {
  fetch: fetchGeneric,
  'undici.fetch': fetchGeneric,
  'node:http': ({ name }) =>
    ['hang', 'slow headers (10000 ms)', 'truncated', 'dribble'].includes(name),
  got: ({ name }) => name === 'truncated',
}
afterAll(closePools)

describe.concurrent.each(clients)('a node:http app calling payments with %s', (client) => {
  // The fault matrix against the app in `style`, on an upstream host of its own.
  const run = (style: Style) =>
    verdicts(upstreams, faultMatrix, {
      framework: 'node:http',
      client,
      style,
      upstream: `https://payments-${client.replace(/[^a-z]/g, '')}-${style}.example.com`,
    })

  test('careful: every fault of the matrix gets a safe 502/504', async () => {
    const { cases, table } = await run('careful')
    for (const { name } of cases) {
      expect(table[name], name).toMatchObject({ ok: true, categories: [] })
      expect([502, 504], name).toContain(table[name]?.status)
    }
  })

  test("message only: a client's error message that names what failed is caught; a generic one passes", async () => {
    const { cases, table } = await run('message')
    for (const fault of cases) {
      const { name } = fault
      const generic = genericMessages[client]?.(fault) === true || name === 'status 502 (empty)'
      expect(table[name]?.ok, name).toBe(generic)
      if (!generic) expect(table[name]?.categories.length, name).toBeGreaterThan(0)
    }
  })

  test('naive: every fault of the matrix is caught, and planted canaries are reported', async () => {
    const { cases, table } = await run('naive')
    for (const fault of cases) {
      expect(table[fault.name]?.ok, fault.name).toBe(false)
      if (echoesCanaries(fault))
        expect(table[fault.name]?.categories, fault.name).toContain('upstream-echo')
    }
  })
})
