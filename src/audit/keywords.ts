import type { Rule, Subject, TextView } from '../rule.ts'

/** Many keywords as one Aho-Corasick automaton, a full table over character classes. */
interface Automaton {
  /** Class of each UTF-16 code unit; 0 is any character no keyword has. */
  readonly classOf: Uint8Array
  readonly classes: number
  /** Next state (premultiplied by `classes`) per state and class; negative: that state ends words. */
  readonly delta: Int32Array
  /** Indexes in `words` that end at each state. */
  readonly ends: readonly (readonly number[])[]
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
   * Where any of `keywords` ends in `view` (the index after its last character), in order; or
   * undefined when that is not known (a keyword the pass does not place, or one that occurs too
   * often to be worth placing).
   */
  readonly places: (view: TextView, keywords: readonly string[]) => readonly number[] | undefined
}

/** Most places kept for one keyword in one view; past this the keyword counts as everywhere. */
const mostPlaces = 1024

const placesOf = new WeakMap<Subject, GateScan['places']>()

/**
 * Keeps what the gate found on `subject`, for `keywordPlaces`.
 *
 * @example
 * ```ts
 * const found = keywordGate(rules).scan(subject.views)
 * notePlaces(subject, found)
 * ```
 */
export function notePlaces(subject: Subject, found: GateScan): void {
  placesOf.set(subject, found.places)
}

/**
 * Where any of `keywords` ends in `view` of `subject`, in order, as the keyword gate of the rules
 * now running saw it; undefined when not known.
 *
 * @example
 * ```ts
 * const ends = keywordPlaces(subject, view, ['select']) // [1042, 5310]
 * ```
 */
export function keywordPlaces(
  subject: Subject,
  view: TextView,
  keywords: readonly string[],
): readonly number[] | undefined {
  return placesOf.get(subject)?.(view, keywords)
}

// Audits ask again and again with the same rules: keep the gates of the last few rule lists.
const gates: { rules: readonly Rule[]; gate: KeywordGate }[] = []
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
  const known = gates.find(
    (g) => g.rules.length === rules.length && g.rules.every((r, i) => r === rules[i]),
  )
  if (known) return known.gate
  const gate = compileGate(rules)
  if (gates.length >= gateLimit) gates.shift()
  gates.push({ rules: [...rules], gate })
  return gate
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
  const index = new Map([...words, ...others].map((w, i) => [w, i]))
  const wants = rules.map((rule) => rule.keywords?.map((k) => index.get(k) as number))
  const literals = words.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i'))
  let automaton = words.length > literalLimit ? build(words) : undefined
  const scanViews = (views: readonly TextView[]): GateScan => {
    const found = new Uint8Array(words.length + others.length)
    // Places are kept only by the automaton, which visits every character anyway.
    const placed = new Map<TextView, Places>()
    let left = words.length
    for (const view of views) {
      const { text } = view
      // Literal regexes ignore case as toUpperCase does, which differs from lower-casing only
      // for these two characters; the automaton handles them.
      if (automaton === undefined && !foldsToAscii.test(text)) {
        for (let w = 0; w < literals.length && left > 0; w++) {
          if (found[w] === 0 && (literals[w] as RegExp).test(text)) {
            found[w] = 1
            left--
          }
        }
      } else {
        automaton ??= build(words)
        const places: Places = { at: new Map(), full: new Uint8Array(words.length) }
        left = scan(automaton, text, found, left, places)
        placed.set(view, places)
      }
    }
    others.forEach((k, i) => {
      if (views.some((view) => (inText[i] ? view.text : view.lower).includes(k)))
        found[words.length + i] = 1
    })
    return {
      runs: wants.map((want) => want === undefined || want.some((w) => found[w] === 1)),
      places: (view, keywords) => {
        const places = placed.get(view)
        const all: number[] = []
        for (const k of keywords) {
          const w = index.get(k)
          if (w === undefined) return undefined
          if (w < words.length) {
            if (!places || places.full[w] === 1) return undefined
            all.push(...(places.at.get(w) ?? []))
            continue
          }
          // A keyword found only as written is placed by a native search of the text.
          if (k === k.toLowerCase()) return undefined
          const ends = endsOf(view.text, k)
          if (!ends) return undefined
          all.push(...ends)
        }
        return keywords.length === 1 ? all : all.sort((a, b) => a - b)
      },
    }
  }
  return { open: (views) => [...scanViews(views).runs], scan: scanViews }
}

