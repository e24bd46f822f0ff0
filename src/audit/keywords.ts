import type { Rule, Subject, TextView } from '../rule.ts'
import { escapeRegExp } from './escape-regexp.ts'
import { unescapingOf } from './subject.ts'

/**
 * Many keywords as one Aho-Corasick automaton: a table over character classes, whose rows are
 * filled as scans first enter their states.
 */
interface Automaton {
  /** Class of each UTF-16 code unit; 0 is any character no keyword has. */
  readonly classOf: Uint8Array
  readonly classes: number
  /**
   * Next state (premultiplied by `classes`) per state and class; negative: that state ends words,
   * or its row is not filled yet (`enter` fills it).
   */
  readonly delta: Int32Array
  /** Indexes of the words that end at each state (divided by `classes`) whose row is filled. */
  readonly ends: readonly (readonly number[] | undefined)[]
  /** Fills the row of `state` (premultiplied), when not yet done, and gives the words ending there. */
  readonly enter: (state: number) => readonly number[]
  readonly iClass: number
}

/** Above this many words, one automaton pass beats one regex search per word. */
const literalLimit = 24
/** The two characters that lower-case to ASCII: the dotted capital I and the Kelvin sign. */
const foldsToAscii = /[\u0130\u212a]/

/** Which rules to run on a response: those without keywords, and those with one that occurs. */
export interface KeywordGate {
  /** For each rule, in order: true when it should run on these views. */
  readonly open: (views: readonly TextView[]) => boolean[]
  /** `open`, and where in each view the keywords stand. */
  readonly scan: (views: readonly TextView[]) => GateScan
}

/** What one pass of the gate over a response's views found. */
export interface GateScan {
  /** For each rule, in order: true when it should run. */
  readonly runs: readonly boolean[]
  /**
   * Where any of `keywords` ends in `view` (the index after its last character), as ranges
   * `[first, last]` sorted by `first`: a keyword ends at `first` and at `last`, and may end
   * anywhere between; every place one ends is in a range. Undefined when that is not known (a
   * keyword the pass does not place).
   */
  readonly places: (view: TextView, keywords: readonly string[]) => readonly Range[] | undefined
  /**
   * True when one of `keywords` occurs in `view`, false when none does, as the pass saw them;
   * undefined when that is not known. What `places` says without making the ranges.
   */
  readonly holds: (view: TextView, keywords: readonly string[]) => boolean | undefined
}

/** Places a keyword ends at, `[first, last]`: at both, maybe between. */
export type Range = readonly [first: number, last: number]

/**
 * Places of one keyword this close are kept as one range, so a keyword that stands everywhere
 * costs a range per stretch of text, not a number per place.
 */
const joinGap = 64

/** What the gate found on the subject being audited. */
export interface Noted {
  readonly subject: Subject | undefined
  readonly found: GateScan | undefined
}

// The scan of the subject being audited is all there is to keep: an audit started inside another
// (by a rule) notes its own and puts the outer one back when it ends. Asked about any other
// subject, the answer is "not known".
let noted: Noted = { subject: undefined, found: undefined }

/**
 * Keeps what the gate found on `subject`, for `keywordPlaces`, until its audit ends; gives what
 * was noted before, for `forgetPlaces` to put back.
 *
 * @example
 * ```ts
 * const found = keywordGate(rules).scan(subject.views)
 * notePlaces(subject, found)
 * ```
 */
export function notePlaces(subject: Subject, found: GateScan): Noted {
  const before = noted
  noted = { subject, found }
  return before
}

/**
 * Lets go of the subject `notePlaces` kept, once its audit is over, so its body is not held; puts
 * back what was noted before it (an outer audit's), when given.
 *
 * @example
 * ```ts
 * const before = notePlaces(subject, found)
 * try { run(subject) } finally { forgetPlaces(before) }
 * ```
 */
export function forgetPlaces(before: Noted = { subject: undefined, found: undefined }): void {
  noted = before
}

/**
 * Where any of `keywords` ends in `view` of `subject`, as ranges sorted by where they start (see
 * `GateScan.places`), as the keyword gate of the rules now running saw it; undefined when not
 * known.
 *
 * @example
 * ```ts
 * const ends = keywordPlaces(subject, view, ['select']) // [[1042, 1042], [5310, 5400]]
 * ```
 */
