import { isAsciiDigit, isAsciiLetter, isBase64Char } from '../secrets/token-char.ts'

/** Shortest run of token characters that can read as random. */
const shortest = 20
/** Longest run looked at on either side of the window: a longer one is masked as it is. */
const longest = 4096

/**
 * Runs of token characters (`[A-Za-z0-9+/_-]`) that touch `[from, to)` of `text` and read as
 * random: at least 20 long, not a path (no leading `/`), with upper- and lower-case letters and
 * digits mixed as in a generated key (the kind of character changes at least every second
 * character, as in about 6 of 10 places of a random one). An excerpt masks them whole, so a secret no rule knows (an AWS secret key beside its
 * key ID, a password in an unknown format) is not printed in full in the context of another
 * finding. A camel-case name (`OAuth2V2TokenService`), a docs path (`Errors/E2024/Db3Timeout`),
 * a hex ID, a UUID or a file path is not one.
 *
 * @example
 * ```ts
 * randomTokens('key AKIA… secret q8Yh3Kx0Zr1mN5bV7cT2wL9p', 0, 40) // [[18, 40]]
 * ```
 */
export function randomTokens(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  let i = from
  // Back to the start of a run the window begins inside.
  while (i > 0 && from - i < longest && isRunChar(text.charCodeAt(i - 1))) i--
  while (i < to) {
    if (!isRunChar(text.charCodeAt(i))) {
      i++
      continue
    }
    let end = i
    while (end < text.length && end - i < longest && isRunChar(text.charCodeAt(end))) end++
    if (end - i >= shortest && readsRandom(text, i, end)) out.push([i, end])
    i = end
  }
  return out
}

/**
 * `[A-Za-z0-9+/_-]`: base64 and base64url (a padding `=` is left out, so `name=value` is two runs).
 */
function isRunChar(c: number): boolean {
  return isBase64Char(c) || c === 0x5f || c === 0x2d
}

/** 0 upper-case letter, 1 lower-case letter, 2 digit, 3 anything else. */
function kindOf(c: number): number {
  if (isAsciiDigit(c)) return 2
  if (!isAsciiLetter(c)) return 3
  return c < 0x61 ? 0 : 1
}

function readsRandom(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 0x2f) return false
  const counts = [0, 0, 0, 0]
  let changes = 0
  let last = -1
  for (let i = start; i < end; i++) {
    const kind = kindOf(text.charCodeAt(i))
    counts[kind] = (counts[kind] ?? 0) + 1
    if (kind !== 3 && last !== -1 && kind !== last) changes++
    if (kind !== 3) last = kind
  }
  const [upper = 0, lower = 0, digits = 0] = counts
  return upper >= 2 && lower >= 2 && digits >= 2 && changes * 2 >= end - start
}
