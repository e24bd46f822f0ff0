import { audit, auditSnapshot, configure, defineRule, Safe500Error } from 'safe500'
import { afterEach, expect, test } from 'vitest'
import { leakyResponse, safeResponse } from '../../support/responses.ts'
import { snapshotOf } from '../../support/example-response.ts'

afterEach(() => configure())

const rulesOf = (report: { findings: readonly { rule: string }[] }) =>
  report.findings.map((f) => f.rule)

test('status: the allowed statuses', async () => {
  expect(rulesOf(await audit(safeResponse(503)))).toContain('status-unexpected')
  expect((await audit(safeResponse(503), { status: [502, 503] })).ok).toBe(true)
  expect((await audit(safeResponse(503), { status: 503 })).ok).toBe(true)
})

test('requestId: where the ID must be', () => {
  const headerOnly = snapshotOf({
    status: 500,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': 'req-7f3a9c2e41',
    },
    body: 'Internal Server Error',
  })
  expect(auditSnapshot(headerOnly).ok).toBe(true)
  expect(auditSnapshot(headerOnly, { requestId: 'header' }).ok).toBe(true)
  expect(rulesOf(auditSnapshot(headerOnly, { requestId: 'body' }))).toEqual(['request-id-missing'])
  expect(rulesOf(auditSnapshot(headerOnly, { requestId: 'both' }))).toEqual(['request-id-missing'])
  const none = snapshotOf({
    ...headerOnly,
    headers: { ...headerOnly.headers, 'x-request-id': '' },
    body: 'Internal Server Error',
  })
  expect(rulesOf(auditSnapshot(none))).toEqual(['request-id-missing'])
  expect(auditSnapshot(none, { requestId: 'none' }).ok).toBe(true)
})

test('requestIdHeaders: more header names that carry the ID', () => {
  const snapshot = snapshotOf({
    status: 500,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-trace': 'f3a9c2e41b7d',
    },
    body: 'Internal Server Error',
  })
  expect(rulesOf(auditSnapshot(snapshot))).toEqual(['request-id-missing'])
  const report = auditSnapshot(snapshot, { requestIdHeaders: ['X-Trace'] })
  expect(report.ok).toBe(true)
  expect(report.requestId).toBe('f3a9c2e41b7d')
})

test('skip: rule ids and whole categories', async () => {
  const all = rulesOf(await audit(leakyResponse()))
  expect(all).toContain('header-nosniff')
  expect(all).toContain('stack-trace-node')
  const skipped = rulesOf(await audit(leakyResponse(), { skip: ['header-nosniff', 'stack-trace'] }))
  expect(skipped).not.toContain('header-nosniff')
  expect(skipped).not.toContain('stack-trace-node')
  expect(skipped).toContain('header-x-powered-by')
})

test('rules: extra rules run after the catalogue', async () => {
  const codename = defineRule({
    id: 'acme-codename',
    category: 'exception',
    description: 'Internal project code names.',
    keywords: ['falcon'],
    pattern: /\bProject Falcon\b/gi,
    message: 'names an internal project',
    examples: { leaky: ['Project Falcon failed'], safe: ['Something went wrong'] },
  })
  const res = new Response('Project Falcon is down', { status: 500 })
  const finding = (await audit(res, { rules: [codename] })).findings.find(
    (f) => f.rule === 'acme-codename',
  )
  expect(finding).toMatchObject({
    category: 'exception',
    message: 'names an internal project',
    where: 'body 1:1',
    excerpt: '»Project Falcon« is down',
  })
})

test('allow: a finding whose matched text contains an allowed string or matches a RegExp is dropped', async () => {
  const body =
    'Internal Server Error. Our status page: https://status.shop.example, incident host db-7.prod.internal'
  const res = () => new Response(body, { status: 500 })
  expect(rulesOf(await audit(res()))).toContain('internal-address-hostname')
  expect(rulesOf(await audit(res(), { allow: ['db-7.prod.internal'] }))).not.toContain(
    'internal-address-hostname',
  )
  expect(rulesOf(await audit(res(), { allow: [/\.prod\.internal$/] }))).not.toContain(
    'internal-address-hostname',
  )
})

test('configure: suite-wide defaults under per-call options, lists added up', async () => {
  configure({ status: [500, 502], skip: ['header-nosniff'] })
  expect(rulesOf(await audit(safeResponse(502)))).toEqual([])
  expect(rulesOf(await audit(leakyResponse()))).not.toContain('header-nosniff')
  const both = rulesOf(await audit(leakyResponse(), { skip: ['header-cache-control'] }))
  expect(both).not.toContain('header-nosniff')
  expect(both).not.toContain('header-cache-control')
  expect(rulesOf(await audit(safeResponse(502), { status: 500 }))).toEqual(['status-unexpected'])
  configure()
  expect(rulesOf(await audit(leakyResponse()))).toContain('header-nosniff')
})

test('bad options get a [safe500] error saying what to give', async () => {
  await expect(audit(safeResponse(), { status: 99 })).rejects.toThrow(
    '[safe500] Invalid status option 99: give an HTTP status (100-599) or a list of them',
  )
  // @ts-expect-error an unknown placement, as untyped code would pass it
  await expect(audit(safeResponse(), { requestId: 'somewhere' })).rejects.toMatchObject({
    code: 'ERR_BAD_OPTION',
  })
  await expect(audit(safeResponse(), { maxBytes: -1 })).rejects.toBeInstanceOf(Safe500Error)
  // @ts-expect-error not an object
  expect(() => configure('strict')).toThrow('[safe500] configure() must be an object')
})

test('the report: ok, status, requestId, findings, contentType, size, truncated', async () => {
  const report = await audit(safeResponse())
  expect(report).toEqual({
    ok: true,
    status: 500,
    requestId: 'b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e',
    findings: [],
    contentType: 'application/json; charset=utf-8',
    size: 84,
    truncated: false,
  })
  const big = await audit(new Response('x'.repeat(2000), { status: 500 }), { maxBytes: 1000 })
  expect(big).toMatchObject({ size: 1000, truncated: true })
})
