import { afterAll, describe, expect, test } from 'vitest'
import { faultMatrix, setupUpstreams } from 'safe500/msw'
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
// `fetch failed` (the cause is not in the message), `terminated`, a timeout's `The operation was
// aborted due to timeout`, node:http's `aborted` and timeouts, got's `The server aborted pending
// request`; and, for every client, `payments answered 502: ` with the empty body.
const fetchGeneric = new Set([
  'network error (ECONNREFUSED)',
  'network error (ENOTFOUND)',
  'hang',
  'slow headers (10000 ms)',
  'reset',
  'empty-reply',
  'garbage',
  'malformed-chunk',
  'truncated',
  'dribble',
])
const genericMessages: Partial<Record<ClientName, ReadonlySet<string>>> = {
  fetch: fetchGeneric,
  'undici.fetch': fetchGeneric,
  'node:http': new Set(['hang', 'slow headers (10000 ms)', 'truncated', 'dribble']),
  'undici.request': new Set(),
  axios: new Set(),
  got: new Set(['truncated']),
}
afterAll(closePools)

describe.concurrent.each(clients)('a node:http app calling payments with %s', (client) => {
  const host = (style: Style) =>
    `https://payments-${client.replace(/[^a-z]/g, '')}-${style}.example.com`

  test('careful: every fault of the matrix gets a safe 502/504', async () => {
    const upstream = host('careful')
    const { cases, table } = await verdicts(upstreams, faultMatrix, {
      framework: 'node:http',
      client,
      style: 'careful',
      upstream,
    })
    for (const { name } of cases) {
      expect(table[name], name).toMatchObject({ ok: true, categories: [] })
      expect([502, 504], name).toContain(table[name]?.status)
    }
  })

  test("message only: a client's error message that names what failed is caught; a generic one passes", async () => {
    const upstream = host('message')
    const { cases, table } = await verdicts(upstreams, faultMatrix, {
      framework: 'node:http',
      client,
      style: 'message',
      upstream,
    })
    for (const { name } of cases) {
      const generic = genericMessages[client]?.has(name) === true || name === 'status 502 (empty)'
      expect(table[name]?.ok, name).toBe(generic)
      if (!generic) expect(table[name]?.categories.length, name).toBeGreaterThan(0)
    }
  })

  test('naive: every fault of the matrix is caught, and planted canaries are reported', async () => {
    const upstream = host('naive')
    const { cases, table } = await verdicts(upstreams, faultMatrix, {
      framework: 'node:http',
      client,
      style: 'naive',
      upstream,
    })
    for (const fault of cases) {
      expect(table[fault.name]?.ok, fault.name).toBe(false)
      if (echoesCanaries(fault))
        expect(table[fault.name]?.categories, fault.name).toContain('upstream-echo')
    }
  })
})
