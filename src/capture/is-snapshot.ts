import type { Snapshot } from './snapshot.ts'

/**
 * True for a value `capture()` made (or one of the same shape).
 *
 * @example
 * ```ts
 * import { capture, isSnapshot } from 'safe500'
 * isSnapshot(await capture(res)) // true
 * isSnapshot(res) // false
 * ```
 */
export function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<Snapshot>
  return (
    typeof v.status === 'number' &&
    typeof v.text === 'string' &&
    v.body instanceof Uint8Array &&
    typeof v.headers === 'object' &&
    v.headers !== null &&
    typeof v.truncated === 'boolean'
  )
}
