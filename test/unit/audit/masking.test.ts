import { auditSnapshot, formatReport } from 'safe500'
import { expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

test('a message that quotes a found secret cut differently from the match still masks it', () => {
  // The secret rule matches up to the colon; the body's "request ID" stops before it, and the
  // request-id-mismatch message quotes that ID.
  const secret = ['hf', '_esnnAAaaaAAAAAaaAAaAAaAaAAAaAaaAAA'].join('')
  const report = auditSnapshot(
    snapshotOf({
      status: 500,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      },
      body: `reference HF_TOKEN=${secret}0Error: boom\n    at handler (/srv/app/src/routes.js:10:5)\n`,
    }),
  )
  expect(report.findings.map((f) => f.rule)).toContain('request-id-mismatch')
  expect(report.findings.map((f) => f.rule)).toContain('secret-assignment')
  expect(formatReport(report)).not.toContain(secret.slice(4, 20))
})
