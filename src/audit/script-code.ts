import type { Snapshot } from '../capture/snapshot.ts'
import type { Subject, TextView } from '../rule.ts'
import { dataDocumentOf } from './data-urls.ts'

/** Values of a `type` attribute that make a `<script>` element data, not code. */
const dataTypes = ['json', 'importmap', 'speculationrules', 'template', 'html']

/** An element's opening tag, `<script` then a space, `>` or `/`; a comment's start. */
const opening = /<script(?=[\s>/])|<!--/gi
const closing = /<\/script\s{0,20}>/gi

/** The text whose script ranges were found last, and those ranges: `[codeStart, codeEnd]` pairs. */
let last: { text: string; ranges: number[] } | undefined

/**
 * Whether offset `at` of the snapshot's text lies in the code of an inline `<script>` element of
 * an HTML page: JavaScript it carries, as a page that inlines a library's build carries the
 * library's own messages (React's `Objects are not valid as a React child`, date-fns' `Invalid
 * time value`), but not the message of an error the page's state holds (seroval's `$R[13]=new
 * Error("…")`). A data block (`type="application/json"`, an import map) is no code, nor is a
 * `<script>` in a comment, one that is never closed (an echoed input, `<script>alert(1)`), or any
 * in a body that is not HTML. The elements are found once per text, in one pass.
 *
 * @example
 * ```ts
 * inScriptCode(page, page.indexOf('throw')) // true for '<script>throw Error("x")</script>'
 * ```
 */
export function inScriptCode(snapshot: Pick<Snapshot, 'text' | 'headers'>, at: number): boolean {
  const type = snapshot.headers['content-type']
  if (type !== undefined && !type.toLowerCase().includes('html')) return false
  const { text } = snapshot
  if (last?.text !== text) last = { text, ranges: scriptRanges(text) }
  const { ranges } = last
  // The last range that starts at or before `at`.
  let lo = 0
  let hi = ranges.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ranges[mid * 2] as number) <= at) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && at < (ranges[(lo - 1) * 2 + 1] as number) && !inDehydratedError(text, at)
}

/** The farthest back the start of a dehydrated error's message is looked for. */
const messageReach = 2000
/** What stands right before `Error("` when seroval writes an error: `$R[13]=new Error("`. */
const dehydratedError = /\]=new (?:[A-Z][A-Za-z]{0,60})?$/

/**
 * Whether offset `at` lies in the message of an error that seroval dehydrated into a page's
 * script (`$R[13]=new Error("Cannot read properties of undefined (reading 'id')")`, as TanStack
 * Start and SolidStart stream the state of a failed route): data the server put there, not code
 * of a library.
 */
function inDehydratedError(text: string, at: number): boolean {
  const open = text.lastIndexOf('Error("', at)
  if (open === -1 || at - open > messageReach) return false
  for (let i = open + 7; i < at; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5c) i++
    else if (c === 0x22) return false
  }
  return dehydratedError.test(text.slice(Math.max(0, open - 70), open))
}

/**
 * Whether offset `at` of a body view lies in script code: of the body, or, for a view of a
 * document the body carries as a `data:` URL, of that document (the URL itself may stand in the
 * body's script).
 *
 * @example
 * ```ts
 * if (inViewScript(subject, view, match.index)) continue
 * ```
 */
export function inViewScript(subject: Subject, view: TextView, at: number): boolean {
  const data = dataDocumentOf(view)
  if (data) return inScriptCode(data.document, data.toDocument(at))
  return inScriptCode(subject.snapshot, view.toBody(at, at)[0])
}

/** Where the code of each closed inline script element of `text` starts and ends, in order. */
function scriptRanges(text: string): number[] {
  const ranges: number[] = []
  opening.lastIndex = 0
  for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
    if (m[0] === '<!--') {
      const end = text.indexOf('-->', m.index + 4)
      if (end === -1) break
      opening.lastIndex = end + 3
      continue
    }
    const gt = text.indexOf('>', m.index)
    if (gt === -1) break
    closing.lastIndex = gt
    const close = closing.exec(text)
    if (close === null) break
    if (!isData(text.slice(m.index, gt))) ranges.push(gt + 1, close.index)
    opening.lastIndex = close.index + close[0].length
  }
  return ranges
}

/** Whether an opening tag (`<script type="application/ld+json" …`) makes its element data. */
function isData(tag: string): boolean {
  const lower = tag.toLowerCase()
  let at = lower.indexOf('type=')
  // The attribute itself, not `data-type=`.
  while (at > 0 && !/\s/.test(lower[at - 1] as string)) at = lower.indexOf('type=', at + 5)
  if (at <= 0) return false
  const rest = lower.slice(at + 5)
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : ''
  const end = quote ? rest.indexOf(quote, 1) : rest.search(/[\s>]|$/)
  const value = rest.slice(quote ? 1 : 0, end === -1 ? rest.length : end)
  return dataTypes.some((word) => value.includes(word)) && !value.includes('javascript')
}
