/**
 * An HTTP method in upper case (axios says `get`), or undefined when `value` is not one.
 *
 * @example
 * ```ts
 * upperMethod('get') // 'GET'; upperMethod(null) // undefined
 * ```
 */
export function upperMethod(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z-]{1,20}$/.test(value)
    ? value.toUpperCase()
    : undefined
}
