import { constructorName, describeValue } from '../capture/describe-value.ts'

/**
 * A value as an error message quotes it: numbers as written, RegExps as literals, strings and
 * short JSON-like values as JSON (so `'500'` shows as `"500"`, unlike the number), anything else
 * described (`a function (handler)`, `a Map with keys …`).
 *
 * @example
 * ```ts
 * showValue('500') // '"500"'; showValue([500, '502']) // '[500,"502"]'; showValue(NaN) // 'NaN'
 * ```
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (value instanceof RegExp) return String(value)
  if (
    typeof value === 'function' ||
    typeof value === 'symbol' ||
    value === undefined ||
    (typeof value === 'object' && value !== null && !Array.isArray(value) && constructorName(value))
  )
    return describeValue(value)
  try {
    const json = JSON.stringify(value)
    if (json !== undefined && json.length <= 80) return json
  } catch {
    // A cycle: described below.
  }
  return describeValue(value)
}
