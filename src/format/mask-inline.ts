import { maskSecret } from './mask.ts'

/**
 * A URL's password, `@` allowed in it: `scheme://user:<password>@host`, not crossing `/`, `?` or
 * `#`; its slashes escaped too, as JSON may write them (`postgres:\/\/app:<password>@db`).
 */
const urlPassword = /(\b[a-z][a-z0-9+.-]{1,20}:\\?\/\\?\/[^\s:@/?#]{0,100}:)([^\s/?#]{1,200})@/gi
/**
 * The value of a key named as a secret, wherever the name ends (`DB_PASSWORD=`, `access_token=`,
 * `"accessToken":"`, `\"password\":\"`): quoted (spaces and all) or bare.
 */
const namedValue =
  /((?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key)(?:\\?["'])?\s{0,3}[:=]\s{0,3})(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|\\"([^"\\\n]{1,200})\\"|([^\s"'\\,;&)}\]]{1,200}))/gi
/** A bearer token or Basic credentials after their scheme, in any case. */
const schemeValue = /(\b(?:bearer|basic)\s{1,3})([\w.~+/=-]{8,2000})/gi

/** How far before a window a URL holding a password there may start. */
const urlReach = 330

/**
 * Where the passwords of URLs (`scheme://user:<password>@host`) stand in `text`, those that touch
 * `[from, to)`: an excerpt of that window masks them whatever the host, even one a rule takes for
 * a documentation example (`db.example.com`), which no secret rule reports.
 *
 * @example
 * ```ts
 * urlPasswords('postgres://app:hunter2@db.example.com/x', 0, 40) // [[15, 22]]
 * ```
 */
export function urlPasswords(text: string, from: number, to: number): [number, number][] {
  // A password that touches the window ends within 200 characters of it, before its `@`.
  const at = text.indexOf('@', from)
  if (at === -1 || at > to + 200) return []
  // Its URL's scheme stands before the `@`, at most some 330 characters before the window.
  const scheme = firstOf(text, ['://', ':\\/\\/'], Math.max(0, from - urlReach))
  if (scheme === -1 || scheme > to + 200) return []
  const start = Math.max(0, scheme - 21)
  const slice = text.slice(start, Math.min(text.length, to + 210))
  const out: [number, number][] = []
  for (const match of slice.matchAll(urlPassword)) {
    const s = start + match.index + (match[1] as string).length
    const e = s + (match[2] as string).length
    if (s < to && e > from) out.push([s, e])
  }
  return out
}

/** Where the first of `words` stands in `text` from `from` on, or -1. */
function firstOf(text: string, words: readonly string[], from: number): number {
  let first = -1
  for (const word of words) {
    const at = text.indexOf(word, from)
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  return first
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
