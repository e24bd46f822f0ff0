import { auditSnapshot } from 'safe500'
import { expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

// RFC 9457 §3.1.2: a problem's "status" is a JSON number, the HTTP status of the response.

const problem = (status: number, body: string) =>
  snapshotOf({ status, headers: { 'content-type': 'application/problem+json' }, body })

const finding = (status: number, body: string) =>
  auditSnapshot(problem(status, body)).findings.find((f) => f.rule === 'problem-json-status')

test('the right status written as a string: the member must be a number', () => {
  expect(finding(500, '{"title":"Internal Server Error","status":"500"}')).toMatchObject({
    message: 'its "status" member is the string "500"; RFC 9457 makes it a number: "status": 500',
    where: 'body 1:34',
    excerpt: '{"title":"Internal Server Error",»"status":"500"«}',
  })
})

test('the member is shown where the body has it, white space and all; one written with escapes is quoted', () => {
  const spaced = '{\n  "title": "Bad Gateway",\n  "detail": {"status": 503},\n  "status" : 502\n}'
  expect(finding(500, spaced)?.where).toBe('body 4:3')
  expect(finding(500, spaced)?.excerpt).toContain('»"status" : 502«')
  expect(finding(500, '{"status":"\\u0035\\u0030\\u0030"}')).toMatchObject({
    where: 'status',
    excerpt: '"status": "500"',
  })
})

test('another status written as a string: both wrongs, and the number to write', () => {
  expect(finding(502, '{"title":"Bad Gateway","status":"500"}')?.message).toBe(
    'its "status" member is the string "500", and the HTTP status is 502; RFC 9457 makes it a number: "status": 502',
  )
})

test('another number: the status differs from the HTTP status', () => {
  expect(finding(500, '{"title":"Bad Request","status":400}')?.message).toBe(
    "the problem's status 400 differs from the HTTP status 500 (RFC 9457 §3.1.2)",
  )
})

test('the HTTP status as a number, or no status member, passes', () => {
  expect(finding(500, '{"title":"Internal Server Error","status":500}')).toBeUndefined()
  expect(finding(500, '{"title":"Internal Server Error"}')).toBeUndefined()
})

test('the top-level member is shown, not a nested status, and not part of a longer number', () => {
  const nested = finding(500, '{"errors":[{"status":4001}],"status":400}')
  expect(nested?.excerpt).toContain('»"status":400«}')
  expect(nested?.where).toBe('body 1:29')
  // Written otherwise than JSON.stringify writes it (400.50): quoted, not cut out of the body.
  const longer = finding(500, '{"title":"Bad Request","status": 400.50}')
  expect(longer).toMatchObject({ where: 'status', excerpt: '"status": 400.5' })
})
