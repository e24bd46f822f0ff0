import type { AuditOptions, Snapshot } from '../src/index.ts'

/** A value the matchers can read: a fetch Response, a client's response object, a snapshot, or a promise of one. */
export type ResponseLike =
  | Response
  | Snapshot
  | { readonly status: number }
  | { readonly statusCode: number }
  | { readonly response: { readonly status: number } }

type Received<T, A extends unknown[]> = unknown extends T
  ? A
  : T extends ResponseLike | PromiseLike<ResponseLike>
    ? A
    : [received_must_be_a_response: never]

/**
 * The safe500 matchers, typed for any runner: `R` is what a sync matcher returns, `T` the received
 * type. Every matcher reads a body, so each returns `Promise<void>`: await it.
 *
 * @example
 * ```ts
 * // vitest.config.ts: test: { setupFiles: ['safe500/vitest'] } brings these types into `expect`.
 * await expect(res).toBeSafe500()
 * ```
 */
export interface Safe500Matchers<_R = unknown, T = unknown> {
  /** The response is a safe 500: status, generic body, headers, request ID. */
  toBeSafe500(...options: Received<T, [options?: AuditOptions]>): Promise<void>
  /** The response is a safe 5xx: 500, 502, 503 or 504 (or the statuses given), with the checks of toBeSafe500. */
  toBeSafe5xx(
    ...args: Received<
      T,
      [statuses?: number | readonly number[], options?: AuditOptions] | [options?: AuditOptions]
    >
  ): Promise<void>
  /** The response leaks details (body and header leaks only); use as `.not.toLeakDetails()`. */
  toLeakDetails(...options: Received<T, [options?: AuditOptions]>): Promise<void>
  /** The headers are safe: no-store, nosniff, Content-Type with charset, no stack or version headers. */
  toHaveSafeHeaders(...options: Received<T, [options?: AuditOptions]>): Promise<void>
}