export function keywordPlaces(
  subject: Subject,
  view: TextView,
  keywords: readonly string[],
): readonly Range[] | undefined {
  return scanOf(subject)?.places(view, keywords)
}

/**
 * True when one of `keywords` stands in `view` of `subject`, false when none does, as the keyword
 * gate of the rules now running saw it; undefined when not known. Cheaper than `keywordPlaces`.
 *
 * @example
 * ```ts
 * if (keywordsIn(subject, view, ['select']) === false) return // no SELECT here
 * ```
 */
export function keywordsIn(
  subject: Subject,
  view: TextView,
  keywords: readonly string[],
): boolean | undefined {
  return scanOf(subject)?.holds(view, keywords)
}

function scanOf(subject: Subject): GateScan | undefined {
  return noted.subject === subject ? noted.found : undefined
}

// Audits ask again and again with the same rules: keep the gates of the last few rule lists.
// A frozen list (the catalogue) is kept as given and found by identity; any other is copied, as it
// may change, and compared rule by rule.
const gates: Kept[] = []
const gateLimit = 8

/**
 * The keyword pre-check of a list of rules, compiled once per list: a rule runs when one of its
 * keywords occurs in a view, exactly as `view.lower.includes(keyword)` would say (the text
 * lower-cased), or for a keyword with a capital letter `view.text.includes(keyword)`. Few keywords are looked for one by one with case-insensitive literal regexes
 * (which skip through the text); many go into one automaton that finds them all in a single pass
 * over each view. Neither needs a lower-cased copy of the text.
 *
 * @example
 * ```ts
 * const runs = keywordGate(rules).open(subject.views)
 * rules.filter((_, i) => runs[i])
 * ```
 */
export function keywordGate(rules: readonly Rule[]): KeywordGate {
  const known =
    gates.find((g) => g.rules === rules) ??
    gates.find((g) => g.rules.length === rules.length && startsWith(rules, g.rules))
  if (known) return used(known).gate
  // Rules added to a list already compiled (the catalogue and a few rules of a test's own, made
  // anew for each call): the compiled list's gate, and a small one for the rest. Compiling the
  // catalogue's automaton again would take milliseconds per call.
  let base: Kept | undefined
  let shared = 0
  for (const g of gates) {
    if (g.rules.length < rules.length && g.rules.length > (base?.rules.length ?? 0))
      if (startsWith(rules, g.rules)) base = g
    shared = Math.max(shared, Math.min(sharedLength(rules, g.rules), rules.length - 1))
  }
  // A list that shares most of its rules with one compiled before compiles the shared part once,
  // for the next lists to start from.
  if (!base && shared * 2 > rules.length) {
    const prefix = rules.slice(0, shared)
    base = keep(prefix, compileGate(prefix))
  }
  const gate = base
    ? joinGates(used(base).gate, base.rules.length, keywordGate(rules.slice(base.rules.length)))
    : compileGate(rules)
  return keep(rules, gate).gate
}

/** A compiled gate and the list it was compiled for. */
interface Kept {
  readonly rules: readonly Rule[]
  readonly gate: KeywordGate
}

/** Keeps a gate as the last used, letting go of the least recently used past the limit. */
function keep(rules: readonly Rule[], gate: KeywordGate): Kept {
  if (gates.length >= gateLimit) gates.shift()
  const kept = { rules: Object.isFrozen(rules) ? rules : [...rules], gate }
  gates.push(kept)
  return kept
}

/** True when `rules` begins with every rule of `prefix`, in order. */
function startsWith(rules: readonly Rule[], prefix: readonly Rule[]): boolean {
  return prefix.every((r, i) => r === rules[i])
}

/** How many rules two lists share from their start. */
function sharedLength(a: readonly Rule[], b: readonly Rule[]): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/** Marks a kept gate as the last used, so the gates in use are the last to be let go. */
function used(entry: Kept): Kept {
  const at = gates.indexOf(entry)
  if (at !== -1 && at !== gates.length - 1) gates.push(...gates.splice(at, 1))
  return entry
}

/**
 * The gate of a list made of `first`'s rules (`count` of them) then `rest`'s. Where a keyword
 * stands is a fact of the text, so whichever gate knows all of a list's keywords answers for it.
 */
