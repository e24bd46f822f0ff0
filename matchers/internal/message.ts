import { formatReport, type Report } from '../../src/index.ts'
import type { MatcherContext, MatcherResult } from './context.ts'

/** The hint line, one sentence, then the report's finding lines and summary. */
export function reportMessage(
  context: MatcherContext,
  matcher: string,
  expected: string,
  sentence: string,
  report: Report,
): string {
  const hint = context.utils.matcherHint(matcher, 'received', expected, {
    isNot: context.isNot,
    ...(context.promise ? { promise: context.promise } : {}),
  })
  return `${hint}\n\n${sentence}\n\n${formatReport(report, { indent: '  ' })}`
}

/** `1 finding` / `3 findings`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * Statuses as a headline names them: `500`, `500 or 502`, `500, 502 or 503`.
 *
 * @example
 * ```ts
 * `Expected a safe ${statusList(report.expectedStatus)}` // Expected a safe 502 or 503
 * ```
 */
export function statusList(statuses: readonly number[]): string {
  return `${statuses.slice(0, -1).join(', ')}${statuses.length > 1 ? ' or ' : ''}${statuses.at(-1)}`
}

/**
 * How many findings a report has, as `word`s, and from how many rules when some rule found more
 * than one: the report shows a line per rule, its repeats as `(+N more)`.
 *
 * @example
 * ```ts
 * `but found ${findingCount(report, 'problem')}:` // but found 19 problems, from 12 rules:
 * ```
 */
export function findingCount(report: Report, word: string): string {
  const rules = new Set(report.findings.map((finding) => finding.rule)).size
  const count = plural(report.findings.length, word)
  return rules < report.findings.length ? `${count}, from ${plural(rules, 'rule')}` : count
}

/**
 * A matcher's result from a report: `pass` as given, and a lazy message with the sentence for the
 * way it failed (`whenPassed` is shown when `.not` fails, `whenFailed` when the plain form fails).
 */
export function reportResult(
  context: MatcherContext,
  matcher: string,
  expected: string,
  report: Report,
  pass: boolean,
  sentences: { readonly whenPassed: string; readonly whenFailed: string },
): MatcherResult {
  return {
    pass,
    message: () =>
      reportMessage(
        context,
        matcher,
        expected,
        pass ? sentences.whenPassed : sentences.whenFailed,
        report,
      ),
  }
}
