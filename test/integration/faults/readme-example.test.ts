import { createServer } from 'node:http'
import { startApp } from 'safe500/fixtures'
import { fault, faultMatrix, setupUpstreams } from 'safe500/msw'
import { afterAll, beforeAll, expect, test } from 'vitest'

// The app under test: checkout charges the card with payments, and when payments fails it
// answers a generic 502 with a request ID (the real error goes to its log).
const log: unknown[] = []
const checkout = createServer((_req, res) => {
  const requestId = crypto.randomUUID()
  charge()
    .then((receipt) => res.writeHead(200, { 'content-type': 'application/json' }).end(receipt))
    .catch((error: unknown) => {
      log.push({ requestId, error })
      res.writeHead(502, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': requestId,
      })
      res.end(JSON.stringify({ error: 'Bad Gateway', requestId }))
    })
})

async function charge(): Promise<string> {
  const payment = await fetch('https://payments.example.com/v1/charges', {
    method: 'POST',
    signal: AbortSignal.timeout(200),
  })
  if (!payment.ok) throw new Error(`payments answered ${payment.status}`)
  return payment.text() // the whole body, before answering: it can fail after the headers
}

const upstreams = setupUpstreams() // listens, checks and resets around every test
let app: Awaited<ReturnType<typeof startApp>>
beforeAll(async () => (app = await startApp(checkout)))
afterAll(() => app.close())

test('checkout survives payments failing', async () => {
  upstreams.use(fault.status(502, 'https://payments.example.com/*', { body: 'java-stack' }))
  const res = await fetch(`${app.url}/checkout`, { method: 'POST' })
  await expect(res).toBeSafe5xx()
})

test.for(faultMatrix('https://payments.example.com/*'))(
  'checkout survives payments failing: $name',
  async ({ fault }) => {
    upstreams.use(fault)
    await expect(await fetch(`${app.url}/checkout`, { method: 'POST' })).toBeSafe5xx()
  },
)
