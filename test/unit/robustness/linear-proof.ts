/**
 * A structural proof that one match attempt of a simple pattern costs time linear in what it
 * reads, for patterns that are a sequence of single characters, classes and escapes, each repeated
 * or not, and optional groups of such sequences (no repeated groups, no alternation left): what
 * most detectors are once their word lists are distributed. It answers only yes or "cannot
 * tell"; the ReDoS checker takes the rest.
 *
 * The argument: a loop (an atom repeated without bound) stops at the first character it cannot
 * match, and can give characters back. What follows it can take back only a bounded number of
 * them before it needs a character the loop cannot match (a barrier), unless another loop that
 * shares characters with it comes first. So when no loop sharing characters with an earlier loop
 * is reachable from it without a barrier in between, each loop has a bounded number of useful
 * ends, every other end fails within a bounded number of steps, and an attempt is linear. A loop
 * that ends the pattern is harmless: reaching it, the match succeeds.
 */

type Node =
  | { readonly kind: 'atom'; readonly atom: string; readonly min: number; readonly max: number }
  | { readonly kind: 'optional'; readonly nodes: readonly Node[] }
  | { readonly kind: 'assert' }

const quantifier = /^(?:(\*)|(\+)|(\?)|\{(\d{1,9})(?:(,)(\d{0,9}))?\})\??/

/** Every UTF-16 code unit once: what a one-character pattern can match without the u flag. */
let everyUnit: string | undefined

const disjointCache = new Map<string, boolean>()

/** True when no character matches both one-character patterns. */
function disjoint(a: string, b: string, flags: string): boolean {
  const key = `${a}\u0000${b}\u0000${flags}`
  let known = disjointCache.get(key)
  if (known === undefined) {
    everyUnit ??= Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('')
    known = !new RegExp(`(?=${a})${b}`, flags).test(everyUnit)
    disjointCache.set(key, known)
  }
  return known
}

/** The one-character pattern at `i`, and where it ends; undefined when there is none. */
function atomAt(source: string, i: number): { atom: string; end: number } | undefined {
  if (i >= source.length) return undefined
  const c = source[i] as string
  if (c === '\\') {
    const hex = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})/.exec(source.slice(i))
    if (hex) return { atom: hex[0], end: i + hex[0].length }
    // Assertions, backreferences, named references, property and control escapes: not atoms.
    if (/[bB1-9kpPcux]/.test(source[i + 1] ?? '')) return undefined
    return { atom: source.slice(i, i + 2), end: i + 2 }
  }
  if (c === '[') {
    let j = i + 1
    if (source[j] === '^') j++
    for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++
    return { atom: source.slice(i, j + 1), end: j + 1 }
  }
  if ('()|*+?{}^$'.includes(c)) return undefined
  if (c === '.') return { atom: '.', end: i + 1 }
  return { atom: `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`, end: i + 1 }
}