function joinGates(first: KeywordGate, count: number, rest: KeywordGate): KeywordGate {
  const scan = (views: readonly TextView[]): GateScan => {
    const a = first.scan(views)
    const b = rest.scan(views)
    return {
      runs: [...a.runs.slice(0, count), ...b.runs],
      places: (view, keywords) => a.places(view, keywords) ?? b.places(view, keywords),
      holds: (view, keywords) => a.holds(view, keywords) ?? b.holds(view, keywords),
    }
  }
  return { open: (views) => [...scan(views).runs], scan }
}

function compileGate(rules: readonly Rule[]): KeywordGate {
  const ascii = new Set<string>()
  const other = new Set<string>()
  for (const rule of rules)
    for (const k of rule.keywords ?? []) (isLowerAscii(k) ? ascii : other).add(k)
  const words = [...ascii].sort()
  const others = [...other]
  // A keyword with a capital letter is found only as written. One of caseless characters stands in
  // the lower-cased text where it stands in the text, so the lower-cased copy is made only for
  // lower-case keywords with cased characters.
  const inText = others.map((k) => k !== k.toLowerCase() || caseless(k))
  // Keywords with characters beyond ASCII (translated messages) are looked for only in a view that
  // holds all of their characters beyond ASCII, which one search of the view lists: searched for
  // one by one in every view, a few hundred of them took longer than the rest of an audit.
  const otherWords = others.map((k, i) => ({
    k,
    w: words.length + i,
    asWritten: inText[i] as boolean,
    chars: beyondAscii(k),
  }))
  const narrowWords = otherWords.filter((o) => o.chars.length === 0)
  const wideWords = otherWords.filter((o) => o.chars.length > 0)
  const index = new Map([...words, ...others].map((w, i) => [w, i]))
  // Which rules each keyword opens; rules without keywords always run.
  const always = rules.map((rule) => rule.keywords === undefined)
  const opens: number[][] = Array.from({ length: index.size }, () => [])
  rules.forEach((rule, r) => {
    for (const k of rule.keywords ?? []) opens[index.get(k) as number]?.push(r)
  })
  // Made only for the few words looked for one by one.
  const literals =
    words.length > literalLimit ? [] : words.map((w) => new RegExp(escapeRegExp(w), 'i'))
  let automaton = words.length > literalLimit ? build(words) : undefined
  const seen = new Uint8Array(words.length + others.length)
  // Rules ask with the same lists again and again: each list's word indexes (-1: not a keyword
  // of these rules), worked out once.
  const lists = new WeakMap<readonly string[], Int32Array>()
  const indexesOf = (keywords: readonly string[]): Int32Array => {
    let ws = lists.get(keywords)
    if (!ws) lists.set(keywords, (ws = Int32Array.from(keywords, (k) => index.get(k) ?? -1)))
    return ws
  }
  let last: Found = { seen, hits: [] }
  const scanViews = (views: readonly TextView[]): GateScan => {
    // One buffer serves every scan of this gate: the words the last scan marked are cleared.
    for (const w of last.hits) seen[w] = 0
    const found: Found = (last = { seen, hits: [] })
    // Places are kept only by the automaton, which visits every character anyway.
    const placed = new Map<TextView, Places>()
    // The views read with literal regexes: a word none of them held stands in none.
    const searched = new Set<TextView>()
    // The automaton reads an unescaped view in the same pass as the body it was made from: where
    // the two hold the same text and the automaton is in the same state in both, one step serves
    // both.
    let pair: { body: TextView; view: TextView; segments: Int32Array } | undefined
    if (automaton !== undefined) {
      for (const view of views) {
        const unescaping = unescapingOf(view)
        if (unescaping && views.includes(unescaping.source))
          pair = { body: unescaping.source, view, segments: unescaping.segments }
      }
    }
    for (const view of views) {
      if (view === pair?.view) continue
      const { text } = view
      // Literal regexes ignore case as toUpperCase does, which differs from lower-casing only
      // for these two characters; the automaton handles them.
      if (automaton === undefined && !foldsToAscii.test(text)) {
        searched.add(view)
        for (let w = 0; w < literals.length && found.hits.length < words.length; w++) {
          if (seen[w] === 0 && (literals[w] as RegExp).test(text)) note(found, w)
        }
        continue
      }
      automaton ??= build(words)
      const places: Places = new Map()
      placed.set(view, places)
      if (view !== pair?.body) {
        scan(automaton, text, found, places)
        continue
      }
      const pairPlaces: Places = new Map()
      placed.set(pair.view, pairPlaces)
      scanPair(
        automaton,
        { text, places },
        { segments: pair.segments, text: pair.view.text, places: pairPlaces },
        found,
      )
    }
    for (const { k, w, asWritten } of narrowWords)
      if (views.some((view) => (asWritten ? view.text : view.lower).includes(k))) note(found, w)
    for (const view of wideWords.length > 0 ? views : []) {
      if (!nonAscii.test(view.text)) continue
      const present = charsBeyondAscii(view.text)
      for (const { k, w, asWritten, chars } of wideWords) {
        if (seen[w] === 1) continue
        const has = asWritten ? present.asWritten : present.lowerCased
        if (chars.every((c) => has.has(c)) && (asWritten ? view.text : view.lower).includes(k))
          note(found, w)
      }
    }
    const runs = opened(found, opens, always)
    // Whether word `w` stands in a view read with literal regexes: not when no view held it.
    const literalIn = (view: TextView, w: number): boolean =>
      found.hits.includes(w) && (literals[w] as RegExp).test(view.text)
    const rangesOf = (
      view: TextView,
      keywords: readonly string[],
    ): readonly Range[] | undefined => {
      const places = placed.get(view)
      const all: Range[] = []
      for (const k of keywords) {
        const w = index.get(k)
        if (w === undefined) return undefined
        let at: readonly number[] | undefined
        if (w < words.length) {
          if (!places) {
            // Read with a literal regex, which does not place it: known only when it is absent.
            if (searched.has(view) && !literalIn(view, w)) continue
            return undefined
          }
          at = places.get(w)
        } else {
          // A keyword found as written (with a capital letter, or of caseless characters) is
          // placed by a native search of the text; one that needs the lower-cased text is not.
          if (absent(w)) continue
          if (!inText[w - words.length]) return undefined
          at = endsOf(view.text, k)
        }
        for (let i = 0; at && i < at.length; i += 2)
          all.push([at[i] as number, at[i + 1] as number])
      }
      return keywords.length === 1 ? all : all.sort((a, b) => a[0] - b[0])
    }
    // A keyword the pass found in no view: absent from each (the buffer serves this scan until the
    // next one starts).
    const absent = (w: number): boolean =>
      last === found ? seen[w] === 0 : !found.hits.includes(w)
    const holds = (view: TextView, keywords: readonly string[]): boolean | undefined => {
      const places = placed.get(view)
      let known = true
      const ws = indexesOf(keywords)
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i] as number
        if (w < 0) known = false
        else if (w < words.length) {
          if (places) {
            if (places.has(w)) return true
          } else if (!searched.has(view)) known = false
          else if (literalIn(view, w)) return true
        } else if (absent(w)) continue
        else if (!inText[w - words.length]) known = false
        else if (view.text.includes(keywords[i] as string)) return true
      }
      return known ? false : undefined
    }
    // Rules ask once per pattern and view, with the same list: work each list out once.
    type Answers = Map<readonly string[], readonly Range[] | undefined>
    const answers = new Map<TextView, Answers>()
    return {
      runs,
      places: (view, keywords) => {
        let asked = answers.get(view)
        if (asked?.has(keywords)) return asked.get(keywords)
        const answer = rangesOf(view, keywords)
        if (!asked) answers.set(view, (asked = new Map() as Answers))
        asked.set(keywords, answer)
        return answer
      },
      holds,
    }
  }
  return { open: (views) => [...scanViews(views).runs], scan: scanViews }
}

