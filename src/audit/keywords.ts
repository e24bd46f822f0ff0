import type { Rule, TextView } from '../rule.ts'

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
}

// Audits ask again and again with the same rules: keep the gates of the last few rule lists.
const gates: { rules: readonly Rule[]; gate: KeywordGate }[] = []
const gateLimit = 8

/**
 * The keyword pre-check of a list of rules, compiled once per list: a rule runs when one of its
 * keywords occurs in a view, exactly as `view.lower.includes(keyword)` would say (the text
 * lower-cased). Few keywords are looked for one by one with case-insensitive literal regexes
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
  const index = new Map([...words, ...others].map((w, i) => [w, i]))
  const wants = rules.map((rule) => rule.keywords?.map((k) => index.get(k) as number))
  const literals = words.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i'))
  let automaton = words.length > literalLimit ? build(words) : undefined
  return {
    open: (views) => {
      const found = new Uint8Array(words.length + others.length)
      let left = words.length
      for (const view of views) {
        if (left === 0) break
        const { text } = view
        // Literal regexes ignore case as toUpperCase does, which differs from lower-casing only
        // for these two characters; the automaton handles them.
        if (automaton === undefined && !foldsToAscii.test(text)) {
          for (let w = 0; w < literals.length; w++) {
            if (found[w] === 0 && (literals[w] as RegExp).test(text)) {
              found[w] = 1
              left--
            }
          }
        } else {
          automaton ??= build(words)
          left = scan(automaton, text, found, left)
        }
      }
      others.forEach((k, i) => {
        if (views.some((view) => view.lower.includes(k))) found[words.length + i] = 1
      })
      return wants.map((want) => want === undefined || want.some((w) => found[w] === 1))
    },
  }
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
