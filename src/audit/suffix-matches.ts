import type { Subject, TextView } from '../rule.ts'
import { keywordMatches } from './keyword-matches.ts'

/** A match found suffix first, with the span of the whole: what stands behind it, then it. */
export interface SuffixMatch {
  readonly match: RegExpExecArray
  /** Where the whole starts in the view: the start of group 1, or of the match without it. */
  readonly start: number
  readonly end: number
}

/**
 * The matches of a pattern written suffix first: it matches from a distinctive part (`.js:12`,
 * ` is not a function`) and captures, in group 1 of a look-behind, the run that stands before it
 * (`(?<=(?<![\w.-])([\w-][\w.-]{0,100}))\.js:\d{1,7}`). The regex engine then skips from one
 * suffix to the next, where the same pattern written from the front (`(?<![\w.-])[\w-][\w.-]{0,100}\.js:\d{1,7}`)
 * is tried at every word and scans each word's run. Each match comes with the span a scan from
 * the front finds: from the start of group 1 to the end of the match. A match whose run starts
 * inside the last match is dropped, as a scan from the front resumes after the last match.
 *
 * The two forms find the same spans when the run can end only where the suffix starts (the
 * suffix starts with a character the run cannot hold, or the run is followed by one that ends
 * it), so that each suffix has one run behind it.
 *
 * @example
 * ```ts
 * const located = /(?<=(?<![\w.-])([\w-][\w.-]{0,100}))\.js:\d{1,7}/g
 * for (const { start, end } of suffixMatches(subject, view, located, ['.js:']))
 *   yield { message: 'shows a source location', view, span: [start, end] }
 * ```
 */
export function* suffixMatches(
  subject: Subject,
  view: TextView,
  pattern: RegExp,
  keywords: readonly string[],
): Generator<SuffixMatch> {
  let last = 0
  for (const match of keywordMatches(subject, view, pattern, keywords)) {
    const start = match.index - (match[1]?.length ?? 0)
    if (start < last) continue
    last = match.index + match[0].length
    yield { match, start, end: last }
  }
}
