import nodeHttp, { createServer, type Server } from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { fault, setupUpstreams } from 'safe500/msw'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { callUpstream, clientNames, closePools, type ClientName } from './support/call-upstream.ts'

// The "real" upstream: a server on 127.0.0.2. That is loopback to the kernel but not to safe500
// (which lets only 127.0.0.1, ::1 and localhost through), so a request that reaches it escaped
// the mocks, and no request ever leaves the machine.
let real: Server
let upstream: string
beforeAll(async () => {
  real = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end('real'),
  )
  await new Promise<void>((resolve) => real.listen(0, '127.0.0.2', resolve))
  upstream = `http://127.0.0.2:${(real.address() as AddressInfo).port}`
})
afterAll(async () => {
  await closePools()
  real.closeAllConnections()
  await new Promise((resolve) => real.close(resolve))
})

type Outcome = 'mocked' | 'real network' | 'failed, test fails'

interface Mode {
  /** Throws when safe500 saw a request escape the mocks since the last call. */
  readonly verify: () => void
  readonly close: () => unknown
}

/** What each client gets under a mode: the mocked answer, the real server's, or a failure. */
async function measure(
  start: () => Mode,
  target: 'msw handler' | 'safe500 fault',
): Promise<Record<ClientName, Outcome>> {
  const mode = start()
  const path = target === 'msw handler' ? 'plain' : 'fault'
  const table = {} as Record<ClientName, Outcome>
  try {
    for (const client of clientNames) {
      // A client reusing a kept-alive socket another client opened would inherit its fate.
      nodeHttp.globalAgent.destroy()
      https.globalAgent.destroy()
      await closePools()
      const answer = await callUpstream(client, `${upstream}/${path}/v1/charges`).catch(
        () => undefined,
      )
      let escaped = false
      try {
        mode.verify()
      } catch {
        escaped = true
      }
      table[client] =
        answer?.body === 'real' ? 'real network' : escaped ? 'failed, test fails' : 'mocked'
      if (answer === undefined && !escaped) throw new Error(`${client} failed unnoticed`)
    }
  } finally {
    await mode.close()
  }
  return table
}

const handlers = () => [
  http.all(`${upstream}/plain/*`, () => HttpResponse.text('mocked', { status: 418 })),
  fault.status(503, `${upstream}/fault/*`),
]

const plainMsw = (): Mode => {
  const server = setupServer(...handlers())
  server.listen({ onUnhandledFrame: 'bypass' })
  return { verify: () => {}, close: () => server.close() }
}

const safe500 = (strict: boolean) => (): Mode => {
  const upstreams = setupUpstreams({ hooks: false, strict }, ...handlers())
  upstreams.listen()
  return { verify: () => upstreams.verify(), close: () => upstreams.close() }
}

const all = (outcome: Outcome) =>
  Object.fromEntries(clientNames.map((client) => [client, outcome])) as Record<ClientName, Outcome>

test('plain MSW setupServer misses undici and the namespace import of node:http, silently', async () => {
  expect(await measure(plainMsw, 'msw handler')).toEqual({
    ...all('mocked'),
    'node:http (namespace import)': 'real network',
    'undici.request': 'real network',
    'undici.fetch': 'real network',
    'undici Pool': 'real network',
  })
})

test('default mode answers undici from the handlers and fails what it cannot answer', async () => {
  expect(await measure(safe500(false), 'msw handler')).toEqual({
    ...all('mocked'),
    'node:http (namespace import)': 'failed, test fails',
    'undici Pool': 'failed, test fails',
  })
  // Faults are played by safe500's own node:http route, whatever the import.
  expect(await measure(safe500(false), 'safe500 fault')).toEqual({
    ...all('mocked'),
    'undici Pool': 'failed, test fails',
  })
})

test('strict mode answers every client from the handlers', async () => {
  expect(await measure(safe500(true), 'msw handler')).toEqual(all('mocked'))
  expect(await measure(safe500(true), 'safe500 fault')).toEqual(all('mocked'))
})
