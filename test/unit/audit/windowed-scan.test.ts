import type { Rule, Snapshot } from 'safe500'
import { auditSnapshot, defineRule, rules } from 'safe500'
import { describe, expect, test, vi } from 'vitest'
import { keywordGate, notePlaces } from '../../../src/audit/keywords.ts'
import { patternAnalyses, patternReach } from '../../../src/audit/pattern-reach.ts'
import { createSubject } from '../../../src/audit/subject.ts'
import { resolveOptions } from '../../../src/options.ts'
import { loadSamples } from '../../../fixtures/corpus/load-samples.ts'
import { adversarialBody, leakyBody, stressBody, stressors } from '../../../bench/bodies.ts'
import { exampleSnapshot } from '../../support/example-response.ts'

// Pattern rules scan only near their keywords when the pattern is proven to need one. What they
// find must be exactly what a scan of the whole text finds: same views, spans and messages.

const options = resolveOptions({})
const windowed = rules.filter((rule) =>
  rule.patterns.some((p) => rule.keywords && patternReach(p, rule.keywords)),
)

/** Each rule's hits on `snapshot`, scanning the whole text or only near the keywords. */
function hitsOf(snapshot: Snapshot, near: boolean): (rule: Rule) => string[] {
  const subject = createSubject(snapshot, options)
  if (near) notePlaces(subject, keywordGate(rules).scan(subject.views))
  return (rule) =>
    [...rule.detect(subject)].map(
      (h) =>
        `${subject.views.indexOf(h.view ?? subject.views[0]!)} ${h.span?.join('-')} ${h.message}`,
    )
}

function snapshotOf(body: string, contentType = 'text/html; charset=utf-8'): Snapshot {
  return {
    status: 500,
    statusText: 'Internal Server Error',
    headers: { 'content-type': contentType },
    body: new TextEncoder().encode(body),
    text: body,
    truncated: false,
    wireLength: body.length,
  }
}

const corpus = loadSamples().map(({ file, sample }) => {
  const body = Buffer.from(sample.bodyBase64, 'base64').toString('utf8')
  return [
    file,
    snapshotOf(
      body,
      sample.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'text/plain',
    ),
  ] as const
})
const examples = rules.flatMap((rule) =>
  [...rule.examples.leaky, ...rule.examples.safe].map(
    (e, i) => [`${rule.id} example ${i}`, exampleSnapshot(e)] as const,
  ),
)
// Leaks spread thin in a large body (the case windows are for), and bodies that stress patterns.
const large: (readonly [string, Snapshot])[] = [
  ['leaky 256 KB', snapshotOf(leakyBody(256 * 1024))],
  ['adversarial 256 KB', snapshotOf(adversarialBody(256 * 1024))],
  ...Object.keys(stressors).map((name): readonly [string, Snapshot] => [
    `${name} 32 KB`,
    snapshotOf(stressBody(name, 32 * 1024)),
  ]),
  [
    'leaks far apart',
    snapshotOf(
      [
        'x'.repeat(5000),
        'ERROR: relation "orders" does not exist',
        ' filler '.repeat(3000),
        'select id, name from users where id = $1',
        ' '.repeat(9000),
        `Authorization: Bearer ${['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxIn0', 'abcdefghijklmnop'].join('.')}`,
      ].join('\n'),
    ),
  ],
]

test('most pattern rules have a reach, so the window path is what is tested here', () => {
  expect(windowed.length).toBeGreaterThan(40)
})