/** The words (keywords, by index) one scan found: each once in `hits`, and marked in `seen`. */
interface Found {
  readonly seen: Uint8Array
  readonly hits: number[]
}

function note(found: Found, w: number): void {
  found.seen[w] = 1
  found.hits.push(w)
}

/** The rules that run: those without keywords, and those a found keyword opens. */
function opened(found: Found, opens: readonly (readonly number[])[], always: readonly boolean[]) {
  const runs = always.slice()
  for (const w of found.hits) for (const r of opens[w] as readonly number[]) runs[r] = true
  return runs
}

/** Where `word` ends in `text`, as written, as `Places` keeps them. */
function endsOf(text: string, word: string): number[] {
  const ends: number[] = []
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1))
    addPlace(ends, at + word.length)
  return ends
}

/**
 * Where each word ends in one view: ranges of places, two numbers each (the first and the last
 * place of the range), each range's places no more than `joinGap` apart.
 */
type Places = Map<number, number[]>

function addPlace(ranges: number[], end: number): void {
  const last = ranges.length - 1
  if (last > 0 && end - (ranges[last] as number) <= joinGap) ranges[last] = end
  else ranges.push(end, end)
}

/** Any character beyond ASCII. */
const nonAscii = /[^\x00-\x7f]/

function isAscii(word: string): boolean {
  return !nonAscii.test(word)
}

