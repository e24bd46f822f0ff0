/**
 * `text` at most `max` characters long for a finding's message: whole when it fits, else cut after
 * the last whole word that fits (or at `max` in a word longer than half of it) and marked with `…`,
 * so a phrase is not cut mid-word and a cut host name does not read as another host.
 *
 * @example
 * ```ts
 * clip('Response does not match the HTTP/1.1 protocol', 40) // 'Response does not match the HTTP/1.1…'
 * ```
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const space = text.lastIndexOf(' ', max)
  const end = space > max / 2 ? space : max
  return `${text.slice(0, end).trimEnd()}…`
}
