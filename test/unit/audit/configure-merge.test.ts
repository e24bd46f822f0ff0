import { audit, configure, defineRule } from 'safe500'
import { afterEach, expect, test } from 'vitest'
import { codenameSpec } from '../../support/codename-rule.ts'

afterEach(() => configure())

const rulesOf = (report: { findings: readonly { rule: string }[] }) =>
  report.findings.map((f) => f.rule)

const traceId = 'b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e'

/** A safe 500 whose only request ID is in `x-shop-trace`, with a support address in the body. */
function tracedResponse(): Response {
  return new Response(
    JSON.stringify({ error: 'Internal Server Error', contact: 'support@shop.example' }),
    {
      status: 500,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-shop-trace': traceId,
      },
    },
  )
}

test('a second configure() keeps the defaults it does not name', async () => {
  // As a setup file, then a test file, would call it.
  configure({ requestIdHeaders: ['x-shop-trace'] })
  configure({ allow: ['support@shop.example'] })
  const report = await audit(tracedResponse())
  expect(rulesOf(report)).not.toContain('request-id-missing')
  expect(report.requestId).toBe(traceId)
  await expect(tracedResponse()).toBeSafe500()
})

test('a key given again replaces that key, lists too', async () => {
  configure({ status: [500, 502], skip: ['header-nosniff'] })
  configure({ status: 503 })
  const res = () => new Response('{"error":"Internal Server Error"}', { status: 503 })
  const found = rulesOf(await audit(res()))
  expect(found).not.toContain('status-unexpected')
  expect(found).not.toContain('header-nosniff')
  configure({ skip: ['header-cache-control'] })
  const now = rulesOf(await audit(res()))
  expect(now).toContain('header-nosniff')
  expect(now).not.toContain('header-cache-control')
  expect(now).not.toContain('status-unexpected')
})

test('configure() with no argument starts over', async () => {
  configure({ requestIdHeaders: ['x-shop-trace'] })
  configure({ allow: ['support@shop.example'] })
  configure()
  expect(rulesOf(await audit(tracedResponse()))).toContain('request-id-missing')
  // An empty object changes nothing.
  configure({ requestIdHeaders: ['x-shop-trace'] })
  configure({})
  expect(rulesOf(await audit(tracedResponse()))).not.toContain('request-id-missing')
})

test('skip given to a later configure() may name a rule set by an earlier one', async () => {
  const codename = defineRule({ ...codenameSpec, id: 'acme-codename-merge' })
  const res = () => new Response('Project Falcon is down', { status: 500 })
  configure({ rules: [codename] })
  expect(rulesOf(await audit(res()))).toContain('acme-codename-merge')
  configure({ skip: ['acme-codename-merge'] })
  expect(rulesOf(await audit(res()))).not.toContain('acme-codename-merge')
})

test('a bad configure() leaves the defaults as they were', async () => {
  configure({ requestIdHeaders: ['x-shop-trace'] })
  expect(() => configure({ allow: [''] })).toThrow('[safe500] configure(): allow holds an empty')
  expect(rulesOf(await audit(tracedResponse()))).not.toContain('request-id-missing')
})

test('an option given as undefined in a call keeps the configured default', async () => {
  configure({ status: [500, 503], requestId: 'none', maxBytes: 1024 })
  const res = () => new Response('{"error":"Internal Server Error"}', { status: 503 })
  const report = await audit(res(), {
    status: undefined,
    requestId: undefined,
    maxBytes: undefined,
  })
  expect(rulesOf(report)).not.toContain('status-unexpected')
  expect(rulesOf(report)).not.toContain('request-id-missing')
  expect(report.expectedStatus).toEqual([500, 503])
})
