/** Attribute values of `type` that make a `<script>` element data, not code. */
const dataTypes = ['json', 'importmap', 'speculationrules', 'template', 'html']

/** The text whose script ranges were found last, and those ranges: `[codeStart, codeEnd]` pairs. */
let last: { text: string; ranges: number[] } | undefined

/**
 * Whether offset `at` of `text` lies in the code of an inline `<script>` element: JavaScript a
 * page carries, as a page that inlines a library's build carries the library's own messages
 * (React's `Objects are not valid as a React child`, date-fns' `Invalid time value`). A data block
 * (`type="application/json"`, an import map) is no code: what it holds is the page's data. The
 * elements are found once per text, in one pass.
 *
 * @example
 * ```ts
 * inScriptCode('<script>throw new Error("x")</script>', 10) // true
 * inScriptCode('<script type="application/json">{"a":1}</script>', 35) // false
 * ```
 */
export function inScriptCode(text: string, at: number): boolean {
  if (last?.text !== text) last = { text, ranges: scriptRanges(text) }
  const { ranges } = last
  // The last range that starts at or before `at`.
  let lo = 0
  let hi = ranges.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ranges[mid * 2] as number) <= at) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && at < (ranges[(lo - 1) * 2 + 1] as number)
}

/** Where the code of each inline script element of `text` starts and ends, in order. */
function scriptRanges(text: string): number[] {
  const ranges: number[] = []
  const lower = text.includes('<script') || text.includes('<SCRIPT') ? text.toLowerCase() : ''
  let from = 0
  while (lower !== '') {
    const open = lower.indexOf('<script', from)
    if (open === -1) break
    const gt = lower.indexOf('>', open)
    if (gt === -1) break
    const close = lower.indexOf('</script', gt)
    const end = close === -1 ? text.length : close
    if (!isData(lower.slice(open, gt))) ranges.push(gt + 1, end)
    from = end
  }
  return ranges
}

/** Whether an opening tag (`<script type="application/ld+json" …`) makes its element data. */
function isData(tag: string): boolean {
  const type = tag.indexOf('type=')
  if (type === -1) return false
  const value = tag.slice(type + 5, type + 60)
  return dataTypes.some((word) => value.includes(word)) && !value.includes('javascript')
}
