import fc from 'fast-check'
import { expect, test } from 'vitest'
import { patternExtent, patternReach } from '../../../src/audit/pattern-reach.ts'

// The analysis behind scanning only near keywords: it must never claim a keyword for a pattern
// that can match without one, nor a length shorter than a match.

test('bounded patterns whose every alternative holds a keyword have a reach', () => {
  expect(patternReach(/\bselect \w{1,64} from\b/gi, ['select'])).toEqual({
    length: 76,
    context: 1,
    lead: 7,
    keywords: ['select'],
  })
  expect(patternReach(/\w{1,10}=\d{1,5}/g, ['='])).toEqual({
    length: 16,
    context: 0,
    lead: 11,
    keywords: ['='],
  })
  expect(patternReach(/(?<![\w-])AIza[\w-]{35}(?![\w-])/g, ['aiza'])).toEqual({
    length: 39,
    context: 2,
    lead: 4,
    keywords: ['aiza'],
  })
  // The keyword that ends first: after the longest run before it.
  expect(patternReach(/(?:^|\n)[ \t]{1,8}at [\w.]{1,300}\(/g, [' at ', '\tat '])?.lead).toBe(12)
  expect(patternReach(/\d{1,4} (?:select|where) \w{1,30}/gi, ['select', 'where'])?.lead).toBe(11)
  // A small class joins the literals around it: "[Ee]rror" holds "error" either way.
  expect(patternReach(/[Ee]rror: \S/g, ['error'])?.length).toBe(8)
  // The keyword may span a quantified part that always ends with its character.
  expect(patternReach(/[ \t]{1,8}at \w{1,5}/g, [' at ', '\tat '])?.length).toBe(16)
})

test('a digit joins the literals around it', () => {
  const frames = [...'0123456789'].map((d) => `#${d}`)
  expect(patternReach(/#\d{1,4} \//g, frames)).toEqual({
    length: 7,
    context: 0,
    lead: 5,
    keywords: frames,
  })
  expect(patternReach(/#\d{1,4} \//g, frames.slice(1))).toBeUndefined()
})

test("a reach names the keywords its proof rests on, of the rule's", () => {
  // A rule's keywords serve all its patterns; each pattern needs only its own.
  const keywords = ['php', 'python', 'axios/', 'gems/']
  expect(patternReach(/\b(?:PHP|Python)\/\d{1,3}/gi, keywords)?.keywords).toEqual(['php', 'python'])
  expect(patternReach(/\baxios\/\d{1,3}/g, keywords)?.keywords).toEqual(['axios/'])
  // Every match holds `select` and `from`: one of them is enough to look for.
  expect(patternReach(/\bselect \w{1,64} from\b/gi, ['from', 'select'])?.keywords).toHaveLength(1)
  // Each alternative holds a keyword of its own: all of them are needed.
  expect(
    patternReach(/relation "\w{1,60}" does not exist|duplicate key/g, ['relation', 'duplicate'])
      ?.keywords,
  ).toEqual(['relation', 'duplicate'])
})

test('gives no reach when a match can miss the keyword, or has no bound', () => {
  expect(patternReach(/[A-Z]{2,8}/g, ['error'])).toBeUndefined()
  expect(patternReach(/error|warning/gi, ['error'])).toBeUndefined()
  expect(patternReach(/(?:error)?: \d{1,3}/g, ['error'])).toBeUndefined()
  expect(patternReach(/error: .*/g, ['error'])).toBeUndefined()
  expect(patternReach(/error: \d+/g, ['error'])).toBeUndefined()
  expect(patternReach(/(a)\1error/g, ['error'])).toBeUndefined()
  expect(patternReach(/[ \t]{1,8}at /g, [' at '])).toBeUndefined()
  expect(patternReach(/x{0,3}error/g, [])).toBeUndefined()
})

// Random patterns over a small alphabet: whenever a reach is given, every match of the pattern in
// random text is at most that long and holds a keyword.
const piece = fc.oneof(
  fc.constantFrom('a', 'b', 'x', 'ab', 'xa', '[ab]', '[^a]', '\\w', '.', '\\b', '(?=a)', '(?<!b)'),
  fc.constantFrom('a{1,3}', 'b?', '(?:ab|x)', '(?:a|b){2}', 'x{0,2}', '[xy]{1,2}', '(ab|b)'),
)
const source = fc.array(
  fc.oneof(
    piece,
    fc.tuple(piece, piece).map(([p, q]) => `(?:${p}|${q})`),
  ),
  {
    minLength: 1,
    maxLength: 4,
  },
)

test('a reach, when given, bounds every match, and every match holds a keyword ending within its lead', () => {
  let given = 0
  let matched = 0
  let fewer = 0
  fc.assert(
    fc.property(
      source,
      fc.constantFrom(['ab'], ['x'], ['a'], ['ba', 'xa'], ['y', 'ab', 'x'], ['b', 'xa', 'a']),
      fc.boolean(),
      fc
        .array(fc.constantFrom('a', 'b', 'x', 'ab', 'ba', 'xa', 'aab', 'y', ' ', 'A', 'B'), {
          maxLength: 40,
        })
        .map((t) => t.join('')),
      (parts, keywords, ignoreCase, text) => {
        const pattern = new RegExp(parts.join(''), ignoreCase ? 'gi' : 'g')
        const reach = patternReach(pattern, keywords)
        if (!reach) return
        given++
        // The keywords it names are some of those given, and none twice.
        expect(reach.keywords.length).toBeGreaterThan(0)
        expect(keywords).toEqual(expect.arrayContaining([...reach.keywords]))
        expect(new Set(reach.keywords).size).toBe(reach.keywords.length)
        if (reach.keywords.length < keywords.length) fewer++
        for (const m of text.matchAll(pattern)) {
          matched++
          expect(m[0].length).toBeLessThanOrEqual(reach.length)
          // One of the keywords it names ends within `lead` of the match's start.
          const lower = m[0].toLowerCase()
          expect(
            reach.keywords.some((k) => lower.slice(0, reach.lead).includes(k)),
            `${pattern} on ${m[0]}`,
          ).toBe(true)
        }
      },
    ),
    { numRuns: 10_000 },
  )
  // The property is not vacuous: many patterns get a reach, and their matches are checked.
  expect(given).toBeGreaterThan(400)
  expect(matched).toBeGreaterThan(300)
  expect(fewer).toBeGreaterThan(50)
})

test('a keyword with a capital letter holds only for literals of a case-sensitive pattern', () => {
  expect(patternReach(/SK[0-9a-f]{32}/g, ['SK'])?.length).toBe(34)
  expect(patternReach(/sk[0-9a-f]{32}/g, ['SK'])).toBeUndefined()
  expect(patternReach(/SK[0-9a-f]{32}/gi, ['SK'])).toBeUndefined()
  expect(patternReach(/SK[0-9a-f]{32}/gi, ['sk'])?.length).toBe(34)
})

test('the extent of a bounded pattern bounds its matches, keywords or not', () => {
  expect(patternExtent(/\bdef \w{1,100}\(/g)).toEqual({ length: 105, context: 1 })
  expect(patternExtent(/^namespace [A-Z][\w\\]{1,200};/gm)).toEqual({ length: 212, context: 1 })
  expect(patternExtent(/a+/g)).toBeUndefined()
  expect(patternExtent(/(a)\1/g)).toBeUndefined()
  fc.assert(
    fc.property(
      source,
      fc
        .array(fc.constantFrom('a', 'b', 'x', 'ab', 'y', ' '), { maxLength: 40 })
        .map((t) => t.join('')),
      (parts, text) => {
        const pattern = new RegExp(parts.join(''), 'g')
        const extent = patternExtent(pattern)
        if (!extent) return
        for (const m of text.matchAll(pattern))
          expect(m[0].length).toBeLessThanOrEqual(extent.length)
      },
    ),
    { numRuns: 3000 },
  )
})
