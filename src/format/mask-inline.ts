import { isAsciiDigit, isAsciiLetter } from '../secrets/token-char.ts'
import { maskSecret } from './mask.ts'

/**
 * A URL's password, `@` allowed in it: `scheme://user:<password>@host`, not crossing `/`, `?` or
 * `#`; its slashes escaped too, as JSON may write them (`postgres:\/\/app:<password>@db`).
 */
const urlPassword =
  /(\b[a-z][a-z0-9+.-]{1,20}:(?:\/\/|\\\/\\\/)[^\s:@/?#]{0,100}:)([^\s/?#]{1,200})@/gi
/**
 * The value of a key named as a secret, wherever the name ends (`DB_PASSWORD=`, `access_token=`,
 * `"accessToken":"`, `\"password\":\"`): quoted (spaces and all) or bare.
 */
const namedValue =
  /((?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key)(?:\\?["'])?\s{0,3}[:=]\s{0,3})(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|\\"([^"\\\n]{1,200})\\"|([^\s"'\\,;&)}\]]{1,200}))/gi
/** A bearer token or Basic credentials after their scheme, in any case. */
const schemeValue = /(\b(?:bearer|basic)\s{1,3})([\w.~+/=-]{8,2000})/gi

/** `urlPassword` from a scheme's first letter on (sticky). */
const urlPasswordAt = new RegExp(urlPassword.source.replace('(\\b', '('), 'iy')

/** The passwords of the last text asked about: excerpts of one audit ask about the same body. */
let last: { readonly text: string; readonly spans: readonly (readonly [number, number])[] } = {
  text: '',
  spans: [],
}

/**
 * Where the passwords of URLs (`scheme://user:<password>@host`, its slashes JSON-escaped too)
 * stand in `text`, those that touch `[from, to)`: an excerpt of that window masks them whatever
 * the host, even one a rule takes for a documentation example (`db.example.com`), which no secret
 * rule reports. The text is read once for all its windows, from each `://` in it.
 *
 * @example
 * ```ts
 * urlPasswords('postgres://app:hunter2@db.example.com/x', 0, 40) // [[15, 22]]
 * ```
 */
export function urlPasswords(text: string, from: number, to: number): [number, number][] {
  if (last.text !== text) last = { text, spans: allUrlPasswords(text) }
  const { spans } = last
  // The first span that ends after `from` (spans are sorted and disjoint), then those that start
  // before `to`.
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((spans[mid] as readonly [number, number])[1] <= from) lo = mid + 1
    else hi = mid
  }
  const out: [number, number][] = []
  for (let i = lo; i < spans.length && (spans[i] as readonly [number, number])[0] < to; i++) {
    const [s, e] = spans[i] as readonly [number, number]
    out.push([s, e])
  }
  return out
}

/** Every URL password of `text`, in order: a sticky match from each scheme before a `://`. */
function allUrlPasswords(text: string): [number, number][] {
  const out: [number, number][] = []
  let plain = text.indexOf('://')
  let escaped = text.indexOf(':\\/\\/')
  let after = 0
  while (plain !== -1 || escaped !== -1) {
    const i = plain === -1 ? escaped : escaped === -1 ? plain : Math.min(plain, escaped)
    if (i === plain) plain = text.indexOf('://', i + 1)
    else escaped = text.indexOf(':\\/\\/', i + 1)
    // Back over the scheme (`postgres`, `git+ssh`, at most 21 characters), then from each place
    // in it a scheme may start (a letter at a word's start), as a search from the front would.
    let s = i
    while (s > 0 && i - s < 21 && isSchemeChar(text.charCodeAt(s - 1))) s--
    for (let t = Math.max(s, after); t < i; t++) {
      if (!isAsciiLetter(text.charCodeAt(t)) || (t > 0 && isWordChar(text.charCodeAt(t - 1))))
        continue
      urlPasswordAt.lastIndex = t
      const match = urlPasswordAt.exec(text)
      if (!match) continue
      const e = t + match[0].length - 1
      out.push([e - (match[2] as string).length, e])
      after = e
      break
    }
  }
  return out
}

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f
}

/** Values that say what went wrong rather than being a secret: `apiKey=undefined`, `token: expired`. */
const plainWords = new Set([
  'undefined',
  'null',
  'true',
  'false',
  'none',
  'missing',
  'required',
  'malformed',
  'invalid',
  'expired',
  'empty',
  'refresh',
  'revoked',
  'unset',
  'not',
  'is',
])

/**
 * A value that reads as part of a message, not a secret: a plain word, lower-case letters only,
 * or under four characters (`'<'` after `Unexpected token:`).
 */
function isPlain(value: string): boolean {
  return value.length < 4 || plainWords.has(value.toLowerCase()) || /^[a-z]{1,40}$/.test(value)
}

/**
 * `text` with the secrets an error's message may quote masked, in the shapes the audit masks
 * them: a URL's password, the value of a key named as a secret (quoted, bare, in JSON, escaped
 * JSON), a bearer token or Basic credentials. Words that say what went wrong (`apiKey=undefined`,
 * `token: expired`, `Bearer authentication`) stay. For safe500's own messages, which describe an
 * error or a value passed in (`The promise passed in rejected with …`): they must not print a
 * secret the audit would have masked.
 *
 * @example
 * ```ts
 * maskInline('connect failed: postgres://app:hunter2@10.0.3.7/shop') // 'connect failed: postgres://app:****@10.0.3.7/shop'
 * ```
 */
export function maskInline(text: string): string {
  return text
    .replace(urlPassword, (_, head: string) => `${head}****@`)
    .replace(namedValue, (whole: string, head: string, ...values: unknown[]) => {
      const value = values.slice(0, 4).find((v): v is string => typeof v === 'string') ?? ''
      if (isPlain(value)) return whole
      return `${head}${whole.slice(head.length).replace(value, maskSecret(value))}`
    })
    .replace(schemeValue, (whole: string, head: string, value: string) =>
      /[0-9+/=.]/.test(value) || /[A-Z]/.test(value.slice(1))
        ? `${head}${maskSecret(value)}`
        : whole,
    )
}
