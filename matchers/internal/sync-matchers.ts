/** Matchers that return their verdict at once (no body to read): not awaited, usable asymmetrically. */
const syncMatchers: ReadonlySet<string> = new Set(['toBeUniform'])

/**
 * The names of the matchers among `matchers` that read a body and so return a promise: those a
 * runner's entry guards against a forgotten `await` and refuses asymmetrically.
 *
 * @example
 * ```ts
 * asyncMatcherNames(matchers) // ['toBeSafe500', 'toBeSafe5xx', …], not 'toBeUniform'
 * ```
 */
export function asyncMatcherNames(matchers: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(matchers).filter(
    (name) => typeof matchers[name] === 'function' && !syncMatchers.has(name),
  )
}
