/** Longest URL kept: a longer one is no address a test server answers on. */
const maxLength = 2048

/**
 * The absolute `http:` or `https:` URL `value` names (resolved against `base` when it is
 * relative), or undefined when it names none: where a response came from, as a client records it.
 *
 * @example
 * ```ts
 * responseUrl('http://127.0.0.1:41339/orders') // 'http://127.0.0.1:41339/orders'
 * responseUrl('/orders', 'http://127.0.0.1:41339') // 'http://127.0.0.1:41339/orders'
 * responseUrl('') // undefined (a hand-made Response has no URL)
 * ```
 */
export function responseUrl(value: unknown, base?: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || value.length > maxLength) return undefined
  const url = URL.parse(
    value,
    typeof base === 'string' && base.length <= maxLength ? base : undefined,
  )
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined
}
