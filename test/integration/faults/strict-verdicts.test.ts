import { afterAll, describe, expect, test } from 'vitest'
import { faultMatrix, setupUpstreams } from 'safe500/msw'
import { closePools, type ClientName } from './support/call-upstream.ts'
import type { Style } from './support/checkout-app.ts'
import { echoesCanaries, verdicts } from './support/verdicts.ts'

// Strict mode: the clients MSW misses, answered at the socket level from the same handlers.
const clients: ClientName[] = ['undici Pool', 'node:http (namespace import)']
const upstreams = setupUpstreams({ strict: true })
afterAll(closePools)

describe.concurrent.each(clients)('strict: a node:http app calling payments with %s', (client) => {
  const setup = (style: Style) => ({
    framework: 'node:http' as const,
    client,
    style,
    upstream: `https://payments-${client.replace(/[^a-z]/g, '')}-${style}.example.com`,
  })

  test('careful: every fault of the matrix gets a safe 502/504', async () => {
    const { cases, table } = await verdicts(upstreams, faultMatrix, setup('careful'))
    for (const { name } of cases) {
      expect(table[name], name).toMatchObject({ ok: true, categories: [] })
      expect([502, 504], name).toContain(table[name]?.status)
    }
  })

  test('naive: every fault of the matrix is caught, and planted canaries are reported', async () => {
    const { cases, table } = await verdicts(upstreams, faultMatrix, setup('naive'))
    for (const fault of cases) {
      expect(table[fault.name]?.ok, fault.name).toBe(false)
      if (echoesCanaries(fault)) {
        expect(table[fault.name]?.categories, fault.name).toContain('upstream-echo')
      }
    }
  })
})
