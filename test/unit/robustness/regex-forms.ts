/**
 * Rewritings of a regex that let a ReDoS checker prove it linear-time with the engine's bounded
 * quantifiers taken into account.
 *
 * A checker run on a pattern as written flags every large bound (`[a-z]{0,200}x` scanned over a
 * long run of letters costs 200 steps per start, which it reads as a polynomial), so it cannot
 * tell such a bound from a real blow-up. Instead each pattern is split and rewritten:
 *
 * - lookarounds are taken out and checked on their own (`withoutLookarounds`): without an
 *   assertion a pattern can only try more paths, and the checker's automaton can then read it;
 * - alternations are distributed into separate, smaller patterns (`expandAlternatives`): a match
 *   attempt tries them in turn, so its cost is the sum of theirs;
 * - the attempt form (`attemptForm`) lifts large bounds, and every bound on or inside a repeated
 *   group, to unbounded, and anchors the pattern: the checker then measures one match attempt and
 *   flags nested or overlapping repetition (`(\w{1,10}\s?){1,8}`, `[\w.]{1,100}\.[\w.]{1,200}`),
 *   whose cost is a product of bounds;
 * - the search form (`searchForm`) caps large bounds: it is needed only when a pattern has an
 *   unbounded quantifier, and flags those that make the search from every start quadratic
 *   (`\s*x` over spaces).
 *
 * All safe means: each attempt costs time linear in what it reads, and what it reads is bounded,
 * so a scan is linear in the length of the text.
 */

/**
 * Bounds above this are large: lifted in the attempt form, capped in the search form.
 *
 * @example
 * ```ts
 * attemptForm('\\d{1,7}[a-z]{1,40}', '') // `\d{1,7}` stays, `[a-z]{1,40}` becomes `[a-z]+`
 * ```
 */
export const smallBound = 10

/** One quantifier of a pattern: where it is, its bounds, and the group it repeats, if any. */
interface Quantifier {
  readonly start: number
  readonly end: number
  readonly min: number
  /** Infinity when unbounded. */
  readonly max: number
  /** The `[open, close]` positions of the group it applies to. */
  readonly group: readonly [number, number] | undefined
}

const quantifierSyntax = /^(?:\*|\+|\?|\{(\d{1,9})(?:(,)(\d{0,9}))?\})/

/** The quantifiers of `source`, skipping escapes and character classes. */
function quantifiers(source: string, flags: string): Quantifier[] {
  const out: Quantifier[] = []
  const open: number[] = []
  let previousGroup: readonly [number, number] | undefined
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string
    let group: readonly [number, number] | undefined
    if (c === '\\') {
      i = escapeEnd(source, i, flags) - 1
    } else if (c === '[') {
      i = classEnd(source, i, flags.includes('v'))
    } else if (c === '(') {
      open.push(i)
      continue
    } else if (c === ')') {
      group = [open.pop() ?? 0, i]
    } else {
      const m = quantifierSyntax.exec(source.slice(i, i + 24))
      // A quantifier follows an atom; `(?` and `{` elsewhere are syntax, not repetition.
      if (m && !(c === '?' && source[i - 1] === '(')) {
        const min = m[1] === undefined ? (c === '+' ? 1 : 0) : Number(m[1])
        const max =
          c === '*' || c === '+'
            ? Infinity
            : c === '?'
              ? 1
              : m[2] === undefined
                ? min
                : m[3] === ''
                  ? Infinity
                  : Number(m[3])
        let end = i + m[0].length
        if (source[end] === '?') end++
        out.push({ start: i, end, min, max, group: previousGroup })
        i = end - 1
      }
    }
    previousGroup = group
  }
  return out
}

