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

const passHead = "if this answers a HEAD request, pass { method: 'HEAD' }"

/**
 * What a finding about a response without a body adds (`empty`) when `method` is unknown: a HEAD
 * answer has none, and a fetch `Response` does not say it answers HEAD. Otherwise nothing.
 *
 * @example
 * ```ts
 * `has an empty body${headHintFor(requestMethod(subject), snapshot.body.byteLength === 0)}`
 * ```
 */
export function headHintFor(method: string | undefined, empty: boolean): string {
  return empty && method === undefined ? `; ${passHead}` : ''
}
