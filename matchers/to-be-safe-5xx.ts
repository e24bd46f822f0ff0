import { Safe500Error, type AuditOptions } from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'
import { auditReceived } from './internal/audit-received.ts'
import { findingCount, reportResult, statusList } from './internal/message.ts'

/** The statuses a failing service may answer with, unless told otherwise. */
const default5xx: readonly number[] = [500, 502, 503, 504]

/**
 * Passes when the response is a safe 5xx: one of the allowed statuses (default 500, 502, 503, 504),
 * with everything `toBeSafe500` checks, and a valid Retry-After when present. Always `await` it.
 *
 * @example
 * ```ts
 * upstreams.use(fault.status(503, 'https://payments.example.com/*'))
 * await expect(await fetch(`${app.url}/checkout`)).toBeSafe5xx()
 * await expect(res).toBeSafe5xx([502, 504], { requestId: 'both' })
 * ```
 */
export function toBeSafe5xx(
  this: MatcherContext,
  received: unknown,
  statusesOrOptions?: number | readonly number[] | AuditOptions,
  options?: AuditOptions,
): Promise<MatcherResult> {
  return atCaller(toBeSafe5xx, async () => {
    const given =
      typeof statusesOrOptions === 'object' && !Array.isArray(statusesOrOptions)
        ? undefined
        : statusesOrOptions
    const rest =
      given === undefined && typeof statusesOrOptions === 'object'
        ? (statusesOrOptions as AuditOptions)
        : options
    const listed: readonly unknown[] =
      given === undefined ? default5xx : Array.isArray(given) ? given : [given]
    if (
      listed.length === 0 ||
      listed.some((s) => typeof s !== 'number' || !Number.isInteger(s) || s < 500 || s > 599)
    ) {
      throw new Safe500Error(
        'ERR_BAD_OPTION',
        `toBeSafe5xx(): the statuses must be 5xx codes, received ${JSON.stringify(given)}. Use e.g. toBeSafe5xx([502, 503]).`,
      )
    }
    if (rest?.status !== undefined) {
      throw new Safe500Error(
        'ERR_BAD_OPTION',
        `toBeSafe5xx(): give the statuses as the first argument, not as the status option: toBeSafe5xx(${JSON.stringify(rest.status)}, options).`,
      )
    }
    const statuses = listed as readonly number[]
    const report = await auditReceived('toBeSafe5xx', received, { ...rest, status: statuses })
    const pass = report.ok
    // The hint shows the call as written: toBeSafe5xx(502) or toBeSafe5xx([502, 503]).
    const expected =
      given === undefined ? '' : Array.isArray(given) ? `[${statuses.join(', ')}]` : String(given)
    return reportResult(this, 'toBeSafe5xx', expected, report, pass, {
      whenPassed: 'Expected the response not to be a safe 5xx, but it passes every check.',
      whenFailed: `Expected a safe ${statusList(statuses)}, but found ${findingCount(report, 'problem')}:`,
    })
  })
}
