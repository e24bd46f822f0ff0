import { expect, test } from 'vitest'
import { maskInline } from '../../../src/format/mask-inline.ts'

// Secrets are built from fragments, so no scanner reads them in this file.
const pw = ['Tr0ub4dor', '-hunter2'].join('')

test.each([
  [
    `request to https://graph.example.com/me?fields=id&access_token=EAAB${pw} failed`,
    'access_token=EAAB**** failed',
  ],
  [`config: DB_PASSWORD=${pw} rejected by pg`, 'DB_PASSWORD=Tr0u**** rejected'],
  [`{"accessToken":"ya29.${pw}"}`, '{"accessToken":"ya29****"}'],
  [`AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/${pw}`, 'AWS_SECRET_ACCESS_KEY=wJal****'],
  [`authorization: 'bearer eyJhbGciOiJIUzI1NiJ9.${pw}'`, "'bearer eyJh****'"],
  [`authorization: 'Basic ${Buffer.from(`app:${pw}`).toString('base64')}'`, "'Basic YXBw****'"],
  [`{\\"password\\":\\"${pw}\\"}`, '{\\"password\\":\\"Tr0u****\\"}'],
  [`postgres://app:p@${pw}@db.internal:5432/x`, 'postgres://app:****@db.internal:5432/x'],
  ['password: "correct horse battery staple"', 'password: "corr****"'],
])('%j is masked', (text, shown) => {
  const masked = maskInline(text)
  expect(masked).toContain(shown)
  expect(masked).not.toContain('hunter2')
})

test.each([
  'Missing credentials: apiKey=undefined',
  'token: null',
  'Invalid token: malformed',
  'password: Required',
  'header x-api-key: missing',
  '?limit=50&token=refresh',
  'Expected Bearer authentication',
  'Basic authentication failed',
  'GET http://localhost:3000?email=ann@example.com',
  "Unexpected token: '<'",
  'compass: north',
])('%j says what went wrong, and is left as it is', (text) => {
  expect(maskInline(text)).toBe(text)
})
