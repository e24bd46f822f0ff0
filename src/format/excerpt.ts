import { maskSecret } from './mask.ts'

/** Longest excerpt, in characters, before the ellipses. */
export const excerptWidth = 80

/**
 * A one-line window of at most about 80 characters around `[start, end)` of `text`, with each of
 * the `secrets` ranges that falls in the window masked, and white space folded.
 */
export function excerpt(
  text: string,
  start: number,
  end: number,
  secrets: readonly (readonly [number, number])[] = [],
): string {
  const matchEnd = Math.min(end, start + excerptWidth - 20)
  const room = Math.max(0, excerptWidth - (matchEnd - start))
  let from = Math.max(0, start - Math.floor(room / 2))
  const to = Math.min(text.length, Math.max(matchEnd, from + excerptWidth))
  from = Math.max(0, Math.min(from, to - excerptWidth))
  let out = ''
  let at = from
  for (const [s, e] of [...secrets].sort((a, b) => a[0] - b[0])) {
    if (e <= at || s >= to) continue
    const s0 = Math.max(s, at)
    out += text.slice(at, s0) + maskSecret(text.slice(s, e))
    at = Math.min(Math.max(e, at), text.length)
  }
  if (at < to) out += text.slice(at, to)
  out = fold(out)
  return `${from > 0 ? '…' : ''}${out}${to < text.length ? '…' : ''}`
}

/** Folds runs of white space (line breaks included) into one space and trims. */
export function fold(text: string): string {
  return text.replace(/\s{1,1000}/g, ' ').trim()
}
