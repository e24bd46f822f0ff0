import { auditSnapshot, defineRule, keywordMatches, type PatternRuleSpec } from 'safe500'
import type { Snapshot, Subject, TextView } from 'safe500'
import { expect, test } from 'vitest'

const spec: PatternRuleSpec = {
  id: 'acme-codename',
  category: 'exception',
  description: 'Internal project code names.',
  pattern: /Falcon/,
  message: 'names an internal project',
  examples: { leaky: ['Falcon'], safe: ['Eagle'] },
}

/** A 500 with a body of `body` and no headers. */
function snapshotOf(body: string): Snapshot {
  return {
    status: 500,
    statusText: 'Internal Server Error',
    headers: {},
    body: new TextEncoder().encode(body),
    text: body,
    truncated: false,
    wireLength: body.length,
  }
}

test('makes a rule whose pattern is global and listed for the linear-time proof', () => {
  const rule = defineRule(spec)
  expect(rule.patterns).toHaveLength(1)
  expect(rule.patterns[0]?.flags).toContain('g')
})

test.each([
  [{ ...spec, id: 'Acme Codename' }, 'the id must be kebab-case'],
  [{ ...spec, category: 'oops' }, 'unknown category "oops"'],
  [{ ...spec, examples: undefined }, 'give examples: { leaky: [...], safe: [...] }'],
  [{ ...spec, keywords: [] }, 'keywords, when given, must be a non-empty list'],
  [{ ...spec, keywords: ['falcon', ''] }, 'non-empty strings'],
  [{ ...spec, pattern: 'Falcon' }, 'give a pattern (a RegExp) or a detect function'],
  [{ ...spec, headers: 'x-powered-by' }, 'headers must be true, false or a list of header names'],
  [{ ...spec, headers: ['via', ''] }, 'headers must be true, false or a list of header names'],
])('rejects a bad definition: %#', (bad, message) => {
  expect(() => defineRule(bad as unknown as PatternRuleSpec)).toThrow(message)
  expect(() => defineRule(bad as unknown as PatternRuleSpec)).toThrow(/^\[safe500\] defineRule\(/)
})

test('takes several patterns that give the same finding', () => {
  const rule = defineRule({ ...spec, pattern: [/Falcon/, /Kestrel/g] })
  expect(rule.patterns.map((p) => p.flags)).toEqual(['g', 'g'])
  const body = 'Falcon and Kestrel failed'
  const report = auditSnapshot(snapshotOf(body), { rules: [rule] })
  expect(report.findings.filter((f) => f.rule === 'acme-codename').map((f) => f.span)).toEqual([
    { start: 0, end: 6 },
    { start: 11, end: 18 },
  ])
})

test.each([
  [true, ['body 1:5', 'header server', 'header x-powered-by']],
  [false, ['body 1:5']],
  [['X-Powered-By'], ['body 1:5', 'header x-powered-by']],
  [[], ['body 1:5']],
] as const)('headers: %j scans the body and those header values', (headers, where) => {
  const rule = defineRule({ ...spec, headers })
  const snapshot = {
    ...snapshotOf('Our Falcon failed'),
    headers: { server: 'Falcon', 'x-powered-by': 'Falcon', 'content-type': 'text/plain' },
  }
  const report = auditSnapshot(snapshot, { rules: [rule] })
  const found = report.findings.filter((f) => f.rule === 'acme-codename').map((f) => f.where)
  expect(found.sort()).toEqual(where)
})

test('a pattern that matches the empty string at the end of the body still reports it', () => {
  const rule = defineRule({ ...spec, id: 'acme-no-newline', pattern: /(?<!\n)$/ })
  const view: TextView = { text: 'done', lower: 'done', toBody: (s, e) => [s, e] }
  const hits = [...rule.detect({ views: [view] } as unknown as Subject)]
  expect(hits.map((h) => h.span)).toEqual([[4, 4]])
})

test('a detect rule with keywordMatches finds what matchAll finds, where it stands in the body', () => {
  const codename = /\bProject (Falcon|Osprey)\b/g
  const seen: { index: number; input: number; name: string | undefined }[] = []
  const rule = defineRule({
    id: 'acme-codename-detect',
    category: 'exception',
    description: 'Internal project code names.',
    keywords: ['falcon', 'osprey'],
    patterns: [codename],
    *detect(subject) {
      for (const view of subject.views)
        for (const m of keywordMatches(subject, view, codename, ['falcon', 'osprey'])) {
          seen.push({ index: m.index, input: m.input.length, name: m[1] })
          yield {
            message: 'names an internal project',
            view,
            span: [m.index, m.index + m[0].length],
          }
        }
    },
    examples: { leaky: ['Project Falcon'], safe: ['Project'] },
  })
  // Far apart in a large body: the pattern runs only near each keyword.
  const body = `${'x '.repeat(20_000)}Project Falcon${' y'.repeat(20_000)} Project Osprey.`
  const report = auditSnapshot(snapshotOf(body), { rules: [rule] })
  const expected = [...body.matchAll(codename)].map((m) => ({
    index: m.index,
    input: body.length,
    name: m[1],
  }))
  expect(expected).toHaveLength(2)
  expect(seen).toEqual(expected)
  expect(
    report.findings.filter((f) => f.rule === 'acme-codename-detect').map((f) => f.span?.start),
  ).toEqual(expected.map((e) => e.index))
})

test('keywordMatches scans a pattern without the g flag to the end, as if it had it', () => {
  const text = 'Project Falcon and Project Falcon'
  const view: TextView = { text, lower: text.toLowerCase(), toBody: (s, e) => [s, e] }
  // At most three, so a scan that finds its first match again and again fails instead of hanging.
  const found: RegExpExecArray[] = []
  for (const m of keywordMatches({ views: [view] } as unknown as Subject, view, /Falcon/, [
    'falcon',
  ])) {
    found.push(m)
    if (found.length === 3) break
  }
  expect(found.map((m) => m.index)).toEqual([8, 27])
})

test('interleaved keywordMatches scans of one pattern each find every match, whatever their keywords', () => {
  const text = 'x1 x2 x3 x4 x5 x6'
  const view: TextView = { text, lower: text, toBody: (s, e) => [s, e] }
  const subject = { views: [view] } as unknown as Subject
  const pattern = /x\d/g
  const all = [0, 3, 6, 9, 12, 15]
  // A finished scan leaves its copy of the pattern for the next; two scans, one with other
  // keywords, then run in turn and must not share that copy.
  expect([...keywordMatches(subject, view, pattern, ['x'])].map((m) => m.index)).toEqual(all)
  const a = keywordMatches(subject, view, pattern, ['x'])[Symbol.iterator]()
  const b = keywordMatches(subject, view, pattern, ['x', 'y'])[Symbol.iterator]()
  const seen: [number[], number[]] = [[], []]
  for (let i = 0; i < all.length + 1; i++) {
    const first = a.next()
    if (!first.done) seen[0].push(first.value.index)
    const second = b.next()
    if (!second.done) seen[1].push(second.value.index)
  }
  expect(seen).toEqual([all, all])
})

test('a pattern with the d flag reports from where its look-behind group starts', () => {
  const rule = defineRule({
    ...spec,
    keywords: ['error'],
    pattern: /Error\b(?<=\b((?:Value|Key)Error))/dg,
    message: 'names a Python exception',
    examples: { leaky: ['ValueError'], safe: ['MyError'] },
  })
  const body = 'It failed: ValueError, then KeyError and MyError.'
  const report = auditSnapshot(snapshotOf(body), { rules: [rule] })
  const spans = report.findings.filter((f) => f.rule === 'acme-codename').map((f) => f.span)
  expect(spans).toEqual([
    { start: body.indexOf('ValueError'), end: body.indexOf('ValueError') + 10 },
    { start: body.indexOf('KeyError'), end: body.indexOf('KeyError') + 8 },
  ])
})

test("scripts: false passes over a page's inline script code, in the body and its unescaped view", () => {
  const page =
    '<p>Project &amp; Falcon</p><script>var e = "Falcon"</script><script type="application/json">{"p":"Falcon"}</script>'
  const spans = (scripts?: boolean) =>
    auditSnapshot(snapshotOf(page), {
      rules: [defineRule({ ...spec, ...(scripts === undefined ? {} : { scripts }) })],
      skip: ['header', 'request-id', 'status'],
    }).findings.map((f) => page.slice(f.span?.start, f.span?.end))
  expect(spans()).toEqual(['Falcon', 'Falcon', 'Falcon'])
  // The one in the script's code is passed over; the paragraph's and the data block's stay.
  const kept = auditSnapshot(snapshotOf(page), {
    rules: [defineRule({ ...spec, scripts: false })],
    skip: ['header', 'request-id', 'status'],
  }).findings.map((f) => f.span?.start)
  expect(kept).toEqual([page.indexOf('Falcon'), page.lastIndexOf('Falcon')])
  expect(spans(false)).toHaveLength(2)
})

test("ignore() gets the subject with the response's status: a phrase can pass in a 4xx only", () => {
  const rule = defineRule({
    ...spec,
    ignore: (_match, subject) => subject.snapshot.status < 500,
  })
  const ids = (status: number) =>
    auditSnapshot({ ...snapshotOf('Falcon failed'), status }, { rules: [rule], status })
      .findings.map((f) => f.rule)
      .filter((id) => id === 'acme-codename')
  expect(ids(500)).toEqual(['acme-codename'])
  expect(ids(400)).toEqual([])
})
