import type { Rule, Subject, TextView } from 'safe500'
import { auditSnapshot, defineRule, rules as catalogue } from 'safe500'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  automatonBuilds,
  automatonRows,
  caseless,
  keywordGate,
  keywordsIn,
} from '../../../src/audit/keywords.ts'
import { createSubject, unescapingOf } from '../../../src/audit/subject.ts'
import { resolveOptions } from '../../../src/options.ts'

// The gate must say exactly what the plain definition says: a rule runs when it has no keywords
// or one of them occurs in the lower-cased text of some view (a keyword with a capital letter: in
// the text as it is). Characters whose lower case is
// ASCII (the Kelvin sign, the dotted capital I) or longer (İ) are where a shortcut would differ.
const units = [
  'a',
  'b',
  'A',
  'B',
  'k',
  'K',
  '\u212a',
  'i',
  'I',
  '\u0130',
  '\u0307',
  ' ',
  't',
].concat(['T', '.', 'é', 'É', 'ſ', 's', 'S', 'ς', 'Σ', '😀', '\u00ff', '&', '-'])
const keyword = fc.string({
  unit: fc.constantFrom(
    'a',
    'b',
    'k',
    'i',
    ' ',
    't',
    '.',
    's',
    'é',
    'ς',
    'σ',
    '\u0307',
    'A',
    'K',
    'É',
    '-',
  ),
  minLength: 1,
  maxLength: 4,
})

const view = (text: string): TextView => ({
  text,
  lower: text.toLowerCase(),
  toBody: (start, end) => [start, end],
})

const rule = (keywords: readonly string[] | undefined, i: number): Rule => ({
  id: `rule-${i}`,
  category: 'exception',
  description: 'a rule for the gate test',
  ...(keywords ? { keywords } : {}),
  patterns: [],
  detect: () => [],
  examples: { leaky: [], safe: [] },
})

test('runs exactly the rules one of whose keywords the lower-cased text contains', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: fc.constantFrom(...units), maxLength: 30 }), {
        minLength: 1,
        maxLength: 3,
      }),
      // Up to 40 rules: both the literal search (few keywords) and the automaton (many) are used.
      fc.array(fc.option(fc.array(keyword, { maxLength: 3 }), { nil: undefined }), {
        maxLength: 40,
      }),
      (texts, keywordLists) => {
        const rules = keywordLists.map(rule)
        const expected = rules.map(
          (r) =>
            !r.keywords ||
            r.keywords.some((k) =>
              texts.some((t) => (k === k.toLowerCase() ? t.toLowerCase() : t).includes(k)),
            ),
        )
        expect(keywordGate(rules).open(texts.map(view))).toEqual(expected)
      },
    ),
    { numRuns: 3000 },
  )
})

test('one gate scans response after response, each as a gate of its own would', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(keyword, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
      fc.array(fc.string({ unit: fc.constantFrom(...units), maxLength: 30 }), {
        minLength: 2,
        maxLength: 6,
      }),
      (keywordLists, texts) => {
        const rules = keywordLists.map(rule)
        const gate = keywordGate(rules)
        for (const text of texts) {
          const expected = rules.map((r) =>
            (r.keywords ?? []).some((k) =>
              (k === k.toLowerCase() ? text.toLowerCase() : text).includes(k),
            ),
          )
          expect(gate.open([view(text)])).toEqual(expected)
        }
      },
    ),
    { numRuns: 1000 },
  )
})

test('a scan cut short by an error leaves nothing behind for the next one', () => {
  const rules = Array.from({ length: 40 }, (_, i) => rule([`word${i}z`], i))
  const gate = keywordGate(rules)
  const broken = {
    get text(): string {
      throw new Error('unreadable view')
    },
    lower: '',
    toBody: (start: number, end: number) => [start, end] as const,
  }
  expect(() => gate.open([view('word3z and word17z'), broken])).toThrow('unreadable view')
  // The words the cut scan saw are looked for afresh: each opens its rule again.
  const runs = gate.open([view('word3z, and word5z here')])
  expect(rules.filter((_, i) => runs[i]).map((r) => r.id)).toEqual(['rule-3', 'rule-5'])
})

