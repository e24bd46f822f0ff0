import { isAsciiLetter, isHexDigit } from '../secrets/token-char.ts'

/** Text with markup and escapes undone, and a map back to where each of its characters came from. */
export interface Unescaped {
  readonly text: string
  /**
   * The index in the source of character `index` of `text`: a copied character maps to itself, a
   * character an escape or tag produced maps to the escape's start, and `text.length` maps to the
   * source length.
   */
  readonly toSource: (index: number) => number
  /**
   * The pieces of `text`, two numbers each: where the piece starts in `text`, and where it starts
   * in the source when it was copied, or -1 - (the escape's start) when an escape produced it.
   * Empty when nothing was undone (`text` is the source).
   */
  readonly segments: Int32Array
}

const named = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['#39', "'"],
  ['#x27', "'"],
  ['#x2f', '/'],
  ['#47', '/'],
])

const noSegments = new Int32Array(0)

const jsonEscapes = new Map<string, string>([
  ['n', '\n'],
  ['r', '\n'],
  ['t', '\t'],
  ['/', '/'],
  ['\\', '\\'],
  ['"', '"'],
  ['b', ' '],
  ['f', ' '],
])
/** What `\` and the character of each ASCII code stand for as a JSON escape, if anything. */
const jsonEscapeOf: readonly (string | undefined)[] = Array.from({ length: 128 }, (_, c) =>
  jsonEscapes.get(String.fromCharCode(c)),
)

