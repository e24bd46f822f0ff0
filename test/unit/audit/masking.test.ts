import { auditSnapshot, formatReport } from 'safe500'
import { expect, test } from 'vitest'
import { hexDigits, sampleSecret } from '../../../src/secrets/sample-secret.ts'
import { urlPasswords } from '../../../src/format/mask-inline.ts'
import { snapshotOf } from '../../support/example-response.ts'

/** The audit of a 500 with these headers and body. */
const audit500 = (headers: Record<string, string>, body: string) =>
  auditSnapshot(snapshotOf({ status: 500, headers, body }))

test('a message that quotes a found secret cut differently from the match still masks it', () => {
  // The secret rule matches up to the colon; the body's "request ID" stops before it, and the
  // request-id-mismatch message quotes that ID.
  const secret = ['hf', '_esnnAAaaaAAAAAaaAAaAAaAaAAAaAaaAAA'].join('')
  const report = audit500(
    {
      'content-type': 'text/html; charset=utf-8',
      'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
    },
    `request id HF_TOKEN=${secret}0Error: boom\n    at handler (/srv/app/src/routes.js:10:5)\n`,
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
  const report = audit500(
    { 'content-type': 'application/json' },
    JSON.stringify({ error: 'upload failed', url }),
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

test('a secret in a header is masked where it stands in the value, so the excerpt says which part it is', () => {
  const token = ['ghp', '_', sampleSecret(36, 1308)].join('')
  const password = ['S3cret', 'Passw0rd'].join('')
  const report = audit500(
    {
      'content-type': 'text/plain; charset=utf-8',
      'x-upstream-auth': `Bearer ${token}`,
      'x-db': `postgres://app:${password}@db.acme-shop.com:5432/orders`,
    },
    'Internal Server Error',
  )
  const excerpts = (rule: string) =>
    report.findings.filter((f) => f.rule === rule).map((f) => `${f.where}: ${f.excerpt}`)
  expect(excerpts('secret-auth-header')).toEqual([`header x-upstream-auth: Bearer »ghp_****«`])
  expect(excerpts('secret-github-token')).toEqual([`header x-upstream-auth: Bearer »ghp_****«`])
  expect(excerpts('secret-url-credentials')).toEqual([
    'header x-db: postgres://app:»S3cr****«@db.acme-shop.com:5432/orders',
  ])
  expect(formatReport(report)).not.toContain(token.slice(4, 12))
  expect(formatReport(report)).not.toContain(password)
})

test('the rest of a header value beside a secret found in it is masked as a body is', () => {
  const token = ['ghp', '_', sampleSecret(36, 1310)].join('')
  const password = ['Hunter2', 'Secret99'].join('')
  const key = sampleSecret(24, 1311)
  // Short values (under 80 characters), shown whole, and a long one, shown as a window.
  for (const value of [
    `Bearer ${token} redis://:${password}@c/0`,
    `Bearer ${token} postgres://app:${password}@db.example.com/x key=${key}`,
  ]) {
    const shown = formatReport(
      audit500({ 'content-type': 'text/plain', 'x-upstream-auth': value }, 'Internal Server Error'),
    )
    expect(shown).toContain('Bearer »ghp_****«')
    expect(shown).not.toContain(password)
    expect(shown).not.toContain(key)
  }
})

test("an excerpt masks a URL's password whatever its host, a documentation domain too", () => {
  const password = ['S3cret', 'Passw0rd'].join('')
  const report = audit500(
    {
      'content-type': 'text/plain; charset=utf-8',
      'x-upstream': `postgres://app:${password}@db.example.com:5432/orders`,
    },
    `connect failed: postgres://app:${password}@db.example.com:5432/orders (ECONNREFUSED)`,
  )
  // A documentation host is no secret finding of its own, but the driver error's excerpt shows it.
  expect(report.findings.map((f) => f.rule)).not.toContain('secret-url-credentials')
  const driver = report.findings.find((f) => f.rule === 'driver-error-connection-string')
  expect(driver?.excerpt).toContain('postgres://app:S3cr****@db.example.com')
  const inHeader = report.findings.find(
    (f) => f.rule === 'driver-error-connection-string' && f.where === 'header x-upstream',
  )
  // Marked and masked as in the body.
  expect(inHeader?.excerpt).toBe('»postgres://app:S3cr****@db.example.com:5432/orders«')
  expect(formatReport(report)).not.toContain(password)
})

test("a URL's password is masked when an address with an @ stands before it", () => {
  const password = ['S3cret', 'Passw0rd'].join('')
  const report = audit500(
    { 'content-type': 'text/plain; charset=utf-8' },
    `mail ops@shop.example: connect failed: postgres://app:${password}@db.example.com:5432/orders`,
  )
  expect(formatReport(report)).toContain('postgres://app:S3cr****@db.example.com')
  expect(formatReport(report)).not.toContain(password)
  // The window starts before the address: its @ is not the URL's.
  const text = `ops@shop.example postgres://app:${password}@db/x`
  const at = text.indexOf(password)
  expect(urlPasswords(text, 0, 40)).toEqual([[at, at + password.length]])
})

test("a URL's password is masked in JSON that escapes its slashes", () => {
  const password = ['Hunter2', 'Secret99'].join('')
  const body = `{"error":"connect ECONNREFUSED postgres:\\/\\/app:${password}@db.example.com:5432\\/shop"}`
  expect(body).toContain(':\\/\\/app:')
  const shown = formatReport(audit500({ 'content-type': 'application/json' }, body))
  expect(shown).toContain('app:Hunt****@db.example.com')
  expect(shown).not.toContain(password)
})
