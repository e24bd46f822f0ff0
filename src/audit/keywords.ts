import type { TextView } from '../rule.ts'

/**
 * The rules' keywords compiled once for a whole audit. Few keywords are looked for one by one with
 * case-insensitive literal regexes (which skip through the text); many go into one automaton
 * (Aho-Corasick, as a table over character classes) that finds them all in a single pass.
 * Neither needs a lower-cased copy of the text.
 */
interface Matcher {
  /** Plain lower-case ASCII keywords, sorted. */
  readonly words: readonly string[]
  /** Keywords outside plain lower-case ASCII: checked against `view.lower`. */
  readonly other: readonly string[]
  /** One case-insensitive literal regex per word (used when there are few). */
  readonly literals: readonly RegExp[]
  /** The automaton (built when there are many words). */
  readonly automaton: Automaton | undefined
}

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
const cacheLimit = 32
const cache = new Map<string, Matcher>()
// The same rules ask again and again: remember the last list to skip building the cache key.
let last: { keywords: readonly string[]; matcher: Matcher } | undefined
/** The two characters that lower-case to ASCII: the dotted capital I and the Kelvin sign. */
const foldsToAscii = /[\u0130\u212a]/

/**
 * The keywords of `keywords` that occur in one of `views`, exactly as `view.lower.includes(k)`
 * would say (the text lower-cased), in one pass per view.
 *
 * @example
 * ```ts
 * const present = presentKeywords(subject.views, ['at ', 'sqlstate'])
 * present.has('at ') // true when some view contains "at " in any case
 * ```
 */
export function presentKeywords(
  views: readonly TextView[],
  keywords: readonly string[],
): Set<string> {
  const present = new Set<string>()
  const { words, other, literals, automaton } = matcherFor(keywords)
  if (words.length > 0) {
    const found = new Uint8Array(words.length)
    let left = words.length
    for (const view of views) {
      const { text } = view
      // Literal regexes ignore case as toUpperCase does, which differs from lower-casing only
      // for these two characters; the automaton handles them.
      if (automaton === undefined && !foldsToAscii.test(text)) {
        literals.forEach((literal, w) => {
          if (found[w] === 0 && literal.test(text)) {
            found[w] = 1
            left--
          }
        })
      } else {
        left = scan(automaton ?? build(words), text, found, left)
      }
      if (left === 0) break
    }
    words.forEach((w, i) => {
      if (found[i]) present.add(w)
    })
  }
  for (const k of other) if (views.some((view) => view.lower.includes(k))) present.add(k)
  return present
}

function matcherFor(keywords: readonly string[]): Matcher {
  if (
    last &&
    last.keywords.length === keywords.length &&
    last.keywords.every((k, i) => k === keywords[i])
  )
    return last.matcher
  const key = keywords.join('\u0000')
  let matcher = cache.get(key)
  if (!matcher) {
    const ascii = new Set<string>()
    const other = new Set<string>()
    for (const k of keywords) (isLowerAscii(k) ? ascii : other).add(k)
    const words = [...ascii].sort()
    matcher = {
      words,
      other: [...other],
      literals: words.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i')),
      automaton: words.length > literalLimit ? build(words) : undefined,
    }
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string)
    cache.set(key, matcher)
  }
  last = { keywords: [...keywords], matcher }
  return matcher
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return false
  }
  return word.length > 0
}

/** Marks in `found` the words that occur in `text`; returns how many are still not found. */
function scan(a: Automaton, text: string, found: Uint8Array, left: number): number {
  if (text.includes('\u0130')) return scanDottedI(a, text, found, left)
  const { classOf, delta, ends, classes } = a
  const n = text.length
  let s = 0
  for (let i = 0; i < n; i++) {
    s = delta[s + (classOf[text.charCodeAt(i)] as number)] as number
    if (s < 0) {
      s = -s
      left = mark(ends[(s / classes) | 0] as readonly number[], found, left)
      if (left === 0) return 0
    }
  }
  return left
}

/** `scan` for text with a dotted capital I, which lower-cases to `i` and a combining dot. */
function scanDottedI(a: Automaton, text: string, found: Uint8Array, left: number): number {
  const { classOf, delta, ends, classes } = a
  let s = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const steps = c === 0x130 ? [a.iClass, 0] : [classOf[c] as number]
    for (const cls of steps) {
      s = delta[s + cls] as number
      if (s < 0) {
        s = -s
        left = mark(ends[(s / classes) | 0] as readonly number[], found, left)
        if (left === 0) return 0
      }
    }
  }
  return left
}

function mark(words: readonly number[], found: Uint8Array, left: number): number {
  for (const w of words) {
    if (found[w] === 0) {
      found[w] = 1
      left--
    }
  }
  return left
}

const automata = new WeakMap<readonly string[], Automaton>()

function build(words: readonly string[]): Automaton {
  const cached = automata.get(words)
  if (cached) return cached
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
  const automaton = { classOf, classes, delta, ends, iClass }
  automata.set(words, automaton)
  return automaton
}