function escapeEnd(source: string, i: number, flags: string): number {
  const next = source[i + 1] ?? ''
  // \u{...}, \p{...}, \P{...} in unicode mode and \k<name> hold braces or brackets of their own.
  if (/[uv]/.test(flags) && 'upP'.includes(next) && source[i + 2] === '{')
    return source.indexOf('}', i + 2) + 1
  if (next === 'k' && source[i + 2] === '<') return source.indexOf('>', i + 2) + 1
  return i + 2
}

function rewrite(
  source: string,
  flags: string,
  to: (q: Quantifier, all: readonly Quantifier[]) => string | undefined,
): string {
  const all = quantifiers(source, flags)
  let out = ''
  let at = 0
  for (const q of all) {
    const replacement = to(q, all)
    if (replacement === undefined) continue
    const lazy = source[q.end - 1] === '?' && q.end - q.start > 1 ? '?' : ''
    out += source.slice(at, q.start) + replacement + lazy
    at = q.end
  }
  return out + source.slice(at)
}

function quantifierText(min: number, max: number): string {
  if (max === Infinity) return min === 0 ? '*' : min === 1 ? '+' : `{${min},}`
  return min === max ? `{${min}}` : `{${min},${max}}`
}

/**
 * True when some quantifier of `source` is unbounded (`*`, `+`, `{n,}`).
 *
 * @example
 * ```ts
 * hasUnbounded('a{1,9}b+', '') // true
 * ```
 */
export function hasUnbounded(source: string, flags: string): boolean {
  return quantifiers(source, flags).some((q) => q.max === Infinity)
}

/**
 * The pattern matched from one start (anchored), with every bound above `bound` (default
 * `smallBound`), and every repetition on or inside a repeated group, unbounded. With a bound of 1
 * every repetition is a loop: coarser (it may flag `\d{2}:?\d{2}`), but much faster to check.
 *
 * @example
 * ```ts
 * attemptForm('(?::\\d{1,7}){1,2}x{2}', 'g') // { source: '^(?:(?::\\d+)+x{2})', flags: '' }
 * ```
 */
export function attemptForm(
  source: string,
  flags: string,
  bound = smallBound,
): { source: string; flags: string } {
  const repeats = (q: Quantifier) => q.max >= 2
  const inside = (q: Quantifier, g: Quantifier) =>
    g.group !== undefined && g.group[0] < q.start && q.start < g.group[1]
  const lifted = rewrite(source, flags, (q, all) => {
    if (!repeats(q)) return undefined
    const nested =
      all.some((g) => g !== q && repeats(g) && inside(q, g)) ||
      all.some((inner) => inner !== q && repeats(inner) && inside(inner, q))
    if (q.max <= bound && !nested) return undefined
    return quantifierText(Math.min(q.min, 1), Infinity)
  })
  // Anchored with ^ rather than the sticky flag, which the checker reads as repeated matching.
  return { source: `^(?:${lifted})`, flags: flags.replace(/[gy]/g, '') }
}

/**
 * The pattern with every bound capped at `smallBound` (unbounded quantifiers stay).
 *
 * @example
 * ```ts
 * searchForm('\\s*[a-z]{2,40}', 'g') // { source: '\\s*[a-z]{2,10}', flags: 'g' }
 * ```
 */
export function searchForm(source: string, flags: string): { source: string; flags: string } {
  return {
    source: rewrite(source, flags, (q) =>
      q.max === Infinity || q.max <= smallBound
        ? undefined
        : quantifierText(Math.min(q.min, smallBound), smallBound),
    ),
    flags,
  }
}

/**
 * The top-level alternatives of a pattern (`a|b(c|d)` gives `a` and `b(c|d)`).
 *
 * @example
 * ```ts
 * alternatives('foo|ba(r|z)') // ['foo', 'ba(r|z)']
 * ```
 */
export function alternatives(source: string, flags = ''): string[] {
  const out: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i = escapeEnd(source, i, flags) - 1
    else if (c === '[') i = classEnd(source, i, flags.includes('v'))
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i))
      from = i + 1
    }
  }
  out.push(source.slice(from))
  return out
}

