import { auditSnapshot, formatReport } from 'safe500'
import { expect, test } from 'vitest'
import { hexDigits, sampleSecret } from '../../../src/secrets/sample-secret.ts'
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

test('a signed URL is one finding per piece it leaks: key ID, session token, signature', () => {
  const token = ['IQoJb3JpZ2lu', 'X2Vj', sampleSecret(200, 41)].join('')
  const signature = sampleSecret(64, 42, hexDigits)
  const url = [
    'https://acme-invoices.s3.eu-west-1.amazonaws.com/inv-1042.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256',
    `X-Amz-Credential=${['AS', 'IA', 'QZ7RT4WX2M5KP3LN'].join('')}%2F20240502%2Feu-west-1%2Fs3%2Faws4_request`,
    'X-Amz-Date=20240502T101422Z&X-Amz-Expires=900',
    `X-Amz-Security-Token=${token}`,
    `X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}`,
  ].join('&')
  const report = auditSnapshot(
    snapshotOf({
      status: 500,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: 'upload failed', url }),
    }),
  )
  const secrets = report.findings.filter((f) => f.category === 'secret')
  expect(secrets.map((f) => `${f.rule}: ${f.message}`)).toEqual([
    'secret-aws: shows an AWS access key ID',
    'secret-signed-url: shows the session token of a signed URL',
    'secret-signed-url: shows the signature of a signed URL',
  ])
  expect(formatReport(report)).not.toContain(token.slice(16, 40))
  expect(formatReport(report)).not.toContain(signature.slice(4, 30))
})
