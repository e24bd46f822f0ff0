import { audit, auditSnapshot } from 'safe500'
import { expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

// A HEAD answer has no body but may carry the Content-Length of the GET answer. A fetch Response
// does not tell which request it answers, so body-empty and content-length-mismatch say how to
// tell them.

const hint = "if this answers a HEAD request, pass { method: 'HEAD' }"
const headers = {
  'content-type': 'text/plain; charset=utf-8',
  'content-length': '21',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-request-id': 'b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e',
}
/** A 500 to HEAD as fetch gives it: headers of the GET answer, no body, no method. */
const headAnswer = () => new Response(null, { status: 500, headers })

const messagesOf = (report: { findings: readonly { rule: string; message: string }[] }) =>
  Object.fromEntries(report.findings.map((f) => [f.rule, f.message]))

test('an empty fetch Response: both findings say to pass { method: "HEAD" } if it answers HEAD', async () => {
  expect(messagesOf(await audit(headAnswer()))).toEqual({
    'body-empty': `has an empty body; say what happened in a generic sentence (RFC 9110 §15.6); ${hint}`,
    'content-length-mismatch': `Content-Length says 21 bytes but the body has 0; ${hint}`,
  })
})

test('{ method: "HEAD" } makes it pass, in any case', async () => {
  expect((await audit(headAnswer(), { method: 'HEAD' })).findings).toEqual([])
  expect((await audit(headAnswer(), { method: 'head' })).findings).toEqual([])
})

test('no hint when the body is not empty', () => {
  const blank = auditSnapshot(snapshotOf({ status: 500, headers, body: '  \n' }))
  expect(messagesOf(blank)['body-empty']).toBe(
    'has an empty body; say what happened in a generic sentence (RFC 9110 §15.6)',
  )
  expect(messagesOf(blank)['content-length-mismatch']).toBe(
    'Content-Length says 21 bytes but the body has 3',
  )
  const long = auditSnapshot(snapshotOf({ status: 500, headers, body: 'Internal Error' }))
  expect(messagesOf(long)['content-length-mismatch']).toBe(
    'Content-Length says 21 bytes but the body has 14',
  )
})

test('no hint when the method is known: from the response shape or the option', () => {
  const get = snapshotOf({ status: 500, headers, body: '', method: 'GET' })
  expect(messagesOf(auditSnapshot(get))).toEqual({
    'body-empty': 'has an empty body; say what happened in a generic sentence (RFC 9110 §15.6)',
    'content-length-mismatch': 'Content-Length says 21 bytes but the body has 0',
  })
  const unknown = snapshotOf({ status: 500, headers, body: '' })
  expect(messagesOf(auditSnapshot(unknown, { method: 'POST' }))).toEqual(
    messagesOf(auditSnapshot(get)),
  )
  // The response shape tells HEAD (supertest, axios, got): nothing to report.
  const head = snapshotOf({ status: 500, headers, body: '', method: 'HEAD' })
  expect(auditSnapshot(head).findings).toEqual([])
})

test('a problem+json answer to HEAD passes; to GET its empty body is reported by both rules', () => {
  const problemHeaders = { ...headers, 'content-type': 'application/problem+json; charset=utf-8' }
  delete (problemHeaders as Partial<typeof headers>)['content-length']
  const head = snapshotOf({ status: 500, headers: problemHeaders, body: '', method: 'HEAD' })
  expect(auditSnapshot(head).findings).toEqual([])
  const get = snapshotOf({ status: 500, headers: problemHeaders, body: '', method: 'GET' })
  expect(Object.keys(messagesOf(auditSnapshot(get))).sort()).toEqual([
    'body-empty',
    'problem-json-shape',
  ])
  const unknown = snapshotOf({ status: 500, headers: problemHeaders, body: '' })
  expect(messagesOf(auditSnapshot(unknown))['problem-json-shape']).toBe(
    `says application/problem+json but the body is not a JSON object (RFC 9457 §3); ${hint}`,
  )
})
