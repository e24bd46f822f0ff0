import type { Hit, Subject } from '../rule.ts'
import { fold } from '../format/excerpt.ts'
import { maskSecret } from '../format/mask.ts'

/** Shorter "secrets" are not searched for elsewhere: they would mask ordinary words. */
const shortest = 6
/** Most places in the body where one secret is masked besides where a rule found it. */
const mostPlaces = 10_000

/**
 * The texts of the secrets rules found (as matched, as they stand in the body, folded as excerpts
 * show them), longest first, so they can be masked wherever else they appear.
 *
 * @example
 * ```ts
 * const texts = secretTexts(found, subject) // ['AKIAIOSFODNN7EXAMPLE', ...]
 * ```
 */
export function secretTexts(
  found: readonly { readonly hit: Hit; readonly span: readonly [number, number] | undefined }[],
  subject: Subject,
): string[] {
  const texts = new Set<string>()
  for (const { hit, span } of found) {
    if (!hit.secret) continue
    const view = hit.view ?? subject.views[0]
    if (hit.span && view) texts.add(view.text.slice(hit.span[0], hit.span[1]))
    if (span) texts.add(subject.snapshot.text.slice(span[0], span[1]))
    if (!hit.span && hit.evidence) texts.add(hit.evidence)
  }
  for (const text of [...texts]) texts.add(fold(text))
  return [...texts].filter((t) => t.length >= shortest).sort((a, b) => b.length - a.length)
}

/**
 * Every place in `body` where one of `texts` stands, as `[start, end)` ranges for excerpts to mask
 * (a secret repeated, or found in one view and shown from another).
 *
 * @example
 * ```ts
 * secretPlaces('key=abcdef1234; again abcdef1234', ['abcdef1234']) // [[4, 14], [22, 32]]
 * ```
 */
export function secretPlaces(body: string, texts: readonly string[]): [number, number][] {
  const places: [number, number][] = []
  for (const text of texts) {
    let n = 0
    for (
      let at = body.indexOf(text);
      at !== -1 && n < mostPlaces;
      at = body.indexOf(text, at + 1), n++
    )
      places.push([at, at + text.length])
  }
  return places
}

/** A run this long shared with a found secret is part of that secret. */
const sharedRun = 12
let roomBuffer = new Uint32Array(256)

/**
 * `text` with each of `texts` in it masked: the safety net for messages and excerpts that quote a
 * value a secret rule found. A message may quote the secret cut differently from the rule's match
 * (a request ID stops at a colon the match included), so any run of 12 or more characters that
 * stands inside a found secret is masked too.
 *
 * @example
 * ```ts
 * scrub('ID "AKIAIOSFODNN7EXAMPLE" differs', ['AKIAIOSFODNN7EXAMPLE']) // 'ID "AKIA****" differs'
 * ```
 */
export function scrub(text: string, texts: readonly string[]): string {
  let out = text
  for (const secret of texts)
    if (out.includes(secret)) out = out.split(secret).join(maskSecret(secret))
  const { runs, ascii, others } = runsOf(texts)
  const n = out.length
  if (runs.size === 0 || n < sharedRun) return out
  // How many characters from each index on could belong to a secret: a run needs 12 of them, so
  // most places are passed over without slicing anything. Messages and excerpts are short: one
  // array serves them all.
  if (roomBuffer.length <= n) roomBuffer = new Uint32Array(n + 1)
  const room = roomBuffer
  room[n] = 0
  for (let j = n - 1; j >= 0; j--) {
    const c = out.charCodeAt(j)
    room[j] = (c < 0x80 ? ascii[c] === 1 : others.has(c)) ? (room[j + 1] as number) + 1 : 0
  }
  let masked = ''
  let at = 0
  for (let i = 0; i + sharedRun <= n;) {
    if ((room[i] as number) < sharedRun || !runs.has(out.slice(i, i + sharedRun))) {
      i++
      continue
    }
    let end = i + sharedRun
    while (end < n && runs.has(out.slice(end + 1 - sharedRun, end + 1))) end++
    masked += out.slice(at, i) + maskSecret(out.slice(i, end))
    at = i = end
  }
  return masked + out.slice(at)
}

/** The runs of a list of secrets, and their characters: ASCII ones in a table, others in a set. */
interface Runs {
  readonly runs: Set<string>
  readonly ascii: Uint8Array
  readonly others: Set<number>
}

const runCache = new WeakMap<readonly string[], Runs>()

/** Every run of `sharedRun` characters in the (first 50) secrets, and their characters, once per list. */
function runsOf(texts: readonly string[]): Runs {
  let found = runCache.get(texts)
  if (!found) {
    found = { runs: new Set(), ascii: new Uint8Array(0x80), others: new Set() }
    for (const secret of texts.slice(0, 50)) {
      const end = Math.min(secret.length, 4096)
      for (let i = 0; i + sharedRun <= end; i++) found.runs.add(secret.slice(i, i + sharedRun))
      for (let i = 0; i < end; i++) {
        const c = secret.charCodeAt(i)
        if (c < 0x80) found.ascii[c] = 1
        else found.others.add(c)
      }
    }
    runCache.set(texts, found)
  }
  return found
}
