import { isAsciiAlnum } from '../secrets/token-char.ts'
import { maskSecret } from './mask.ts'

/** Longest excerpt, in characters, before the ellipses. */
export const excerptWidth = 80

/**
 * A one-line window of at most about 80 characters around `[start, end)` of `text`: the match
 * between `»` and `«`, each of the `secrets` ranges masked, white space folded.
 */
export function excerpt(
  text: string,
  start: number,
  end: number,
  found: readonly (readonly [number, number])[] = [],
): string {
  // Secrets found by more than one rule overlap: each stretch is masked once.
  const secrets = disjoint(found)
  const { from, to, matchEnd } = excerptWindow(text.length, start, end)
  let out = ''
  let opened = false
  let closed = false
  const open = () => {
    if (opened) return
    out += '»'
    opened = true
  }
  const close = () => {
    if (closed) return
    open()
    out += `${end > matchEnd ? '…' : ''}«`
    closed = true
  }
  let i = from
  while (i < to) {
    if (i >= start) open()
    if (i >= matchEnd) close()
    const secret = secrets.find(([s, e]) => s <= i && i < e)
    if (secret) {
      if (start < secret[1]) open()
      out += maskSecret(text.slice(secret[0], secret[1]))
      i = secret[1]
      continue
    }
    // Up to the next place something happens: a secret starts, the match starts or ends.
    let next = to
    for (const [s] of secrets) if (s > i && s < next) next = s
    if (!opened && start > i && start < next) next = start
    if (!closed && matchEnd > i && matchEnd < next) next = matchEnd
    out += text.slice(i, next)
    i = next
  }
  close()
  return `${from > 0 ? '…' : ''}${fold(out)}${i < text.length ? '…' : ''}`
}

/** `ranges` sorted, with the ones that overlap joined. */
function disjoint(ranges: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  if (ranges.length < 2) return [...ranges]
  const out: [number, number][] = []
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1]
    if (last && s < last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

/**
 * Which part of a text of `length` an excerpt of `[start, end)` shows (`[from, to)`), and where
 * the match shown in it ends (`matchEnd`: a long match is cut).
 */
export function excerptWindow(
  length: number,
  start: number,
  end: number,
): { from: number; to: number; matchEnd: number } {
  const matchEnd = Math.min(end, start + excerptWidth - 20)
  const room = Math.max(0, excerptWidth - (matchEnd - start))
  const wanted = Math.max(0, start - Math.floor(room / 2))
  const to = Math.min(length, Math.max(matchEnd, wanted + excerptWidth))
  return { from: Math.max(0, Math.min(wanted, to - excerptWidth)), to, matchEnd }
}

/** Folds runs of white space (line breaks included) into one space and trims. */
export function fold(text: string): string {
  return text.replace(/\s{1,1000}/g, ' ').trim()
}

/**
 * Where an excerpt's marks should close: the end of a match, or, when the match stops inside a
 * word (a pattern that needs only the first letter of a message), the end of that word, at most
 * 40 characters on: `»TypeError: C«annot read` reads `»TypeError: Cannot« read`.
 *
 * @example
 * ```ts
 * wordEnd('TypeError: Cannot read', 0, 12) // 17
 * ```
 */
export function wordEnd(text: string, start: number, end: number): number {
  if (end <= start || !isAsciiAlnum(text.charCodeAt(end - 1))) return end
  let to = end
  while (to < text.length && to - end < 40 && isAsciiAlnum(text.charCodeAt(to))) to++
  return to
}
