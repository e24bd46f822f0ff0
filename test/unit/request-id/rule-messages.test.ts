import { auditSnapshot } from 'safe500'
import { expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

const messageOf = (rule: string, headers: Record<string, string>, body: string) =>
  auditSnapshot(snapshotOf({ status: 500, headers, body })).findings.find((f) => f.rule === rule)
    ?.message

test('a missing ID says where it looked and how to name a header of your own', () => {
  const message = messageOf('request-id-missing', { 'content-type': 'text/plain' }, 'Oops')
  expect(message).toContain('(looked in 29 headers like x-request-id, JSON members like requestId')
  expect(message).toContain('name yours with requestIdHeaders or requestIdKeys')
})

test('a missing ID names a header that reads as one', () => {
  for (const name of ['x-shop-ref', 'x-shop-requestid', 'x-order-id']) {
    const message = messageOf(
      'request-id-missing',
      { 'content-type': 'text/plain', [name]: 'a1b2c3d4' },
      'Oops',
    )
    expect(message, name).toContain(
      `header ${name} looks like one: pass { requestIdHeaders: ['${name}'] }`,
    )
  }
  // A header it would read, once named, is not suggested again.
  const named = auditSnapshot(
    snapshotOf({ status: 500, headers: { 'x-shop-ref': 'a1b2c3d4' }, body: 'Oops' }),
    { requestIdHeaders: ['x-shop-ref'] },
  )
  expect(named.findings.map((f) => f.rule)).not.toContain('request-id-missing')
})

test('a missing ID names a JSON member that reads as one', () => {
  const message = messageOf(
    'request-id-missing',
    { 'content-type': 'application/json' },
    JSON.stringify({ error: 'Internal Server Error', meta: { ticket_ref: 'TK-7F3A-9C21' } }),
  )
  expect(message).toContain(
    "member ticket_ref looks like one: pass { requestIdKeys: ['ticket_ref'] }",
  )
  // A member whose value holds no digit is no candidate.
  const none = messageOf(
    'request-id-missing',
    { 'content-type': 'application/json' },
    JSON.stringify({ error: 'Internal Server Error', ref: 'none' }),
  )
  expect(none).not.toContain('looks like one')
})

test('the advice fits where the ID is missing, and passes over names that are no ID', () => {
  const missing = (headers: Record<string, string>, body: unknown, requestId?: 'header' | 'body') =>
    auditSnapshot(
      snapshotOf({
        status: 500,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
      requestId ? { requestId } : {},
    ).findings.find((f) => f.rule === 'request-id-missing')?.message
  // The ID is in the body, and a header is wanted: no advice about JSON members.
  const header = missing({}, { requestId: 'req-7f3a9c2e41' }, 'header')
  expect(header).toContain('name yours with requestIdHeaders')
  expect(header).not.toContain('requestIdKeys')
  // The ID is in a header, and the body must have one: no advice about headers.
  const body = missing({ 'x-shop-id': 'a1b2c3d4' }, { error: 'x' }, 'body')
  expect(body).toContain('name yours with requestIdKeys')
  expect(body).not.toContain('x-shop-id')
  // A link, an order's ID and a timing header are no candidates.
  const none = missing(
    { 'x-request-start': 't=1700000000123' },
    { orderId: 'ORD-12345', _links: { self: { href: '/orders/ORD-12345' } } },
  )
  expect(none).not.toContain('looks like one')
})

test('a mismatch names the kind of ID, and a JSON number rounded past 2^53', () => {
  const id = '1790000000000000123'
  const rounded = messageOf(
    'request-id-mismatch',
    { 'content-type': 'application/json', 'x-request-id': id },
    `{"requestId":${id}}`,
  )
  expect(rounded).toContain('the body\'s request ID ($.requestId "1790000000000000000")')
  expect(rounded).toContain(
    'a JSON number past 2^53, which JSON parsers round: send it as a string',
  )
  // The same digits as a string differ for another reason.
  const string = messageOf(
    'request-id-mismatch',
    { 'content-type': 'application/json', 'x-request-id': id },
    '{"requestId":"1790000000000000000"}',
  )
  expect(string).toBeDefined()
  expect(string).not.toContain('2^53')
  const trace = messageOf(
    'request-id-mismatch',
    {
      'content-type': 'application/json',
      traceparent: `00-${'4bf92f35'.repeat(4)}-00f067aa0ba902b7-01`,
    },
    `{"traceId":"${'7d1e2f30'.repeat(4)}"}`,
  )
  expect(trace).toContain("the body's trace ID ($.traceId")
})

test("vendors' own ID formats are not malformed", () => {
  for (const [name, value] of [
    ['x-github-request-id', 'C0DE:3F2A:1B2C3D:1C2D3E:65A1B2C3'],
    ['x-vercel-id', 'fra1::iad1::8xk2m-1700000000000-abcdef123456'],
    ['uber-trace-id', '5b7e0a8d1c2f3e4a:5b7e0a8d1c2f3e4a:0:1'],
    [
      'x-amzn-trace-id',
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
    ],
  ] as const) {
    const report = auditSnapshot(
      snapshotOf({ status: 500, headers: { [name]: value }, body: 'Oops' }),
    )
    expect(
      report.findings.filter((f) => f.category === 'request-id'),
      name,
    ).toEqual([])
  }
})
