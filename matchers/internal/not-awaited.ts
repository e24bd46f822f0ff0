import { Safe500Error } from '../../src/index.ts'

/**
 * The error of a test that called `name` (negated with `.not` when `isNot`) without awaiting it,
 * in every runner's entry; `after` adds what the matcher would have said. With `site` (an error
 * made where the test called the matcher), its stack points at that line: runners draw their
 * code frame at the first frame, which would otherwise be safe500's own.
 */
export function notAwaited(name: string, after = '', isNot = false, site?: Error): Safe500Error {
  const call = `${isNot ? 'not.' : ''}${name}()`
  const error = new Safe500Error(
    'ERR_NOT_AWAITED',
    `${call} was not awaited, so its verdict was lost. Write \`await expect(res).${call}\`; the matcher reads the body, which is async.${after}`,
  )
  if (site) {
    const frames = site.stack ?? ''
    error.stack = `${error.name}: ${error.message}${frames.slice(frames.indexOf('\n'))}`
  }
  return error
}

/**
 * What a forgotten matcher would have reported, for `notAwaited`'s `after`: the failure it
 * rejected with, or nothing when it passed.
 */
export function wouldHaveFailed(message: string | undefined): string {
  return message === undefined ? '' : `\n\nAwaited, it would have failed:\n\n${message}`
}
