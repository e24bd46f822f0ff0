/** How far a pattern's matches can reach from a keyword they contain. */
export interface Reach {
  /** Longest match, in UTF-16 code units. */
  readonly length: number
  /** Characters beyond a match that its assertions (`\b`, `^`, lookarounds) look at. */
  readonly context: number
  /**
   * How far into a match a keyword it holds ends, at most: every match holds one that ends no
   * further than this from its start. A match starts at most this far before a keyword's end.
   */
  readonly lead: number
  /**
   * The keywords the proof rests on, a part of those given: every match holds one of these, and
   * `lead` is where such a one ends. A scan need look only where one of these stands.
   */
  readonly keywords: readonly string[]
}

/** What the analysis knows of a part of a pattern. */
interface Info {
  readonly min: number
  readonly max: number
  /** Every string the part matches, when few; `''` for assertions. */
  readonly exact: readonly string[] | null
  /** Every match starts with one of these. */
  readonly prefix: readonly string[] | null
  /** Every match ends with one of these. */
  readonly suffix: readonly string[] | null
  /** The keywords of which every match holds one; null when that is not shown. */
  readonly held: Held
  /** When held: every match holds one of them that ends at most this far from its start. */
  readonly lead: number
  /** How far assertions in the part look beyond it. */
  readonly context: number
}

/** Keywords, of which every match of a part holds one; null when not shown. */
type Held = readonly string[] | null

/**
 * When every string of the set holds a keyword: the keywords they hold (the first each holds, of
 * those given); null otherwise.
 */
type Holds = (set: readonly string[] | null) => Held

/** Most strings a set may hold before the analysis lets it go. */
const maxStrings = 256
/** Classes of at most this many characters are kept as alternatives. */
const maxClass = 16

class Unsupported extends Error {}

/**
 * Proves, from its source, that every match of `pattern` contains one of `keywords` (compared as
 * the keyword gate compares them: in the lower-cased text) and is of bounded length, and says how
 * long and how far its assertions look, and which of the keywords it needs. Such a pattern need
 * only be run near the places where one of those occurs. Gives undefined when that cannot be
 * shown (an unbounded quantifier, a backreference, an alternative without a keyword).
 *
 * @example
 * ```ts
 * patternReach(/\bselect \w{1,64} from\b/gi, ['select', 'update']) // { length: 76, context: 1, lead: 7, keywords: ['select'] }
 * patternReach(/\w{1,10}=\d{1,5}/g, ['=']) // { length: 16, context: 0, lead: 11, keywords: ['='] }
 * patternReach(/[A-Z]{2,8}/g, ['error']) // undefined: a match need not hold the keyword
 * ```
 */
export function patternReach(pattern: RegExp, keywords: readonly string[]): Reach | undefined {
  if (keywords.length === 0) return undefined
  // Literals are kept in lower case under the i flag, as written otherwise: a keyword with a
  // capital letter, found only as written, can be shown to hold only in the second case.
  const ignoreCase = pattern.flags.includes('i')
  // The same strings come up again and again, in the sets of a part and of the parts around it.
  const known = new Map<string, string | null>()
  const keywordOf = (s: string): string | null => {
    let held = known.get(s)
    if (held === undefined) {
      const lower = s.toLowerCase()
      held =
        keywords.find((k) =>
          k === k.toLowerCase() ? lower.includes(k) : !ignoreCase && s.includes(k),
        ) ?? null
      known.set(s, held)
    }
    return held
  }
  const holds: Holds = (set) => {
    if (set === null || set.length === 0) return null
    const held = new Set<string>()
    for (const s of set) {
      const k = keywordOf(s)
      if (k === null) return null
      held.add(k)
    }
    return [...held]
  }
  const info = analyse(pattern, holds)
  if (!info?.held) return undefined
  const unit = unitOf(pattern)
  return {
    length: info.max * unit,
    context: info.context * unit,
    lead: info.lead * unit,
    keywords: keywords.filter((k) => info.held?.includes(k)),
  }
}

let analyses = 0

