import type { Report } from '../report.ts'
import { formatFinding } from './format-finding.ts'

/** Most finding lines a rendered report shows; the rest are counted. */
export const maxLines = 20

/**
 * The findings of a report, one line each (at most 20, then a count), and a summary line with the
 * status, content type and body size. Never prints the body.
 *
 * @example
 * ```ts
 * import { audit, formatReport } from 'safe500'
 * console.log(formatReport(await audit(res)))
 * ```
 */
export function formatReport(report: Report, { indent = '' }: { indent?: string } = {}): string {
  const lines = report.findings.slice(0, maxLines).map((f) => `${indent}${formatFinding(f)}`)
  if (report.findings.length > maxLines)
    lines.push(`${indent}… and ${report.findings.length - maxLines} more`)
  if (lines.length > 0) lines.push('')
  lines.push(`${indent}${summary(report)}`)
  return lines.join('\n')
}

/** `status 500, text/html; charset=utf-8, 1,056 bytes` (and `truncated` when it was). */
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
