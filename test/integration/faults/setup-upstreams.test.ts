import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { fault, setupUpstreams, type Upstreams } from 'safe500/msw'
import { getGlobalDispatcher } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { callUpstream, closePools, type ClientName } from './support/call-upstream.ts'

// Each test starts and closes its own upstreams (hooks: false) to look at them from outside.
let upstreams: Upstreams | undefined
afterEach(async () => {
  await upstreams?.close()
  upstreams = undefined
  await closePools()
})

const start = (...args: Parameters<typeof setupUpstreams>) => {
  upstreams = setupUpstreams(...args)
  upstreams.listen()
  return upstreams
}

const verifyError = (u: Upstreams) => {
  try {
    u.verify()
    return undefined
  } catch (error) {
    // Where each fault was made (tested on its own below), kept out of the snapshots.
    return (error as Error).message.replace(/ \(made at [^)\n]{1,300}\)/g, ' (made at …)')
  }
}

test('a setupServer you own keeps its handlers and gains the bridge and the checks', async () => {
  const server = setupServer(
    http.post('https://catalog.example.com/items', () => HttpResponse.json([1])),
  )
  const u = start({ server, hooks: false })
  expect(await callUpstream('undici.request', 'https://catalog.example.com/items')).toMatchObject({
    status: 200,
    body: '[1]',
  })
  u.use(fault.status(503, 'https://catalog.example.com/*', { method: 'POST' }))
  expect((await callUpstream('undici.request', 'https://catalog.example.com/items')).status).toBe(
    503,
  )
  expect(verifyError(u)).toBeUndefined()
  expect(() => setupUpstreams({ server }, fault.hang('https://x.example.com/*'))).toThrow(
    'setupUpstreams({ server }) takes no handlers',
  )
})

test('a fault never hit fails with the stack of the line that made it, safe500 left out', () => {
  const u = start({ hooks: false })
  u.use(fault.status(502, 'https://ledger.example.com/*'))
  u.use(fault.hang('https://queue.example.com/*'))
  let stack = ''
  try {
    u.verify()
  } catch (error) {
    stack = (error as Error).stack ?? ''
  }
  const source = readFileSync(new URL(import.meta.url), 'utf8').split('\n')
  const lineOf = (text: string) => source.findIndex((l) => l.includes(`${text}'))`)) + 1
  const file = 'test/integration/faults/setup-upstreams.test.ts'
  const frames = stack.split('\n').filter((l) => /^\s+at /.test(l))
  // The first frame is the test's own line that made the first of the faults.
  expect(frames[0]).toMatch(
    new RegExp(`setup-upstreams\\.test\\.ts:${lineOf('https://ledger.example.com/*')}:\\d+\\)?$`),
  )
  expect(frames.filter((f) => f.includes('/fixtures/msw/'))).toEqual([])
  for (const url of ['https://ledger.example.com/*', 'https://queue.example.com/*'])
    expect(stack).toContain(`${url} (made at ${file}:${lineOf(url)}:`)
})

test('listen() twice is harmless, and close() gives back the global dispatcher', async () => {
  const before = getGlobalDispatcher()
  const u = start({ hooks: false })
  u.listen()
  expect(getGlobalDispatcher()).not.toBe(before)
  await u.close()
  await u.close()
  expect(getGlobalDispatcher()).toBe(before)
})

test('a fault armed for another method is not hit, and the request escapes: both are reported', async () => {
  const u = start({ hooks: false })
  u.use(fault.status(502, 'https://payments.example.com/*', { method: 'GET' }))
  await expect(callUpstream('fetch', 'https://payments.example.com/v1/charges')).rejects.toThrow()
  expect(verifyError(u)).toMatchInlineSnapshot(`
    "[safe500] 1 armed fault was never hit, so the test proves nothing (an app that cannot reach its upstream answers 500 too):
      • fault.status(502) on GET https://payments.example.com/* (made at …)
    Check the URL and method the app calls, or pass { optional: true } to a fault that may go unused.
    1 request escaped the mocks, so the app met a failure the test did not plan:
      • POST https://payments.example.com/v1/charges matched no handler (seen by the undici bridge)
    Add a handler or a fault for it, or let its origin through with setupUpstreams({ allow: [origin] })."
  `)
})

test('an escaped URL that carries a key in its query is shown with the key masked', async () => {
  const u = start({ hooks: false })
  const key = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_')
  await expect(
    callUpstream('fetch', `https://ledger.example.com/v1/charges?key=${key}`),
  ).rejects.toThrow()
  const message = verifyError(u)
  expect(message).toContain('https://ledger.example.com/v1/charges?key=sk_l****')
  expect(message).not.toContain(key)
})

test('the same request escaping again and again is listed once, with how many times', async () => {
  const u = start({ hooks: false })
  for (let i = 0; i < 3; i++)
    await expect(callUpstream('fetch', 'https://ledger.example.com/v1/entries')).rejects.toThrow()
  expect(verifyError(u)).toContain(
    '3 requests escaped the mocks, so the app met a failure the test did not plan:\n  • POST https://ledger.example.com/v1/entries matched no handler (seen by the undici bridge) (3 times)\nAdd a handler',
  )
})

describe.each<ClientName>(['fetch', 'node:http', 'axios', 'undici Pool'])('over %s', (client) => {
  const host = `https://pay-${client.replace(/\W/g, '')}.example.com`

  test('flaky: fails, then recovers, so an app that retries once succeeds', async () => {
    start({ hooks: false, strict: true }, fault.flaky(`${host}/flaky/*`, { failures: 1 }))
    const retried = async () => {
      const first = await callUpstream(client, `${host}/flaky/v1/charges`)
      return first.status < 500 ? first : callUpstream(client, `${host}/flaky/v1/charges`)
    }
    expect((await retried()).status).toBe(200)
  })

  test('sequence: each request gets the next outcome', async () => {
    start(
      { hooks: false, strict: true },
      fault.sequence(`${host}/seq/*`, [503, 'network-error', 201]),
    )
    const outcomes: (number | string)[] = []
    for (let i = 0; i < 4; i++) {
      outcomes.push(
        await callUpstream(client, `${host}/seq/v1/charges`).then(
          (a) => a.status,
          () => 'error',
        ),
      )
    }
    expect(outcomes).toEqual([503, 'error', 201, 201])
  })
})

describe('allow', () => {
  let real: Server
  let origin: string
  beforeAll(async () => {
    real = createServer((_req, res) => res.end('real'))
    await new Promise<void>((resolve) => real.listen(0, '127.0.0.2', resolve))
    origin = `http://127.0.0.2:${(real.address() as AddressInfo).port}`
  })
  afterAll(() => {
    real.closeAllConnections()
    real.close()
  })

  test('lets unhandled requests to an allowed origin reach the network, and no other', async () => {
    const u = start({ hooks: false, allow: [origin] })
    expect((await callUpstream('undici.request', `${origin}/x`)).body).toBe('real')
    expect(verifyError(u)).toBeUndefined()
    await expect(callUpstream('undici.request', 'http://127.0.0.3:9/x')).rejects.toThrow(
      'escaped the mocks',
    )
    expect(verifyError(u)).toContain('POST http://127.0.0.3:9/x matched no handler')
  })
})
