import type { CaptureOptions } from './capture/snapshot.ts'
import type { Category } from './report.ts'
import type { Rule } from './rule.ts'
import { checkOptions } from './check-options.ts'
import { defaultTimeout } from './capture/capture.ts'
import { memberKey } from './request-id/member-key.ts'

/**
 * Where the request ID must be: in a header, in the body, in both, in either, or not required.
 *
 * @example
 * ```ts
 * import type { RequestIdPlacement } from 'safe500'
 * const placement: RequestIdPlacement = 'both' // a header and the body
 * await expect(res).toBeSafe500({ requestId: placement })
 * ```
 */
export type RequestIdPlacement = 'header' | 'body' | 'both' | 'either' | 'none'

/**
 * Options of `audit()` and of the matchers; `configure()` sets suite-wide defaults.
 *
 * @example
 * ```ts
 * import { audit, configure, type AuditOptions } from 'safe500'
 * const defaults: AuditOptions = { requestIdHeaders: ['x-trace'], allow: ['support@shop.example'] }
 * configure(defaults) // suite-wide, e.g. in a setup file
 * const res = await fetch(`${url}/boom`)
 * const report = await audit(res, { status: [500, 503], skip: ['header-nosniff'] }) // per call
 * ```
 */
export interface AuditOptions extends CaptureOptions {
  /** Statuses the response may have. Default 500 (`toBeSafe5xx` allows 500, 502, 503, 504). */
  readonly status?: number | readonly number[] | undefined
  /** Where the request ID must be. Default `either`; `false` is `none`. */
  readonly requestId?: RequestIdPlacement | false | undefined
  /** More header names that carry the request ID, e.g. `x-trace`. */
  readonly requestIdHeaders?: readonly string[] | undefined
  /**
   * More JSON member names that carry the request ID, e.g. `ref` (compared without case, `_`, `-`
   * and `.`, at any depth).
   */
  readonly requestIdKeys?: readonly string[] | undefined
  /** Rule ids or categories not to run, e.g. `['header-nosniff', 'request-id']`. */
  readonly skip?: readonly (Category | (string & {}))[] | undefined
  /** Rules of your own, made with `defineRule()`, run after the catalogue. */
  readonly rules?: readonly Rule[] | undefined
  /** Text that is fine to show: a finding whose matched text contains one of these (or matches the RegExp) is dropped. */
  readonly allow?: readonly (string | RegExp)[] | undefined
  /** The request method, when the response shape does not tell it; `HEAD` answers need no body. */
  readonly method?: string | undefined
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly status: readonly number[]
  readonly requestId: RequestIdPlacement
  readonly requestIdHeaders: readonly string[]
  /** Lower case, without `_`, `-` and `.`. */
  readonly requestIdKeys: readonly string[]
  readonly skip: ReadonlySet<string>
  readonly rules: readonly Rule[]
  readonly allow: readonly (string | RegExp)[]
  readonly maxBytes: number
  readonly timeout: number
  readonly method: string | undefined
}

let defaults: AuditOptions = {}

/**
 * Sets defaults for every later `audit()` and matcher call, e.g. in a setup file. Each call merges
 * into the defaults set before, key by key: a key given replaces that key's default (a list too),
 * keys not given are kept. Per-call options win; list options (`skip`, `rules`, `allow`,
 * `requestIdHeaders`, `requestIdKeys`) are added to the defaults. Call with no argument to start over.
 *
 * @example
 * ```ts
 * import { configure } from 'safe500'
 * configure({ requestIdHeaders: ['x-amzn-requestid'] })
 * configure({ allow: ['support@shop.example'] }) // requestIdHeaders is kept
 * configure() // back to no defaults
 * ```
 */
export function configure(options?: AuditOptions): void {
  if (options === undefined) {
    defaults = {}
    return
  }
  // Rules given here replace those set before: only the rules kept may clash with them.
  const replacesRules = (options as { rules?: unknown } | null)?.rules !== undefined
  checkOptions(options, {
    caller: 'configure()',
    rules: replacesRules ? [] : (defaults.rules ?? []),
  })
  defaults = overlay(defaults, options)
}

/** `base` with the options of `over` that are given (an option given as undefined is not). */
function overlay(base: AuditOptions, over: AuditOptions): AuditOptions {
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(over)) if (value !== undefined) merged[key] = value
  return merged
}

/** The options in force: defaults from `configure()` overlaid with `options`. */
export function resolveOptions(options: AuditOptions = {}): ResolvedOptions {
  checkOptions(options, { rules: defaults.rules ?? [] })
  return resolve(defaults, options)
}

/**
 * Where the request ID must be, as an option gives it: unset is `either`, `false` is `none`.
 *
 * @example
 * ```ts
 * placementOf(false) // 'none'
 * placementOf(undefined) // 'either'
 * ```
 */
export function placementOf(value: RequestIdPlacement | false | undefined): RequestIdPlacement {
  return value === false ? 'none' : (value ?? 'either')
}

/**
 * The built-in defaults, whatever `configure()` set: what a rule's examples are checked with.
 *
 * @example
 * ```ts
 * builtInOptions().status // [500]
 * ```
 */
export function builtInOptions(): ResolvedOptions {
  return resolve({}, {})
}

function resolve(defaults: AuditOptions, options: AuditOptions): ResolvedOptions {
  const merged = overlay(defaults, options)
  const status = merged.status ?? 500
  return {
    status: typeof status === 'number' ? [status] : [...status],
    requestId: placementOf(merged.requestId),
    requestIdHeaders: [
      ...(defaults.requestIdHeaders ?? []),
      ...(options.requestIdHeaders ?? []),
    ].map((name) => name.toLowerCase()),
    requestIdKeys: [...(defaults.requestIdKeys ?? []), ...(options.requestIdKeys ?? [])].map(
      memberKey,
    ),
    skip: new Set([...(defaults.skip ?? []), ...(options.skip ?? [])]),
    // The same rule given to `configure()` and to the call runs once.
    rules: [...new Set([...(defaults.rules ?? []), ...(options.rules ?? [])])],
    allow: [...(defaults.allow ?? []), ...(options.allow ?? [])],
    maxBytes: merged.maxBytes ?? 4 * 1024 * 1024,
    timeout: merged.timeout ?? defaultTimeout,
    method: merged.method?.toUpperCase(),
  }
}
