import type { Finding } from '../report.ts'

/**
 * One line for a finding: category, rule, where, message and the masked excerpt, in quotes, as
 * the body has it: its quotes and backslashes are not escaped again (a JSON body reads as JSON);
 * control, line-separator and bidirectional characters are written as `\uXXXX`, so an excerpt
 * cannot move the cursor, recolour the terminal or reorder the line.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'safe500'
 * formatFinding(report.findings[0])
 * // 'stack-trace › stack-trace-node at body 2:5: shows a V8 stack frame: "at handler (/app/…"'
 * ```
 */
export function formatFinding(finding: Finding): string {
  const excerpt = finding.excerpt === '' ? '' : ` "${finding.excerpt.replace(unprintable, escape)}"`
  return `${finding.category} › ${finding.rule} at ${finding.where}: ${finding.message}${excerpt}`
}

const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

function escape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}
