/** Timing helpers for the benchmark: batches sized to the clock, medians, side-by-side runs. */

let sink = 0

const wall = process.argv.includes('--wall')

/**
 * What the benchmark times with: the process's CPU time (so other processes on a busy machine do
 * not inflate the figures), or wall-clock time with `--wall`.
 *
 * @example
 * ```ts
 * console.log(`times are ${clockName}`)
 * ```
 */
export const clockName = wall ? 'wall-clock time' : 'CPU time'

/** Milliseconds on the benchmark's clock. */
function now(): number {
  if (wall) return performance.now()
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * Keeps a result alive so the work that made it cannot be skipped.
 *
 * @example
 * ```ts
 * keep(text.length)
 * ```
 */
export function keep(value: unknown): void {
  if (typeof value === 'number') sink += value
  else if (typeof value === 'string') sink += value.length
  else if (value !== null && value !== undefined) sink += 1
}

/**
 * The accumulated sink, printed at the end so nothing is optimised away.
 *
 * @example
 * ```ts
 * console.log(`(sink ${sinkValue() % 997})`)
 * ```
 */
export function sinkValue(): number {
  return sink
}

/**
 * The middle of `values` (the mean of the two middle ones for an even count).
 *
 * @example
 * ```ts
 * medianOf([3, 1, 2]) // 2
 * ```
 */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * The value at fraction `p` of `sorted` (ascending), by nearest rank: `percentile(ms, 0.9)`.
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) // 9
 * ```
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number
}

/**
 * Milliseconds one call takes: batches of at least ~5 ms, the median of their per-call times.
 *
 * @example
 * ```ts
 * const ms = time(() => auditSnapshot(snapshot), 500)
 * ```
 */
export function time(fn: () => unknown, budgetMs: number, options?: Sampling): number {
  return compare([fn], budgetMs, options)[0] as number
}

/** How to sample: at least `minSamples` batches of at least `batchMs` each (defaults 3 and 5). */
export interface Sampling {
  readonly minSamples?: number
  readonly batchMs?: number
}

/**
 * Times several functions side by side: they run in alternating batches until the budget is spent,
 * so drift (GC, frequency scaling) hits them alike. Returns each one's median ms per call.
 *
 * @example
 * ```ts
 * const [floorMs, auditMs] = compare([() => floor(bytes), () => audit(bytes)], 800)
 * ```
 */
export function compare(
  fns: readonly (() => unknown)[],
  budgetMs: number,
  { minSamples = 3, batchMs = 5 }: Sampling = {},
): number[] {
  const batch = fns.map((fn) => {
    keep(fn())
    const start = now()
    keep(fn())
    const once = Math.max(now() - start, 0.0005)
    return Math.max(1, Math.min(10_000, Math.ceil(batchMs / once)))
  })
  const samples: number[][] = fns.map(() => [])
  const deadline = now() + budgetMs
  do {
    fns.forEach((fn, i) => {
      const n = batch[i] as number
      const start = now()
      for (let k = 0; k < n; k++) keep(fn())
      ;(samples[i] as number[]).push((now() - start) / n)
    })
  } while (now() < deadline || (samples[0] as number[]).length < minSamples)
  return samples.map(medianOf)
}