test('finds keywords across a long text in one pass, and reuses the compiled gate', () => {
  const rules = Array.from({ length: 60 }, (_, i) => rule([`kw${i}x`], i))
  const gate = keywordGate(rules)
  expect(keywordGate([...rules])).toBe(gate)
  const text = `${'filler text '.repeat(10_000)}KW7X and kw59x`
  const runs = gate.open([view(text)])
  expect(rules.filter((_, i) => runs[i]).map((r) => r.id)).toEqual(['rule-7', 'rule-59'])
})

/** A gate compiled for the list alone: copies of its rules share no list compiled before. */
const compiledAlone = (list: readonly Rule[]) => keywordGate(list.map((r) => ({ ...r })))

test('rules added to a compiled list reuse its gate: runs and answers as one compiled for the whole list', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(keyword, { minLength: 1, maxLength: 3 }), { minLength: 30, maxLength: 40 }),
      fc.array(fc.array(keyword, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      fc.string({ unit: fc.constantFrom(...units), maxLength: 40 }),
      (baseLists, extraLists, text) => {
        const base = baseLists.map(rule)
        const extra = extraLists.map((k, i) => rule(k, 100 + i))
        keywordGate(base)
        const joined = keywordGate([...base, ...extra])
        const whole = compiledAlone([...base, ...extra])
        const views = [view(text)]
        const [a, b] = [joined.scan(views), whole.scan(views)]
        expect(a.runs).toEqual(b.runs)
        for (const r of [...base, ...extra]) {
          const said = a.holds(views[0] as TextView, r.keywords ?? [])
          // "Not known" is allowed (the rule then scans the whole view); a wrong answer is not.
          if (said !== undefined) expect(said).toBe(b.holds(views[0] as TextView, r.keywords ?? []))
        }
      },
    ),
    { numRuns: 300 },
  )
})

test('a gate of few keywords, read with literal regexes, knows every view a keyword is absent from', () => {
  // Few keywords are looked for with literal regexes, which find but do not place them: a rule's
  // pattern still needs to know when its own keywords are absent from a view, to pass it over.
  const lowerAscii = fc.string({
    unit: fc.constantFrom('a', 'b', 'k', 'i', ' ', 't', '.', 's', '-'),
    minLength: 1,
    maxLength: 3,
  })
  let absent = 0
  fc.assert(
    fc.property(
      fc.array(lowerAscii, { minLength: 1, maxLength: 6 }),
      fc.array(fc.string({ unit: fc.constantFrom(...units), maxLength: 40 }), {
        minLength: 1,
        maxLength: 3,
      }),
      (keywords, texts) => {
        const views = texts.map(view)
        const found = keywordGate([rule(keywords, 0)]).scan(views)
        for (const v of views) {
          for (const k of keywords) {
            const stands = v.text.toLowerCase().includes(k)
            expect(found.holds(v, [k])).toBe(stands)
            if (stands) expect(found.places(v, [k])?.length ?? 1).toBeGreaterThan(0)
            else {
              absent++
              expect(found.places(v, [k])).toEqual([])
            }
          }
        }
      },
    ),
    { numRuns: 500 },
  )
  expect(absent).toBeGreaterThan(200)
})

test('the catalogue and a rule made anew for each call: the automaton of the catalogue is built once', () => {
  const fresh = (i: number) => rule([`acme${i}q`], 200 + i)
  const builds: number[] = []
  for (let i = 0; i <= 20; i++) {
    const before = automatonBuilds()
    const runs = keywordGate([...catalogue, fresh(i)]).open([view(`acme${i}q and a stack trace`)])
    builds.push(automatonBuilds() - before)
    expect(runs.at(-1)).toBe(true)
    expect(runs.filter(Boolean).length).toBeGreaterThan(1)
  }
  // The first list is compiled whole; the second shares the catalogue with it, which is compiled
  // once on its own; from then on each call compiles its own rule alone, without an automaton.
  expect(builds.slice(0, 2).reduce((a, b) => a + b)).toBeLessThanOrEqual(2)
  expect(builds.slice(2)).toEqual(Array.from({ length: 19 }, () => 0))
})

