import {
  audit,
  capture,
  captureLogs,
  checkUniform,
  droppedHeaders,
  findTrace,
  probeRequestId,
} from 'safe500'
import { startApp, type RunningApp } from 'safe500/fixtures'
import { fault, faultMatrix, setupUpstreams } from 'safe500/msw'
import { afterAll, beforeAll, expect, test } from 'vitest'

// A strict project passes options it may not have (`{ timeout: config.timeout }`): each option
// given as undefined must act as if it were not given, as the typings promise.

const safe = (id: string = crypto.randomUUID()) =>
  Response.json(
    { error: 'Internal Server Error', requestId: id },
    {
      status: 500,
      headers: {
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': id,
      },
    },
  )

let app: RunningApp
beforeAll(async () => {
  app = await startApp({ fetch: () => safe() })
})
afterAll(() => app.close())

test('capture, audit and the matchers', async () => {
  const none = { maxBytes: undefined, timeout: undefined }
  expect((await capture(safe(), none)).status).toBe(500)
  const report = await audit(safe(), {
    ...none,
    status: undefined,
    requestId: undefined,
    requestIdHeaders: undefined,
    requestIdKeys: undefined,
    skip: undefined,
    rules: undefined,
    allow: undefined,
    method: undefined,
  })
  expect(report.findings).toEqual([])
  await expect(safe()).toBeSafe500({ timeout: undefined, status: undefined })
})

test('request IDs: uniformity, dropped headers, the probe', async () => {
  const [a, b] = [await capture(safe('req-1')), await capture(safe('req-2'))]
  expect(
    checkUniform([a, b], { mask: undefined, requestIdHeaders: undefined, requestIdKeys: undefined })
      .uniform,
  ).toBe(true)
  const ok = await capture(new Response('ok', { headers: { 'x-request-id': 'req-1' } }))
  expect(
    droppedHeaders(ok, a, { headers: undefined, ignore: undefined, requestIdHeaders: undefined }),
  ).toEqual([])
  const report = await probeRequestId({
    url: app.url,
    method: undefined,
    headers: undefined,
    body: undefined,
    propagates: undefined,
    requestIdHeaders: undefined,
    requestIdKeys: undefined,
    requestId: undefined,
    fetch: undefined,
    timeout: undefined,
  })
  expect(report.requests).toBeGreaterThan(1)
  expect(report.findings).toEqual([])
})

test('logs', () => {
  const logs = captureLogs({
    console: undefined,
    stdout: undefined,
    stderr: undefined,
    print: undefined,
  })
  try {
    console.error('request req-7f3a9c21 failed', new Error('orders query failed'))
  } finally {
    logs.restore()
  }
  const trace = findTrace(logs, ['req-7f3a9c21'], { error: undefined, inbound: undefined })
  expect(trace.record?.text).toContain('orders query failed')
})

// Upstreams made with every option undefined: hooks registered, not strict, nothing allowed.
const upstreams = setupUpstreams({
  server: undefined,
  strict: undefined,
  allow: undefined,
  hooks: undefined,
})

test('upstreams and faults', async () => {
  const url = 'https://payments.example.com/*'
  const given = { method: undefined, once: undefined, optional: undefined, headers: undefined }
  // A 503 answers with its default Retry-After, as if retryAfter were not given.
  upstreams.use(fault.status(503, url, { ...given, body: undefined, retryAfter: undefined }))
  const res = await fetch('https://payments.example.com/v1/charges')
  expect(res.status).toBe(503)
  expect(res.headers.get('retry-after')).toBe('30')
  await res.body?.cancel()
  expect(fault.networkError(url, { ...given, code: undefined })).toBeDefined()
  expect(fault.slowHeaders(url, { ...given, delay: undefined, then: undefined })).toBeDefined()
  expect(
    fault.flaky(url, { ...given, failures: undefined, failure: undefined, then: undefined }),
  ).toBeDefined()
  const undefinedMatrix = faultMatrix(url, {
    method: undefined,
    exclude: undefined,
    slowHeadersDelay: undefined,
  })
  expect(undefinedMatrix.map((c) => c.name)).toEqual(faultMatrix(url).map((c) => c.name))
})
