import type { Finding, Report } from '../../src/index.ts'

/** The report with only the findings `keep` accepts, `ok` recomputed. */
export function narrow(report: Report, keep: (finding: Finding) => boolean): Report {
  const findings = report.findings.filter(keep)
  return { ...report, findings, ok: findings.length === 0 }
}
