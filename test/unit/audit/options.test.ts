import { audit, auditSnapshot, configure, defineRule, Safe500Error } from 'safe500'
import { afterEach, expect, test } from 'vitest'
import { codenameSpec } from '../../support/codename-rule.ts'
import { errorOf } from '../../support/error-of.ts'
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
  // false reads as none, and so does it where configure() set another placement.
  expect(auditSnapshot(none, { requestId: false }).ok).toBe(true)
  configure({ requestId: 'both' })
  try {
    expect(rulesOf(auditSnapshot(headerOnly))).toEqual(['request-id-missing'])
    expect(auditSnapshot(none, { requestId: false }).ok).toBe(true)
  } finally {
    configure()
  }
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

test('requestIdKeys: more JSON member names that carry the ID, at any depth', () => {
  const snapshot = snapshotOf({
    status: 500,
    headers: {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
    body: JSON.stringify({
      error: 'Internal Server Error',
      meta: { ticket_ref: 'TK-7F3A-9C21' },
    }),
  })
  expect(rulesOf(auditSnapshot(snapshot))).toEqual(['request-id-missing'])
  // Compared without case and separators, as the built-in names are.
  const report = auditSnapshot(snapshot, { requestIdKeys: ['ticketRef'] })
  expect(report.ok).toBe(true)
  expect(report.requestId).toBe('TK-7F3A-9C21')
  // Set suite-wide, and added up with a call's own.
  configure({ requestIdKeys: ['other'] })
  expect(auditSnapshot(snapshot).ok).toBe(false)
  expect(auditSnapshot(snapshot, { requestIdKeys: ['ticket-ref'] }).ok).toBe(true)
  configure({ requestIdKeys: ['TICKET_REF'] })
  expect(auditSnapshot(snapshot).ok).toBe(true)
})

test('requestIdKeys must be a list of member names', () => {
  const snapshot = snapshotOf({ status: 500, headers: {}, body: '' })
  expect(() => auditSnapshot(snapshot, { requestIdKeys: ['_-'] })).toThrow(
    "[safe500] requestIdKeys holds \"_-\", which is no member name: give names such as 'ref' or 'supportCode'.",
  )
  // @ts-expect-error one name, not a list
  expect(() => auditSnapshot(snapshot, { requestIdKeys: 'ref' })).toThrow(/requestIdKeys/)
  // A path would be read as one name and match nothing.
  expect(() => auditSnapshot(snapshot, { requestIdKeys: ['$.error.ref'] })).toThrow(
    '[safe500] requestIdKeys holds "$.error.ref", a path: give the member\'s own name ("ref"), which is looked for at any depth.',
  )
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
  const codename = defineRule(codenameSpec)
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

test.each([
  [{ statuss: 502 }, 'Unknown option `statuss`: did you mean `status`?'],
  [{ skipp: ['request-id'] }, 'Unknown option `skipp`: did you mean `skip`?'],
  [{ requestID: 'both' }, 'Unknown option `requestID`: did you mean `requestId`?'],
  [{ maxbytes: 1000 }, 'Unknown option `maxbytes`: did you mean `maxBytes`?'],
  [
    { verbose: true },
    'Unknown option `verbose`: the options are status, requestId, requestIdHeaders, requestIdKeys, rules, skip, allow, maxBytes, timeout, method.',
  ],
])('an unknown option %o is named, with the closest known one', async (options, message) => {
  for (const error of [
    await errorOf(() => audit(safeResponse(), options as never)),
    await errorOf(() =>
      auditSnapshot(snapshotOf({ status: 500, headers: {}, body: '' }), options as never),
    ),
  ]) {
    expect(error.code).toBe('ERR_BAD_OPTION')
    expect(error.message).toBe(`[safe500] ${message}`)
  }
  const configured = await errorOf(() => configure(options as never))
  expect(configured.message).toBe(`[safe500] configure(): ${message}`)
})

test('status must be an integer 100-599 or a list of them; a string says to write a number', async () => {
  expect((await errorOf(() => audit(safeResponse(), { status: '500' as never }))).message).toBe(
    '[safe500] Invalid status option "500": give an HTTP status (100-599) or a list of them, as numbers: { status: 500 }.',
  )
  for (const status of [[500, '502'], 500.5, [], [600], Number.NaN, null]) {
    const error = await errorOf(() => audit(safeResponse(), { status: status as never }))
    expect(error.code, String(status)).toBe('ERR_BAD_OPTION')
    expect(error.message).toMatch(/^\[safe500\] Invalid status option .*: give an HTTP status/)
  }
  expect(() => configure({ status: '502' as never })).toThrow(
    '[safe500] configure(): Invalid status option "502"',
  )
})

test('skip must be a list of categories and rule ids; a typo gets the closest id', async () => {
  expect(
    (await errorOf(() => audit(safeResponse(), { skip: 'request-id' as never }))).message,
  ).toBe(
    `[safe500] skip must be a list, received "request-id". Write e.g. { skip: ['header-nosniff', 'request-id'] }.`,
  )
  const typo = await errorOf(() => audit(safeResponse(), { skip: ['header-nosnif'] }))
  expect(typo).toMatchObject({ code: 'ERR_BAD_OPTION' })
  expect(typo.message).toBe(
    '[safe500] skip holds "header-nosnif", which is neither a category nor the id of a rule in the catalogue or in `rules`: did you mean \'header-nosniff\'?',
  )
  expect((await errorOf(() => audit(safeResponse(), { skip: ['stacktrace'] }))).message).toContain(
    "did you mean 'stack-trace'?",
  )
  expect((await errorOf(() => audit(safeResponse(), { skip: [42 as never] }))).message).toContain(
    'skip holds 42, which is neither a category nor the id of a rule',
  )
  expect(() => configure({ skip: ['nothing-like-any-rule-at-all'] })).toThrow(
    '[safe500] configure(): skip holds "nothing-like-any-rule-at-all", which is neither a category nor the id of a rule in the catalogue or in `rules`: give rule ids such as \'header-nosniff\', or categories: status, stack-trace,',
  )
})

test('skip may name a rule of your own, given in the same options or to configure()', async () => {
  const codename = defineRule({
    id: 'acme-codename',
    category: 'exception',
    description: 'Internal project code names.',
    pattern: /\bProject Falcon\b/gi,
    message: 'names an internal project',
    examples: { leaky: ['Project Falcon failed'], safe: ['Something went wrong'] },
  })
  const res = () => new Response('Project Falcon is down', { status: 500 })
  const found = rulesOf(await audit(res(), { rules: [codename], skip: ['acme-codename'] }))
  expect(found).not.toContain('acme-codename')
  await expect(audit(res(), { skip: ['acme-codename'] })).rejects.toThrow(
    '[safe500] skip holds "acme-codename", which is neither a category nor the id of a rule',
  )
  configure({ rules: [codename] })
  expect(rulesOf(await audit(res()))).toContain('acme-codename')
  expect(rulesOf(await audit(res(), { skip: ['acme-codename'] }))).not.toContain('acme-codename')
  configure({ rules: [codename], skip: ['acme-codename'] })
  expect(rulesOf(await audit(res()))).not.toContain('acme-codename')
})

test('rules must be made with defineRule()', async () => {
  const error = await errorOf(() => audit(safeResponse(), { rules: [{ id: 'x' } as never] }))
  expect(error.code).toBe('ERR_BAD_RULE')
  expect(error.message).toBe(
    '[safe500] rules[0] is {"id":"x"}, not a rule: make each rule with defineRule({ id, category, description, pattern, message, examples }) and pass what it returns.',
  )
  const spec = { id: 'acme-x', category: 'exception', pattern: /x/g } as never
  expect((await errorOf(() => configure({ rules: [spec] }))).message).toMatch(
    /^\[safe500\] configure\(\): rules\[0\] is .*, not a rule: make each rule with defineRule\(/,
  )
  expect((await errorOf(() => audit(safeResponse(), { rules: defineRule as never }))).message).toBe(
    '[safe500] rules must be a list, received a function (defineRule). Write e.g. { rules: [myRule] }.',
  )
})

test('allow must be a list of non-empty strings and RegExps', async () => {
  expect((await errorOf(() => audit(safeResponse(), { allow: 'support@' as never }))).message).toBe(
    `[safe500] allow must be a list, received "support@". Write e.g. { allow: ['support@shop.example', /^req-/] }.`,
  )
  expect((await errorOf(() => audit(safeResponse(), { allow: [42 as never] }))).message).toBe(
    "[safe500] allow holds 42: give strings or RegExps, e.g. { allow: ['support@shop.example', /^req-/] }.",
  )
  expect((await errorOf(() => audit(safeResponse(), { allow: [/db-\d/, ''] }))).message).toBe(
    '[safe500] allow holds an empty string, which every finding contains, so nothing would be reported: remove it.',
  )
})

test.each([
  [
    { requestId: 'headers' },
    `Invalid requestId option "headers": did you mean 'header'? Use one of header, body, both, either, none (or false, which is none).`,
  ],
  [
    { requestId: true },
    'Invalid requestId option true: use one of header, body, both, either, none (or false, which is none).',
  ],
  [
    { requestIdHeaders: 'x-trace' },
    `requestIdHeaders must be a list, received "x-trace". Write e.g. { requestIdHeaders: ['x-trace'] }.`,
  ],
  [
    { requestIdHeaders: ['x trace'] },
    `requestIdHeaders holds "x trace", which is no header name: give names such as 'x-trace'.`,
  ],
  [
    { maxBytes: '1mb' },
    'Invalid maxBytes option "1mb": give a positive number (of bytes, e.g. { maxBytes: 1_048_576 }).',
  ],
  [
    { timeout: '5s' },
    'Invalid timeout option "5s": give a positive number (of milliseconds, e.g. { timeout: 10_000 }).',
  ],
  [
    { method: 1 },
    "Invalid method option 1: give the request method as a string, e.g. { method: 'HEAD' }.",
  ],
  [
    { method: '' },
    `Invalid method option "": give the request method as a string, e.g. { method: 'HEAD' }.`,
  ],
])(
  '%o of the wrong type or shape gets ERR_BAD_OPTION saying what to give',
  async (options, message) => {
    const error = await errorOf(() => audit(safeResponse(), options as never))
    expect(error.code).toBe('ERR_BAD_OPTION')
    expect(error.message).toBe(`[safe500] ${message}`)
  },
)

test('options with undefined values are fine, and so are methods in any case', async () => {
  expect((await audit(safeResponse(), { status: undefined, skip: undefined })).ok).toBe(true)
  const head = snapshotOf({ status: 500, headers: { 'content-length': '21' }, body: '' })
  expect(rulesOf(auditSnapshot(head, { method: 'head' }))).not.toContain('body-empty')
})

test('the report: ok, status, expectedStatus, requestId, findings, contentType, size, truncated', async () => {
  const report = await audit(safeResponse())
  expect(report).toEqual({
    ok: true,
    status: 500,
    expectedStatus: [500],
    requestId: 'b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e',
    findings: [],
    contentType: 'application/json; charset=utf-8',
    size: 84,
    truncated: false,
  })
  const big = await audit(new Response('x'.repeat(2000), { status: 500 }), { maxBytes: 1000 })
  expect(big).toMatchObject({ size: 1000, truncated: true })
  const listed = await audit(safeResponse(502), { status: [500, 502] })
  expect(listed).toMatchObject({ ok: true, status: 502, expectedStatus: [500, 502] })
  configure({ status: 503 })
  expect((await audit(safeResponse(503))).expectedStatus).toEqual([503])
})
