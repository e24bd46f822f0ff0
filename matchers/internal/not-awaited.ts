import { Safe500Error } from '../../src/index.ts'

/**
 * The error of a test that called `name` without awaiting it, in every runner's entry; `after`
 * adds what the matcher would have said.
 */
export function notAwaited(name: string, after = ''): Safe500Error {
  return new Safe500Error(
    'ERR_NOT_AWAITED',
    `${name}() was not awaited, so its verdict was lost. Write \`await expect(res).${name}()\`; the matcher reads the body, which is async.${after}`,
  )
}
