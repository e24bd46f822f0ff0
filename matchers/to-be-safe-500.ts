import type { AuditOptions } from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'
import { auditReceived } from './internal/audit-received.ts'
import { findingCount, reportResult, statusList } from './internal/message.ts'

/**
 * Passes when the response is a safe 500: the expected status, a generic detail-free body, the
 * right headers and a request ID. Reads a clone, so the response stays usable. Always `await` it.
 *
 * @example
 * ```ts
 * const res = await fetch(`${app.url}/checkout`, { method: 'POST' })
 * await expect(res).toBeSafe500()
 * await expect(res).toBeSafe500({ requestId: 'both', skip: ['header-nosniff'] })
 * ```
 */
export function toBeSafe500(
  this: MatcherContext,
  received: unknown,
  options?: AuditOptions,
): Promise<MatcherResult> {
  return atCaller(toBeSafe500, async () => {
    const report = await auditReceived('toBeSafe500', received, options)
    const pass = report.ok
    const expected = options === undefined ? '' : 'options'
    return reportResult(this, 'toBeSafe500', expected, report, pass, {
      whenPassed: 'Expected the response not to be a safe 500, but it passes every check.',
      whenFailed: `Expected a safe ${statusList(report.expectedStatus.includes(report.status) ? [report.status] : report.expectedStatus)}, but found ${findingCount(report, 'problem')}:`,
    })
  })
}
