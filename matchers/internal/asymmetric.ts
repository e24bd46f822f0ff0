import { Safe500Error } from '../../src/index.ts'

/**
 * Replaces the asymmetric forms a runner's `expect.extend` made of async matchers
 * (`expect.toBeSafe500()`, `expect.not.toBeSafe500()`) with ones that throw `ERR_NOT_AWAITED` when
 * called. An asymmetric matcher must answer at once, inside `toEqual` or `toHaveBeenCalledWith`;
 * an async one would answer with a promise, which Jest reads as a failed match (and prints the
 * whole value it compared, body and all) and Vitest's `expect.not` as a pass.
 *
 * @example
 * ```ts
 * expect.extend(matchers)
 * refuseAsymmetric(expect, ['toBeSafe500'])
 * expect.toBeSafe500() // throws: [safe500] expect.toBeSafe500() cannot be used as an asymmetric matcher …
 * ```
 */
export function refuseAsymmetric(expect: object, names: readonly string[]): void {
  const not = (expect as { not?: unknown }).not
  for (const name of names) {
    refuse(expect, name, '')
    if (typeof not === 'object' && not !== null) refuse(not, name, 'not.')
  }
}

function refuse(target: object, name: string, prefix: string): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    writable: true,
    value: () => {
      throw new Safe500Error(
        'ERR_NOT_AWAITED',
        `expect.${prefix}${name}() cannot be used as an asymmetric matcher (inside toEqual, toHaveBeenCalledWith or objectContaining): it reads a body, which is async. Check the response on its own: \`await expect(res).${prefix}${name}()\`.`,
      )
    },
  })
}
