const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * The alphabet of lower-case hexadecimal secrets, for `sampleSecret`.
 *
 * @example
 * ```ts
 * const apiKey = sampleSecret(32, 8, hexDigits)
 * ```
 */
export const hexDigits = '0123456789abcdef'

/**
 * A random-looking string of `length` characters from `alphabet` (letters and digits by
 * default), the same for the same `seed`. Rule examples build their fake secrets with it at run
 * time, so the source holds no secret-shaped literal for scanners to trip on.
 *
 * @example
 * ```ts
 * const token = ['gh', 'p_'].join('') + sampleSecret(36, 7)
 * const hex = sampleSecret(32, 8, hexDigits)
 * ```
 */
export function sampleSecret(length: number, seed: number, alphabet = alphanumeric): string {
  // mulberry32: small, fast, and random-looking enough for examples.
  let state = seed >>> 0
  let out = ''
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296
    out += alphabet[Math.floor(r * alphabet.length)] as string
  }
  return out
}
