import { clearTimeout, setTimeout } from 'node:timers'
import { Safe500Error } from '../../src/index.ts'
import { withFramesOf } from './at-caller.ts'

/**
 * The error of a test that called `name` (negated with `.not` when `isNot`) without awaiting it,
 * in every runner's entry; `after` adds what the matcher would have said. With `site` (frames
 * taken where the test called the matcher), its stack points at that line: runners draw their
 * code frame at the first frame, which would otherwise be safe500's own.
 */
export function notAwaited(
  name: string,
  after = '',
  isNot = false,
  site?: { stack?: string | undefined },
): Safe500Error {
  const call = `${isNot ? 'not.' : ''}${name}()`
  const error = new Safe500Error(
    'ERR_NOT_AWAITED',
    `${call} was not awaited, so its verdict was lost. Write \`await expect(res).${call}\`; the matcher reads the body, which is async.${after}`,
  )
  return site ? withFramesOf(error, site) : error
}

/** What a forgotten matcher came to: the failure it reported (undefined when it passed). */
export interface Verdict {
  readonly failed: string | undefined
}

/** How long the check after a test waits for a forgotten matcher's verdict. */
const verdictWait = 2000

/**
 * The verdict, or `'pending'` when it is not in within a short wait (a body that has not ended):
 * the check after a test then fails the test at once instead of running into the hook's
 * timeout. Timed with node:timers, which a test's fake timers leave alone.
 *
 * @example
 * ```ts
 * throw notAwaited(name, wouldHaveSaid(await verdictWithin(verdict)), isNot, site)
 * ```
 */
export async function verdictWithin<T>(verdict: Promise<T>): Promise<T | 'pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<'pending'>((resolve) => {
    timer = setTimeout(() => resolve('pending'), verdictWait)
    timer.unref()
  })
  try {
    return await Promise.race([verdict, late])
  } finally {
    clearTimeout(timer)
  }
}

/** What a forgotten matcher would have reported, for `notAwaited`'s `after`. */
export function wouldHaveSaid(verdict: Verdict | 'pending'): string {
  if (verdict === 'pending')
    return `\n\nIts verdict was still pending ${verdictWait / 1000} s after the test ended.`
  return verdict.failed === undefined
    ? ''
    : `\n\nAwaited, it would have failed:\n\n${verdict.failed}`
}
