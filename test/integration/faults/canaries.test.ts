import express from 'express'
import { audit, canaryError } from 'safe500'
import { startApp } from 'safe500/fixtures'
import { fault, setupUpstreams } from 'safe500/msw'
import { describe, test, vi } from 'vitest'
import { checkoutApp } from './support/checkout-app.ts'

const upstreams = setupUpstreams()

describe.concurrent('every leak is reported in the test that planted it', () => {
  test.for([1, 2, 3, 4, 5, 6])('tenant %i', async (n, { expect }) => {
    const upstream = `https://tenant-${n}.example.com`
    upstreams.use(fault.status(502, `${upstream}/*`, { body: 'json-internals' }))
    const app = await startApp(
      checkoutApp('node:http', { client: 'fetch', style: 'naive', upstream }),
    )
    try {
      const res = await fetch(`${app.url}/checkout`, { method: 'POST' })
      const report = await audit(res.clone(), { status: [500, 502, 503, 504] })
      const echoes = report.findings.filter((f) => f.category === 'upstream-echo')
      expect(echoes.length).toBeGreaterThan(0)
      for (const { message } of echoes) {
        expect(message).toContain(`planted by fault.status(502) on any method ${upstream}/*`)
      }
      await expect(expect(res).toBeSafe5xx()).rejects.toThrow(`tenant-${n}.example.com`)
    } finally {
      await app.close()
    }
  })
})

// A dependency the app calls; tests replace its query with one that throws a canaryError().
const db = { query: (_sql: string): Promise<unknown[]> => Promise.resolve([]) }

function ordersApp(style: 'naive' | 'careful') {
  const app = express()
  app.disable('x-powered-by')
  app.get('/orders', async (_req, res) => {
    res.json(await db.query('SELECT * FROM orders'))
  })
  app.use(
    (error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      if (style === 'naive') return void res.status(500).json({ error: error.message, ...error })
      res
        .status(500)
        .set({
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          'x-request-id': 'req-7f3a',
        })
        .json({ error: 'Internal Server Error', requestId: 'req-7f3a' })
    },
  )
  return app
}

test('canaryError() thrown by a mocked dependency: its echo is caught, a generic 500 passes', async ({
  expect,
}) => {
  vi.spyOn(db, 'query').mockRejectedValue(canaryError('orders query'))
  for (const style of ['naive', 'careful'] as const) {
    const app = await startApp(ordersApp(style))
    try {
      const res = await fetch(`${app.url}/orders`)
      if (style === 'naive') {
        await expect(expect(res).toBeSafe500()).rejects.toThrow(
          'planted by canaryError("orders query")',
        )
      } else {
        await expect(res).toBeSafe500()
      }
    } finally {
      await app.close()
    }
  }
  vi.restoreAllMocks()
})
