/**
 * White space between JSON tokens (space, tab, line feed, carriage return).
 *
 * @example
 * ```ts
 * isJsonBlank('\n') // true
 * ```
 */
export function isJsonBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r'
}

/**
 * Where a member's value starts in JSON text, after a key that ends before `i` (blanks, a colon,
 * blanks), or -1 when no colon follows.
 *
 * @example
 * ```ts
 * valueAfterColon('{"status" : 500}', 9) // 12
 * ```
 */
export function valueAfterColon(text: string, i: number): number {
  while (isJsonBlank(text[i])) i++
  if (text[i] !== ':') return -1
  i++
  while (isJsonBlank(text[i])) i++
  return i
}
