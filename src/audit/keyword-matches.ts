import type { Subject, TextView } from '../rule.ts'
import type { Range } from './keywords.ts'
import type { Reach } from './pattern-reach.ts'
import { keywordPlaces, keywordsIn } from './keywords.ts'
import { patternReach } from './pattern-reach.ts'

/**
 * The matches of `pattern` in `view`, exactly as `view.text.matchAll(pattern)` gives them (same
 * matches, `index` and `input` of the whole view), found by scanning only near the places where
 * the keyword gate saw one of `keywords` (those of them the pattern needs), when `patternReach`
 * proves that every match holds one and is short. Otherwise, and when the places are not known,
 * the whole view is scanned. For
 * `detect` functions, in place of `matchAll` (a pattern without the `g` flag is scanned as if it
 * had it).
 *
 * @example
 * ```ts
 * *detect(subject) {
 *   for (const view of subject.views)
 *     for (const m of keywordMatches(subject, view, /\bselect \w{1,64} from\b/gi, ['select']))
 *       yield { message: 'shows a SQL statement', view, span: [m.index, m.index + m[0].length] }
 * }
 * ```
 */
export function keywordMatches(
  subject: Subject,
  view: TextView,
  pattern: RegExp,
  keywords: readonly string[],
): Iterable<RegExpExecArray> {
  const known = knownOf(pattern, keywords)
  const stretches = stretchesOf(subject, view, known)
  return stretches.length === 0 ? none : scan(view, pattern, known, stretches)
}

const none: readonly RegExpExecArray[] = []

/** What is kept of a pattern between scans: its reach, and a copy of it to scan with. */
interface Known {
  readonly pattern: RegExp
  keywords: readonly string[]
  key: string
  /** `patternReach`, once asked for (the analysis of a pattern costs far more than a short scan). */
  reach: Reach | undefined | null
  spare: RegExp | undefined
}
const knowns = new WeakMap<RegExp, Known>()

/** The record of a pattern (and list of keywords), and the spare copy. */
function knownOf(pattern: RegExp, keywords: readonly string[]): Known {
  const known = knowns.get(pattern)
  if (known?.keywords === keywords) return known
  const key = keywords.join('\n')
  if (known?.key === key) return known
  // The spare copy moves to the new record: a scan made from the old one and not started yet
  // must not find it there too, or two scans would share one copy.
  const fresh = { pattern, keywords, key, reach: null, spare: known?.spare }
  if (known) known.spare = undefined
  knowns.set(pattern, fresh)
  return fresh
}

/** `patternReach` of a known pattern, worked out the first time it is needed. */
function reachOf(known: Known): Reach | undefined {
  if (known.reach === null) known.reach = patternReach(known.pattern, known.keywords)
  return known.reach
}

/**
 * Where in `view` to look: none when none of the keywords the pattern's reach rests on stands in
 * it (a rule's keywords serve all its patterns; each pattern needs only some), all of it when it
 * is short or its matches are not shown to hold a keyword.
 */
function stretchesOf(subject: Subject, view: TextView, known: Known): readonly Stretch[] {
  // A short text is scanned whole, if a keyword stands in it: windows would save less than they
  // cost. Without one, it is passed over.
  const reach = reachOf(known)
  if (!reach) return [whole(view.text)]
  if (view.text.length <= shortText)
    return keywordsIn(subject, view, reach.keywords) === false ? [] : [whole(view.text)]
  const places = keywordPlaces(subject, view, reach.keywords)
  if (places?.length === 0) return []
  return places ? near(view.text, places, reach) : [whole(view.text)]
}

/**
 * The matches of `pattern` in `stretches` of `view`, as in the whole view, found with a copy of the
 * pattern of its own, as matchAll makes. The copy is kept for the next scan of the pattern; one
 * that starts while this one runs (scans are generators, and may interleave) makes its own.
 */
function* scan(
  view: TextView,
  pattern: RegExp,
  known: Known,
  stretches: readonly Stretch[],
): Generator<RegExpExecArray> {
  // Global, so each search starts where the last ended (a pattern without `g` is given one).
  const re =
    known.spare ??
    new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  known.spare = undefined
  try {
    for (const { text, offset, from, to } of stretches) {
      re.lastIndex = from
      for (let match = re.exec(text); match !== null; match = re.exec(text)) {
        if (match.index >= to) break
        // As matchAll does: step over an empty match (a whole code point in unicode mode).
        if (match[0] === '') re.lastIndex = advance(text, re.lastIndex, /[uv]/.test(re.flags))
        if (offset !== 0) {
          match.index += offset
          match.input = view.text
        }
        // A caller that drives the scan may send where in the view to search on from (a match
        // it set aside, which should not hide the text it covers).
        const resume: unknown = yield match
        if (typeof resume === 'number') re.lastIndex = Math.max(from, resume - offset)
      }
    }
  } finally {
    known.spare = re
  }
}

/** Texts up to this long are scanned whole. */
const shortText = 4096

/** A stretch of a view to scan: `text` starts at `offset` of the view; matches start in [from, to). */
interface Stretch {
  readonly text: string
  readonly offset: number
  readonly from: number
  readonly to: number
}

// The whole text: every match counts, an empty one at its very end too.
const whole = (text: string): Stretch => ({ text, offset: 0, from: 0, to: Infinity })

/** Characters of context kept around each stretch, at least. */
const margin = 64

/**
 * The stretches of `text` where a match holding a keyword that ends in one of `places` can start,
 * each with the text a match from there, and its assertions, can reach. Every match holds a
 * keyword that ends at most `reach.lead` into it, so it starts at most that far before some
 * keyword's end; it is at most `reach.length` long. Places closer than a match's length and
 * context make one stretch, so no stretch starts inside a match a scan of the whole text finds.
 * Matches found in a stretch are then exactly those a scan of the whole text finds there; when
 * the stretches cover much of the text, the whole text is scanned instead.
 */
function near(text: string, places: readonly Range[], reach: Reach): Stretch[] {
  const n = text.length
  const before = reach.lead + 2
  const after = reach.length + Math.max(reach.context, margin) + 2
  const ranges: [number, number][] = []
  for (const [first, end] of places) {
    const from = Math.max(0, first - before)
    const last = ranges[ranges.length - 1]
    if (last && from <= last[1] + after) last[1] = Math.max(last[1], end)
    else ranges.push([from, end])
  }
  let covered = 0
  for (const [from, to] of ranges) covered += to - from + 2 * after
  if (covered * 2 > n) return [whole(text)]
  const keep = Math.max(reach.context, margin)
  return ranges.map(([from, to]) => {
    const start = Math.max(0, from - keep)
    const stop = Math.min(n, to + after)
    return { text: text.slice(start, stop), offset: start, from: from - start, to: to - start }
  })
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const c = text.charCodeAt(index)
  const d = text.charCodeAt(index + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1
}