/** What can start an entity or a tag (whether it does is checked after), and a JSON escape. */
const maybeEntity = /&[A-Za-z#]/g
const maybeTag = /<[A-Za-z/!]/g
/** A quote's entity, in any case: `&quot;`, `&#34;`, `&#x22;` (after a `\\`, JSON's escaped quote). */
const quoteEntity = String.raw`&(?:[Qq][Uu][Oo][Tt]|#34|#[Xx]22);`
const quoteEntityAt = new RegExp(quoteEntity, 'y')
const jsonEscapeStart = new RegExp(
  String.raw`\\(?:[nrt/\\"bf]|u[0-9A-Fa-f]{4}|${quoteEntity})`,
  'g',
)

/**
 * True when `text` holds something `unescape()` would change.
 *
 * @example
 * ```ts
 * hasEscapes('at handler (\\/app\\/x.js:1:2)') // true
 * ```
 */
export function hasEscapes(text: string): boolean {
  return text.includes('&') || text.includes('<') || text.includes('\\')
}

/**
 * Undoes HTML entities, tags (`<br>` becomes a line break, other tags go) and JSON string escapes
 * (`\n`, `\/`, `\u002F`, a quote escaped twice, `\\\"`, and an escaped quote written as an
 * entity, `\&quot;`, as JSON shown in an HTML page has it) in one linear pass, so that leaks
 * hidden by markup or escaping are seen.
 * It jumps from one `&`, `<` or `\` to the next and copies the text between in one piece.
 *
 * @example
 * ```ts
 * const { text, toSource } = unescape('<br>&nbsp;at x (&#x2F;app)')
 * text // '\n at x (/app)'
 * toSource(text.indexOf('/')) // 16, where `&#x2F;` starts
 * ```
 */
export function unescape(source: string): Unescaped {
  const n = source.length
  let text = ''
  // Segments of the result, two numbers each: where it starts in `text`, and where it starts in the
  // source when it was copied, or -1 - (the escape's start) when an escape produced it.
  let segments = new Int32Array(64)
  let count = 0
  let length = 0
  let run = 0
  // Next occurrence at or after the scan position of each character that starts an escape, and
  // of the `;` and `>` that end one (-1: none left). Each is searched for again only once passed,
  // so every search starts where the last one ended and the whole pass stays linear.
  let amp = source.indexOf('&')
  let lt = source.indexOf('<')
  let backslash = source.indexOf('\\')
  let semi = -2
  let gt = -2

  const emit = (s: string, at: number, next: number) => {
    if (count + 4 > segments.length) {
      const grown = new Int32Array(segments.length * 2)
      grown.set(segments)
      segments = grown
    }
    if (run < at) {
      text += source.slice(run, at)
      segments[count++] = length
      segments[count++] = run
      length += at - run
    }
    text += s
    segments[count++] = length
    segments[count++] = -1 - at
    length += s.length
    run = next
  }

  let i = 0
  while (i < n) {
    if (amp !== -1 && amp < i) amp = source.indexOf('&', i)
    if (lt !== -1 && lt < i) lt = source.indexOf('<', i)
    if (backslash !== -1 && backslash < i) backslash = source.indexOf('\\', i)
    i = Math.min(
      amp === -1 ? n : amp,
      lt === -1 ? n : lt,
      backslash === -1 || backslash + 1 >= n ? n : backslash,
    )
    if (i >= n) break
    const c = source.charCodeAt(i)
    if (c === 0x26 /* & */) {
      if (semi !== -1 && semi <= i) semi = source.indexOf(';', i + 1)
      if (semi > i + 1 && semi - i <= 10) {
        const name = source.slice(i + 1, semi).toLowerCase()
        const char = named.get(name) ?? numericEntity(name)
        if (char !== undefined) {
          emit(char, i, semi + 1)
          i = semi + 1
          continue
        }
      }
    } else if (c === 0x3c /* < */) {
      // A tag starts with a letter, `/` or `!` and ends at the first `>` within 200 characters.
      const next = source.charCodeAt(i + 1)
      const letter = next | 0x20
      if ((letter >= 0x61 && letter <= 0x7a) || next === 0x2f || next === 0x21) {
        if (gt !== -1 && gt <= i) gt = source.indexOf('>', i + 1)
        if (gt > i && gt - i <= 200) {
          // <br> ends a line, and so do the tags that open or close a block, read by the start
          // of their names: <p> and <pre> (and <path>, <param>), <li> (and <link>), <tr>, <div>,
          // <h1>…<h6>; a message alone in a <p> or <h1> is a line of its own. Other tags are a
          // space.
          const closing = next === 0x2f /* / */
          const name = closing ? source.charCodeAt(i + 2) | 0x20 : letter
          const second = source.charCodeAt(closing ? i + 3 : i + 2) | 0x20
          const breaks =
            (!closing && name === 0x62 /* b */ && second === 0x72) /* r */ ||
            name === 0x70 /* p */ ||
            (name === 0x6c /* l */ && second === 0x69) /* i */ ||
            (name === 0x74 /* t */ && second === 0x72) /* r */ ||
            (name === 0x64 /* d */ && second === 0x69) /* i */ ||
            (name === 0x68 /* h */ && second >= 0x31 && second <= 0x36) /* 1-6 */
          emit(breaks ? '\n' : ' ', i, gt + 1)
          i = gt + 1
          continue
        }
      }
    } else {
      const e = source.charCodeAt(i + 1)
      // `\\\"`: a quote escaped twice, as a JSON string holding a JSON string (an upstream's
      // error body quoted in a message) writes it.
      if (e === 0x5c && source.charCodeAt(i + 2) === 0x5c && source.charCodeAt(i + 3) === 0x22) {
        emit('"', i, i + 4)
        i += 4
        continue
      }
      // `\&quot;`: JSON's escaped quote, then HTML-escaped for a page (a browsable API's <pre>).
      const quote = e === 0x26 /* & */ ? escapedQuoteEntity(source, i + 1) : 0
      if (quote > 0) {
        emit('"', i, i + 1 + quote)
        i += 1 + quote
        continue
      }
      const simple = e < 128 ? jsonEscapeOf[e] : undefined
      if (simple !== undefined) {
        emit(simple, i, i + 2)
        i += 2
        continue
      }
      if (
        e === 0x75 /* u */ &&
        i + 6 <= n &&
        isHexDigit(source.charCodeAt(i + 2)) &&
        isHexDigit(source.charCodeAt(i + 3)) &&
        isHexDigit(source.charCodeAt(i + 4)) &&
        isHexDigit(source.charCodeAt(i + 5))
      ) {
        emit(String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 6), 16)), i, i + 6)
        i += 6
        continue
      }
    }
    // Not an escape. Skip what cannot start one: a run of `<`, `&` or `\\` not followed by what
    // an escape needs (found natively), every `&` or `<` with no `;` or `>` left after it, and
    // every one too far from the next `;` (10) or `>` (200), which is the same for all of them.
    const next = source.charCodeAt(i + 1)
    if (c === 0x26) {
      amp =
        semi === -1
          ? -1
          : !(isAsciiLetter(next) || next === 0x23)
            ? nextMatch(maybeEntity, source, i + 1)
            : source.indexOf('&', Math.max(i + 1, semi - 10))
    } else if (c === 0x3c) {
      lt =
        gt === -1 && isTagStart(next)
          ? -1
          : !isTagStart(next)
            ? nextMatch(maybeTag, source, i + 1)
            : source.indexOf('<', Math.max(i + 1, gt - 200))
    } else {
      // Every backslash before the next one that starts an escape is only a backslash.
      backslash = nextMatch(jsonEscapeStart, source, i + 1)
    }
    i++
  }
  if (count === 0)
    return { text: source, toSource: (index) => clamp(index, n), segments: noSegments }
  if (run < n) {
    text += source.slice(run)
    segments[count++] = length
    segments[count++] = run
    length += n - run
  }
  const last = (count >> 1) - 1
  return {
    text,
    segments: segments.subarray(0, count),
    toSource: (index) => {
      if (!(index >= 0)) return 0
      if (index >= length) return n
      let lo = 0
      let hi = last
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((segments[mid * 2] as number) <= index) lo = mid
        else hi = mid - 1
      }
      const from = segments[lo * 2 + 1] as number
      return from >= 0 ? from + (index - (segments[lo * 2] as number)) : -1 - from
    },
  }
}

function isTagStart(c: number): boolean {
  return isAsciiLetter(c) || c === 0x2f || c === 0x21
}

/** Where `re` (global) next matches in `source` from `from`, or -1. */
function nextMatch(re: RegExp, source: string, from: number): number {
  re.lastIndex = from
  return re.exec(source)?.index ?? -1
}

function clamp(index: number, n: number): number {
  return index >= 0 ? Math.min(index, n) : 0
}

function numericEntity(name: string): string | undefined {
  if (!name.startsWith('#')) return undefined
  const hex = name[1] === 'x'
  const digits = name.slice(hex ? 2 : 1)
  if (!(hex ? /^[0-9a-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined
  const code = Number.parseInt(digits, hex ? 16 : 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}

/** The length of a quote's entity at `at`, or 0. */
function escapedQuoteEntity(source: string, at: number): number {
  quoteEntityAt.lastIndex = at
  return quoteEntityAt.exec(source)?.[0].length ?? 0
}
