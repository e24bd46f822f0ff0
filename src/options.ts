import type { CaptureOptions } from './capture/snapshot.ts'
import type { Category } from './report.ts'
import type { Rule } from './rule.ts'
import { Safe500Error } from './errors.ts'

/** Where the request ID must be: in a header, in the body, in both, in either, or not required. */
export type RequestIdPlacement = 'header' | 'body' | 'both' | 'either' | 'none'

/** Options of `audit()` and of the matchers; `configure()` sets suite-wide defaults. */
export interface AuditOptions extends CaptureOptions {
  /** Statuses the response may have. Default 500 (`toBeSafe5xx` allows 500, 502, 503, 504). */
  readonly status?: number | readonly number[]
  /** Where the request ID must be. Default `either`. */
  readonly requestId?: RequestIdPlacement
  /** More header names that carry the request ID, e.g. `x-trace`. */
  readonly requestIdHeaders?: readonly string[]
  /** Rule ids or categories not to run, e.g. `['header-nosniff', 'request-id']`. */
  readonly skip?: readonly (Category | (string & {}))[]
  /** Rules of your own, made with `defineRule()`, run after the catalogue. */
  readonly rules?: readonly Rule[]
  /** Text that is fine to show: a finding whose matched text contains one of these (or matches the RegExp) is dropped. */
  readonly allow?: readonly (string | RegExp)[]
  /** The request method, when the response shape does not tell it; `HEAD` answers need no body. */
  readonly method?: string
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly status: readonly number[]
  readonly requestId: RequestIdPlacement
  readonly requestIdHeaders: readonly string[]
  readonly skip: ReadonlySet<string>
  readonly rules: readonly Rule[]
  readonly allow: readonly (string | RegExp)[]
  readonly maxBytes: number
  readonly timeout: number
  readonly method: string | undefined
}

const placements: readonly RequestIdPlacement[] = ['header', 'body', 'both', 'either', 'none']

let defaults: AuditOptions = {}

/**
 * Sets defaults for every later `audit()` and matcher call, e.g. in a setup file. Per-call options
 * win; list options (`skip`, `rules`, `allow`, `requestIdHeaders`) are added to the defaults. Call
 * with no argument to reset.
 *
 * @example
 * ```ts
 * import { configure } from 'safe500'
 * configure({ requestIdHeaders: ['x-amzn-requestid'], allow: ['support@shop.example'] })
 * ```
 */
export function configure(options: AuditOptions = {}): void {
  validate(options, 'configure()')
  defaults = options
}

/** The options in force: defaults from `configure()` overlaid with `options`. */
export function resolveOptions(options: AuditOptions = {}): ResolvedOptions {
  validate(options, 'the options')
  const merged = { ...defaults, ...options }
  const status = merged.status ?? 500
  return {
    status: typeof status === 'number' ? [status] : [...status],
    requestId: merged.requestId ?? 'either',
    requestIdHeaders: [
      ...(defaults.requestIdHeaders ?? []),
      ...(options.requestIdHeaders ?? []),
    ].map((name) => name.toLowerCase()),
    skip: new Set([...(defaults.skip ?? []), ...(options.skip ?? [])]),
    rules: [...(defaults.rules ?? []), ...(options.rules ?? [])],
    allow: [...(defaults.allow ?? []), ...(options.allow ?? [])],
    maxBytes: merged.maxBytes ?? 4 * 1024 * 1024,
    timeout: merged.timeout ?? 5000,
    method: merged.method?.toUpperCase(),
  }
}

function validate(options: AuditOptions, what: string): void {
  if (typeof options !== 'object' || options === null) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `${what} must be an object, received ${typeof options}.`,
    )
  }
  const { status, requestId, maxBytes, timeout } = options
  const statuses = typeof status === 'number' ? [status] : status
  if (statuses?.some((s) => !Number.isInteger(s) || s < 100 || s > 599)) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `Invalid status option ${JSON.stringify(status)}: give an HTTP status (100-599) or a list of them, e.g. { status: [502, 503] }.`,
    )
  }
  if (requestId !== undefined && !placements.includes(requestId)) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `Invalid requestId option ${JSON.stringify(requestId)}: use one of ${placements.join(', ')}.`,
    )
  }
  for (const [name, value] of [
    ['maxBytes', maxBytes],
    ['timeout', timeout],
  ] as const) {
    if (value !== undefined && (!Number.isFinite(value) || value <= 0)) {
      throw new Safe500Error(
        'ERR_BAD_OPTION',
        `Invalid ${name} option ${String(value)}: give a positive number.`,
      )
    }
  }
}