/**
 * How many patterns were analysed since the process started (by `patternReach` or
 * `patternExtent`): the analysis costs far more than a scan of a short text.
 *
 * @example
 * ```ts
 * const before = patternAnalyses()
 * patternReach(/\bselect \w{1,64} from\b/gi, ['select'])
 * patternAnalyses() - before // 1
 * ```
 */
export function patternAnalyses(): number {
  return analyses
}

/** What the analysis knows of a whole pattern, when it is read and bounded. */
function analyse(pattern: RegExp, holds: Holds): Info | undefined {
  analyses++
  let info: Info
  try {
    info = new Parser(pattern.source, pattern.flags, holds).parse()
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
  return Number.isFinite(info.max) ? info : undefined
}

/** In unicode mode a character may take two code units. */
const unitOf = (pattern: RegExp) => (/[uv]/.test(pattern.flags) ? 2 : 1)

/**
 * The longest match of `pattern` and how far its assertions look beyond a match, read from its
 * source; undefined when a quantifier is unbounded (or the source cannot be read). A match that
 * starts at `i` is found in `text.slice(i, i + length + context)` as in the whole text, given the
 * `context` characters before `i` too.
 *
 * @example
 * ```ts
 * patternExtent(/\bdef \w{1,100}\(/g) // { length: 105, context: 1 }
 * patternExtent(/a+/g) // undefined
 * ```
 */
export function patternExtent(pattern: RegExp): { length: number; context: number } | undefined {
  const info = analyse(pattern, () => null)
  if (!info) return undefined
  const unit = unitOf(pattern)
  return { length: info.max * unit, context: info.context * unit }
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > maxStrings) return null
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))]
}

function union(sets: readonly (readonly string[] | null)[]): string[] | null {
  if (sets.some((s) => s === null)) return null
  const all = [...new Set(sets.flatMap((s) => s as readonly string[]))]
  return all.length > maxStrings ? null : all
}

const nonEmpty = (set: readonly string[] | null) =>
  set && set.length > 0 && set.every((s) => s !== '') ? set : null

function atom(exact: readonly string[] | null, holds: Holds, min = 1, max = 1, context = 0): Info {
  return {
    min,
    max,
    exact,
    prefix: nonEmpty(exact),
    suffix: nonEmpty(exact),
    held: holds(exact),
    context,
    lead: max,
  }
}

function concat(a: Info, b: Info, holds: Holds): Info {
  const exact = a.exact && b.exact ? cross(a.exact, b.exact) : null
  const prefix = nonEmpty(
    a.exact ? (b.prefix ? cross(a.exact, b.prefix) : nonEmpty(a.exact)) : a.prefix,
  )
  const suffix = nonEmpty(
    b.exact ? (a.suffix ? cross(a.suffix, b.exact) : nonEmpty(b.exact)) : b.suffix,
  )
  // A keyword may stand across the join: the end of one part and the start of the next.
  const joined = a.suffix && b.prefix ? cross(a.suffix, b.prefix) : null
  return {
    min: a.min + b.min,
    max: a.max + b.max,
    exact,
    prefix,
    suffix,
    held: a.held ?? b.held ?? holds(exact) ?? holds(prefix) ?? holds(suffix) ?? holds(joined),
    context: Math.max(a.context, b.context),
    // The keyword of the first part, or of the second after all of the first; held across the
    // join or by the whole, it ends within the whole.
    lead: a.held ? a.lead : b.held ? a.max + b.lead : a.max + b.max,
  }
}

function alternate(parts: readonly Info[]): Info {
  return {
    min: Math.min(...parts.map((p) => p.min)),
    max: Math.max(...parts.map((p) => p.max)),
    exact: union(parts.map((p) => p.exact)),
    prefix: nonEmpty(union(parts.map((p) => p.prefix))),
    suffix: nonEmpty(union(parts.map((p) => p.suffix))),
    held: parts.every((p) => p.held) ? [...new Set(parts.flatMap((p) => p.held ?? []))] : null,
    context: Math.max(...parts.map((p) => p.context)),
    lead: Math.max(...parts.map((p) => p.lead)),
  }
}

