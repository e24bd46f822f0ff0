import { unescapingOf } from '../../audit/subject.ts'
import type { Subject } from '../../rule.ts'
import type { FoundRequestId } from '../find-request-id.ts'
import type { RequestIdKind } from '../request-id-kind.ts'

/**
 * A label that announces an ID in prose: "Request ID", "correlation-id", "Reference", "Error ref",
 * "Support code", Cloudflare's "Ray ID".
 */
const label =
  '(?:(?:request|correlation|trace|error|incident|support|event|tracking|reference)[ _-]?(?:id|identifier|ref|reference|number|no)|support[ _-]?code|ray[ _-]?id|reference|ref)'

/** "Request ID: ABC-123", "request id is 01J9...", "(reference #7f3a...)" in text or HTML with tags removed. */
const textPattern = new RegExp(
  `\\b${label}\\b(?:\\s{1,3}(?:is|was))?[^\\w\\n]{0,6}([A-Za-z0-9][\\w.~+/=:-]{3,200})`,
  'gi',
)

/**
 * `data-request-id="..."`, `x-trace-id='...'` and the like, in HTML. A `data-` or `x-` before the
 * name needs no place in the pattern: the `-` before it is a word boundary as well. Without it, the
 * pattern starts with one of three words, which the regex engine skips to.
 */
const attributePattern =
  /\b(?:request|correlation|trace)[-_]?id\s{0,3}=\s{0,3}["']([^"'<>\s]{1,200})["']/gi

/** `<meta name="request-id" content="...">`. */
const metaPattern =
  /\bname\s{0,3}=\s{0,3}["'](?:x-)?(?:request|correlation|trace)[-_]?id["']\s{1,10}content\s{0,3}=\s{0,3}["']([^"'<>\s]{1,200})["']/gi

/** A UUID, a ULID, or 16 to 64 hex digits, standing alone. */
const loneToken =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-7][0-9a-hjkmnp-tv-z]{25}|[0-9a-f]{16,64})$/i

/** The patterns `findRequestIds` runs on body text, for the linear-time proof. */
export const bodyTextPatterns: readonly RegExp[] = [
  textPattern,
  attributePattern,
  metaPattern,
  loneToken,
]

/** What ends a longer name a label would be part of: two name characters and a hyphen. */
const insideName = /[\w.][\w.]-$/

/** Most IDs reported from one body. */
const maxFound = 10

/**
 * Request IDs in a text or HTML body: labelled values in the text (tags and entities undone) and
 * ID attributes in the markup. A labelled value must hold a digit, so "Request failed" is no ID.
 */
export function inBodyText(subject: Subject): FoundRequestId[] {
  const found: FoundRequestId[] = []
  const raw = subject.snapshot.text
  for (const pattern of [attributePattern, metaPattern]) {
    if (!/request|correlation|trace/i.test(raw)) break
    for (const match of raw.matchAll(pattern)) {
      const value = match[1] as string
      found.push({
        value,
        raw: value,
        where: 'body attribute',
        in: 'body',
        traceparent: false,
        kind: kindOf(match[0].slice(0, match[0].lastIndexOf(value))),
        offset: match.index + match[0].lastIndexOf(value),
      })
      if (found.length >= maxFound) return found
    }
  }
  // The unescaped view (tags and entities undone) when there is one, else the raw body.
  const body = subject.views[0]
  const view = subject.views.find((v) => body && unescapingOf(v)?.source === body) ?? body
  if (!view) return found
  for (const match of view.text.matchAll(textPattern)) {
    // "X-Request-Id: …" is a label, but not one inside a longer name, as a package's folder
    // holds it (`node_modules/express-request-id-3.0.0/`).
    if (insideName.test(view.text.slice(Math.max(0, match.index - 3), match.index))) continue
    const value = (match[1] as string).replace(/[.:]{1,3}$/, '')
    if (!/\d/.test(value) || found.some((f) => f.value === value)) continue
    const start = match.index + match[0].lastIndexOf(match[1] as string)
    found.push({
      value,
      raw: value,
      where: 'body text',
      in: 'body',
      traceparent: false,
      kind: kindOf(match[0].slice(0, match[0].lastIndexOf(match[1] as string))),
      offset: view.toBody(start, start + value.length)[0],
    })
    if (found.length >= maxFound) break
  }
  if (found.length === 0) {
    const lone = loneId(raw)
    if (lone) found.push(lone)
  }
  return found
}

/**
 * What a label or attribute names (`label`, the text before the ID): the app's request ID
 * ("Request ID", "correlation-id"), a trace ID ("Trace ID"), or another ID ("Error ID", "Ray ID",
 * "Support code", "Reference").
 */
function kindOf(label: string): RequestIdKind {
  const lower = label.toLowerCase()
  if (lower.includes('request') || lower.includes('correlation')) return 'request'
  return lower.includes('trace') ? 'trace' : 'other'
}

/**
 * A body that is nothing but an ID, as Sentry's Express guide answers (`res.end(res.sentry + "\n")`):
 * a UUID, a ULID or a hex ID, alone but for white space around it.
 */
function loneId(text: string): FoundRequestId | undefined {
  if (text.length > 200) return undefined
  const value = text.trim()
  if (!loneToken.test(value) || !/\d/.test(value)) return undefined
  return {
    value,
    raw: value,
    where: 'body text',
    in: 'body',
    traceparent: false,
    // Compared with nothing: most often an error tracker's event ID.
    kind: 'other',
    offset: text.indexOf(value),
  }
}
