import { lineLocator } from '../../audit/line-column.ts'
import { excerpt, fold } from '../../format/excerpt.ts'

/** Where a marker came back in a response, and a short excerpt around it. */
export interface Echo {
  readonly where: string
  readonly excerpt: string
}

/**
 * Each place where one of `markers` occurs, compared case-insensitively: every header that holds
 * one, then the first occurrence in the body.
 */
export function findEchoes(
  response: { readonly headers: Readonly<Record<string, string>>; readonly text: string },
  markers: readonly string[],
): Echo[] {
  const wanted = markers.map((m) => m.toLowerCase())
  const echoes: Echo[] = []
  for (const [name, raw] of Object.entries(response.headers)) {
    const value = asUtf8(raw)
    const lower = value.toLowerCase()
    for (const marker of wanted) {
      const at = lower.indexOf(marker)
      if (at === -1) continue
      echoes.push({ where: `header ${name}`, excerpt: excerpt(value, at, at + marker.length) })
      break
    }
  }
  const lower = response.text.toLowerCase()
  for (const marker of wanted) {
    const at = lower.indexOf(marker)
    if (at === -1) continue
    const { line, column } = lineLocator(response.text)(at)
    echoes.push({
      where: `body ${line}:${column}`,
      excerpt: fold(excerpt(response.text, at, at + marker.length)),
    })
    break
  }
  return echoes
}

/** A character of Latin-1 beyond ASCII, and one beyond Latin-1. */
const latin1High = /[\u0080-\u00ff]/
const beyondLatin1 = /[^\u0000-\u00ff]/

/**
 * A header value as text: clients read header bytes as Latin-1, so UTF-8 text a server sent (or
 * echoed, and maybe encoded twice) reads as `Ã¼`. Decoded as UTF-8, at most twice, while the
 * bytes are valid UTF-8; left as it is otherwise.
 */
function asUtf8(value: string): string {
  let text = value
  for (let i = 0; i < 2 && latin1High.test(text) && !beyondLatin1.test(text); i++) {
    const decoded = Buffer.from(text, 'latin1').toString('utf8')
    if (decoded.includes('\uFFFD')) break
    text = decoded
  }
  return text
}
