import type { Category } from './report.ts'
import type { Hit, Rule, RuleExample, Subject, TextView } from './rule.ts'
import { categories } from './report.ts'
import { Safe500Error } from './errors.ts'
import type { SuffixMatch } from './audit/suffix-matches.ts'
import { keywordMatches } from './audit/keyword-matches.ts'
import { suffixMatches } from './audit/suffix-matches.ts'
import { inViewScript } from './audit/script-code.ts'
import { hasEscapes, unescape } from './audit/unescape.ts'
import { showValue } from './format/show-value.ts'

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

/**
 * A rule given as a pattern: every match in the body (and in header values) is a hit.
 *
 * @example
 * ```ts
 * import { defineRule, type PatternRuleSpec } from 'safe500'
 * const spec: PatternRuleSpec = {
 *   id: 'acme-host', category: 'internal-address', description: 'Internal acme host names.',
 *   keywords: ['acme.internal'], pattern: /\b[a-z0-9-]{1,63}\.acme\.internal\b/g,
 *   message: 'names an internal host', headers: ['x-backend'],
 *   examples: { leaky: ['cannot reach db-1.acme.internal'], safe: ['Something went wrong'] },
 * }
 * export const acmeHost = defineRule(spec)
 * ```
 */
export interface PatternRuleSpec extends RuleBase {
  /**
   * What to find: one RegExp, or several that all give the same finding. Keep each linear-time:
   * bounded quantifiers (`{1,200}`), no nested repetition. The `g` flag is added when missing.
   * A pattern with the `d` flag may match a distinctive part first and capture, in look-behinds,
   * what stands before it (`/Error\b(?<=\b((?:Value|Key)Error))/dg`): the finding then starts
   * where the earliest group starts (`ValueError`), and the regex engine skips from one such part
   * to the next instead of trying every word.
   */
  readonly pattern: RegExp | readonly RegExp[]
  /** The finding's sentence, or a function of the match. */
  readonly message: string | ((match: RegExpExecArray) => string)
  /** Report only this capture group's range (default: the whole match). */
  readonly group?: number
  /**
   * Matches to pass over, e.g. placeholders like `example.com`. Each match is as `matchAll` gives
   * it over the whole view: `match.input` is the view's text, `match.index` where it starts; the
   * subject tells the response's status and headers (`subject.snapshot.status`).
   */
  readonly ignore?: (match: RegExpExecArray, subject: Subject) => boolean
  /** The match is a secret: excerpts mask it. */
  readonly secret?: boolean
  /**
   * Scan header values too (default true), only those of the headers named (`['x-powered-by',
   * 'via']`, in any case), or none (`false`).
   */
  readonly headers?: boolean | readonly string[]
  /**
   * Count matches in the code of a page's inline `<script>` elements (default true). `false` for
   * messages libraries carry in their own code (React's, Svelte's, date-fns'), which a page that
   * inlines such a build holds without leaking anything; JSON data blocks
   * (`type="application/json"`) are read either way.
   */
  readonly scripts?: boolean
}

/**
 * A rule given as a function of the response.
 *
 * @example
 * ```ts
 * import { defineRule, type DetectRuleSpec } from 'safe500'
 * const spec: DetectRuleSpec = {
 *   id: 'acme-debug-header', category: 'header', description: 'X-Acme-Debug is sent.',
 *   detect: ({ headers }) =>
 *     headers['x-acme-debug'] ? [{ message: 'sends X-Acme-Debug', header: 'x-acme-debug' }] : [],
 *   examples: { leaky: [{ headers: { 'x-acme-debug': 'on' } }], safe: ['Something went wrong'] },
 * }
 * export const acmeDebug = defineRule(spec)
 * ```
 */
export interface DetectRuleSpec extends RuleBase {
  readonly detect: (subject: Subject) => Iterable<Hit>
  /** Every RegExp `detect` uses (default none), so tests can prove each one linear-time. */
  readonly patterns?: readonly RegExp[]
}

const idPattern = /^[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,8}$/

