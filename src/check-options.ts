import type { AuditOptions, RequestIdPlacement } from './options.ts'
import type { Rule } from './rule.ts'
import { checkLimit } from './capture/check-limit.ts'
import { upperMethod } from './capture/upper-method.ts'
import { checkKeys } from './check-keys.ts'
import { Safe500Error } from './errors.ts'
import { closest } from './format/closest.ts'
import { memberKey } from './request-id/member-key.ts'
import { showValue } from './format/show-value.ts'
import { categories } from './report.ts'
import { rules as catalogue } from './rules/index.ts'

/** Where the request ID may be required. */
const placements: readonly RequestIdPlacement[] = ['header', 'body', 'both', 'either', 'none']

/** What a check knows besides the value: who was called, and the rules of your own in force. */
interface Context {
  /** `configure(): ` or empty (the matchers add their own name). */
  readonly prefix: string
  /** Rules of your own in force besides the catalogue: those `configure()` set, then these options'. */
  readonly rules: readonly unknown[]
  /** Those of `rules` that `configure()` set. */
  readonly configured: readonly unknown[]
}

type Check = (value: unknown, context: Context) => void

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/
/** What a JSONPath or a dotted path has and a member's name has not. */
const pathChars = /[$.[\]\s]/

/** Every option, checked in this order (`rules` before the `skip` that may name them). */
const checks: { readonly [K in keyof Required<AuditOptions>]: Check } = {
  status: checkStatus,
  requestId: (value, { prefix }) => {
    if (value === false || placements.includes(value as RequestIdPlacement)) return
    const hint = typeof value === 'string' ? closest(value, placements) : undefined
    bad(
      `${prefix}Invalid requestId option ${showValue(value)}: ${hint ? `did you mean '${hint}'? Use` : 'use'} one of ${placements.join(', ')} (or false, which is none).`,
    )
  },
  requestIdHeaders: (value, { prefix }) => {
    const names = listOf('requestIdHeaders', value, prefix, "{ requestIdHeaders: ['x-trace'] }")
    const wrong = names.find((n) => typeof n !== 'string' || !headerName.test(n))
    if (wrong !== undefined)
      bad(
        `${prefix}requestIdHeaders holds ${showValue(wrong)}, which is no header name: give names such as 'x-trace'.`,
      )
  },
  requestIdKeys: (value, { prefix }) => {
    const names = listOf('requestIdKeys', value, prefix, "{ requestIdKeys: ['ref'] }")
    const wrong = names.find((n) => typeof n !== 'string' || memberKey(n) === '')
    if (wrong !== undefined)
      bad(
        `${prefix}requestIdKeys holds ${showValue(wrong)}, which is no member name: give names such as 'ref' or 'supportCode'.`,
      )
    // A path would be read as one name (`error.ref` as `errorref`) and match nothing.
    const path = (names as readonly string[]).find((n) => pathChars.test(n))
    if (path !== undefined) {
      const own = path.split(pathChars).filter(Boolean).at(-1) ?? 'ref'
      bad(
        `${prefix}requestIdKeys holds ${showValue(path)}, a path: give the member's own name (${showValue(own)}), which is looked for at any depth.`,
      )
    }
  },
  rules: checkRules,
  skip: checkSkip,
  allow: (value, { prefix }) => {
    const given = listOf('allow', value, prefix, "{ allow: ['support@shop.example', /^req-/] }")
    const wrong = given.find((a) => !(a instanceof RegExp) && (typeof a !== 'string' || a === ''))
    if (wrong === undefined) return
    bad(
      wrong === ''
        ? `${prefix}allow holds an empty string, which every finding contains, so nothing would be reported: remove it.`
        : `${prefix}allow holds ${showValue(wrong)}: give strings or RegExps, e.g. { allow: ['support@shop.example', /^req-/] }.`,
    )
  },
  maxBytes: (value, { prefix }) => checkLimit('maxBytes', value, prefix),
  timeout: (value, { prefix }) => checkLimit('timeout', value, prefix),
  method: (value, { prefix }) => {
    if (upperMethod(value) === undefined)
      bad(
        `${prefix}Invalid method option ${showValue(value)}: give the request method as a string, e.g. { method: 'HEAD' }.`,
      )
  },
}

const optionNames = Object.keys(checks)

/**
 * Throws `ERR_BAD_OPTION` (`ERR_BAD_RULE` for `rules`) when `options` are not audit options: not
 * an object, an unknown key (with the nearest known one suggested), or a value of the wrong
 * shape. `skip` may name a category, a rule of the catalogue, or one of `rules` (those given to
 * `configure()` and these options' own). Each rule of `rules` needs an id of its own: not one of
 * the catalogue's, nor one of another rule in force.
 *
 * @example
 * ```ts
 * checkOptions({ statuss: 502 }, { rules: [] })
 * // throws [safe500] Unknown option `statuss`: did you mean `status`? ...
 * ```
 */
export function checkOptions(
  options: unknown,
  { caller, rules }: { readonly caller?: string; readonly rules: readonly Rule[] },
): asserts options is AuditOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    bad(
      `${caller ?? 'The options'} must be an object, received ${showValue(options)}. Write e.g. { status: [500, 502], skip: ['header-nosniff'] }.`,
    )
  }
  const prefix = caller ? `${caller}: ` : ''
  checkKeys(options, optionNames, prefix)
  const given = options as Record<string, unknown>
  const own = Array.isArray(given['rules']) ? (given['rules'] as unknown[]) : []
  const context = { prefix, rules: [...rules, ...own], configured: rules }
  for (const [key, check] of Object.entries(checks)) {
    if (given[key] !== undefined) check(given[key], context)
  }
}

