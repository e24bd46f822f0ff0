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
