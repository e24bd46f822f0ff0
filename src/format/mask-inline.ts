import { maskSecret } from './mask.ts'

/** A URL's password: `scheme://user:<password>@`. */
const urlPassword = /(\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{0,100}:)([^\s@/]{1,200})@/gi
/** The value of a key named as a secret: `password=…`, `"apiKey":"…"`, `token: …`. */
const namedValue =
  /(\b(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|client[_-]?secret|private[_-]?key)["']?\s{0,3}[:=]\s{0,3}["']?)([^\s"',;&)}\]]{4,200})/gi
/** A bearer token. */
const bearer = /(\bBearer\s{1,3})([\w.~+/=-]{8,2000})/g

/**
 * `text` with the secrets an error's message may quote masked: a URL's password, the value of a
 * key named as a secret, a bearer token. For safe500's own messages, which describe an error or
 * a value passed in (`The promise passed in rejected with …`): they must not print a secret the
 * audit would have masked.
 *
 * @example
 * ```ts
 * maskInline('connect failed: postgres://app:hunter2@10.0.3.7/shop') // 'connect failed: postgres://app:****@10.0.3.7/shop'
 * ```
 */
export function maskInline(text: string): string {
  return text
    .replace(urlPassword, (_, head: string) => `${head}****@`)
    .replace(namedValue, (_, head: string, value: string) => `${head}${maskSecret(value)}`)
    .replace(bearer, (_, head: string, value: string) => `${head}${maskSecret(value)}`)
}
