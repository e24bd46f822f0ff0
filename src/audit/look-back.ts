/**
 * Where `needle` last starts in `text` at or before `at`, looking back at most `reach`
 * characters; -1 when it does not. `text.lastIndexOf(needle, at)` reads back to the start of the
 * text when the needle is absent, so a rule that looks back from each of many matches would be
 * quadratic; this reads at most `reach` characters and keeps it linear.
 *
 * @example
 * ```ts
 * lastIndexWithin('<p data-x="1">', ' data-', 10, 300) // 2
 * lastIndexWithin('<p data-x="1">', ' data-', 10, 5) // -1: further back than 5
 * ```
 */
export function lastIndexWithin(text: string, needle: string, at: number, reach: number): number {
  const start = Math.max(0, at)
  const from = Math.max(0, start - reach)
  const found = text.slice(from, start + needle.length).lastIndexOf(needle, start - from)
  return found === -1 ? -1 : from + found
}
