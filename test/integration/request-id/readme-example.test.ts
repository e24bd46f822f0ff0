import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { captureLogs, formatFinding, probeRequestId } from 'safe500'
import { afterAll, beforeAll, expect, test } from 'vitest'

const app = new Hono<{ Variables: { requestId: string } }>()
app.use(requestId())
app.get('/health', (c) => c.text('ok'))
app.get('/checkout', () => {
  throw new Error('payments: connect ECONNREFUSED 10.0.3.7:443')
})
app.onError((error, c) => {
  console.error(`[${c.get('requestId')}]`, error) // the details go to the log, under the ID
  return c.json({ error: 'Internal Server Error', requestId: c.get('requestId') }, 500)
})

let server: ReturnType<typeof serve>
let base = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      base = `http://127.0.0.1:${info.port}`
      resolve()
    })
  })
})
afterAll(() => {
  server.close()
})

test('support can find the real error from the ID the client got', async () => {
  using logs = captureLogs()
  const res = await fetch(`${base}/checkout`)
  await expect(res).toHaveRequestId('uuid', { requestId: 'both' })
  await expect(res).toBeTraceableIn(logs, { error: /ECONNREFUSED/ })
  await expect(res).toKeepHeadersOf(await fetch(`${base}/health`))
})

test('IDs are fresh, and no hostile inbound ID comes back', async () => {
  using _quiet = captureLogs() // keeps the app's error logs out of the test output
  const report = await probeRequestId({ url: `${base}/checkout` })
  // One line per finding if it fails, as the matchers write them.
  expect(report.ok, report.findings.map(formatFinding).join('\n')).toBe(true)
})
