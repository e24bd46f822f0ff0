import type { Snapshot } from '../capture/snapshot.ts'
import type { TextView } from '../rule.ts'
import { isBase64Char } from '../secrets/token-char.ts'
import { hasEscapes, unescape } from './unescape.ts'
import { View } from './view.ts'

/** The media types of a `data:` URL whose text rules read: documents, not images or fonts. */
const textTypes = new Set(['text/html', 'text/plain', 'application/json', 'application/xhtml+xml'])
/** Most `data:` URLs of one body decoded; the rest are passed over. */
const mostUrls = 8
/** Payloads shorter than this hold no page (a tracking pixel, an empty document). */
const shortest = 64

/** A `data:` URL's document: read as a page of its own, and where a view's text sits in it. */
export interface DataDocument {
  /** The decoded document as a snapshot of its own (its text and media type): where its scripts are. */
  readonly document: Pick<Snapshot, 'text' | 'headers'>
  /** The offset in `document.text` of offset `at` of the view. */
  readonly toDocument: (at: number) => number
}

const documents = new WeakMap<TextView, DataDocument>()
const utf8 = new TextDecoder('utf-8')

/**
 * For a view of a decoded `data:` URL: its document and how the view maps onto it; undefined for
 * any other view.
 *
 * @example
 * ```ts
 * const doc = dataDocumentOf(view)
 * if (doc) inScriptCode(doc.document, doc.toDocument(start))
 * ```
 */
export function dataDocumentOf(view: TextView): DataDocument | undefined {
  return documents.get(view)
}

/**
 * `data:text/html;base64,` and the like, with up to two parameters (`;charset=utf-8`): where a
 * base64 payload starts.
 */
const dataUrl =
  /\bdata:([a-z]{1,20}\/[a-z0-9.+-]{1,60})(?:;[a-z-]{1,30}=[\w-]{1,40})?(?:;[a-z-]{1,30}=[\w-]{1,40})?;base64,/gi

/**
 * Views of the text documents a body carries as base64 `data:` URLs (Nuxt's development overlay
 * loads the Youch page with the error, its source and its cause into an iframe from one): the
 * decoded document, and its text with escapes and tags undone when it has any. Their ranges map to
 * the base64 characters that encode them, so findings point into the body. Images, fonts and
 * other binary types are passed over without decoding; at most 8 URLs are read.
 *
 * @example
 * ```ts
 * const views = dataUrlViews('<iframe src="data:text/html;base64,PGgxPkVycm9yPC9oMT4=">')
 * views[0]?.text // '<h1>Error</h1>' (payloads under 64 characters are passed over)
 * ```
 */
export function dataUrlViews(text: string): TextView[] {
  if (!text.includes(';base64,')) return []
  const views: TextView[] = []
  let urls = 0
  dataUrl.lastIndex = 0
  for (let m = dataUrl.exec(text); m !== null && urls < mostUrls; m = dataUrl.exec(text)) {
    const type = (m[1] as string).toLowerCase()
    if (!textTypes.has(type)) continue
    const start = m.index + m[0].length
    const end = payloadEnd(text, start)
    dataUrl.lastIndex = end
    if (end - start < shortest) continue
    urls++
    const bytes = Buffer.from(text.slice(start, end), 'base64')
    const decoded = utf8.decode(bytes)
    const byteOf = byteOffsets(decoded, bytes.byteLength)
    // The base64 characters that encode bytes [from, to): four for every three, whole groups.
    const toBody = (from: number, to: number): readonly [number, number] => [
      Math.min(end, start + Math.floor(byteOf(from) / 3) * 4),
      Math.min(end, start + Math.ceil(byteOf(to) / 3) * 4),
    ]
    const raw = new View(decoded, toBody)
    const headers = { 'content-type': type }
    documents.set(raw, { document: { text: decoded, headers }, toDocument: (at) => at })
    views.push(raw)
    if (!hasEscapes(decoded)) continue
    const plain = unescape(decoded)
    if (plain.text === decoded) continue
    const { toSource } = plain
    const view = new View(plain.text, (from, to) => toBody(toSource(from), toSource(to)))
    documents.set(view, { document: { text: decoded, headers }, toDocument: toSource })
    views.push(view)
  }
  return views
}

/** Where a base64 payload starting at `start` ends: after its last base64 character and padding. */
function payloadEnd(text: string, start: number): number {
  let at = start
  while (at < text.length && isBase64Char(text.charCodeAt(at))) at++
  while (at < text.length && text.charCodeAt(at) === 0x3d) at++
  return at
}

/**
 * The byte offset in the UTF-8 payload of each character offset of `decoded`: the same number when
 * every byte made one character, else counted once from the characters' UTF-8 lengths.
 */
function byteOffsets(decoded: string, byteLength: number): (at: number) => number {
  if (decoded.length === byteLength) return (at) => at
  const offsets = new Int32Array(decoded.length + 1)
  let bytes = 0
  for (let i = 0; i < decoded.length; i++) {
    offsets[i] = bytes
    const c = decoded.charCodeAt(i)
    // A surrogate pair's four bytes are counted at its first half.
    bytes +=
      c < 0x80
        ? 1
        : c < 0x800
          ? 2
          : c >= 0xd800 && c < 0xdc00
            ? 4
            : c < 0xe000 && c >= 0xdc00
              ? 0
              : 3
  }
  offsets[decoded.length] = Math.min(bytes, byteLength)
  return (at) => Math.min(offsets[Math.max(0, Math.min(at, decoded.length))] as number, byteLength)
}