test('a new gate fills its automaton as scans go: rows for the states entered, not the whole table', () => {
  // The catalogue's keywords make an automaton of some 12,000 states; filling every row up front
  // took tens of milliseconds in each process that audits at all.
  const reversed = [...catalogue].reverse()
  const states =
    1 + [...new Set(catalogue.flatMap((r) => r.keywords ?? []))].reduce((n, k) => n + k.length, 0)
  const before = automatonRows()
  const gate = keywordGate(reversed)
  expect(automatonRows() - before).toBe(1)
  const text = 'TypeError: boom at handler (/srv/app/routes.js:12:7)'
  const runs = gate.open([view(text)])
  const filled = automatonRows() - before
  // A row for each state the scan entered, and for those of its failure links not filled yet.
  expect(filled).toBeGreaterThan(1)
  expect(filled * 100).toBeLessThan(states)
  // The same rules run as with the catalogue's own gate, and scanning again fills nothing.
  expect(runs.reverse()).toEqual(keywordGate(catalogue).open([view(text)]))
  const again = automatonRows()
  gate.open([view(text)])
  expect(automatonRows()).toBe(again)
})

test('long keywords that overlap: each row is filled from its failure link’s, with no recursion as deep as a keyword', () => {
  // 'a'.repeat(n) and 'b' + 'a'.repeat(n): every state the text enters has a failure link not filled
  // yet, down a chain as long as the keyword. Filled one by one, recursively, that overflowed the
  // stack and took time quadratic in n.
  const n = 20_000
  const filler = Array.from({ length: 30 }, (_, i) => `w${String.fromCharCode(99 + (i % 20))}${i}`)
  const rules = [rule(['b' + 'a'.repeat(n)], 1), rule(['a'.repeat(n)], 2), rule(filler, 3)]
  const gate = keywordGate(rules)
  expect(gate.open([view('b' + 'a'.repeat(n))])).toEqual([true, true, false])
  expect(gate.open([view('b' + 'a'.repeat(n - 1))])).toEqual([false, false, false])
  expect(gate.open([view('a'.repeat(n) + ' wc0')])).toEqual([false, true, true])
})

test('a caseless character is no other character’s lower case, so such keywords need no lower-cased copy', () => {
  const targets = new Set<string>()
  for (let code = 0; code < 0x10000; code++) {
    const c = String.fromCharCode(code)
    for (const l of c.toLowerCase()) if (l !== c) targets.add(l)
  }
  const caselessTargets = [...targets].filter((t) => caseless(t))
  expect(caselessTargets).toEqual([])
  expect(caseless(' │:')).toBe(true)
  expect(caseless('\u0307')).toBe(false)
  expect(caseless('é')).toBe(false)
  expect(caseless('k')).toBe(false)
})

/** Ends of `keyword` in `text` as ranges: a new range where the next end is over 64 away. */
function rangesOf(lower: string, keyword: string): [number, number][] {
  const ranges: [number, number][] = []
  for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
    const end = at + keyword.length
    const last = ranges[ranges.length - 1]
    if (last && end - last[1] <= 64) last[1] = end
    else ranges.push([end, end])
  }
  return ranges
}

