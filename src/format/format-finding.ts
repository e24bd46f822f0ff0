import type { Finding } from '../report.ts'

/**
 * One line for a finding: category, rule, where, message and the masked excerpt.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'safe500'
 * formatFinding(report.findings[0])
 * // 'stack-trace › stack-trace-node at body 2:5: shows a V8 stack frame: "at handler (/app/…"'
 * ```
 */
export function formatFinding(finding: Finding): string {
  const excerpt = finding.excerpt === '' ? '' : ` ${JSON.stringify(finding.excerpt)}`
  return `${finding.category} › ${finding.rule} at ${finding.where}: ${finding.message}${excerpt}`
}