/** The characters of `word` beyond ASCII, each once. */
function beyondAscii(word: string): string[] {
  return [...new Set([...word].filter((c) => !isAscii(c)))]
}

const runsBeyondAscii = /[^\x00-\x7f]+/g

/**
 * The characters beyond ASCII `text` holds, as written and lower-cased: a keyword can stand in the
 * text, or in its lower-cased copy, only when all of its own are among them.
 */
function charsBeyondAscii(text: string): {
  asWritten: Set<string>
  lowerCased: Set<string>
} {
  const asWritten = new Set<string>()
  const lowerCased = new Set<string>()
  for (const [run] of text.matchAll(runsBeyondAscii))
    for (const c of run) {
      if (asWritten.has(c)) continue
      asWritten.add(c)
      for (const d of c.toLowerCase()) if (!isAscii(d)) lowerCased.add(d)
      // The one mapping that depends on the characters around: Σ ends a word as ς.
      if (c === '\u03a3') lowerCased.add('\u03c2')
    }
  return { asWritten, lowerCased }
}

/**
 * True when every character of `word` is caseless: its own lower and upper case, and no other
 * character's lower case (the combining dot above is the tail of the dotted capital I's).
 *
 * @example
 * ```ts
 * caseless(' │') // true
 * caseless('é') // false
 * ```
 */
export function caseless(word: string): boolean {
  for (const c of word)
    if (c === '\u0307' || c.toLowerCase() !== c || c.toUpperCase() !== c) return false
  return true
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return false
  }
  return word.length > 0
}

/** Notes in `found` the words that occur in `text`, and in `places` where each ends. */
function scan(a: Automaton, text: string, found: Found, places: Places): void {
  if (text.includes('\u0130')) return scanDottedI(a, text, found, places)
  const { classOf, delta, ends, classes } = a
  const n = text.length
  let s = 0
  for (let i = 0; i < n; i++) {
    s = delta[s + (classOf[text.charCodeAt(i)] as number)] as number
    if (s < 0) {
      s = -s
      mark(ends[(s / classes) | 0] ?? a.enter(s), found, places, i + 1)
    }
  }
}

/** A view being scanned, and where its keywords' places go. */
interface Scanned {
  readonly text: string
  readonly places: Places
}

/**
 * `scan` of a body and its unescaped view in one pass. The view is made of pieces copied from the
 * body and pieces escapes produced (`segments`). The automaton's state depends only on the last
 * characters read, so a little way into a copied piece it is in the same state in both texts;
 * from there to the end of the piece one step serves both, and a keyword found ends in both.
 */
