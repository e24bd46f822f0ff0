/**
 * `text` with every character a regex gives meaning to escaped, so that `new RegExp()` finds it as
 * written.
 *
 * @example
 * ```ts
 * escapeRegExp('x.y(1)') // 'x\\.y\\(1\\)'
 * ```
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}
