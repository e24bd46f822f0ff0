import { checkKeys } from '../check-keys.ts'
import type { Snapshot } from '../capture/snapshot.ts'
import { maskSecrets } from '../audit/mask-secrets.ts'
import { maskSecret } from '../format/mask.ts'
import { randomTokens } from '../format/random-tokens.ts'
import { Safe500Error } from '../errors.ts'
import { findRequestIds } from './find-request-id.ts'
import { readSync } from './internal/read-sync.ts'

/**
 * What `checkUniform()` masks before comparing.
 *
 * @example
 * ```ts
 * import { checkUniform, type UniformOptions } from 'safe500'
 * const options: UniformOptions = { mask: [/"at":\d{13}/g], requestIdHeaders: ['x-trace'] }
 * expect(checkUniform([dbDown, typeError, upstreamTimeout], options).uniform).toBe(true)
 * expect([dbDown, typeError, upstreamTimeout]).toBeUniform(options) // the same, as a matcher
 * ```
 */
export interface UniformOptions {
  /** More text to mask: strings, or RegExps (e.g. a timestamp format of your own). */
  readonly mask?: readonly (string | RegExp)[] | undefined
  /** More header names that carry the request ID. */
  readonly requestIdHeaders?: readonly string[] | undefined
  /** More JSON member names that carry the request ID, e.g. `ref`. */
  readonly requestIdKeys?: readonly string[] | undefined
}

/**
 * One response as compared: status, Content-Type and the body with IDs and timestamps masked.
 *
 * @example
 * ```ts
 * import { checkUniform, type MaskedResponse } from 'safe500'
 * const masked: readonly MaskedResponse[] = checkUniform([dbDown, typeError]).masked
 * masked[0]?.contentType // 'application/json;charset=utf-8'
 * masked[0]?.body // '{"error":"Internal Server Error","requestId":"<request-id>","at":"<timestamp>"}'
 * ```
 */
export interface MaskedResponse {
  readonly status: number
  readonly contentType: string | undefined
  readonly body: string
}

/**
 * How the first response that differs from the first one differs.
 *
 * @example
 * ```ts
 * import { checkUniform, type UniformDifference } from 'safe500'
 * const diff: UniformDifference | undefined = checkUniform([dbDown, typeError]).difference
 * if (diff !== undefined)
 *   console.log(`response ${diff.index} differs in ${diff.what}: ${diff.expected} vs ${diff.received}`)
 * ```
 */
export interface UniformDifference {
  /** Its index in the list. */
  readonly index: number
  readonly what: 'status' | 'content type' | 'body'
  /**
   * Around the first difference: the first response's side, then this one's, with secrets and
   * what reads as a generated key masked, as excerpts mask them.
   */
  readonly expected: string
  readonly received: string
  /** For bodies: where the masked texts start to differ. */
  readonly offset?: number
}

/**
 * What `checkUniform()` found.
 *
 * @example
 * ```ts
 * import { checkUniform, type Uniformity } from 'safe500'
 * const result: Uniformity = checkUniform([dbDown, typeError, upstreamTimeout])
 * expect(result.uniform, JSON.stringify(result.difference)).toBe(true)
 * ```
 */
export interface Uniformity {
  readonly uniform: boolean
  readonly masked: readonly MaskedResponse[]
  readonly difference: UniformDifference | undefined
}

/** ISO 8601 timestamps, masked before comparing. */
export const timestampPattern =
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])/g
const idChar = /[A-Za-z0-9_-]/

/**
 * Compares error responses of different causes (a database down, a TypeError, an upstream timeout,
 * a thrown string): a uniform app gives them the same status, Content-Type and body once request
 * IDs and ISO timestamps are masked, so a client cannot tell causes apart. Takes snapshots, or
 * responses whose body is already read (supertest, Fastify `inject()`).
 *
 * @example
 * ```ts
 * import { capture, checkUniform } from 'safe500'
 * const snapshots = await Promise.all(['/db', '/type-error', '/upstream'].map(async (p) => capture(await fetch(url + p))))
 * checkUniform(snapshots).difference // undefined when uniform
 * ```
 */
