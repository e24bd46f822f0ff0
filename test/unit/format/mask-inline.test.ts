import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  maskInline,
  namedSecrets,
  secretsAround,
  secretsNear,
  urlPasswords,
} from '../../../src/format/mask-inline.ts'
import { loadSamples } from '../../../fixtures/corpus/load-samples.ts'
import { adversarialBody, leakyBody, stressBody, stressors } from '../../../bench/bodies.ts'

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

// The passwords urlPasswords() finds from each `://` are those one global search finds.
test('urlPasswords() finds what a search of the whole text finds, in any window', () => {
  const whole = /(\b[a-z][a-z0-9+.-]{1,20}:(?:\/\/|\\\/\\\/)[^\s:/?#]{0,100}:)([^\s/?#]{1,200})@/gi
  // Whole URLs with a password, their parts, and what breaks them.
  const unit = fc.constantFrom(
    'postgres://app:pw@',
    'git+ssh://u:p@',
    'redis:\\/\\/:s3cr3t@',
    'x.ab://u:p@',
    'psql://me@srv:p@',
    'postgres',
    'a',
    'B',
    '1',
    '.',
    '-',
    ':',
    '//',
    '://',
    '@',
    'u:p',
    ' ',
    '/',
    '?',
    'x'.repeat(22),
    '\\',
    '\\/',
  )
  fc.assert(
    fc.property(
      fc.array(unit, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.nat(),
      fc.nat(),
      (text, a, b) => {
        const from = a % (text.length + 1)
        const to = from + (b % (text.length + 1 - from))
        const expected = [...text.matchAll(whole)]
          .map((m) => [m.index + (m[1] as string).length, m.index + m[0].length - 1])
          .filter(([s, e]) => (s as number) < to && (e as number) > from)
        expect(urlPasswords(text, from, to)).toEqual(expected)
      },
    ),
    { numRuns: 3000 },
  )
})

test('namedSecrets: the values maskInline masks, as ranges touching a window', () => {
  const text = `call failed, api_key=${pw}; then Bearer ${pw}x and token: expired`
  const ranges = namedSecrets(text, 0, text.length)
  expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual([pw, `${pw}x`])
  // Only those that touch the window.
  const start = text.indexOf('Bearer')
  expect(namedSecrets(text, start, start + 10).map(([s, e]) => text.slice(s, e))).toEqual([
    `${pw}x`,
  ])
  // A name that starts before the window still counts for a value inside it.
  const value = text.indexOf(pw)
  expect(namedSecrets(text, value + 2, value + 4)).toEqual([[value, value + pw.length]])
})

test('secretsAround: on real bodies what secretsNear finds, window by window; more of a long value', () => {
  // Read whole, a value longer than the few hundred characters read near a window (a bearer token
  // may run to 2,000) is found from its name even when the name is far from the window: here the
  // window is 500 characters past `Bearer`.
  const token = `Bearer ${'x'.repeat(600)}=${pw}`
  expect(secretsAround(token)(520, 530)).toEqual([[7, token.length]])
  expect(secretsNear(token)(520, 530)).toEqual([])
  // Real bodies, and bodies built to stress the patterns, of up to 64 KB: one window every 61
  // characters, as long as an excerpt's.
  const bodies = [
    ...loadSamples().map((s) => Buffer.from(s.sample.bodyBase64, 'base64').toString('latin1')),
    leakyBody(20_000),
    adversarialBody(20_000),
    ...Object.keys(stressors).map((name) => stressBody(name, 6000)),
  ].filter((text) => text.length <= 65_536)
  let windows = 0
  let masked = 0
  for (const text of bodies) {
    const [around, near] = [secretsAround(text), secretsNear(text)]
    for (let from = 0; from < text.length; from += 61) {
      const expected = near(from, from + 80)
      expect(around(from, from + 80)).toEqual(expected)
      windows++
      if (expected.length > 0) masked++
    }
  }
  expect(windows).toBeGreaterThan(50_000)
  expect(masked).toBeGreaterThan(500)
})