function scanPair(
  a: Automaton,
  body: Scanned,
  view: Scanned & { readonly segments: Int32Array },
  found: Found,
): void {
  if (body.text.includes('\u0130') || view.text.includes('\u0130')) {
    scan(a, body.text, found, body.places)
    return scan(a, view.text, found, view.places)
  }
  const { classOf, delta, ends, classes } = a
  const { segments } = view
  const source = body.text
  const pieces = segments.length >> 1
  let r = 0
  let v = 0
  let i = 0
  for (let k = 0; k < pieces; k++) {
    const start = segments[2 * k] as number
    const from = segments[2 * k + 1] as number
    const stop = k + 1 < pieces ? (segments[2 * k + 2] as number) : view.text.length
    if (from < 0) {
      // Produced by an escape: only the view reads it.
      for (let j = start; j < stop; j++) {
        v = delta[v + (classOf[view.text.charCodeAt(j)] as number)] as number
        if (v < 0) {
          v = -v
          mark(ends[(v / classes) | 0] ?? a.enter(v), found, view.places, j + 1)
        }
      }
      continue
    }
    // The body reads the escapes before this piece, then both read the piece.
    for (; i < from; i++) {
      r = delta[r + (classOf[source.charCodeAt(i)] as number)] as number
      if (r < 0) {
        r = -r
        mark(ends[(r / classes) | 0] ?? a.enter(r), found, body.places, i + 1)
      }
    }
    const shift = start - from
    const end = from + stop - start
    for (; i < end && v !== r; i++) {
      const cls = classOf[source.charCodeAt(i)] as number
      r = delta[r + cls] as number
      if (r < 0) {
        r = -r
        mark(ends[(r / classes) | 0] ?? a.enter(r), found, body.places, i + 1)
      }
      v = delta[v + cls] as number
      if (v < 0) {
        v = -v
        mark(ends[(v / classes) | 0] ?? a.enter(v), found, view.places, i + 1 + shift)
      }
    }
    const synced = v === r
    for (; i < end; i++) {
      r = delta[r + (classOf[source.charCodeAt(i)] as number)] as number
      if (r < 0) {
        r = -r
        const words = ends[(r / classes) | 0] ?? a.enter(r)
        mark(words, found, body.places, i + 1)
        mark(words, found, view.places, i + 1 + shift)
      }
    }
    // Where the two agreed, the view's state went along with the body's.
    if (synced) v = r
  }
  for (; i < source.length; i++) {
    r = delta[r + (classOf[source.charCodeAt(i)] as number)] as number
    if (r < 0) {
      r = -r
      mark(ends[(r / classes) | 0] ?? a.enter(r), found, body.places, i + 1)
    }
  }
}

/** `scan` for text with a dotted capital I, which lower-cases to `i` and a combining dot. */
function scanDottedI(a: Automaton, text: string, found: Found, places: Places): void {
  const dot = a.classOf[0x307] as number
  let s = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x130) {
      s = step(a, s, a.iClass, found, places, i + 1)
      s = step(a, s, dot, found, places, i + 1)
    } else s = step(a, s, a.classOf[c] as number, found, places, i + 1)
  }
}

/** One step of `a` from state `s` on a character of class `cls`, noting the words ending there. */
function step(a: Automaton, s: number, cls: number, found: Found, places: Places, end: number) {
  const next = a.delta[s + cls] as number
  if (next >= 0) return next
  mark(a.ends[(-next / a.classes) | 0] ?? a.enter(-next), found, places, end)
  return -next
}

function mark(words: readonly number[], found: Found, places: Places, end: number): void {
  for (const w of words) {
    if (found.seen[w] === 0) note(found, w)
    const at = places.get(w)
    if (at === undefined) places.set(w, [end, end])
    else addPlace(at, end)
  }
}

let builds = 0
let rows = 0

/**
 * How many keyword automatons were built since the process started: compiling the catalogue's is
 * the costly part of a new gate.
 *
 * @example
 * ```ts
 * const before = automatonBuilds()
 * keywordGate([...rules, mine]).scan(subject.views)
 * automatonBuilds() - before // 0 when the catalogue's gate was compiled before
 * ```
 */
export function automatonBuilds(): number {
  return builds
}

/**
 * How many rows of keyword automatons were filled since the process started: one per state a scan
 * first entered, and the start state of each automaton built.
 *
 * @example
 * ```ts
 * const before = automatonRows()
 * keywordGate(rules).scan([{ text: 'ok', lower: 'ok' }])
 * automatonRows() - before // a handful, however many keywords the rules have
 * ```
 */
export function automatonRows(): number {
  return rows
}