/** Where `word` ends in `text`, as written; undefined past `mostPlaces`. */
function endsOf(text: string, word: string): number[] | undefined {
  const ends: number[] = []
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (ends.length === mostPlaces) return undefined
    ends.push(at + word.length)
  }
  return ends
}

/** Where each word ends in one view, up to `mostPlaces` each; `full` marks the words past that. */
interface Places {
  readonly at: Map<number, number[]>
  readonly full: Uint8Array
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

/**
 * Marks in `found` the words that occur in `text`, and notes in `places` where each ends; returns
 * how many words are still not found.
 */
function scan(a: Automaton, text: string, found: Uint8Array, left: number, places: Places): number {
  if (text.includes('\u0130')) return scanDottedI(a, text, found, left, places)
  const { classOf, delta, ends, classes } = a
  const n = text.length
  let s = 0
  for (let i = 0; i < n; i++) {
    s = delta[s + (classOf[text.charCodeAt(i)] as number)] as number
    if (s < 0) {
      s = -s
      left = mark(ends[(s / classes) | 0] as readonly number[], found, left, places, i + 1)
    }
  }
  return left
}

/** `scan` for text with a dotted capital I, which lower-cases to `i` and a combining dot. */
function scanDottedI(
  a: Automaton,
  text: string,
  found: Uint8Array,
  left: number,
  places: Places,
): number {
  const { classOf, delta, ends, classes } = a
  let s = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const steps = c === 0x130 ? [a.iClass, classOf[0x307] as number] : [classOf[c] as number]
    for (const cls of steps) {
      s = delta[s + cls] as number
      if (s < 0) {
        s = -s
        left = mark(ends[(s / classes) | 0] as readonly number[], found, left, places, i + 1)
      }
    }
  }
  return left
}

function mark(
  words: readonly number[],
  found: Uint8Array,
  left: number,
  places: Places,
  end: number,
): number {
  for (const w of words) {
    if (found[w] === 0) {
      found[w] = 1
      left--
    }
    if (places.full[w] === 1) continue
    const at = places.at.get(w)
    if (at === undefined) places.at.set(w, [end])
    else if (at.length < mostPlaces) at.push(end)
    else places.full[w] = 1
  }
  return left
}

function build(words: readonly string[]): Automaton {
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
  // The trie of the words, then failure links breadth first, folded into a full table.
  const trie: number[][] = [[]]
  const ends: number[][] = [[]]
  words.forEach((word, w) => {
    let s = 0
    for (let i = 0; i < word.length; i++) {
      const cls = classOf[word.charCodeAt(i)] as number
      let t = (trie[s] as number[])[cls]
      if (t === undefined) {
        t = trie.length
        trie.push([])
        ends.push([])
        ;(trie[s] as number[])[cls] = t
      }
      s = t
    }
    ;(ends[s] as number[]).push(w)
  })
  const states = trie.length
  const next = new Int32Array(states * classes)
  const fail = new Int32Array(states)
  const queue: number[] = []
  for (let cls = 1; cls < classes; cls++) {
    const t = (trie[0] as number[])[cls]
    if (t !== undefined) {
      next[cls] = t
      queue.push(t)
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number
    const f = fail[s] as number
    for (let cls = 0; cls < classes; cls++) {
      const t = cls === 0 ? undefined : (trie[s] as number[])[cls]
      if (t === undefined) {
        next[s * classes + cls] = next[f * classes + cls] as number
      } else {
        fail[t] = next[f * classes + cls] as number
        ;(ends[t] as number[]).push(...(ends[fail[t]] as number[]))
        next[s * classes + cls] = t
        queue.push(t)
      }
    }
  }
  const delta = new Int32Array(states * classes)
  for (let i = 0; i < delta.length; i++) {
    const t = next[i] as number
    delta[i] = (ends[t] as number[]).length > 0 ? -t * classes : t * classes
  }
  return { classOf, classes, delta, ends, iClass }
}