function matchingParen(source: string, open: number): number {
  let depth = 0
  for (let j = open; j < source.length; j++) {
    const d = source[j]
    if (d === '\\') j++
    else if (d === '[') {
      for (j++; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++
    } else if (d === '(') depth++
    else if (d === ')' && --depth === 0) return j
  }
  return -1
}

/** `(?:a|[bc]|\d)`: a group of single atoms is one atom. */
function atomGroup(inner: string): string | undefined {
  const options: string[] = []
  let i = 0
  while (i <= inner.length) {
    const a = atomAt(inner, i)
    if (!a || (a.end < inner.length && inner[a.end] !== '|')) return undefined
    options.push(a.atom)
    i = a.end + 1
  }
  return options.length > 1 ? `(?:${options.join('|')})` : undefined
}

/** The nodes of `source`, or undefined when it is not a plain sequence. */
function parse(source: string): Node[] | undefined {
  const nodes: Node[] = []
  for (let i = 0; i < source.length;) {
    const c = source[i] as string
    if (c === '^' || c === '$' || (c === '\\' && 'bB'.includes(source[i + 1] ?? ''))) {
      nodes.push({ kind: 'assert' })
      i += c === '\\' ? 2 : 1
      continue
    }
    let atom: string | undefined
    let end: number
    if (c === '(') {
      const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(i))?.[0] ?? '('
      if (open === '(' && source[i + 1] === '?') return undefined
      const close = matchingParen(source, i)
      if (close < 0) return undefined
      const inner = source.slice(i + open.length, close)
      atom = atomGroup(inner)
      end = close + 1
      if (atom === undefined) {
        const q = quantifier.exec(source.slice(end))
        if (q && !q[3]) return undefined
        const sub = parse(inner)
        if (!sub) return undefined
        if (q) nodes.push({ kind: 'optional', nodes: sub })
        else nodes.push(...sub)
        i = end + (q ? q[0].length : 0)
        continue
      }
    } else {
      const a = atomAt(source, i)
      if (!a) return undefined
      atom = a.atom
      end = a.end
    }
    const q = quantifier.exec(source.slice(end))
    let min = 1
    let max = 1
    if (q) {
      if (q[1]) [min, max] = [0, Infinity]
      else if (q[2]) [min, max] = [1, Infinity]
      else if (q[3]) [min, max] = [0, 1]
      else {
        min = Number(q[4])
        max = q[5] === undefined ? min : q[6] === '' ? Infinity : Number(q[6])
      }
      end += q[0].length
    }
    nodes.push({ kind: 'atom', atom, min, max })
    i = end
  }
  return nodes
}

type Outcome = 'barrier' | 'open' | 'clash'

/**
 * Walks `nodes` from `from` after a loop on `loop`: `barrier` when every path meets a mandatory
 * atom disjoint from the loop first, `clash` when some path reaches a loop sharing characters with
 * it before any barrier (and that loop does not end the pattern), `open` otherwise.
 */
function walk(
  nodes: readonly Node[],
  from: number,
  loop: string,
  flags: string,
  terminal: boolean,
): Outcome {
  for (let k = from; k < nodes.length; k++) {
    const node = nodes[k] as Node
    if (node.kind === 'assert') continue
    if (node.kind === 'optional') {
      if (walk(node.nodes, 0, loop, flags, false) === 'clash') return 'clash'
      continue
    }
    const apart = disjoint(node.atom, loop, flags)
    if (apart && node.min >= 1) return 'barrier'
    const last = terminal && k === nodes.length - 1
    if (!apart && node.max === Infinity && !last) return 'clash'
  }
  return 'open'
}

/** True when no loop in `nodes` (followed by `rest`, the nodes after them) clashes. */
function settled(nodes: readonly Node[], rest: readonly Node[], flags: string): boolean {
  return nodes.every((node, k) => {
    if (node.kind === 'optional')
      return settled(node.nodes, [...nodes.slice(k + 1), ...rest], flags)
    if (node.kind !== 'atom' || node.max !== Infinity) return true
    const after = [...nodes.slice(k + 1), ...rest]
    return walk(after, 0, node.atom, flags, true) !== 'clash'
  })
}

/**
 * True when the attempt form `source` (see regex-forms) is a plain sequence in which no loop can
 * reach a loop sharing characters with it without a barrier in between; false means "cannot
 * tell". Not for the u or v flags (code points beyond the BMP).
 *
 * @example
 * ```ts
 * provesLinearAttempt('\\bat [\\w.]+\\(', 'y') // true: `(` ends the run
 * provesLinearAttempt('[\\w.]+\\.[\\w.]+\\(', 'y') // false: `.` is in the first run
 * ```
 */
export function provesLinearAttempt(source: string, flags: string): boolean {
  if (/[uv]/.test(flags)) return false
  const nodes = parse(source)
  return nodes !== undefined && settled(nodes, [], flags.replace(/[gy]/g, ''))
}
