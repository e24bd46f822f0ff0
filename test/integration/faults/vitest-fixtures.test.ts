import { describe, expect } from 'vitest'
import { test, startApp } from 'safe500/fixtures'
import { fault } from 'safe500/msw'
import { closePools } from './support/call-upstream.ts'
import { checkoutApp, frameworks } from './support/checkout-app.ts'

const payments = 'https://payments.example.com'
test.override('app', () =>
  checkoutApp('express', { client: 'fetch', style: 'careful', upstream: payments }),
)
test.afterAll(closePools)

test('the app fixture runs the app on 127.0.0.1, and upstreams fails its upstream', async ({
  running,
  upstreams,
}) => {
  expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  upstreams.use(fault.status(503, `${payments}/*`, { body: 'java-stack' }))
  const res = await fetch(`${running.url}/checkout`, { method: 'POST' })
  await expect(res).toBeSafe5xx()
})

test('upstreams is reset after each test: no fault is left over', ({ upstreams }) => {
  expect(upstreams.listHandlers()).toEqual([])
})

test('the fault server fixture plays socket faults for an app pointed straight at it', async ({
  faultServer,
}) => {
  const upstream = faultServer.url('garbage')
  const app = await startApp(
    checkoutApp('koa', { client: 'undici.request', style: 'careful', upstream }),
  )
  try {
    const res = await fetch(`${app.url}/checkout`, { method: 'POST' })
    await expect(res).toBeSafe5xx()
    expect(faultServer.hits).toBe(1)
  } finally {
    await app.close()
  }
})

describe('startApp starts every kind of app on port 0', () => {
  test.for(frameworks)('%s', async (framework, { upstreams }) => {
    const upstream = `https://payments-${framework.replace(/\W/g, '')}.example.com`
    upstreams.use(fault.status(502, `${upstream}/*`))
    const app = await startApp(checkoutApp(framework, { client: 'got', style: 'naive', upstream }))
    try {
      const res = await fetch(`${app.url}/checkout`, { method: 'POST' })
      await expect(res).toLeakDetails()
    } finally {
      await app.close()
    }
  })
})
