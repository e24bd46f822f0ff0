import { isAsciiAlnum } from '../secrets/token-char.ts'
import { secretsNear } from './mask-inline.ts'
import { maskSecret } from './mask.ts'
import { randomTokens } from './random-tokens.ts'

/** Longest excerpt, in characters, before the ellipses. */
export const excerptWidth = 80

/**
 * A one-line window of at most about 80 characters around `[start, end)` of `text`: the match
 * between `»` and `«`, each of the `secrets` ranges masked, and any run around it that reads as a
 * generated key (`randomTokens`), white space folded. A match too long
 * to show whole is cut with `…«`, and the text after the match follows. Many excerpts of one
 * text share its `secretsAround` (`around`).
 */
export function excerpt(
  text: string,
  start: number,
  end: number,
  found: readonly (readonly [number, number])[] = [],
  around: (from: number, to: number) => [number, number][] = secretsNear(text),
): string {
  const { from, to, matchEnd, resume } = excerptWindow(text.length, start, end)
  // Secrets found by more than one rule overlap: each stretch is masked once. Around the match,
  // what reads as a generated key is masked too, though no rule knew it, a URL's password
  // anywhere in the window, whatever its host, and the value of a key named as a secret or of a
  // bearer token (`api_key=letm****`).
  const secrets = disjoint([
    ...found,
    ...contextTokens(text, start, end, from, to),
    ...around(from, to),
  ])
  let out = ''
  let opened = false
  let closed = false
  const open = () => {
    if (opened) return
    out += '»'
    opened = true
  }
  let i = from
  while (i < to) {
    if (i >= start) open()
    if (i >= matchEnd && !closed) {
      open()
      out += `${end > matchEnd ? '…' : ''}«`
      closed = true
      // The rest of a cut match is left out; a secret it ends in was masked whole already.
      i = afterSecrets(secrets, Math.max(i, resume))
      continue
    }
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
  if (!closed) {
    open()
    out += `${end > matchEnd ? '…' : ''}«`
  }
  return `${from > 0 ? '…' : ''}${fold(out)}${i < text.length ? '…' : ''}`
}

/**
 * `randomTokens` of the window `[from, to)` outside the match `[start, end)`: the match itself is
 * what its finding reports (masked by the rule when it is a secret).
 */
export function contextTokens(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): [number, number][] {
  return randomTokens(text, from, to).filter(([s, e]) => e <= start || s >= end)
}

/** `at`, or the end of a secret of `secrets` (disjoint, sorted) that covers it. */
function afterSecrets(secrets: readonly (readonly [number, number])[], at: number): number {
  const covering = secrets.find(([s, e]) => s < at && at < e)
  return covering ? covering[1] : at
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
 * Which part of a text of `length` an excerpt of `[start, end)` shows: from `from` to where the
 * match shown ends (`matchEnd`: a long match is cut), then from `resume` (the match's end) to
 * `to`. About 80 characters are shown in all.
 */
export function excerptWindow(
  length: number,
  start: number,
  end: number,
): { from: number; to: number; matchEnd: number; resume: number } {
  const matchEnd = Math.min(end, start + excerptWidth - 20)
  const room = Math.max(0, excerptWidth - (matchEnd - start))
  const wanted = Math.max(0, start - Math.floor(room / 2))
  const shownTo = Math.min(length, Math.max(matchEnd, wanted + excerptWidth))
  const from = Math.max(0, Math.min(wanted, shownTo - excerptWidth))
  // What would have followed the cut point follows the match's end instead.
  const to = Math.min(length, Math.max(end, shownTo + (end - matchEnd)))
  return { from, to, matchEnd, resume: end }
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
