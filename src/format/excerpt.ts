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
  secrets: readonly (readonly [number, number])[] = [],
): string {
  const matchEnd = Math.min(end, start + excerptWidth - 20)
  const room = Math.max(0, excerptWidth - (matchEnd - start))
  let from = Math.max(0, start - Math.floor(room / 2))
  const to = Math.min(text.length, Math.max(matchEnd, from + excerptWidth))
  from = Math.max(0, Math.min(from, to - excerptWidth))
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
    out += text[i] ?? ''
    i++
  }
  close()
  return `${from > 0 ? '…' : ''}${fold(out)}${i < text.length ? '…' : ''}`
}

/** Folds runs of white space (line breaks included) into one space and trims. */
export function fold(text: string): string {
  return text.replace(/\s{1,1000}/g, ' ').trim()
}
