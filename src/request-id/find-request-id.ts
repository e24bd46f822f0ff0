import type { Snapshot } from '../capture/snapshot.ts'
import type { AuditOptions } from '../options.ts'
import type { Subject } from '../rule.ts'
import { createSubject } from '../audit/subject.ts'
import { isSnapshot } from '../capture/is-snapshot.ts'
import { notASnapshot } from '../capture/not-a-response.ts'
import { resolveOptions } from '../options.ts'
import { requestIdHeaderNames } from './header-names.ts'
import { bodyTextPatterns, inBodyText } from './internal/in-body-text.ts'
import { inJson } from './internal/in-json.ts'
import { disagreeingKind } from './internal/same-id.ts'
import type { RequestIdKind } from './request-id-kind.ts'
import { headerId } from './internal/header-id.ts'
import { traceIdOf } from './internal/trace-id-of.ts'

/**
 * A request ID and where it was found.
 *
 * @example
 * ```ts
 * import { capture, findRequestIds, type FoundRequestId } from 'safe500'
 * const { all } = findRequestIds(await capture(await fetch(`${url}/boom`)))
 * const inBody: FoundRequestId | undefined = all.find((id) => id.in === 'body')
 * console.log(inBody?.value, inBody?.where) // 'req_8f2a4a7e' 'body $.error.requestId'
 * ```
 */
export interface FoundRequestId {
  /** The ID: what support searches the logs for (the trace-id of a `traceparent`). */
  readonly value: string
  /** The text it was read from: the whole header value, the JSON member, the text match. */
  readonly raw: string
  /** `header x-request-id`, `body $.error.requestId`, `body text`, `body attribute`. */
  readonly where: string
  readonly in: 'header' | 'body'
  /** `raw` is meant to be a W3C traceparent (a `traceparent` header, a Server-Timing `trace` metric). */
  readonly traceparent: boolean
  /**
   * What the ID names, and so what it is compared with (`RequestIdKind`): `request` (the app's
   * own), `trace` (W3C Trace Context) or `other` (a platform's, a tracer's or an error tracker's,
   * a support code: found, compared with nothing).
   */
  readonly kind: RequestIdKind
  /** For body IDs: where `raw` starts in the decoded body text, when known. */
  readonly offset?: number
}

/**
 * Request IDs in a response: the first header that has one, the first in the body, and all of them.
 *
 * @example
 * ```ts
 * import { capture, findRequestIds, type RequestIds } from 'safe500'
 * const ids: RequestIds = findRequestIds(await capture(await fetch(`${url}/boom`)))
 * expect(ids.header?.where).toBe('header x-request-id')
 * expect(ids.agree).toBe(true) // a body ID, if any, is the header's
 * ```
 */
export interface RequestIds {
  readonly header: FoundRequestId | undefined
  readonly body: FoundRequestId | undefined
  /** Every ID found, headers first (configured names, then the common ones), then the body. */
  readonly all: readonly FoundRequestId[]
  /**
   * False when headers and body carry IDs of the same kind, `request` or `trace` (a request ID in
   * both, or a W3C trace ID in both), and no body ID of that kind equals a header ID.
   */
  readonly agree: boolean
}

/** Metrics of Server-Timing that carry a traceparent. */
const traceMetrics = new Set(['trace', 'traceparent', 'traceresponse'])

/**
 * Finds the request IDs of a response: in headers (X-Request-Id, X-Correlation-Id, Request-Id,
 * traceparent, Server-Timing `trace`, the names in `options.requestIdHeaders`, ...) and in the
 * body (JSON members such as `requestId`, `correlation_id` or `traceId` at any depth, a
 * problem+json `instance`, "Request ID: ABC-123" in text and HTML, `data-request-id` attributes).
 *
 * @example
 * ```ts
 * import { capture, findRequestIds } from 'safe500'
 * const ids = findRequestIds(await capture(res), { requestIdHeaders: ['x-trace'] })
 * ids.header?.value // '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c'
 * ids.body?.where // 'body $.error.requestId'
 * ```
 */
export function findRequestIds(input: Snapshot | Subject, options?: AuditOptions): RequestIds {
  if (typeof input === 'object' && input !== null && 'views' in input) {
    // Several rules ask about the same subject: look once.
    let found = cache.get(input)
    if (!found) cache.set(input, (found = find(input)))
    return found
  }
  if (!isSnapshot(input)) throw notASnapshot(input, 'findRequestIds')
  return find(createSubject(input, resolveOptions(options)))
}

const cache = new WeakMap<Subject, RequestIds>()
const commonNames = new Set(requestIdHeaderNames)

function find(subject: Subject): RequestIds {
  const headers = inHeaders(subject)
  const body = inBody(subject)
  const all = [...headers, ...body]
  return { header: headers[0], body: body[0], all, agree: disagreeingKind(all) === undefined }
}

function inHeaders(subject: Subject): FoundRequestId[] {
  const found: FoundRequestId[] = []
  const extra = subject.options.requestIdHeaders
  const names = extra.length === 0 ? commonNames : new Set([...extra, ...requestIdHeaderNames])
  for (const name of names) {
    const raw = subject.headers[name]?.trim()
    const id = raw ? headerId(name, raw) : undefined
    if (!raw || !id) continue
    found.push({ ...id, raw, where: `header ${name}`, in: 'header' })
  }
  const timing = subject.headers['server-timing']
  if (timing) {
    for (const metric of timing.slice(0, 4096).split(',')) {
      const [name = '', ...params] = metric.split(';').map((p) => p.trim())
      if (!traceMetrics.has(name.toLowerCase())) continue
      const desc = params.find((p) => p.toLowerCase().startsWith('desc='))
      if (!desc) continue
      const raw = desc.slice(5).replace(/^"|"$/g, '')
      // A `trace` metric may give the trace ID alone (`trace;desc="4bf9…4736"`).
      const bare = /^[0-9a-f]{32}$/i.test(raw)
      found.push({
        value: traceIdOf(raw),
        raw,
        where: 'header server-timing',
        in: 'header',
        traceparent: !bare,
        kind: 'trace',
      })
    }
  }
  return found
}

function inBody(subject: Subject): FoundRequestId[] {
  const json = subject.json()
  if (json !== undefined) {
    const found = inJson(json, subject.snapshot.text, subject.options.requestIdKeys)
    if (found.length > 0) return found
  }
  return inBodyText(subject)
}

/** The patterns `findRequestIds` runs on body text, so tests can prove each one linear-time. */
export const requestIdPatterns: readonly RegExp[] = bodyTextPatterns
