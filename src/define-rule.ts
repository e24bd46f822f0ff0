import type { Category } from './report.ts'
import type { Hit, Rule, RuleExample, Subject } from './rule.ts'
import { categories } from './report.ts'
import { Safe500Error } from './errors.ts'
import type { Reach } from './audit/pattern-reach.ts'
import { patternReach } from './audit/pattern-reach.ts'
import type { Range } from './audit/keywords.ts'
import { keywordPlaces } from './audit/keywords.ts'

interface RuleBase {
  /** Kebab-case id, unique in the catalogue, e.g. `acme-codename`. */
  readonly id: string
  readonly category: Category
  readonly description: string
  /**
   * Literals the rule needs: it runs only on responses that contain one (a cheap pre-check). A
   * lower-case keyword is found in any case; one with a capital letter only as written (`SK`).
   */
  readonly keywords?: readonly string[]
  readonly examples: {
    readonly leaky: readonly RuleExample[]
    readonly safe: readonly RuleExample[]
  }
}

/** A rule given as a pattern: every match in the body (and in header values) is a hit. */
export interface PatternRuleSpec extends RuleBase {
  /**
   * What to find: one RegExp, or several that all give the same finding. Keep each linear-time:
   * bounded quantifiers (`{1,200}`), no nested repetition. The `g` flag is added when missing.
   */
  readonly pattern: RegExp | readonly RegExp[]
  /** The finding's sentence, or a function of the match. */
  readonly message: string | ((match: RegExpExecArray) => string)
  /** Report only this capture group's range (default: the whole match). */
  readonly group?: number
  /** Matches to pass over, e.g. placeholders like `example.com`. */
  readonly ignore?: (match: RegExpExecArray) => boolean
  /** The match is a secret: excerpts mask it. */
  readonly secret?: boolean
  /** Scan header values too (default true). */
  readonly headers?: boolean
}

/** A rule given as a function of the response. */
export interface DetectRuleSpec extends RuleBase {
  readonly detect: (subject: Subject) => Iterable<Hit>
  /** Every RegExp `detect` uses (default none), so tests can prove each one linear-time. */
  readonly patterns?: readonly RegExp[]
}

const idPattern = /^[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,8}$/

/**
 * Makes a rule for `audit({ rules })` or the catalogue, from a pattern or a `detect` function.
 * Each rule carries examples it must flag (`leaky`) and must pass (`safe`); test them with
 * `checkRuleExamples(rule)`.
 *
 * @example
 * ```ts
 * import { defineRule } from 'safe500'
 * export const codename = defineRule({
 *   id: 'acme-codename',
 *   category: 'exception',
 *   description: 'Internal project code names.',
 *   keywords: ['falcon'],
 *   pattern: /\bProject Falcon\b/gi,
 *   message: 'names an internal project',
 *   examples: { leaky: ['Project Falcon failed'], safe: ['Something went wrong'] },
 * })
 * ```
 */