test('places each keyword where it ends, as an index search of the lower-cased text finds it', () => {
  // Over 24 distinct keywords, so the automaton (which keeps places) is used.
  const filler = Array.from({ length: 30 }, (_, i) => `zq${i}x`)
  const gap = ' '.repeat(40)
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'b', 'A', 'B', ' ', 'K', '\u212a', 'k', gap), {
        maxLength: 80,
      }),
      fc.array(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'k'), minLength: 1, maxLength: 3 }),
        { minLength: 1, maxLength: 3 },
      ),
      (units, keywords) => {
        const text = units.join('')
        const rules = [rule(keywords, 0), ...filler.map((k, i) => rule([k], i + 1))]
        const v = view(text)
        const found = keywordGate(rules).scan([v])
        const lower = text.toLowerCase()
        // One keyword: exactly its ends, runs of them within 64 of each other as one range.
        for (const k of keywords) expect(found.places(v, [k])).toEqual(rangesOf(lower, k))
        // Several: every range of each, sorted by where it starts.
        const all = found.places(v, [...new Set(keywords)])
        const each = [...new Set(keywords)].flatMap((k) => rangesOf(lower, k))
        expect([...(all ?? [])].sort((x, y) => x[0] - y[0] || x[1] - y[1])).toEqual(
          each.sort((x, y) => x[0] - y[0] || x[1] - y[1]),
        )
        expect(all?.map((r) => r[0])).toEqual(each.map((r) => r[0]).sort((x, y) => x - y))
        // Whether any stands there, without the ranges: what an index search says.
        for (const k of keywords) expect(found.holds(v, [k])).toBe(lower.includes(k))
        expect(found.holds(v, keywords)).toBe(keywords.some((k) => lower.includes(k)))
      },
    ),
    { numRuns: 2000 },
  )
})

test('places a keyword with a capital letter where it ends as written', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `zq${i}x`)
  const rules = [rule(['SK', 'npm_'], 0), ...filler.map((k, i) => rule([k], i + 1))]
  const text = `ask SKa sk SK ${' '.repeat(100)}SK npm_ NPM_`
  const v = view(text)
  const found = keywordGate(rules).scan([v])
  expect(found.runs[0]).toBe(true)
  // `SK` is found only as written, `npm_` in any case; places 64 or less apart are one range.
  const far = text.lastIndexOf('SK') + 2
  expect(found.places(v, ['SK'])).toEqual([
    [6, 13],
    [far, far],
  ])
  expect(found.places(v, ['SK', 'npm_'])).toEqual([
    [6, 13],
    [far, far],
    [far + 5, far + 10],
  ])
  expect(found.holds(v, ['SK'])).toBe(true)
  const lower = view('ask sk npm')
  expect(keywordGate(rules).scan([lower]).holds(lower, ['SK', 'npm_'])).toBe(false)
  // A keyword the gate does not know: not known, unless another one stands there.
  expect(found.holds(v, ['nope'])).toBeUndefined()
  expect(found.holds(v, ['nope', 'SK'])).toBe(true)
  expect(keywordGate(rules).open([view('ask sk')])[0]).toBe(false)
})

test('places a keyword of caseless characters where it ends, as written', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `zq${i}x`)
  const rules = [rule([' │'], 0), ...filler.map((k, i) => rule([k], i + 1))]
  const text = `10 │ a${' '.repeat(100)}11 │ b`
  const v = view(text)
  const far = text.lastIndexOf('│') + 1
  expect(keywordGate(rules).scan([v]).places(v, [' │'])).toEqual([
    [4, 4],
    [far, far],
  ])
})

test('reads the unescaped view in the pass over its body, and finds there what a pass of its own finds', () => {
  // Escapes, tags and keyword pieces in any order: copied pieces short and long, escapes next to
  // each other, keywords cut by an escape, and a dotted capital I produced by an entity.
  const piece = fc.constantFrom(
    '&lt;',
    '&amp;',
    '&#304;',
    '&#x2f;',
    '<br>',
    '</p>',
    '<b>',
    '\\n',
    '\\u002F',
    '\\\\',
    '&',
    '<',
    '\\',
    'a',
    'b',
    'k',
    ' ',
    'ab',
    'ka b',
    ' at ',
    'bak/',
    '\n',
    'K',
  )
  const filler = Array.from({ length: 30 }, (_, i) => `zq${i}x`)
  const options = resolveOptions({})
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
      fc.array(
        fc.string({
          unit: fc.constantFrom('a', 'b', 'k', ' ', '/', '<', '&', '\n', 'i'),
          minLength: 1,
          maxLength: 4,
        }),
        { minLength: 1, maxLength: 4 },
      ),
      (text, keywords) => {
        const rules = [rule(keywords, 0), ...filler.map((k, i) => rule([k], i + 1))]
        const snapshot = {
          status: 500,
          statusText: '',
          headers: {},
          body: new Uint8Array(0),
          text,
          truncated: false,
          wireLength: 0,
        }
        const { views } = createSubject(snapshot, options)
        // The same texts as views of their own: each is read in a pass of its own.
        const alone = views.map((v) => view(v.text))
        const paired = keywordGate(rules).scan(views)
        const separate = keywordGate(rules).scan(alone)
        expect(paired.runs).toEqual(separate.runs)
        views.forEach((v, i) => {
          for (const k of new Set(keywords))
            expect(paired.places(v, [k])).toEqual(separate.places(alone[i] as TextView, [k]))
        })
        if (views.length > 1) expect(unescapingOf(views[1] as TextView)?.source).toBe(views[0])
      },
    ),
    { numRuns: 3000 },
  )
})

