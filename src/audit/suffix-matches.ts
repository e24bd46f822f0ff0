import type { Subject, TextView } from '../rule.ts'
import { Safe500Error } from '../errors.ts'
import { keywordMatches } from './keyword-matches.ts'

/** A match found suffix first, with the span of the whole: what stands behind it, then it. */
export interface SuffixMatch {
  readonly match: RegExpExecArray
  /** Where the whole starts in the view: where its earliest group starts, or the match. */
  readonly start: number
  readonly end: number
}

/**
 * The matches of a pattern written suffix first: it matches from a distinctive part (`.js:12`,
 * ` is not a function`, `Error`) and captures in look-behinds what stands before it
 * (`(?<=(?<![\w.-])([\w-][\w.-]{0,100}))\.js:\d{1,7}`, or after the part,
 * `Error\b(?<=\b((?:Value|Key)Error))`). The regex engine then skips from one suffix to the next,
 * where the same pattern written from the front (`(?<![\w.-])[\w-][\w.-]{0,100}\.js:\d{1,7}`) is
 * tried at every word and scans each word's run. The pattern carries the `d` flag: each match comes
 * with the span a scan from the front finds, from the earliest start of a group that took part
 * (or of the match) to the end of the match. A match that starts inside the last one is dropped,
 * as a scan from the front resumes after the last, and the search goes on right after where it
 * was found, not after its end: the text it covers may hold the start of the next match. With
 * `from`, matches are found as a scan from the front that starts there finds them.
 *
 * The two forms find the same spans when each suffix has one run behind it: the run can end only
 * where the suffix starts (the suffix starts with a character the run cannot hold, or the run is
 * followed by one that ends it).
 *
 * @example
 * ```ts
 * const located = /(?<=(?<![\w.-])([\w-][\w.-]{0,100}))\.js:\d{1,7}/dg
 * for (const { start, end } of suffixMatches(subject, view, located, ['.js:']))
 *   yield { message: 'shows a source location', view, span: [start, end] }
 * ```
 */
export function* suffixMatches(
  subject: Subject,
  view: TextView,
  pattern: RegExp,
  keywords: readonly string[],
  from = 0,
): Generator<SuffixMatch> {
  let last = from
  const matches = keywordMatches(subject, view, pattern, keywords)[Symbol.iterator]()
  try {
    let resume: number | undefined
    for (let step = matches.next(); step.done !== true; step = matches.next(resume)) {
      const match = step.value
      const start = match.index - behind(match, pattern)
      if (start < last) {
        // Dropped, and the text it covers searched again: a match from the front may start there.
        resume = Math.max(match.index + 1, from)
        continue
      }
      resume = undefined
      last = match.index + match[0].length
      yield { match, start, end: last }
    }
  } finally {
    // A caller that stops early stops the scan too, which keeps its copy of the pattern.
    matches.return?.()
  }
}

/** How far before the match the earliest group that took part starts (0 when none does). */
function behind(match: RegExpExecArray, pattern: RegExp): number {
  const { indices } = match
  if (!indices) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `suffixMatches() needs a pattern with the d flag, to know where its groups start: add it to /${pattern.source.slice(0, 40)}/.`,
    )
  }
  const at = (indices[0] as [number, number])[0]
  let first = at
  for (let g = 1; g < indices.length; g++) {
    const group = indices[g]
    if (group && group[0] < first) first = group[0]
  }
  return at - first
}
