import { Safe500Error } from '../../src/index.ts'

/**
 * The error of a test that called `name` (negated with `.not` when `isNot`) without awaiting it,
 * in every runner's entry; `after` adds what the matcher would have said.
 */
export function notAwaited(name: string, after = '', isNot = false): Safe500Error {
  const call = `${isNot ? 'not.' : ''}${name}()`
  return new Safe500Error(
    'ERR_NOT_AWAITED',
    `${call} was not awaited, so its verdict was lost. Write \`await expect(res).${call}\`; the matcher reads the body, which is async.${after}`,
  )
}
