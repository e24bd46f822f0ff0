import type { Snapshot } from './capture/snapshot.ts'
import type { Category } from './report.ts'
import type { ResolvedOptions } from './options.ts'

/** A stretch of text a rule scans: the body, its unescaped form, or one header value. */
export interface TextView {
  readonly text: string
  /** Lower-cased `text`, for literal pre-checks. */
  readonly lower: string
  /** `body` for the body and its unescaped form; the header name for a header value. */
  readonly header?: string | undefined
  /** Maps a `[start, end)` range of `text` to a range of the decoded body (body views only). */
  readonly toBody: (start: number, end: number) => readonly [number, number]
}

/** What a rule looks at: the response, read once, with helpers. */
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

/** One thing a rule found. A body hit gives `span` (in the view it scanned); a header hit gives `header`. */
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

/** A response given in a rule's examples: a body string, or a partial response. */
export type RuleExample =
  | string
  | {
      readonly status?: number
      readonly statusText?: string
      readonly headers?: Readonly<Record<string, string>>
      readonly body?: string
      readonly method?: string
      /** Only the start of the body was read (see `Snapshot.truncated`). */
      readonly truncated?: boolean
    }

/**
 * A check in the catalogue. Body rules scan `subject.views`; response rules read status and headers.
 * Every rule carries responses it must flag (`leaky`) and must pass (`safe`).
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
