let lastText: string | undefined
let lastStarts: number[] = [0]

/** 1-based line and column of `offset` in `text` (line starts are kept for the last text asked about). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  if (text !== lastText) {
    lastText = text
    lastStarts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lastStarts.push(i + 1)
  }
  const starts = lastStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 }
}
