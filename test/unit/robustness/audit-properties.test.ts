import type { Report, Snapshot } from 'safe500'
import fc from 'fast-check'
import { Safe500Error, audit, auditSnapshot, capture, rules } from 'safe500'
import { expect, test } from 'vitest'

// Pieces of bodies: leaks of every rule (their leaky examples), escapes and markup the unescaped
// view undoes or must not be fooled by, and characters that make text hard to read.
const ruleBodies = rules.flatMap((r) =>
  r.examples.leaky.flatMap((e) => (typeof e === 'string' ? [e] : e.body ? [e.body] : [])),
)
const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ruleBodies) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&lt;br&gt;',
      '<br>',
      '&nbsp;',
      '\\n',
      '\\u002F',
      '\\/',
      '&#x2F;',
      '&#47;',
      '<pre>',
      '</pre>',
      '&',
      '<',
      '\\',
      '&__proto__;',
      '\\u12',
      '&#99999999;',
      '<a',
      '"stack":"',
      '\r\n',
      '\u0000',
      '\u0130',
      '\u212a',
      '\ud800',
      '\udc00',
      '😀',
      '\u2028',
      'é',
      ' at ',
      ':',
      '/',
      '=',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
)
const bodyText = fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join(''))

const headerName = fc.oneof(
  fc.constantFrom(
    'content-type',
    'content-length',
    'content-encoding',
    'cache-control',
    'x-request-id',
    'traceparent',
    'x-powered-by',
    'server',
    'retry-after',
    'x-content-type-options',
    'set-cookie',
    'x-debug-token',
    'x-backend-server',
    'x-aspnet-version',
    '__proto__',
    'constructor',
    'toString',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.toLowerCase()),
)
const headerValue = fc.oneof(
  fc.constantFrom(
    'application/json',
    'text/html; charset=utf-8',
    'text/plain; charset=utf-16le',
    'text/html; charset=latin1',
    'application/problem+json',
    'no-store',
    'Express',
    'nginx/1.25.3',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    '12',
    'gzip',
    'br, gzip',
  ),
  fc.string({ maxLength: 40 }),
  bodyText,
)
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 8 })
const status = fc.oneof(
  fc.constantFrom(500, 502, 503, 504, 200, 404),
  fc.integer({ min: -5, max: 1000 }),
)

const encoder = new TextEncoder()

// An excerpt is an 80-character window, `…` on either side, the match between `»` and `«` (with
// `…` before `«` when the match is longer than the window), and at each end a mask of at most 8
// characters standing for a secret that crosses that end of the window (and may have only 1
// character in it): one that starts before the window, one that ends after it.
const longestExcerpt = 80 + 2 + 3 + 7 + 7

function snapshotOf(text: string, hs: Record<string, string>, code: number): Snapshot {
  const body = encoder.encode(text)
  return { status: code, statusText: '', headers: hs, body, text, truncated: false }
}

/** 1-based line and column of `offset` in `text`, as findings say it. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${(before.at(-1) as string).length + 1}`
}

function checkReport(report: Report, text: string): void {
  for (const f of report.findings) {
    expect(f.excerpt.length, f.excerpt).toBeLessThanOrEqual(longestExcerpt)
    expect(f.message.length).toBeGreaterThan(0)
    if (f.span) {
      expect(f.span.start).toBeGreaterThanOrEqual(0)
      expect(f.span.start).toBeLessThanOrEqual(f.span.end)
      expect(f.span.end).toBeLessThanOrEqual(text.length)
      expect(f.where).toBe(`body ${lineColumn(text, f.span.start)}`)
    }
  }
}

test('auditSnapshot never throws on any body, headers and status; findings point inside the body', () => {
  fc.assert(
    fc.property(bodyText, headers, status, (text, hs, code) => {
      const snapshot = snapshotOf(text, hs, code)
      const report = auditSnapshot(snapshot)
      expect(report.ok).toBe(report.findings.length === 0)
      checkReport(report, text)
    }),
    { numRuns: 400 },
  )
})

test('arbitrary bytes are read and audited, or rejected only with a Safe500Error', async () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    bodyText.map((t) => encoder.encode(t)),
  )
  await fc.assert(
    fc.asyncProperty(bytes, headers, status, async (body, hs, code) => {
      // What audit() does: read a plain response (bytes decoded with the charset and
      // Content-Encoding its headers give), then audit the snapshot.
      const input = { status: Number.isInteger(code) ? code : 500, headers: hs, body }
      const outcome = await capture(input).then(
        (snapshot) => ({ snapshot }),
        (error: unknown) => ({ error }),
      )
      if ('error' in outcome) {
        expect(outcome.error).toBeInstanceOf(Safe500Error)
        await expect(audit(input)).rejects.toBeInstanceOf(Safe500Error)
        return
      }
      const { snapshot } = outcome
      expect(snapshot.body.byteLength).toBeLessThanOrEqual(4 * 1024 * 1024)
      checkReport(auditSnapshot(snapshot), snapshot.text)
    }),
    { numRuns: 300 },
  )
})

test('a long body of every stressing run still gets a report, with findings inside it', () => {
  const runs = [
    '&',
    '<a',
    '\\u00',
    'at async ',
    '/a',
    ':1',
    '&#x2f;',
    'a@',
    '="',
    '-',
    '.',
    ' \t\n',
  ]
  const text =
    runs.map((r) => r.repeat(Math.ceil(20_000 / r.length))).join('') + ruleBodies.join('\n')
  const report = auditSnapshot(snapshotOf(text, { 'content-type': 'text/html' }, 500))
  expect(report.findings.length).toBeGreaterThan(10)
  checkReport(report, text)
})