function repeat(x: Info, min: number, max: number, holds: Holds): Info {
  const upper = max === Infinity ? (x.max === 0 ? 0 : Infinity) : x.max * max
  let exact: readonly string[] | null = null
  if (x.exact && min === max && min <= 4) {
    exact = ['']
    for (let i = 0; i < min && exact; i++) exact = cross(exact, x.exact)
  } else if (x.exact && min === 0 && max === 1) {
    exact = union([x.exact, ['']])
  }
  const some = min >= 1
  return {
    min: x.min * min,
    max: upper,
    exact,
    prefix: some ? (x.prefix ?? nonEmpty(x.exact)) : nonEmpty(exact),
    suffix: some ? (x.suffix ?? nonEmpty(x.exact)) : nonEmpty(exact),
    held: (some ? x.held : null) ?? holds(exact),
    context: x.context,
    // The first repetition's keyword; or one of the whole.
    lead: some && x.held ? x.lead : upper,
  }
}

/** A recursive-descent reader of RegExp source, for the analysis above. */
class Parser {
  private at = 0
  private readonly source: string
  private readonly ignoreCase: boolean
  private readonly holds: Holds

  constructor(source: string, flags: string, holds: Holds) {
    this.source = source
    this.ignoreCase = flags.includes('i')
    this.holds = holds
  }

  private atom(exact: readonly string[] | null, min = 1, max = 1, context = 0): Info {
    return atom(exact, this.holds, min, max, context)
  }

  private assertion(context: number): Info {
    return atom([''], this.holds, 0, 0, context)
  }

  parse(): Info {
    const info = this.alternation()
    if (this.at < this.source.length) throw new Unsupported('unbalanced )')
    return info
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? ''
  }

  private alternation(): Info {
    const parts = [this.sequence()]
    while (this.peek() === '|') {
      this.at++
      parts.push(this.sequence())
    }
    return parts.length === 1 ? (parts[0] as Info) : alternate(parts)
  }

