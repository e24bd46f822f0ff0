import { afterAll, describe, expect, test } from 'vitest'
import { faultMatrix, setupUpstreams, type FaultCase } from 'safe500/msw'
import { closePools, type ClientName } from './support/call-upstream.ts'
import { frameworks, type Style } from './support/checkout-app.ts'
import { echoesCanaries, verdicts } from './support/verdicts.ts'

const clients: ClientName[] = [
  'fetch',
  'node:http',
  'undici.request',
  'undici.fetch',
  'axios',
  'got',
]
// One fault of each level: an HTTP error with a leaky body, a network error, a socket fault.
// fault-verdicts.test.ts runs the whole matrix against every client.
const picked = ['status 503 (json-internals)', 'network error (ECONNREFUSED)', 'malformed-chunk']
const matrix = (url: string): FaultCase[] => faultMatrix(url).filter((c) => picked.includes(c.name))

const upstreams = setupUpstreams()
afterAll(closePools)

/** For every client, the verdicts of a checkout app on `framework`, by client then fault. */
async function byClient(framework: (typeof frameworks)[number], style: Style) {
  return Promise.all(
    clients.map(async (client) => {
      const upstream = `https://pay-${framework.replace(/\W/g, '')}-${style}-${client.replace(/\W/g, '')}.example.com`
      return {
        client,
        ...(await verdicts(upstreams, matrix, { framework, client, style, upstream })),
      }
    }),
  )
}

describe.concurrent.each(frameworks)('a %s checkout app', (framework) => {
  test('careful: answers a safe 502 whatever client it calls payments with', async () => {
    for (const { client, cases, table } of await byClient(framework, 'careful')) {
      for (const { name } of cases) {
        expect(table[name], `${client}: ${name}`).toMatchObject({ status: 502, ok: true })
      }
    }
  })

  test('naive: its echo of the upstream error is caught, planted canaries included', async () => {
    for (const { client, cases, table } of await byClient(framework, 'naive')) {
      for (const fault of cases) {
        expect(table[fault.name]?.ok, `${client}: ${fault.name}`).toBe(false)
        if (echoesCanaries(fault)) {
          expect(table[fault.name]?.categories, `${client}: ${fault.name}`).toContain(
            'upstream-echo',
          )
        }
      }
    }
  })
})
