/**
 * True when `text[start, end)` is a whole message: a JSON string's (`{"error":"fetch failed"}`),
 * a line's, an element's (`<pre>Connection refused</pre>`), or the tail after a wrapper's `: `
 * (`checkout failed: fetch failed`); a full stop may end it. Runtimes' bare phrases count as
 * their error's own words there, not inside a sentence ("We could not fetch failed payments").
 *
 * @example
 * ```ts
 * standsAlone('{"error":"fetch failed"}', 10, 22) // true
 * ```
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  const before = start === 0 ? '' : text[start - 1]
  const opens =
    before === '' ||
    before === '"' ||
    before === '>' ||
    before === '\n' ||
    text.startsWith(': ', start - 2)
  let after = end
  if (text[after] === '.') after++
  const next = after === text.length ? '' : text[after]
  return opens && (next === '' || next === '"' || next === '<' || next === '\n' || next === '\\')
}
