/**
 * The part of a matcher's `this` that Vitest and Jest share: enough for one implementation.
 *
 * @example
 * ```ts
 * import { toBeSafe500, type MatcherContext } from 'safe500/matchers'
 * expect.extend({
 *   toBeSafeApiError(this: MatcherContext, received: unknown) {
 *     return toBeSafe500.call(this, received, { requestId: 'both', skip: ['header-nosniff'] })
 *   },
 * })
 * ```
 */
export interface MatcherContext {
  readonly isNot: boolean
  readonly promise?: string
  readonly utils: {
    matcherHint: (
      matcherName: string,
      received?: string,
      expected?: string,
      options?: { isNot?: boolean; promise?: string; secondArgument?: string; comment?: string },
    ) => string
    printReceived: (value: unknown) => string
    printExpected: (value: unknown) => string
  }
}

/**
 * What a matcher returns.
 *
 * @example
 * ```ts
 * import { toHaveRequestId, type MatcherContext, type MatcherResult } from 'safe500/matchers'
 * async function toHaveUuid(this: MatcherContext, received: unknown): Promise<MatcherResult> {
 *   const result = await toHaveRequestId.call(this, received, 'uuid', { requestId: 'header' })
 *   return { pass: result.pass, message: () => `API errors carry a UUID. ${result.message()}` }
 * }
 * expect.extend({ toHaveUuid })
 * ```
 */
export interface MatcherResult {
  readonly pass: boolean
  readonly message: () => string
}
