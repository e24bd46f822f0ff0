import { formatReport, type Report } from '../../src/index.ts'
import type { MatcherContext } from './context.ts'

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