/**
 * Makes a rule for `audit({ rules })` or the catalogue, from a pattern or a `detect` function.
 * Each rule carries examples it must flag (`leaky`) and must pass (`safe`); test them with
 * `checkRuleExamples(rule)`. Only cheap checks run here: the shape of the spec, and that each
 * leaky example holds one of the `keywords` (else the rule would never run on it).
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
  if (spec.keywords) checkKeywordsInExamples(spec.keywords, spec.examples.leaky, where)
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
  const reads = headerFilter(spec.headers, where)
  // Patterns whose every match holds a keyword, and is short, run only near the keywords; what a
  // pattern needs is worked out when the rule first runs, so importing the catalogue stays cheap.
  return { ...base, patterns, detect: (subject) => scan(spec, patterns, reads, subject) }
}

function* scan(
  spec: PatternRuleSpec,
  patterns: readonly RegExp[],
  reads: (header: string) => boolean,
  subject: Subject,
): Iterable<Hit> {
  const { group = 0, secret = false, message, ignore, keywords = [], scripts = true } = spec
  for (const view of subject.views) {
    if (view.header !== undefined && !reads(view.header)) continue
    for (const pattern of patterns) {
      for (const { match, start, end } of spans(subject, view, pattern, keywords)) {
        if (ignore?.(match, subject)) continue
        if (!scripts && view.header === undefined && inViewScript(subject, view, start)) continue
        const found = match[group]
        if (found === undefined) continue
        const at = group === 0 ? start : match.index + match[0].indexOf(found)
        yield {
          message: typeof message === 'string' ? message : message(match),
          view,
          span: group === 0 ? [start, end] : [at, at + found.length],
          secret,
        }
      }
    }
  }
}

/**
 * Throws unless each leaky example holds one of `keywords` (as the gate reads them: one with a
 * capital letter as written, any other in any case; in its body, unescaped or not, or in a header
 * value): a rule runs only on responses that hold one, so it could never flag that example.
 */
function checkKeywordsInExamples(
  keywords: readonly string[],
  leaky: readonly RuleExample[],
  where: string,
): void {
  // As the gate reads them: a keyword with a capital letter as written, any other in any case.
  const holds = (text: string) => {
    const lower = text.toLowerCase()
    return keywords.some((k) => (k === k.toLowerCase() ? lower : text).includes(k))
  }
  for (const [i, example] of leaky.entries()) {
    const texts =
      typeof example === 'string'
        ? [example]
        : [example?.body ?? '', ...Object.values(example?.headers ?? {})]
    if (texts.some((t) => typeof t !== 'string' || holds(t))) continue
    if (texts.some((t) => hasEscapes(t) && holds(unescape(t).text))) continue
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: leaky example ${i} (${showValue(example)}) holds none of the keywords ${showValue(keywords)}, so the rule never runs on it: add to keywords a word that every finding holds, or fix the example.`,
    )
  }
}

/** Which header values a pattern rule scans, from its `headers` option. */
function headerFilter(
  headers: PatternRuleSpec['headers'] = true,
  where: string,
): (header: string) => boolean {
  if (typeof headers === 'boolean') return () => headers
  const names: readonly unknown[] = Array.isArray(headers) ? headers : [undefined]
  if (!names.every((h) => typeof h === 'string' && h !== '')) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: headers must be true, false or a list of header names, like ['x-powered-by'].`,
    )
  }
  const read = new Set((names as readonly string[]).map((h) => h.toLowerCase()))
  return (header) => read.has(header)
}

/** Each match with its span; a pattern with the `d` flag is read suffix first (`suffixMatches`). */
function* spans(
  subject: Subject,
  view: TextView,
  pattern: RegExp,
  keywords: readonly string[],
): Iterable<SuffixMatch> {
  if (pattern.flags.includes('d')) {
    yield* suffixMatches(subject, view, pattern, keywords)
    return
  }
  for (const match of keywordMatches(subject, view, pattern, keywords))
    yield { match, start: match.index, end: match.index + match[0].length }
}
