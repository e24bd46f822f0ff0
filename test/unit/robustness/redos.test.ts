import fc from 'fast-check'
import { checkSync } from 'recheck'
import { rules } from 'safe500'
import { describe, expect, test } from 'vitest'
import { requestIdPatterns } from '../../../src/request-id/find-request-id.ts'
import { provesLinearAttempt } from './linear-proof.ts'
import type { Checker } from './prove-linear.ts'
import { proveLinear } from './prove-linear.ts'
import { attemptForm, expandAlternatives, searchForm } from './regex-forms.ts'
import { regexLiterals, sourceFiles } from './regex-literals.ts'

// recheck's automaton checker: deterministic (its fuzzer depends on timing), and it reads every
// pattern the rewritings produce (they have no lookarounds).
const check: Checker = (source, flags, timeout) =>
  checkSync(source, flags, { checker: 'automaton', timeout })

/** Every regex the engine runs: the rules' patterns, request-ID patterns, and every literal in src/. */
function engineRegexes(): { re: RegExp; where: string }[] {
  const found = new Map<string, { re: RegExp; where: string }>()
  const add = (re: RegExp, where: string) => {
    const key = `${re.source}/${re.flags.replace(/[gy]/g, '')}`
    if (!found.has(key)) found.set(key, { re, where })
  }
  for (const rule of rules) for (const p of rule.patterns) add(p, `rule ${rule.id}`)
  for (const p of requestIdPatterns) add(p, 'requestIdPatterns')
  for (const file of sourceFiles())
    for (const { regex, file: name, line } of regexLiterals(file)) add(regex, `src/${name}:${line}`)
  return [...found.values()]
}

const regexes = engineRegexes()
const fromRules = new Set(rules.flatMap((r) => r.patterns)).size

test(`all ${regexes.length} regexes (${fromRules} from ${rules.length} rules, the request-ID patterns, every literal in src/) are linear-time`, () => {
  const failures = regexes.flatMap(({ re, where }) =>
    proveLinear(re, check)
      .filter((step) => !step.safe)
      .map(
        (step) =>
          `${where} /${re.source}/${re.flags}\n  ${step.form} of ${step.part}: ${step.detail}`,
      ),
  )
  expect(failures).toEqual([])
}, 180_000)

describe('the proof can fail', () => {
  // Each of these takes super-linear time on some input; the proof must not pass any of them.
  test.each([
    ['exponential nesting', /(a+)+$/],
    ['overlapping alternatives in a loop', /^(a|a)*b/],
    ['nested bounded repetition', /(?:\w{1,10}\s?){1,8}!/],
    ['adjacent overlapping runs', /[\w.]{1,100}\.[\w.]{1,200}\(/],
    ['two runs of the same class', /\b[a-z]{1,200}[a-z]{1,200}!/],
    ['an unbounded run searched from every start', /\s*x/],
    ['a run in a lookahead', /foo(?=[a-z]{1,100}[a-z]{1,100}!)/],
    ['a word list next to overlapping runs', /[a-z]{1,100}(?:foo|bar)[a-z]{1,100}!/],
  ])('%s: %s', (_name, re) => {
    expect(proveLinear(re, check).some((step) => !step.safe)).toBe(true)
  })

  test('and passes linear ones', () => {
    for (const re of [
      /\bat [\w$.]{1,200} \(/,
      /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
      /(?<![\w.-])[\w-]{1,100}\.(?:js|ts):\d{1,7}\b/,
      /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    ])
      expect(
        proveLinear(re, check).every((step) => step.safe),
        String(re),
      ).toBe(true)
  })
})

test('the rewritings', () => {
  expect(attemptForm('(?::\\d{1,7}){1,2}x{2}[a-z]{0,40}', 'g')).toEqual({
    source: '^(?:(?::\\d+)+x{2}[a-z]*)',
    flags: '',
  })
  expect(searchForm('\\s*[a-z]{2,40}', 'g')).toEqual({ source: '\\s*[a-z]{2,10}', flags: 'g' })
  expect(expandAlternatives('a(?:b|c)d|e', '')).toEqual(['a(?:b)d', 'a(?:c)d', 'e'])
  expect(expandAlternatives('x(y(?:b|c))?z', '')).toEqual(['x(y(?:b))?z', 'x(y(?:c))?z'])
  expect(expandAlternatives('x(?:b|c)?z', '')).toEqual(['x(?:b)z', 'x(?:c)z', 'xz'])
})

// The structural proof must never call linear what the checker finds vulnerable: compared on
// random small patterns built from the pieces detectors are made of.
test('the structural proof agrees with recheck on random patterns', () => {
  const atom = fc.constantFrom(
    'a',
    'b',
    '[a-z]',
    '[ab]',
    '\\d',
    '\\s',
    '\\w',
    '[^ab]',
    '.',
    ':',
    '[a-z.]',
  )
  const quantified = fc.tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{0,3}', '{1,50}'))
  const piece = fc.oneof(
    { weight: 4, arbitrary: quantified.map(([a, q]) => a + q) },
    {
      weight: 1,
      arbitrary: fc
        .array(quantified, { minLength: 1, maxLength: 3 })
        .map((xs) => `(?:${xs.map(([a, q]) => a + q).join('')})?`),
    },
  )
  const pattern = fc.array(piece, { minLength: 1, maxLength: 6 }).map((ps) => ps.join(''))
  let proven = 0
  fc.assert(
    fc.property(pattern, (source) => {
      const lifted = attemptForm(source, '')
      if (!provesLinearAttempt(lifted.source, lifted.flags)) return
      proven++
      const d = check(lifted.source, lifted.flags, 5000)
      expect(d.status, `${source} -> ${lifted.source}`).toBe('safe')
    }),
    { numRuns: 300, seed: 500 },
  )
  expect(proven).toBeGreaterThan(40)
}, 60_000)