export function checkUniform(
  responses: readonly unknown[],
  options: UniformOptions = {},
): Uniformity {
  if (!Array.isArray(responses) || responses.length < 2) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `checkUniform() compares two or more responses, received ${Array.isArray(responses) ? `${responses.length}` : typeof responses}. Pass the error responses of different causes, e.g. [dbDown, typeError, upstreamTimeout].`,
    )
  }
  checkKeys(options, ['mask', 'requestIdHeaders', 'requestIdKeys'], 'checkUniform(): ')
  const masked = responses.map((r, i) => mask(readSync(r, `response ${i}`), options))
  const first = masked[0] as MaskedResponse
  for (let index = 1; index < masked.length; index++) {
    const other = masked[index] as MaskedResponse
    if (other.status !== first.status)
      return differ(masked, {
        index,
        what: 'status',
        expected: `${first.status}`,
        received: `${other.status}`,
      })
    if (other.contentType !== first.contentType)
      return differ(masked, {
        index,
        what: 'content type',
        expected: first.contentType ?? '(none)',
        received: other.contentType ?? '(none)',
      })
    if (other.body !== first.body) {
      let at = 0
      while (at < first.body.length && first.body[at] === other.body[at]) at++
      const from = Math.max(0, at - 20)
      const window = (text: string) =>
        `${from > 0 ? '…' : ''}${shown(text, from, at + 40)}${text.length > at + 40 ? '…' : ''}`
      return differ(masked, {
        index,
        what: 'body',
        expected: window(first.body),
        received: window(other.body),
        offset: at,
      })
    }
  }
  return { uniform: true, masked, difference: undefined }
}

/**
 * `text` from `from` to `to`, as a message may quote it: what reads as a generated key is masked
 * (judged whole where the window cuts it), then the secrets the whole text holds, even where the
 * window cuts them.
 */
function shown(text: string, from: number, to: number): string {
  let out = ''
  let i = from
  for (const [start, end] of randomTokens(text, from, to)) {
    out += text.slice(i, Math.max(i, start))
    out += start >= from ? maskSecret(text.slice(start, end)) : '****'
    i = end
  }
  return maskSecrets(
    out + text.slice(i, Math.max(i, to)),
    text.slice(Math.max(0, from - 4096), to + 4096),
  )
}

function differ(masked: readonly MaskedResponse[], difference: UniformDifference): Uniformity {
  return { uniform: false, masked, difference }
}

function mask(snapshot: Snapshot, options: UniformOptions): MaskedResponse {
  const ids = findRequestIds(snapshot, {
    requestIdHeaders: options.requestIdHeaders ?? [],
    requestIdKeys: options.requestIdKeys ?? [],
  }).all.flatMap((id) => [id.raw, id.value])
  let body = snapshot.text
  for (const id of [...new Set(ids)].sort((a, b) => b.length - a.length))
    body = replaceToken(body, id, '<request-id>')
  body = body.replace(timestampPattern, '<timestamp>')
  for (const m of options.mask ?? []) {
    body =
      typeof m === 'string'
        ? body.split(m).join('<masked>')
        : body.replace(
            new RegExp(m.source, m.flags.includes('g') ? m.flags : `${m.flags}g`),
            '<masked>',
          )
  }
  const contentType = snapshot.headers['content-type']?.toLowerCase().replace(/\s/g, '')
  return { status: snapshot.status, contentType, body }
}

/** Replaces `token` where it stands alone (not inside a longer ID-like token). */
function replaceToken(text: string, token: string, by: string): string {
  if (token === '') return text
  let out = ''
  let from = 0
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) {
    const before = text[at - 1]
    const after = text[at + token.length]
    if (
      (before !== undefined && idChar.test(before)) ||
      (after !== undefined && idChar.test(after))
    )
      continue
    out += text.slice(from, at) + by
    from = at + token.length
  }
  return out + text.slice(from)
}
