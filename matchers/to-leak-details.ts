import { leakCategories, type AuditOptions } from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'
import { auditReceived } from './internal/audit-received.ts'
import { findingCount, reportResult } from './internal/message.ts'
import { narrow } from './internal/narrow.ts'

/**
 * Passes when the response leaks details: stack traces, paths, SQL, secrets, internal addresses,
 * versions, canaries (body and header leaks only; status, headers and request ID are not looked
 * at). Use it negated. Always `await` it.
 *
 * @example
 * ```ts
 * await expect(await fetch(`${app.url}/orders/42`)).not.toLeakDetails()
 * ```
 */
export function toLeakDetails(
  this: MatcherContext,
  received: unknown,
  options?: AuditOptions,
): Promise<MatcherResult> {
  return atCaller(toLeakDetails, async () => {
    const full = await auditReceived('toLeakDetails', received, options)
    const report = narrow(full, (f) => leakCategories.includes(f.category))
    const pass = !report.ok
    const expected = options === undefined ? '' : 'options'
    return reportResult(this, 'toLeakDetails', expected, report, pass, {
      whenPassed: `Expected the response not to leak details, but it leaks in ${findingCount(report, 'place')}:`,
      whenFailed: 'Expected the response to leak details, but it shows none that safe500 can see.',
    })
  })
}