/**
 * The alternatives of a pattern with alternations distributed: `a(?:b|c)d|e` gives `a(?:b)d`,
 * `a(?:c)d` and `e`. Only groups in an alternative's top-level sequence that match at most once
 * (no quantifier, or `?`) are distributed, so the strings and backtracking paths are the same,
 * split among smaller patterns. Stops at about `limit` patterns. Patterns with backreferences are
 * only split at the top level.
 *
 * @example
 * ```ts
 * expandAlternatives('a(?:b|c)d|e', '') // ['a(?:b)d', 'a(?:c)d', 'e']
 * ```
 */
export function expandAlternatives(source: string, flags: string, limit = 64): string[] {
  const done: string[] = []
  let todo = alternatives(source, flags)
  if (/\\(?:[1-9]|k<)/.test(source)) return todo
  while (todo.length > 0) {
    const alt = todo.shift() as string
    const group = firstAlternation(alt, flags)
    if (!group || done.length + todo.length + group.options.length > limit) {
      done.push(alt)
      continue
    }
    const { start, end, open, options, optional } = group
    const variants = options.map((o) => `${alt.slice(0, start)}${open}${o})${alt.slice(end)}`)
    if (optional) variants.push(alt.slice(0, start) + alt.slice(end))
    todo = [...variants, ...todo]
  }
  return [...new Set(done)]
}

/** The first group of `alt`'s top-level sequence that holds an alternation and matches at most once. */
function firstAlternation(
  alt: string,
  flags: string,
): { start: number; end: number; open: string; options: string[]; optional: boolean } | undefined {
  const nested = flags.includes('v')
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]
    if (c === '\\') i = escapeEnd(alt, i, flags) - 1
    else if (c === '[') i = classEnd(alt, i, nested)
    else if (c === '(') {
      const close = groupEnd(alt, i, flags)
      const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(alt.slice(i))?.[0] ?? '('
      // Lookarounds and modifier groups, `(?=`, `(?i:`, are left whole.
      const plain = open !== '(' || alt[i + 1] !== '?'
      const after = alt.slice(close + 1, close + 3)
      const optional = after.startsWith('?')
      const once = optional || !/^[*+{]/.test(after)
      if (plain && once) {
        const options = alternatives(alt.slice(i + open.length, close), flags)
        if (options.length > 1)
          return {
            start: i,
            end: close + 1 + (optional ? (after === '??' ? 2 : 1) : 0),
            open,
            options,
            optional,
          }
        // A group of one alternative that matches at most once: look inside it.
        i += open.length - 1
        continue
      }
      i = close
    }
  }
  return undefined
}

/**
 * The pattern without its lookarounds, and their bodies. Without an assertion a pattern can only
 * try more paths, never fewer, and a lookaround is tried once per position and never backtracked
 * into, so when the stripped pattern and each body (as an attempt of its own) are linear, so is
 * the pattern. Stripped, a pattern is one the checker's automaton can read (lookarounds would send
 * it to its slower, timing-dependent fuzzer).
 *
 * @example
 * ```ts
 * withoutLookarounds('(?<![\\w.])foo(?=\\()', '') // { source: 'foo', bodies: ['[\\w.]', '\\('] }
 * ```
 */
export function withoutLookarounds(
  source: string,
  flags: string,
): { source: string; bodies: string[] } {
  const bodies: string[] = []
  let out = ''
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string
    if (c === '\\') {
      const end = escapeEnd(source, i, flags)
      out += source.slice(i, end)
      i = end - 1
    } else if (c === '[') {
      const end = classEnd(source, i, flags.includes('v'))
      out += source.slice(i, end + 1)
      i = end
    } else if (c === '(' && /^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4))) {
      const close = groupEnd(source, i, flags)
      bodies.push(source.slice(i + (source[i + 2] === '<' ? 4 : 3), close))
      i = close
      // A quantifier on a lookaround goes with it.
      const q = /^(?:[*+?]|\{\d{1,9}(?:,\d{0,9})?\})\??/.exec(source.slice(i + 1, i + 24))
      if (q) i += q[0].length
    } else out += c
  }
  return { source: out, bodies }
}

