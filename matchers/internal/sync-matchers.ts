/** Matchers that return their verdict at once (no body to read): not awaited, usable asymmetrically. */
export const syncMatchers: ReadonlySet<string> = new Set(['toBeUniform'])