/**
 * Throws like `checkOptions()` unless `value` (when given) suits the audit option `key`; for
 * functions that share some of the audit options, `prefix` naming them (`probeRequestId(): `).
 *
 * @example
 * ```ts
 * checkOption('method', 1, 'probeRequestId(): ')
 * // throws [safe500] probeRequestId(): Invalid method option 1: give the request method as a string, ...
 * ```
 */
export function checkOption(key: keyof AuditOptions, value: unknown, prefix = ''): void {
  if (value !== undefined) checks[key](value, { prefix, rules: [], configured: [] })
}

function checkStatus(value: unknown, { prefix }: Context): void {
  const statuses = Array.isArray(value) ? (value as unknown[]) : [value]
  if (
    statuses.length > 0 &&
    statuses.every((s) => typeof s === 'number' && Number.isInteger(s) && s >= 100 && s <= 599)
  )
    return
  const example =
    typeof value === 'string' && /^\d{3}$/.test(value)
      ? `as numbers: { status: ${value} }`
      : 'e.g. { status: [502, 503] }'
  bad(
    `${prefix}Invalid status option ${showValue(value)}: give an HTTP status (100-599) or a list of them, ${example}.`,
  )
}

/** The ids `skip` may name, besides those of the rules in force: categories and the catalogue. */
let builtInIds: ReadonlySet<string> | undefined

/** The ids of the catalogue's rules. */
let catalogueIds: ReadonlySet<string> | undefined

/**
 * Each of `rules` must be a rule made with `defineRule()`, with an id that no rule of the
 * catalogue and no other rule in force has: two findings under one id could not be told apart,
 * and `skip` would silence both. The same rule given twice (to `configure()` and to a call) runs
 * once.
 */
function checkRules(value: unknown, { prefix, configured }: Context): void {
  const given = listOf('rules', value, prefix, '{ rules: [myRule] }')
  const index = given.findIndex((r) => !isRule(r))
  if (index !== -1) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${prefix}rules[${index}] is ${showValue(given[index])}, not a rule: make each rule with defineRule({ id, category, description, pattern, message, examples }) and pass what it returns.`,
    )
  }
  catalogueIds ??= new Set(catalogue.map((r) => r.id))
  const before = configured.filter(isRule)
  for (const [i, rule] of (given as readonly Rule[]).entries()) {
    const { id } = rule
    if (catalogueIds.has(id)) {
      badRule(
        catalogue.includes(rule)
          ? `${prefix}rules[${i}] is the built-in rule "${id}", which runs already: remove it from rules.`
          : `${prefix}rules[${i}] has the id "${id}", which a built-in rule has: both would report as "${id}" and skip: ['${id}'] would silence both. Give your rule an id of its own, e.g. "acme-${id}".`,
      )
    }
    const earlier = given.slice(0, i).findIndex((r) => r !== rule && (r as Rule).id === id)
    const kept = before.find((r) => r !== rule && r.id === id)
    if (earlier === -1 && kept === undefined) continue
    badRule(
      `${prefix}rules[${i}] has the id "${id}", which ${earlier === -1 ? 'a rule given to configure()' : `rules[${earlier}]`} has too: both would report as "${id}" and skip: ['${id}'] would silence both. Give each rule an id of its own: rename one, e.g. "${id}-2".`,
    )
  }
}

function checkSkip(value: unknown, { prefix, rules }: Context): void {
  const given = listOf('skip', value, prefix, "{ skip: ['header-nosniff', 'request-id'] }")
  builtInIds ??= new Set<string>([...categories, ...catalogue.map((r) => r.id)])
  const known = builtInIds
  const own = rules.filter(isRule).map((r) => r.id)
  const unknown = given.find((s) => typeof s !== 'string' || !(known.has(s) || own.includes(s)))
  if (unknown === undefined) return
  const hint = typeof unknown === 'string' ? closest(unknown, [...known, ...own]) : undefined
  bad(
    `${prefix}skip holds ${showValue(unknown)}, which is neither a category nor the id of a rule in the catalogue or in \`rules\`: ${hint ? `did you mean '${hint}'?` : `give rule ids such as 'header-nosniff', or categories: ${categories.join(', ')}.`}`,
  )
}

/** A rule as `defineRule()` makes it (checked by shape, so a rule of another copy of safe500 counts). */
function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null) return false
  const { id, category, detect, patterns } = value as Partial<Rule>
  return (
    typeof id === 'string' &&
    typeof detect === 'function' &&
    Array.isArray(patterns) &&
    categories.includes(category as Rule['category'])
  )
}

/** `value` as a list; a single value where a list belongs says how to write the list. */
function listOf(name: string, value: unknown, prefix: string, example: string): readonly unknown[] {
  if (Array.isArray(value)) return value
  return bad(
    `${prefix}${name} must be a list, received ${showValue(value)}. Write e.g. ${example}.`,
  )
}

function bad(message: string): never {
  throw new Safe500Error('ERR_BAD_OPTION', message)
}

function badRule(message: string): never {
  throw new Safe500Error('ERR_BAD_RULE', message)
}
