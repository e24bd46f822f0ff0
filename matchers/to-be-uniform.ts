import { checkUniform, Safe500Error, type UniformOptions } from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'

/**
 * Passes when error responses of different causes (a database down, a TypeError, an upstream
 * timeout, a thrown string) are the same once request IDs and ISO timestamps are masked: same
 * status, Content-Type and body, so a client cannot tell the causes apart. Takes an array of
 * snapshots (`capture()`) or of responses whose body is already read (supertest, Fastify
 * `inject()`); synchronous, so no `await`.
 *
 * @example
 * ```ts
 * const paths = ['/db-down', '/type-error', '/upstream-timeout']
 * const snapshots = await Promise.all(paths.map(async (p) => capture(await fetch(app.url + p))))
 * expect(snapshots).toBeUniform()
 * expect(snapshots).toBeUniform({ mask: [/"took":\d+/] })
 * ```
 */
export function toBeUniform(
  this: MatcherContext,
  received: unknown,
  options: UniformOptions = {},
): MatcherResult {
  return atCaller(toBeUniform, () => {
    if (!Array.isArray(received)) {
      throw new Safe500Error(
        'ERR_NOT_A_RESPONSE',
        `toBeUniform(): expected an array of responses, received ${received === null ? 'null' : typeof received}. Write expect([dbDown, typeError, timeout]).toBeUniform().`,
      )
    }
    let result
    try {
      result = checkUniform(received, options)
    } catch (error) {
      if (error instanceof Safe500Error)
        throw new Safe500Error(
          error.code,
          `toBeUniform(): ${error.message.replace(/^\[safe500\] (?:checkUniform\(\):? ?)?/, '')}`,
          { cause: error.cause },
        )
      throw error
    }
    const pass = result.uniform
    const hint = this.utils.matcherHint('toBeUniform', 'received', '', {
      isNot: this.isNot,
      ...(this.promise ? { promise: this.promise } : {}),
    })
    const difference = result.difference
    const message = (): string =>
      pass || !difference
        ? `${hint}\n\nExpected the error responses to differ, but all ${received.length} are the same once request IDs and timestamps are masked.`
        : `${hint}\n\nExpected the ${received.length} error responses to be the same once request IDs and timestamps are masked, but response ${difference.index} differs from response 0 in its ${difference.what}${difference.offset === undefined ? '' : ` (at character ${difference.offset})`}:\n\n  response 0: ${this.utils.printExpected(difference.expected)}\n  response ${difference.index}: ${this.utils.printReceived(difference.received)}`
    return { pass, message }
  })
}