test('rules read where keywords stand while their audit runs, and the audited body is let go after', () => {
  const seen: (boolean | undefined)[] = []
  let audited: Subject | undefined
  const probe = defineRule({
    id: 'probe-places',
    category: 'exception',
    description: 'Notes what the gate says about its subject while it runs.',
    keywords: ['boom'],
    detect(subject) {
      audited = subject
      seen.push(keywordsIn(subject, subject.views[0] as TextView, ['boom']))
      return []
    },
    examples: { leaky: [], safe: [] },
  })
  const snapshot = textSnapshot('it went boom', 'text/plain')
  auditSnapshot(snapshot, { rules: [probe] })
  // While it ran, the gate's answer was known and true; after the audit, nothing is held.
  expect(seen).toEqual([true])
  expect(audited && keywordsIn(audited, audited.views[0] as TextView, ['boom'])).toBeUndefined()
  // A rule that throws still lets the subject go.
  const thrower = defineRule({
    ...probe,
    id: 'probe-throws',
    detect(subject) {
      audited = subject
      throw new Error('rule failed')
    },
  })
  expect(() => auditSnapshot(snapshot, { rules: [thrower] })).toThrow('rule failed')
  expect(audited && keywordsIn(audited, audited.views[0] as TextView, ['boom'])).toBeUndefined()
})

test('audits with many different skip lists share one gate: no automaton is built for any of them', () => {
  const text = '{"error":"TypeError: boom\\n    at handler (/srv/app/routes.js:12:7)"}'
  const snapshot = textSnapshot(text, 'application/json')
  auditSnapshot(snapshot)
  const before = automatonBuilds()
  const skips = catalogue.slice(0, 20).map((r) => [r.id])
  for (const skip of [...skips, ...skips]) {
    const found = auditSnapshot(snapshot, { skip }).findings.map((f) => f.rule)
    expect(found).not.toContain(skip[0])
    expect(found).toContain('stack-trace-node')
  }
  expect(automatonBuilds() - before).toBe(0)
})

test('an audit run inside a rule puts back the outer audit’s places when it ends', () => {
  const inner = textSnapshot('all good', 'text/plain')
  const seen: (boolean | undefined)[] = []
  const nesting = defineRule({
    id: 'probe-nesting',
    category: 'exception',
    description: 'Audits another response while it runs, then asks about its own.',
    keywords: ['boom'],
    detect(subject) {
      const ask = () => keywordsIn(subject, subject.views[0] as TextView, ['error'])
      seen.push(ask())
      auditSnapshot(inner)
      seen.push(ask())
      return []
    },
    examples: { leaky: [], safe: [] },
  })
  const text = 'it went boom with an error'
  auditSnapshot(textSnapshot(text, 'text/plain'), { rules: [nesting] })
  // Known before the inner audit, and still known after it.
  expect(seen).toEqual([true, true])
})

/** A 500 whose body is `text`, as a snapshot. */
function textSnapshot(text: string, contentType: string) {
  return {
    status: 500,
    statusText: 'Internal Server Error',
    headers: { 'content-type': contentType },
    body: new TextEncoder().encode(text),
    text,
    truncated: false,
    wireLength: text.length,
  }
}
