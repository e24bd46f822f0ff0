/**
 * What a finding is about; the table of categories in the docs says what each covers.
 *
 * @example
 * ```ts
 * import { audit, type Category } from 'safe500'
 * const critical: Category[] = ['secret', 'env-dump', 'internal-address']
 * const { findings } = await audit(await fetch(`${url}/boom`))
 * expect(findings.filter((f) => critical.includes(f.category))).toEqual([])
 * ```
 */
export type Category =
  | 'status'
  | 'stack-trace'
  | 'file-path'
  | 'sql-error'
  | 'driver-error'
  | 'exception'
  | 'debug-page'
  | 'secret'
  | 'internal-address'
  | 'version-disclosure'
  | 'framework-disclosure'
  | 'env-dump'
  | 'source-code'
  | 'upstream-echo'
  | 'header'
  | 'request-id'

/**
 * Every category, in the order reports list them.
 *
 * @example
 * ```ts
 * import { categories } from 'safe500'
 * categories.includes('secret') // true
 * ```
 */
export const categories: readonly Category[] = [
  'status',
  'stack-trace',
  'file-path',
  'sql-error',
  'driver-error',
  'exception',
  'debug-page',
  'secret',
  'internal-address',
  'version-disclosure',
  'framework-disclosure',
  'env-dump',
  'source-code',
  'upstream-echo',
  'header',
  'request-id',
]

/**
 * The categories that are leaks of detail (everything but status, header and request-id), the ones
 * `toLeakDetails()` looks at.
 *
 * @example
 * ```ts
 * import { audit, leakCategories } from 'safe500'
 * const leaks = (await audit(res)).findings.filter((f) => leakCategories.includes(f.category))
 * ```
 */
export const leakCategories: readonly Category[] = categories.filter(
  (c) => c !== 'status' && c !== 'header' && c !== 'request-id',
)

/**
 * One problem found in a response: plain data that every renderer builds its text from.
 *
 * @example
 * ```ts
 * import { audit, formatFinding, type Finding } from 'safe500'
 * const { findings } = await audit(await fetch(`${url}/boom`))
 * const stacks: Finding[] = findings.filter((f) => f.category === 'stack-trace')
 * for (const f of stacks) console.log(f.rule, f.where) // 'stack-trace-node' 'body 3:17'
 * console.log(stacks.map(formatFinding).join('\n'))
 * ```
 */
export interface Finding {
  /** Id of the rule that found it, e.g. `stack-trace-node`. */
  readonly rule: string
  readonly category: Category
  /** One sentence saying what is wrong. */
  readonly message: string
  /** `status`, `header x-powered-by`, `body 3:17` (line:column of the match) or `response` (the response as a whole). */
  readonly where: string
  /** At most about 80 characters around the match, secrets masked; empty when there is nothing to show. */
  readonly excerpt: string
  /** Character offsets of the match in the decoded body text, for body findings. */
  readonly span?: { readonly start: number; readonly end: number }
}

/**
 * What `audit()` resolves to.
 *
 * @example
 * ```ts
 * import { audit, formatReport, type Report } from 'safe500'
 * const report: Report = await audit(await fetch(`${url}/boom`), { status: [500, 502] })
 * if (!report.ok) console.log(formatReport(report))
 * console.log(report.status, report.requestId, report.contentType, report.size)
 * ```
 */
export interface Report {
  /** True when there are no findings. */
  readonly ok: boolean
  readonly status: number
  /** The statuses the response was expected to have: the `status` option (default `[500]`). */
  readonly expectedStatus: readonly number[]
  /** The request ID the response carries (header first, then body), or undefined. */
  readonly requestId: string | undefined
  readonly findings: readonly Finding[]
  /** The response's Content-Type, or undefined. */
  readonly contentType: string | undefined
  /** Bytes of the (decoded) body that were read. */
  readonly size: number
  /**
   * True when only the start of the body was audited: it was longer than `maxBytes`, or its
   * compressed stream ended before its end (a body cut short).
   */
  readonly truncated: boolean
}
