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
  for (const [name, value] of Object.entries(response.headers)) {
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
