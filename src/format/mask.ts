/**
 * Masks a secret so a failure message can point at it without printing it: the first four
 * characters stay, the rest becomes `****` (short values are masked whole).
 *
 * @example
 * ```ts
 * import { maskSecret } from 'safe500'
 * maskSecret('hunter2-very-secret') // 'hunt****'
 * ```
 */
export function maskSecret(value: string): string {
  return value.length <= 8 ? '****' : `${value.slice(0, 4)}****`
}