function build(words: readonly string[]): Automaton {
  builds++
  const classOf = new Uint8Array(0x10000)
  let classes = 1
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      if (classOf[c] === 0) {
        classOf[c] = classes
        if (c >= 0x61 && c <= 0x7a) classOf[c - 0x20] = classes
        classes++
      }
    }
  }
  const iClass = classOf[0x69] as number
  classOf[0x212a] = classOf[0x6b] as number
  // The trie of the words, in flat arrays: each state's first child and next sibling (0: none;
  // the root is no one's child), the class that leads to it from its parent, and the
  // word that ends at it (plus one; 0: none). The words come sorted, so each word's path starts
  // from where it parts from the one before.
  let most = 1
  for (const word of words) most += word.length
  const first = new Int32Array(most)
  const sibling = new Int32Array(most)
  const via = new Uint8Array(most)
  const own = new Int32Array(most)
  // Most walks end at the start state, which has a child for most classes: those are looked up
  // directly.
  const rootKids = new Int32Array(classes)
  const path = [0]
  let made = 1
  let before = ''
  words.forEach((word, w) => {
    let i = 0
    while (i < word.length && i < before.length && word[i] === before[i]) i++
    let state = path[i] as number
    let known = true
    for (; i < word.length; i++) {
      const cls = classOf[word.charCodeAt(i)] as number
      // Sorted, a word parts from the one before on a class no earlier word took there, so this
      // finds nothing; it keeps a list that came unsorted right.
      let kid = known ? childOf(state, cls) : 0
      if (kid === 0) {
        // Below a state made for this word, there is nothing to look for.
        known = false
        kid = made++
        sibling[kid] = first[state] as number
        first[state] = kid
        if (state === 0) rootKids[cls] = kid
        via[kid] = cls
      }
      state = kid
      path[i + 1] = state
    }
    own[state] = w + 1
    before = word
  })
  function childOf(state: number, cls: number): number {
    if (state === 0) return rootKids[cls] as number
    let kid = first[state] as number
    while (kid !== 0 && via[kid] !== cls) kid = sibling[kid] as number
    return kid
  }
  // Failure links, breadth first: a state's is the longest proper suffix of its text that is a
  // state too. Cheap next to the table: the walks along them add up to the words' length.
  const states = made
  const fail = new Int32Array(states)
  const queue = new Int32Array(states)
  let tail = 0
  for (let kid = first[0] as number; kid !== 0; kid = sibling[kid] as number) queue[tail++] = kid
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number
    for (let kid = first[state] as number; kid !== 0; kid = sibling[kid] as number) {
      const cls = via[kid] as number
      let f = fail[state] as number
      let to = childOf(f, cls)
      while (to === 0 && f !== 0) {
        f = fail[f] as number
        to = childOf(f, cls)
      }
      fail[kid] = to
      queue[tail++] = kid
    }
  }
  // The table is filled as scans need it: in full, the catalogue's (some 12,000 states by 67
  // classes) takes tens of milliseconds to make, in every process that audits once, and few
  // texts visit more than a few hundred of its rows. A state's row is filled when a scan first
  // enters it, after those of its failure links (a row is its link's row with its own children
  // put in). Until then the entries leading to it are negative, so that the scan's one test for
  // words ending there catches the entry; they are put right once the row is filled.
  const delta = new Int32Array(states * classes)
  const ends: (readonly number[] | undefined)[] = Array.from({ length: states }, () => undefined)
  const waiting = new Map<number, number[]>()
  const targets = new Int32Array(classes)
  const entry = (state: number): number =>
    (ends[state]?.length ?? 1) > 0 ? -state * classes : state * classes
  const fill = (state: number): void => {
    rows++
    const row = state * classes
    const link = (fail[state] as number) * classes
    for (let cls = 0; cls < classes; cls++)
      targets[cls] = state === 0 ? 0 : Math.abs(delta[link + cls] as number) / classes
    for (let kid = first[state] as number; kid !== 0; kid = sibling[kid] as number)
      targets[via[kid] as number] = kid
    for (let cls = 0; cls < classes; cls++) {
      const to = targets[cls] as number
      delta[row + cls] = entry(to)
      if (ends[to] !== undefined) continue
      const list = waiting.get(to)
      if (list) list.push(row + cls)
      else waiting.set(to, [row + cls])
    }
    const w = own[state] as number
    const linked = state === 0 ? [] : (ends[fail[state] as number] as readonly number[])
    ends[state] = w === 0 ? linked : [w - 1, ...linked]
    for (const at of waiting.get(state) ?? []) delta[at] = entry(state)
    waiting.delete(state)
  }
  const enter = (value: number): readonly number[] => {
    const state = value / classes
    if (ends[state] === undefined) {
      // The state and its failure links not filled yet, filled from the shortest.
      const chain: number[] = []
      for (let s = state; ends[s] === undefined; s = fail[s] as number) {
        chain.push(s)
        if (s === 0) break
      }
      for (let i = chain.length - 1; i >= 0; i--) fill(chain[i] as number)
    }
    return ends[state] as readonly number[]
  }
  enter(0)
  return { classOf, classes, delta, ends, enter, iClass }
}
