/** The corpus's real responses as snapshots, for timing the audit on what servers really send. */
import type { Snapshot } from '../src/index.ts'
import { capture } from '../src/index.ts'
import { loadSamples, sampleResponse } from '../fixtures/corpus/load-samples.ts'

/** One stored response, read as `audit()` reads it. */
export interface CorpusSnapshot {
  /** The sample's file under fixtures/corpus/samples (`express5/default--type-error.json`). */
  readonly file: string
  readonly verdict: 'leaky' | 'safe'
  readonly snapshot: Snapshot
}

/**
 * Every corpus sample captured once (charset decoded, Content-Encoding undone), so that what is
 * timed is `auditSnapshot()` alone.
 *
 * @example
 * ```ts
 * const samples = await corpusSnapshots()
 * for (const { snapshot } of samples) auditSnapshot(snapshot, { status: [500, 502, 503, 504] })
 * ```
 */
export async function corpusSnapshots(): Promise<CorpusSnapshot[]> {
  const out: CorpusSnapshot[] = []
  for (const { file, sample } of loadSamples()) {
    const snapshot = await capture(sampleResponse(sample))
    out.push({ file, verdict: sample.labels.verdict, snapshot })
  }
  return out
}
