/**
 * True when request IDs look like a counter: all short decimal numbers (`1`, `2`), or one shared
 * prefix followed by a short number that grows by small steps (`req-1`, `req-2`; Fastify counts in
 * base 36: `req-9`, `req-a`). Such IDs repeat across restarts and instances and can be guessed.
 *
 * @example
 * ```ts
 * import { looksSequential } from 'safe500'
 * looksSequential(['req-1', 'req-2', 'req-3']) // true
 * looksSequential(['3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c', '9b2e7a10-5c4d-4f3e-8a1b-0c9d8e7f6a5b']) // false
 * ```
 */
export function looksSequential(ids: readonly string[]): boolean {
  if (ids.length < 2) return false
  if (ids.every((id) => /^\d{1,12}$/.test(id))) return true
  const first = ids[0] as string
  let prefix = first.length
  for (const id of ids) {
    let i = 0
    while (i < prefix && i < id.length && id[i] === first[i]) i++
    prefix = i
  }
  const steps = ids.map((id) => id.slice(prefix))
  if (steps.some((s) => !/^[0-9a-z]{1,6}$/i.test(s))) return false
  const numbers = steps.map((s) => Number.parseInt(s, 36))
  for (let i = 1; i < numbers.length; i++) {
    const delta = (numbers[i] as number) - (numbers[i - 1] as number)
    if (delta <= 0 || delta > 1000) return false
  }
  return true
}
