import type { Hit, TextView } from '../rule.ts'

/**
 * The hit for a secret `value` that ends the match `m` in `view` (a key, a header or a URL
 * parameter before it): its span covers the value alone, so only the value is masked.
 *
 * @example
 * ```ts
 * for (const m of view.text.matchAll(/token=(\w{16,200})/g))
 *   yield trailingSecret(view, m, m[1] ?? '', 'shows a token')
 * ```
 */
export function trailingSecret(
  view: TextView,
  m: RegExpExecArray | RegExpMatchArray,
  value: string,
  message: string,
): Hit {
  const start = (m.index ?? 0) + m[0].length - value.length
  return { message, view, span: [start, start + value.length], secret: true }
}
