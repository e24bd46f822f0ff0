import type { Snapshot } from './capture/snapshot.ts'
import type { Category } from './report.ts'
import type { ResolvedOptions } from './options.ts'

/**
 * A stretch of text a rule scans: the body, its unescaped form, or one header value.
 *
 * @example
 * ```ts
 * import type { Hit, Subject, TextView } from 'safe500'
 * function* oracleCodes(subject: Subject): Iterable<Hit> {
 *   const body: TextView[] = subject.views.filter((view) => view.header === undefined)
 *   for (const view of body) {
 *     const at = view.lower.indexOf('ora-')
 *     if (at !== -1) yield { message: 'shows an Oracle error code', view, span: [at, at + 9] }
 *   }
 * }
 * ```
 */
export interface TextView {
  readonly text: string
  /** Lower-cased `text`, for literal pre-checks. */
  readonly lower: string
  /** `body` for the body and its unescaped form; the header name for a header value. */
  readonly header?: string | undefined
  /** Maps a `[start, end)` range of `text` to a range of the decoded body (body views only). */
  readonly toBody: (start: number, end: number) => readonly [number, number]
}

/**
 * What a rule looks at: the response, read once, with helpers.
 *
 * @example
 * ```ts
 * import type { Subject } from 'safe500'
 * function* debugMember(subject: Subject) {
 *   const json = subject.mimeType === 'application/json' ? subject.json() : undefined
 *   if (subject.status >= 500 && typeof json === 'object' && json !== null && 'debug' in json)
 *     yield { message: 'returns a debug member in its JSON body' }
 * }
 * // defineRule({ id: 'acme-debug-member', category: 'exception', detect: debugMember, ... })
 * ```
 */
export interface Subject {
  readonly snapshot: Snapshot
  readonly status: number
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>
  /** The mime type of Content-Type, lower case, without parameters; undefined when absent. */
  readonly mimeType: string | undefined
  /** The body, its unescaped form (HTML entities, tags, JSON escapes) when that differs, then header values. */
  readonly views: readonly TextView[]
  /** The body parsed as JSON when it is JSON; undefined otherwise. */
  readonly json: () => unknown
  readonly options: ResolvedOptions
}

/**
 * One thing a rule found. A body hit gives `span` (in the view it scanned); a header hit gives `header`.
 *
 * @example
 * ```ts
 * import type { Hit, Subject } from 'safe500'
 * function* detect({ views, headers }: Subject): Iterable<Hit> {
 *   const at = views[0]?.lower.indexOf('ora-') ?? -1
 *   if (at !== -1) yield { message: 'shows an Oracle error code', span: [at, at + 9] }
 *   const backend = headers['x-backend']
 *   if (backend) yield { message: 'names the backend', header: 'x-backend', evidence: backend }
 * }
 * ```
 */
export interface Hit {
  readonly message: string
  /** The view the span is in; defaults to the first (raw body) view. */
  readonly view?: TextView
  readonly span?: readonly [number, number]
  readonly header?: string
  /** What to show when there is no body span, e.g. the header value. */
  readonly evidence?: string
  /** The matched text is a secret: excerpts mask it. */
  readonly secret?: boolean
}

/**
 * A response given in a rule's examples: a body string, or a partial response.
 *
 * @example
 * ```ts
 * import type { RuleExample } from 'safe500'
 * const leaky: RuleExample[] = [
 *   'Project Falcon failed', // a body: that of an otherwise safe 500
 *   { status: 502, headers: { 'x-upstream': 'Project Falcon' }, body: 'Bad Gateway' },
 * ]
 * // defineRule({ ..., examples: { leaky, safe: ['Something went wrong'] } })
 * ```
 */
export type RuleExample =
  | string
  | {
      readonly status?: number
      readonly statusText?: string
      readonly headers?: Readonly<Record<string, string>>
      readonly body?: string
      readonly method?: string
      /** The URL the response came from (see `Snapshot.url`). */
      readonly url?: string
      /** Only the start of the body was read (see `Snapshot.truncated`). */
      readonly truncated?: boolean
    }

/**
 * A check in the catalogue. Body rules scan `subject.views`; response rules read status and headers.
 * Every rule carries responses it must flag (`leaky`) and must pass (`safe`).
 *
 * @example
 * ```ts
 * import { checkRuleExamples, rules, type Rule } from 'safe500'
 * const mine: Rule[] = [codename, acmeHost] // made with defineRule()
 * for (const rule of mine) checkRuleExamples(rule)
 * await expect(res).toBeSafe500({ rules: mine })
 * const secretRules = rules.filter((rule) => rule.category === 'secret').map((rule) => rule.id)
 * ```
 */
export interface Rule {
  readonly id: string
  readonly category: Category
  readonly description: string
  /**
   * Literals; when given, the rule runs only if one occurs in a view: a lower-case keyword in any
   * case, one with a capital letter only as written.
   */
  readonly keywords?: readonly string[]
  /** Every RegExp `detect` uses, so tests can prove each one linear-time. */
  readonly patterns: readonly RegExp[]
  readonly detect: (subject: Subject) => Iterable<Hit>
  readonly examples: {
    readonly leaky: readonly RuleExample[]
    readonly safe: readonly RuleExample[]
  }
}
