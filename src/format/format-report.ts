import type { Finding, Report } from '../report.ts'
import { formatFinding } from './format-finding.ts'

/** Most lines a rendered report shows; the rest are counted. */
export const maxLines = 20

/**
 * The findings of a report, one line per rule (its first finding, with how many more it made), at
 * most 20 lines, then a summary line with the status, content type and body size. One leak seen by
 * many rules stays readable, and a stack with ten frames does not hide a missing header. Never
 * prints the body.
 *
 * @example
 * ```ts
 * import { audit, formatReport } from 'safe500'
 * console.log(formatReport(await audit(res)))
 * ```
 */
export function formatReport(report: Report, { indent = '' }: { indent?: string } = {}): string {
  const byRule = new Map<string, Finding[]>()
  for (const finding of report.findings) {
    const group = byRule.get(finding.rule)
    if (group) group.push(finding)
    else byRule.set(finding.rule, [finding])
  }
  const groups = [...byRule.values()]
  const lines = groups.slice(0, maxLines).map(([first, ...rest]) => {
    const more = rest.length === 0 ? '' : ` (+${rest.length} more)`
    return `${indent}${formatFinding(first as Finding)}${more}`
  })
  if (groups.length > maxLines) {
    const hidden = groups.slice(maxLines).reduce((n, g) => n + g.length, 0)
    lines.push(`${indent}… and ${hidden} more from ${groups.length - maxLines} other rules`)
  }
  if (lines.length > 0) lines.push('')
  lines.push(`${indent}${summary(report)}`)
  return lines.join('\n')
}

/**
 * `status 500, text/html; charset=utf-8, 1,056 bytes` (and `truncated` when it was).
 *
 * @example
 * ```ts
 * // within safe500 (the last line of formatReport()):
 * summary(await audit(res)) // status 500, application/json, 84 bytes, request ID "…"
 * ```
 */
export function summary(report: Report): string {
  const parts = [
    `status ${report.status}`,
    report.contentType ?? 'no content type',
    `${report.size.toLocaleString('en-US')} bytes${report.truncated ? ' (truncated: only the start was audited)' : ''}`,
  ]
  if (report.requestId !== undefined)
    parts.push(`request ID ${JSON.stringify(report.requestId.slice(0, 80))}`)
  return parts.join(', ')
}