test('no pattern of a rule with keywords loses its reach unnoticed (a ratchet)', () => {
  const patterns = rules.flatMap((rule) =>
    rule.keywords
      ? rule.patterns.map((p) => ({ id: rule.id, reach: patternReach(p, rule.keywords ?? []) }))
      : [],
  )
  // 426 of 456 now: a rewritten pattern the analysis can no longer follow scans whole texts.
  expect(patterns.filter((p) => p.reach !== undefined).length).toBeGreaterThanOrEqual(426)
  // Nor does a new one scan whole texts unnoticed: a pattern without a reach runs over the whole
  // body whenever any keyword of its rule occurs (37 bare hex digits in a rule whose keywords
  // include `pat` tripled the time of an adversarial body). Anchor a new pattern on a keyword.
  const without: Record<string, number> = {}
  for (const { id, reach } of patterns)
    if (reach === undefined) without[id] = (without[id] ?? 0) + 1
  expect(without).toEqual({
    'debug-page-express': 1,
    'debug-page-nextjs': 1,
    'debug-page-spring-whitelabel': 1,
    'env-dump-django-settings': 1,
    'env-dump-object': 6,
    'exception-java': 1,
    'exception-json-member': 2,
    // Its patterns other than the frame line read one line each, never a whole text.
    'exception-stack-header': 4,
    'internal-address-cloud-host': 1,
    'internal-address-private-ipv4': 2,
    'secret-auth-header': 1,
    'secret-signed-url': 1,
    'source-code-numbered-lines': 1,
    'sql-error-mongodb': 1,
    'sql-error-prisma': 1,
    'stack-trace-json-objects': 5,
  })
})

const suites: [string, readonly (readonly [string, Snapshot])[]][] = [
  ['corpus', corpus],
  ['rule examples', examples],
  ['large bodies', large],
]

describe.each(suites)('%s', (_name, cases) => {
  test(
    'every rule finds the same near its keywords as in the whole text',
    { timeout: 60_000 },
    () => {
      let compared = 0
      for (const [label, snapshot] of cases) {
        const whole = hitsOf(snapshot, false)
        const near = hitsOf(snapshot, true)
        for (const rule of windowed) {
          const expected = whole(rule)
          expect(near(rule), `${rule.id} on ${label}`).toEqual(expected)
          compared += expected.length
        }
      }
      expect(compared).toBeGreaterThan(0)
    },
  )
})

test('a pattern is analysed once, at the first scan that needs its reach', () => {
  const rule = defineRule({
    id: 'acme-ticket',
    category: 'exception',
    description: 'Internal ticket numbers.',
    keywords: ['ticket'],
    pattern: /\bticket #\d{1,8}\b/i,
    message: 'names an internal ticket',
    examples: { leaky: ['see ticket #4521'], safe: ['see the ticket desk'] },
  })
  const audit = (text: string) =>
    auditSnapshot(exampleSnapshot(text), { rules: [rule] }).findings.length
  const before = patternAnalyses()
  // Which of the rule's keywords the pattern needs is in its reach: the first scan takes it.
  expect(audit('see ticket #4521')).toBe(1)
  expect(patternAnalyses() - before).toBe(1)
  const long = `${'x '.repeat(5000)}see ticket #4521`
  expect(audit(long)).toBe(1)
  expect(audit(long)).toBe(1)
  expect(audit('see the desk')).toBe(0)
  expect(patternAnalyses() - before).toBe(1)
})

test("a rule's pattern runs only where a keyword of its own stands", () => {
  const ticket = /\bticket #\d{1,8}\b/i
  const order = /\border #\d{1,8}\b/i
  const rule = defineRule({
    id: 'acme-numbers',
    category: 'exception',
    description: 'Internal ticket and order numbers.',
    keywords: ['ticket', 'order'],
    pattern: [ticket, order],
    message: 'names an internal number',
    examples: { leaky: ['see ticket #4521', 'order #77 failed'], safe: ['see the desk'] },
  })
  // The spy calls through, and keeps each call's regex.
  const spy = vi.spyOn(RegExp.prototype, 'exec')
  const runs = (pattern: RegExp) =>
    spy.mock.contexts.filter((re) => (re as RegExp).source === pattern.source).length
  const found = (text: string) => {
    spy.mockClear()
    return auditSnapshot(exampleSnapshot(text), { rules: [rule] }).findings.map((f) => f.excerpt)
  }
  try {
    // The rule runs (`ticket` stands in the body), but only the pattern that needs `ticket` scans,
    // on a short body and near the keyword in a long one.
    for (const text of ['see ticket #4521', `${'x '.repeat(5000)}see ticket #4521`]) {
      expect(found(text)).toHaveLength(1)
      expect(runs(ticket)).toBeGreaterThan(0)
      expect(runs(order)).toBe(0)
    }
    expect(found('ticket #1 and order #2')).toHaveLength(2)
    expect(runs(order)).toBeGreaterThan(0)
  } finally {
    spy.mockRestore()
  }
})
