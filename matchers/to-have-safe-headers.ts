import type { AuditOptions } from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'
import { auditReceived } from './internal/audit-received.ts'
import { findingCount, reportResult } from './internal/message.ts'
import { narrow } from './internal/narrow.ts'

/**
 * Passes when the headers are safe: Cache-Control no-store, nosniff, a Content-Type that matches the
 * body with a charset, a right Content-Length, no X-Powered-By, no Server version, no debug or
 * backend headers, and nothing leaky in any header value. Status and body are not looked at.
 * Always `await` it.
 *
 * @example
 * ```ts
 * await expect(await fetch(`${app.url}/boom`)).toHaveSafeHeaders()
 * ```
 */
export function toHaveSafeHeaders(
  this: MatcherContext,
  received: unknown,
  options?: AuditOptions,
): Promise<MatcherResult> {
  return atCaller(toHaveSafeHeaders, async () => {
    const full = await auditReceived('toHaveSafeHeaders', received, options)
    const report = narrow(full, (f) => f.category === 'header' || f.where.startsWith('header '))
    const pass = report.ok
    const expected = options === undefined ? '' : 'options'
    return reportResult(this, 'toHaveSafeHeaders', expected, report, pass, {
      whenPassed: 'Expected unsafe headers, but the headers pass every check.',
      whenFailed: `Expected safe headers, but found ${findingCount(report, 'header problem')}:`,
    })
  })
}
