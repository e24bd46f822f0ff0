import type { Diagnostics } from 'recheck'
import { provesLinearAttempt } from './linear-proof.ts'
import {
  abstractWordLists,
  alternatives,
  attemptForm,
  expandAlternatives,
  hasUnbounded,
  searchForm,
  withoutLookarounds,
} from './regex-forms.ts'

/** A ReDoS checker: recheck's `checkSync`, or a stand-in in tests. */
export type Checker = (source: string, flags: string, timeout: number) => Diagnostics

/** How one piece of a pattern was found linear, or why it was not. */
export interface Step {
  /** The piece: an alternative, or the body of a lookaround. */
  readonly part: string
  readonly form: 'attempt' | 'search'
  readonly by: 'no loop' | 'structure' | 'checker'
  readonly safe: boolean
  /** The checker's verdict when it was asked: status, complexity, attack string or error. */
  readonly detail?: string
}

/** Pieces with more alternatives than this after distribution go to the checker whole. */
const expansionLimit = 4096

/**
 * Proves a regex linear-time, piece by piece (see regex-forms.ts for the method): each alternative
 * and lookaround body, as one match attempt with large bounds lifted (by structure when it is a
 * plain sequence, else by the checker, first coarse then fine), and, when it has an unbounded
 * quantifier, as a search with bounds capped (by the checker).
 *
 * @example
 * ```ts
 * const steps = proveLinear(/\bat [\w$.]{1,200} \(/g, check)
 * steps.every((s) => s.safe) // true
 * ```
 */
export function proveLinear(re: RegExp, check: Checker): Step[] {
  const flags = re.flags.replace(/[gy]/g, '')
  const steps: Step[] = []
  for (const part of new Set(pieces(re.source, flags))) {
    steps.push(attempt(part, flags, check))
    if (hasUnbounded(part, flags)) {
      const form = searchForm(part, flags)
      steps.push(
        verdict(part, 'search', check(abstractWordLists(form.source, flags), flags, 10_000)),
      )
    }
  }
  return steps
}

/** The alternatives of a pattern without lookarounds, and of each lookaround body, recursively. */
function pieces(source: string, flags: string): string[] {
  const { source: stripped, bodies } = withoutLookarounds(source, flags)
  return [...alternatives(stripped, flags), ...bodies.flatMap((b) => pieces(b, flags))]
}

function attempt(part: string, flags: string, check: Checker): Step {
  const lifted = attemptForm(part, flags)
  if (!hasUnbounded(lifted.source, lifted.flags))
    return { part, form: 'attempt', by: 'no loop', safe: true }
  const sequences = expandAlternatives(lifted.source, lifted.flags, expansionLimit)
  if (sequences.every((s) => provesLinearAttempt(s, lifted.flags)))
    return { part, form: 'attempt', by: 'structure', safe: true }
  const coarse = attemptForm(part, flags, 1)
  const first = check(abstractWordLists(coarse.source, coarse.flags), coarse.flags, 3000)
  if (first.status === 'safe') return verdict(part, 'attempt', first)
  return verdict(
    part,
    'attempt',
    check(abstractWordLists(lifted.source, lifted.flags), lifted.flags, 10_000),
  )
}

function verdict(part: string, form: Step['form'], d: Diagnostics): Step {
  const detail =
    d.status === 'vulnerable'
      ? `${d.complexity.summary}; attack ${d.attack.pattern.slice(0, 120)}`
      : d.status === 'unknown'
        ? `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`
        : d.complexity.summary
  return { part, form, by: 'checker', safe: d.status === 'safe', detail }
}
