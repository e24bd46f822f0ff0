import type { Snapshot } from '../capture/snapshot.ts'
import type { ResolvedOptions } from '../options.ts'
import type { Subject, TextView } from '../rule.ts'
import { dataUrlViews } from './data-urls.ts'
import { hasEscapes, unescape } from './unescape.ts'
import { View } from './view.ts'

/** Header values that are framing, caching, policy or a traceparent: body rules do not scan them. */
const unscannedHeaders = new Set([
  'date',
  'etag',
  'expires',
  'last-modified',
  'content-length',
  'content-type',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'cache-control',
  'pragma',
  'vary',
  'age',
  'retry-after',
  'strict-transport-security',
  'content-security-policy',
  'content-security-policy-report-only',
  'permissions-policy',
  'referrer-policy',
  'x-content-type-options',
  'x-frame-options',
  'x-xss-protection',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
  'access-control-allow-origin',
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-expose-headers',
  'traceparent',
  'accept-ranges',
  'alt-svc',
  'nel',
  'report-to',
  'reporting-endpoints',
])

const identity = (start: number, end: number) => [start, end] as const

/** An unescaped view, the view it was made from, and the pieces that map one onto the other. */
export interface Unescaping {
  readonly source: TextView
  /** As `Unescaped.segments`: where each piece starts in the view, and where it came from. */
  readonly segments: Int32Array
}

const unescapings = new WeakMap<TextView, Unescaping>()

/**
 * For the unescaped view of a subject: the body view it was made from and how its pieces map
 * onto it; undefined for any other view.
 *
 * @example
 * ```ts
 * const subject = createSubject(snapshot, options)
 * unescapingOf(subject.views[1])?.source === subject.views[0] // true when the body had escapes
 * ```
 */
export function unescapingOf(view: TextView): Unescaping | undefined {
  return unescapings.get(view)
}

/** Builds what rules look at from a snapshot: views of the body and headers, lazily parsed JSON. */
export function createSubject(snapshot: Snapshot, options: ResolvedOptions): Subject {
  const views: TextView[] = [new View(snapshot.text, identity)]
  if (hasEscapes(snapshot.text)) {
    const plain = unescape(snapshot.text)
    if (plain.text !== snapshot.text) {
      const { toSource } = plain
      const view = new View(plain.text, (start, end) => [toSource(start), toSource(end)])
      unescapings.set(view, { source: views[0] as TextView, segments: plain.segments })
      views.push(view)
    }
  }
  // Documents the body carries as base64 data: URLs (an error page loaded into an iframe).
  views.push(...dataUrlViews(snapshot.text))
  for (const [name, value] of Object.entries(snapshot.headers)) {
    // Request ID headers are read too: an "ID" such as `10.0.3.7:5432` names a host.
    if (value.length === 0 || unscannedHeaders.has(name)) continue
    views.push(new View(headerText(name, value), identity, name))
  }
  const contentType = snapshot.headers['content-type']
  let parsed: { value: unknown } | undefined
  return {
    snapshot,
    status: snapshot.status,
    headers: snapshot.headers,
    mimeType: contentType?.split(';', 1)[0]?.trim().toLowerCase() || undefined,
    views,
    json: () => (parsed ??= { value: parseJson(snapshot.text) }).value,
    options,
  }
}

const utf8 = new TextDecoder()

/**
 * Headers read as the text they carry, percent-decoded: gRPC percent-encodes `grpc-message`
 * (grpc-js encodes every space, `pq:%20relation%20%22orders%22%20does%20not%20exist`), and a
 * redirect to an error page carries the message in its URL
 * (`Location: /error?msg=connect%20ECONNREFUSED%2010.0.0.5%3A5432`).
 */
const percentEncoded = new Set(['grpc-message', 'location', 'content-location', 'refresh', 'link'])

/**
 * A header's value as rules read it: percent-decoded for the headers of `percentEncoded`; for
 * `Set-Cookie`, each cookie's `name=value`, percent-decoded (as Express's `res.cookie()` encodes
 * it), without the attributes (`Path`, `Domain`, `Expires`), which say nothing of the error, the
 * cookies joined with `; ` as a Cookie header joins them; for `Server-Timing`, its quoted strings
 * with their escapes undone (`desc="select * from \"orders\""`).
 */
function headerText(name: string, value: string): string {
  if (name === 'set-cookie')
    return value
      .split('\n')
      .map((cookie) => percentDecoded(cookie.slice(0, (cookie + ';').indexOf(';')).trim()))
      .join('; ')
  if (name === 'server-timing')
    return value.includes('\\') ? value.replace(quotedPair, '$1') : value
  return percentEncoded.has(name) ? percentDecoded(value) : value
}

/** A quoted-pair of RFC 9110: a backslash and the character it stands for. */
const quotedPair = /\\([\s\S])/g

/**
 * `value` with each `%XX` taken as a byte of UTF-8; a `%` not followed by two hex digits stays as
 * it is, so one stray `%` does not leave the rest encoded.
 */
function percentDecoded(value: string): string {
  if (!value.includes('%')) return value
  let out = ''
  let bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const byte = value[i] === '%' ? Number.parseInt(value.slice(i + 1, i + 3), 16) : Number.NaN
    if (!Number.isNaN(byte) && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(byte)
      i += 2
      continue
    }
    if (bytes.length > 0) {
      out += utf8.decode(new Uint8Array(bytes))
      bytes = []
    }
    out += value[i]
  }
  return bytes.length > 0 ? out + utf8.decode(new Uint8Array(bytes)) : out
}

function parseJson(text: string): unknown {
  // The first character that is not white space, without copying the text.
  const first = text[text.search(/\S/)]
  if (first !== '{' && first !== '[') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
