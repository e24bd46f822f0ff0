/**
 * The candidate `word` is most likely a typo of, for a "did you mean" hint: the nearest by edit
 * distance (case ignored, a swap of two neighbours counting as one edit), when it is near enough:
 * one edit for words of up to 3 characters, a third of the length (at least 2) for longer ones.
 *
 * @example
 * ```ts
 * closest('statuss', ['status', 'skip']) // 'status'
 * closest('header-nosnif', rules.map((r) => r.id)) // 'header-nosniff'
 * closest('colour', ['status', 'skip']) // undefined
 * ```
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    // Lengths alone rule out most candidates.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let distance = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, (before[j - 2] as number) + 1)
      current[j] = distance
    }
    before = previous
    previous = current
  }
  return previous[b.length] as number
}
