import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fault, setupUpstreams } from 'safe500/msw'
import { Pool } from 'undici'
import { describe, expect, test } from 'vitest'

// An initial handler is armed for the whole file: it is never hit, so the file fails after all.
const upstreams = setupUpstreams(fault.status(500, 'https://ledger.example.com/*'))

test('a fault that is hit passes', async () => {
  upstreams.use(fault.status(502, 'https://payments.example.com/*'))
  const res = await fetch('https://payments.example.com/v1/charges', { method: 'POST' })
  expect(res.status).toBe(502)
})

test('an armed fault that is never hit fails', () => {
  upstreams.use(fault.status(502, 'https://payments.example.com/*', { method: 'POST' }))
})

test('an optional fault that is never hit passes', () => {
  upstreams.use(fault.reset('https://payments.example.com/*', { optional: true }))
})

test('a request no handler matches fails, even though the app saw a plain failure', async () => {
  const error = await fetch('https://payment.example.com/v1/charges').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(TypeError)
})

test('a request from a client MSW misses fails in default mode', async () => {
  upstreams.use(fault.status(502, 'https://payments.example.com/*', { optional: true }))
  const pool = new Pool('https://payments.example.com')
  await pool.request({ path: '/v1/charges', method: 'GET' }).catch(() => {})
  await pool.close()
})

test('requests to the app under test on loopback pass through untouched', async () => {
  const app = createServer((_req, res) => res.end('hello'))
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  const res = await fetch(`http://127.0.0.1:${(app.address() as AddressInfo).port}/`)
  expect(await res.text()).toBe('hello')
  app.close()
})

// Concurrent tests share the handlers and are checked when the last of them ends.
describe.concurrent('concurrent tests', () => {
  test('a concurrent test that ends last', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
  test('a concurrent test whose fault is never hit', () => {
    upstreams.use(fault.status(503, 'https://inventory.example.com/*'))
  })
})
