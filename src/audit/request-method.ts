import type { Subject } from '../rule.ts'

/**
 * The method of the request a response answers, in upper case: the `method` option, else what
 * the response shape told `capture()` (supertest, axios, got, an `IncomingMessage`'s request);
 * undefined when neither tells it, as for a fetch `Response`.
 *
 * @example
 * ```ts
 * const method = requestMethod(subject)
 * if (method !== 'HEAD' && subject.snapshot.body.byteLength === 0) yield { message: 'is empty' }
 * ```
 */
export function requestMethod({ options, snapshot }: Subject): string | undefined {
  return (options.method ?? snapshot.method)?.toUpperCase()
}

/**
 * What a finding about an empty body adds when the method is unknown: a HEAD answer has none,
 * and a fetch `Response` does not say it answers HEAD.
 *
 * @example
 * ```ts
 * `has an empty body; ${headHint}`
 * ```
 */
export const headHint = "if this answers a HEAD request, pass { method: 'HEAD' }"
