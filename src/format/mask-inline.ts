import { isAsciiLetter, isSchemeChar, isWordChar } from '../secrets/token-char.ts'
import { maskSecret } from './mask.ts'

/**
 * A URL's password, `@` allowed in it: `scheme://user:<password>@host`, not crossing `/`, `?` or
 * `#`; its slashes escaped too, as JSON may write them (`postgres:\/\/app:<password>@db`); the
 * user may hold an `@` too, as Azure's `myadmin@myserver` does.
 */
const urlPassword =
  /(\b[a-z][a-z0-9+.-]{1,20}:(?:\/\/|\\\/\\\/)[^\s:/?#]{0,100}:)([^\s/?#]{1,200})@/gi
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

/** How far before a window a URL holding a password there may start. */
const urlReach = 330

/**
 * Where the passwords of URLs (`scheme://user:<password>@host`, its slashes JSON-escaped too)
 * stand in `text`, those that touch `[from, to)`: an excerpt of that window masks them whatever
 * the host, even one a rule takes for a documentation example (`db.example.com`), which no secret
 * rule reports. Only the window and a few hundred characters around it are read.
 *
 * @example
 * ```ts
 * urlPasswords('postgres://app:hunter2@db.example.com/x', 0, 40) // [[15, 22]]
 * ```
 */
export function urlPasswords(text: string, from: number, to: number): [number, number][] {
  // A password that touches the window ends within 200 characters of it, before its `@`; its
  // URL starts at most some 330 characters before the window.
  const lo = Math.max(0, from - urlReach)
  const near = text.slice(lo, Math.min(text.length, to + 201))
  if (!near.includes('@', from - lo)) return []
  return passwordsIn(text, lo, near).filter(([s, e]) => s < to && e > from)
}

/**
 * The URL passwords of `text` whose scheme's `://` stands in `near` (the part of `text` from
 * `lo`), in order: from each place before a `://` a scheme may start (a letter at a word's start,
 * at most 21 characters before it), a sticky match of `urlPassword`, as a search from the front
 * would find them.
 */
function passwordsIn(text: string, lo: number, near: string): [number, number][] {
  const out: [number, number][] = []
  let plain = near.indexOf('://')
  let escaped = near.indexOf(':\\/\\/')
  let after = 0
  while (plain !== -1 || escaped !== -1) {
    const at = plain === -1 ? escaped : escaped === -1 ? plain : Math.min(plain, escaped)
    if (at === plain) plain = near.indexOf('://', at + 1)
    else escaped = near.indexOf(':\\/\\/', at + 1)
    const i = lo + at
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
 * The value `namedValue` matched, from its four value groups (quoted, single-quoted, escaped or
 * bare; the groups after the name's), unless it reads as part of a message (`isPlain`).
 */
function secretValueOf(groups: readonly unknown[]): string | undefined {
  const value = groups.slice(0, 4).find((v): v is string => typeof v === 'string') ?? ''
  return isPlain(value) ? undefined : value
}

/** A scheme's value that holds a digit, a symbol or a capital past its start: no word. */
function readsAsToken(value: string): boolean {
  return /[0-9+/=.]/.test(value) || /[A-Z]/.test(value.slice(1))
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
      const value = secretValueOf(values)
      if (value === undefined) return whole
      return `${head}${whole.slice(head.length).replace(value, maskSecret(value))}`
    })
    .replace(schemeValue, (whole: string, head: string, value: string) =>
      readsAsToken(value) ? `${head}${maskSecret(value)}` : whole,
    )
}

/** What every name `namedValue` matches holds, in lower case. */
const nameWords = ['pass', 'pwd', 'secret', 'token', 'key']

/** How far before a window a named value's name may start, and how long a value may run. */
const nameReach = 260

/**
 * Where the values `maskInline` masks besides URL passwords stand in `text`, those that touch
 * `[from, to)`: the value of a key named as a secret (`api_key=…`, `"password":"…"`) and a bearer
 * token or Basic credentials, unless they read as words (`token: expired`). An excerpt of that
 * window masks them, though no rule reported them. Only the window and a few hundred characters
 * around it are read.
 *
 * @example
 * ```ts
 * namedSecrets('call failed, api_key=letmein-please', 0, 35) // [[21, 35]]
 * ```
 */
export function namedSecrets(text: string, from: number, to: number): [number, number][] {
  const lo = Math.max(0, from - nameReach)
  const near = text.slice(lo, Math.min(text.length, to + 201))
  const lower = near.toLowerCase()
  const out: [number, number][] = []
  // Most windows hold no name of a secret and no auth scheme: the patterns need not run.
  const named = nameWords.some((word) => lower.includes(word))
  for (const m of named ? near.matchAll(namedValue) : []) {
    const value = secretValueOf(m.slice(2))
    if (value === undefined) continue
    const start = lo + m.index + m[0].indexOf(value, (m[1] as string).length)
    out.push([start, start + value.length])
  }
  const schemed = lower.includes('bearer') || lower.includes('basic')
  for (const m of schemed ? near.matchAll(schemeValue) : []) {
    const value = m[2] as string
    if (!readsAsToken(value)) continue
    const start = lo + m.index + (m[1] as string).length
    out.push([start, start + value.length])
  }
  return out.filter(([s, e]) => s < to && e > from)
}

/**
 * Where the URL passwords (`urlPasswords`) and named secrets (`namedSecrets`) that touch a window
 * of `text` stand, read near each window asked: for one excerpt of a text.
 *
 * @example
 * ```ts
 * secretsNear('db: postgres://app:hunter2@db/x')(0, 31) // [[19, 26]]
 * ```
 */
export function secretsNear(text: string): (from: number, to: number) => [number, number][] {
  return (from, to) => [...urlPasswords(text, from, to), ...namedSecrets(text, from, to)]
}

/** Texts up to this long are read whole, once, for all the windows asked of them. */
const readWholeUpTo = 16_384

/**
 * For excerpts of many windows of one text: where the URL passwords (`urlPasswords`) and named
 * secrets (`namedSecrets`) that touch a window stand. A text of up to 16 KB is read whole once, at
 * the first window asked (an audit's findings ask for windows that overlap, each reading a few
 * hundred characters around it); a longer one is read near each window.
 *
 * @example
 * ```ts
 * const around = secretsAround(body)
 * for (const [from, to] of windows) mask(body, around(from, to))
 * ```
 */
export function secretsAround(text: string): (from: number, to: number) => [number, number][] {
  if (text.length > readWholeUpTo) return secretsNear(text)
  let all: [number, number][] | undefined
  return (from, to) => {
    all ??= secretsNear(text)(0, text.length)
    return all.filter(([s, e]) => s < to && e > from)
  }
}