  private sequence(): Info {
    let info = this.assertion(0)
    // A run of plain characters is joined as one string first: the sets stay small and few.
    let run = ''
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.quantified()
      const only = item.exact?.length === 1 ? (item.exact[0] as string) : undefined
      if (
        only !== undefined &&
        only.length === item.max &&
        item.min === item.max &&
        item.context === 0
      ) {
        run += only
        continue
      }
      if (run !== '') info = concat(info, this.atom([run], run.length, run.length), this.holds)
      run = ''
      info = concat(info, item, this.holds)
    }
    return run === '' ? info : concat(info, this.atom([run], run.length, run.length), this.holds)
  }

  private quantified(): Info {
    const start = this.at
    const item = this.term()
    const lookaround = this.source.startsWith('(?=', start) || this.source.startsWith('(?!', start)
    const q = this.quantifier()
    if (!q) return item
    if (lookaround || item.max === 0) return item
    return repeat(item, q[0], q[1], this.holds)
  }

  private quantifier(): [number, number] | undefined {
    const c = this.peek()
    let q: [number, number] | undefined
    if (c === '*') q = [0, Infinity]
    else if (c === '+') q = [1, Infinity]
    else if (c === '?') q = [0, 1]
    if (q) this.at++
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at, this.at + 24))
      if (!m) return undefined
      const min = Number(m[1])
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])]
      this.at += m[0].length
    }
    if (q && this.peek() === '?') this.at++
    return q
  }

  private term(): Info {
    const c = this.peek()
    this.at++
    switch (c) {
      case '^':
      case '$':
        return this.assertion(1)
      case '.':
        return this.atom(null)
      case '(':
        return this.group()
      case '[':
        return this.characterClass()
      case '\\':
        return this.escape()
      default:
        return this.literal(c)
    }
  }

  // Under the i flag a literal stands for its lower case: the sets are only ever compared with
  // keywords in lower case, so keeping one form keeps them small.
  private literal(c: string): Info {
    return this.atom([this.fold(c)])
  }

  private fold(c: string): string {
    const lower = c.toLowerCase()
    return this.ignoreCase && lower.length === 1 ? lower : c
  }

  private group(): Info {
    let look: 'ahead' | 'behind' | undefined
    if (this.peek() === '?') {
      const next = this.peek(1)
      if (next === ':') this.at += 2
      else if (next === '=' || next === '!') {
        this.at += 2
        look = 'ahead'
      } else if (next === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) {
        this.at += 3
        look = 'behind'
      } else if (next === '<') {
        const close = this.source.indexOf('>', this.at)
        if (close === -1) throw new Unsupported('bad group name')
        this.at = close + 1
      } else throw new Unsupported('group modifiers')
    }
    const inner = this.alternation()
    if (this.peek() !== ')') throw new Unsupported('unclosed group')
    this.at++
    if (look) {
      if (!Number.isFinite(inner.max)) throw new Unsupported('unbounded lookaround')
      return this.assertion(Math.max(inner.max, inner.context) + 1)
    }
    return inner
  }

  private characterClass(): Info {
    const negated = this.peek() === '^'
    if (negated) this.at++
    const chars = new Set<string>()
    let large = negated
    let first = true
    while (this.at < this.source.length && (this.peek() !== ']' || first)) {
      first = false
      const from = this.classAtom()
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.at++
        const to = this.classAtom()
        if (from === null || to === null) {
          large = true
          continue
        }
        const a = from.charCodeAt(0)
        const b = to.charCodeAt(0)
        if (b - a + 1 > maxClass) large = true
        else for (let x = a; x <= b; x++) chars.add(String.fromCharCode(x))
      } else if (from === null) large = true
      else chars.add(from)
    }
    if (this.peek() !== ']') throw new Unsupported('unclosed class')
    this.at++
    if (large) return this.atom(null)
    const all = new Set([...chars].map((ch) => this.fold(ch)))
    return this.atom(all.size > maxClass ? null : [...all])
  }

  /** One character of a class, or null for a class escape (`\w`, `\d`, ...). */
  private classAtom(): string | null {
    const c = this.peek()
    this.at++
    if (c !== '\\') return c
    const e = this.peek()
    this.at++
    if ('dDwWsSpP'.includes(e)) {
      if ((e === 'p' || e === 'P') && this.peek() === '{')
        this.at = this.source.indexOf('}', this.at) + 1
      return null
    }
    if (e === 'b') return '\b'
    return this.escapedCharacter(e)
  }

  private escape(): Info {
    const e = this.peek()
    this.at++
    if (e === 'b' || e === 'B') return this.assertion(1)
    // A digit is one of ten: few enough to join the literals around it (`#\d` holds `#0`).
    if (e === 'd') return this.atom([...'0123456789'])
    if ('DwWsS'.includes(e)) return this.atom(null)
    if (e === 'p' || e === 'P') {
      if (this.peek() === '{') this.at = this.source.indexOf('}', this.at) + 1
      return this.atom(null)
    }
    if (e === 'k' || (e >= '1' && e <= '9')) throw new Unsupported('backreference')
    return this.literal(this.escapedCharacter(e))
  }

  /** The character an escape stands for, the backslash and `e` already read. */
  private escapedCharacter(e: string): string {
    const simple: Record<string, string> = {
      n: '\n',
      r: '\r',
      t: '\t',
      f: '\f',
      v: '\v',
      '0': '\0',
    }
    if (e in simple) return simple[e] as string
    if (e === 'x' || e === 'u') {
      if (e === 'u' && this.peek() === '{') {
        const close = this.source.indexOf('}', this.at)
        const code = Number.parseInt(this.source.slice(this.at + 1, close), 16)
        this.at = close + 1
        return String.fromCodePoint(code)
      }
      const digits = e === 'x' ? 2 : 4
      const hex = this.source.slice(this.at, this.at + digits)
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === digits) {
        this.at += digits
        return String.fromCharCode(Number.parseInt(hex, 16))
      }
      return e
    }
    if (e === 'c') throw new Unsupported('control escape')
    return e
  }
}