function classEnd(source: string, start: number, nested: boolean): number {
  let depth = 0
  for (let j = start; j < source.length; j++) {
    const d = source[j]
    if (d === '\\') j++
    else if (d === '[' && (depth === 0 || nested)) depth++
    else if (d === ']' && --depth === 0) return j
  }
  return source.length - 1
}

function groupEnd(source: string, start: number, flags: string): number {
  let depth = 0
  for (let j = start; j < source.length; j++) {
    const d = source[j]
    if (d === '\\') j = escapeEnd(source, j, flags) - 1
    else if (d === '[') j = classEnd(source, j, flags.includes('v'))
    else if (d === '(') depth++
    else if (d === ')' && --depth === 0) return j
  }
  return source.length - 1
}

/**
 * The pattern with each group of plain alternatives (`(?:nginx|Apache|Jetty)`: characters,
 * escapes and classes, no repetition, no assertion) that is not repeated (nor inside a repeated
 * group) replaced by a class of all their characters, repeated between the shortest and the longest
 * length: `(?:[nginxApchJty]{5,6})`. That matches more, so it can only add paths; a finite list of
 * words outside any loop adds no growing ambiguity of its own, and the checker's automaton stays
 * small (a list of forty words makes it time out).
 *
 * @example
 * ```ts
 * abstractWordLists('\\b(?:nginx|Apache)\\/[\\d.]+', '') // '\\b(?:[nginxApache]{5,6})\\/[\\d.]+'
 * ```
 */
export function abstractWordLists(source: string, flags: string): string {
  const all = quantifiers(source, flags)
  const repeatedSpans = all
    .filter((q) => q.max >= 2 && q.group)
    .map((q) => q.group as [number, number])
  let out = ''
  let at = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i = escapeEnd(source, i, flags) - 1
    else if (c === '[') i = classEnd(source, i, flags.includes('v'))
    else if (c === '(') {
      const close = groupEnd(source, i, flags)
      const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(i))?.[0] ?? '('
      const plain = open !== '(' || source[i + 1] !== '?'
      const repeated = repeatedSpans.some(([s, e]) => s <= i && close <= e)
      const words =
        plain && !repeated ? wordList(source.slice(i + open.length, close), flags) : undefined
      if (words) {
        out += `${source.slice(at, i)}${open}[${words.chars}]{${words.min},${words.max}})`
        at = close + 1
        i = close
      }
    }
  }
  return out + source.slice(at)
}

/** For `a|bc|[de]f`: the characters as class content and the shortest and longest lengths. */
function wordList(
  inner: string,
  flags: string,
): { chars: string; min: number; max: number } | undefined {
  const options = alternatives(inner, flags)
  if (options.length < 2) return undefined
  let chars = ''
  let min = Infinity
  let max = 0
  for (const option of options) {
    let length = 0
    for (let i = 0; i < option.length; i++) {
      const c = option[i] as string
      if (c === '\\') {
        const end = escapeEnd(option, i, flags)
        const escape = option.slice(i, end)
        // Assertions, backreferences and property escapes are not single characters.
        if (/^\\[bBk1-9pP]/.test(escape)) return undefined
        chars += escape
        i = end - 1
      } else if (c === '[') {
        const end = classEnd(option, i, flags.includes('v'))
        if (option[i + 1] === '^' || flags.includes('v')) return undefined
        chars += option.slice(i + 1, end)
        i = end
      } else if ('()|*+?{}.^$'.includes(c)) return undefined
      else chars += /[\]\\^-]/.test(c) ? `\\${c}` : c
      length++
    }
    min = Math.min(min, length)
    max = Math.max(max, length)
  }
  return { chars, min, max }
}
