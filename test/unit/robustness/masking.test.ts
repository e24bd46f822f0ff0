import type { Snapshot } from 'safe500'
import fc from 'fast-check'
import { auditSnapshot, formatFinding, formatReport, rules } from 'safe500'
import { expect, test } from 'vitest'
import { exampleSnapshot } from '../../support/example-response.ts'

// For each secret rule: its leaky examples, and where in each the rule finds the secret.
const secretRules = rules.filter((r) => r.category === 'secret')
const seeds = secretRules.flatMap((rule) => {
  const only = { skip: rules.filter((r) => r !== rule).map((r) => r.id) }
  return rule.examples.leaky.flatMap((example) => {
    if (typeof example !== 'string') return []
    const { findings } = auditSnapshot(exampleSnapshot(example), only)
    return findings.flatMap((f) =>
      f.span ? [{ rule: rule.id, example, start: f.span.start, end: f.span.end }] : [],
    )
  })
})

/**
 * A fresh secret of the same format: in each run of 8 or more letters and digits that looks
 * random (a digit, or both cases), every character after the first four becomes another of its
 * kind (digit, hex letter, letter of the same case); prefixes like `AKIA`, `ghp_`, `sk_live_`,
 * words like `PRIVATE` and the base64 JSON of a JWT's header and claims (`eyJ...`) stay.
 */
function variant(secret: string, random: readonly number[]): string {
  let k = 0
  return secret.replace(/[A-Za-z0-9]{8,}/g, (run) => {
    if (run.startsWith('eyJ') || (!/\d/.test(run) && !(/[a-z]/.test(run) && /[A-Z]/.test(run))))
      return run
    const hex = /^[0-9a-f]+$/.test(run) || /^[0-9A-F]+$/.test(run)
    return [...run]
      .map((c, i) => {
        if (i < 4) return c
        const r = random[k++ % random.length] as number
        const pick = (set: string) => set[r % set.length] as string
        if (/\d/.test(c)) return pick('0123456789')
        if (/[a-z]/.test(c)) return pick(hex ? 'abcdef' : 'abcdefghijklmnopqrstuvwxyz')
        return pick(hex ? 'ABCDEF' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
      })
      .join('')
  })
}

// Text around the planted secret: other leaks (whose excerpts may reach the secret), words that
// make the secret look like a request ID, markup and escapes.
const around = fc.array(
  fc.oneof(
    fc.constantFrom(
      'Error: boom\n    at handler (/srv/app/src/routes.js:10:5)\n',
      'Request ID: ',
      'reference ',
      'token=',
      'password: ',
      '"apiKey":"',
      ' ',
      '\n',
      '<br>',
      '&nbsp;',
      '\\n',
      'ECONNREFUSED 10.0.3.7:5432 ',
      'SELECT * FROM users WHERE id = 1; ',
    ),
    fc.string({ maxLength: 30 }),
  ),
  { maxLength: 6 },
)

function snapshotOf(text: string, withId: boolean): Snapshot {
  return {
    status: 500,
    statusText: '',
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // With an ID header too, a body "ID" that differs from it is reported.
      ...(withId ? { 'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c' } : {}),
    },
    body: new TextEncoder().encode(text),
    text,
    truncated: false,
  }
}

test(`${seeds.length} secret formats of ${secretRules.length} secret rules are found in the catalogue's examples`, () => {
  expect(new Set(seeds.map((s) => s.rule))).toEqual(new Set(secretRules.map((r) => r.id)))
})

test('no formatted finding or report shows a whole secret the audit found', () => {
  const found = new Map<string, number>()
  fc.assert(
    fc.property(
      fc.constantFrom(...seeds),
      fc.array(fc.nat(), { minLength: 1, maxLength: 64 }),
      around,
      around,
      fc.boolean(),
      (seed, random, before, after, withId) => {
        const original = seed.example.slice(seed.start, seed.end)
        const secret = variant(original, random)
        const planted = seed.example.slice(0, seed.start) + secret + seed.example.slice(seed.end)
        const prefix = before.join('')
        const text = prefix + planted + after.join('')
        const at = prefix.length + seed.start
        const report = auditSnapshot(snapshotOf(text, withId))
        const caught = report.findings.some(
          (f) =>
            f.category === 'secret' &&
            f.span &&
            f.span.start < at + secret.length &&
            at < f.span.end,
        )
        if (!caught) return
        found.set(seed.rule, (found.get(seed.rule) ?? 0) + 1)
        for (const line of [formatReport(report), ...report.findings.map(formatFinding)])
          expect(line, `${seed.rule}: ${JSON.stringify(secret)}`).not.toContain(secret)
      },
    ),
    { numRuns: 1500 },
  )
  // Every secret rule's format was planted and found many times, so the property was exercised.
  for (const rule of secretRules) expect(found.get(rule.id) ?? 0, rule.id).toBeGreaterThan(10)
})