export function defineRule(spec: PatternRuleSpec | DetectRuleSpec): Rule {
  const where = `defineRule(${JSON.stringify(spec?.id)})`
  if (typeof spec?.id !== 'string' || !idPattern.test(spec.id)) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: the id must be kebab-case, like "acme-codename".`,
    )
  }
  if (!categories.includes(spec.category)) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: unknown category ${JSON.stringify(spec.category)}; use one of ${categories.join(', ')}.`,
    )
  }
  if (!Array.isArray(spec.examples?.leaky) || !Array.isArray(spec.examples.safe)) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: give examples: { leaky: [...], safe: [...] }.`,
    )
  }
  if (
    spec.keywords &&
    (!Array.isArray(spec.keywords) ||
      spec.keywords.length === 0 ||
      spec.keywords.some((k) => typeof k !== 'string' || k === ''))
  ) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: keywords, when given, must be a non-empty list of non-empty strings.`,
    )
  }
  const base = {
    id: spec.id,
    category: spec.category,
    description: spec.description,
    examples: spec.examples,
    ...(spec.keywords ? { keywords: spec.keywords } : {}),
  }
  if ('detect' in spec) {
    if (typeof spec.detect !== 'function')
      throw new Safe500Error('ERR_BAD_RULE', `${where}: detect must be a function.`)
    return { ...base, patterns: spec.patterns ?? [], detect: spec.detect }
  }
  const given: readonly unknown[] = Array.isArray(spec.pattern) ? spec.pattern : [spec.pattern]
  if (given.length === 0 || !given.every((p) => p instanceof RegExp)) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: give a pattern (a RegExp) or a detect function.`,
    )
  }
  const patterns = given.map((p) =>
    p.flags.includes('g') ? p : new RegExp(p.source, `${p.flags}g`),
  )
  const copies = patterns.map(spareCopies)
  // Patterns whose every match holds a keyword, and is short, need only run near the keywords.
  // Worked out when the rule first runs, so importing the catalogue stays cheap.
  let reaches: readonly (Reach | undefined)[] | undefined
  const reachesOf = () =>
    (reaches ??= patterns.map((p) => (spec.keywords ? patternReach(p, spec.keywords) : undefined)))
  return { ...base, patterns, detect: (subject) => scan(spec, copies, reachesOf(), subject) }
}

/**
 * Private copies of a rule's pattern for its scans, so no `lastIndex` is shared with anyone. A scan
 * takes the spare copy (or makes one when another scan of the same rule is still running: scans are
 * generators and could be interleaved) and gives it back when done: no copy per view, as `matchAll`
 * would make.
 */
function spareCopies(pattern: RegExp): { take: () => RegExp; give: (copy: RegExp) => void } {
  let spare: RegExp | undefined
  return {
    take: () => {
      const copy = spare ?? new RegExp(pattern.source, pattern.flags)
      spare = undefined
      return copy
    },
    give: (copy) => {
      spare = copy
    },
  }
}

function* scan(
  spec: PatternRuleSpec,
  copies: readonly ReturnType<typeof spareCopies>[],
  reaches: readonly (Reach | undefined)[],
  subject: Subject,
): Iterable<Hit> {
  const { group = 0, secret = false, headers = true, message, ignore, keywords = [] } = spec
  const res = copies.map((c) => c.take())
  try {
    for (const view of subject.views) {
      if (view.header !== undefined && !headers) continue
      for (const [p, re] of res.entries()) {
        const reach = reaches[p]
        const unicode = /[uv]/.test(re.flags)
        const places = reach && keywordPlaces(subject, view, keywords)
        const stretches = reach && places ? near(view.text, places, reach) : [whole(view.text)]
        for (const { text, offset, from, to } of stretches) {
          re.lastIndex = from
          for (let match = re.exec(text); match !== null; match = re.exec(text)) {
            if (match.index >= to) break
            // As matchAll does: step over an empty match (a whole code point in unicode mode).
            if (match[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode)
            if (ignore?.(match)) continue
            const found = match[group]
            if (found === undefined) continue
            const start = offset + match.index + (group === 0 ? 0 : match[0].indexOf(found))
            yield {
              message: typeof message === 'string' ? message : message(match),
              view,
              span: [start, start + found.length],
              secret,
            }
          }
        }
      }
    }
  } finally {
    copies.forEach((c, i) => c.give(res[i] as RegExp))
  }
}

/** A stretch of a view to scan: `text` starts at `offset` of the view; matches start in [from, to). */
interface Stretch {
  readonly text: string
  readonly offset: number
  readonly from: number
  readonly to: number
}

// The whole text: every match counts, an empty one at its very end too.
const whole = (text: string): Stretch => ({ text, offset: 0, from: 0, to: Infinity })

/** Characters of context kept around each stretch, at least: what `ignore` functions may look at. */
const margin = 64

/**
 * The stretches of `text` where a match holding a keyword that ends in one of `places` can start,
 * each with the text a match from there, and its assertions, can reach. A match of a pattern is
 * at most `reach.length` long, so it starts at most that far before the keyword ends. Matches
 * found in a stretch are exactly those a scan of the whole text finds there; when the stretches
 * cover much of the text, the whole text is scanned instead.
 */
function near(text: string, places: readonly Range[], reach: Reach): Stretch[] {
  const n = text.length
  const before = reach.length + 2
  const after = reach.length + Math.max(reach.context, margin) + 2
  const ranges: [number, number][] = []
  for (const [first, end] of places) {
    const from = Math.max(0, first - before)
    const last = ranges[ranges.length - 1]
    if (last && from <= last[1] + after) last[1] = Math.max(last[1], end)
    else ranges.push([from, end])
  }
  let covered = 0
  for (const [from, to] of ranges) covered += to - from + 2 * after
  if (covered * 2 > n) return [whole(text)]
  const keep = Math.max(reach.context, margin)
  return ranges.map(([from, to]) => {
    const start = Math.max(0, from - keep)
    const stop = Math.min(n, to + after)
    return { text: text.slice(start, stop), offset: start, from: from - start, to: to - start }
  })
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const c = text.charCodeAt(index)
  const d = text.charCodeAt(index + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1
}
