import { checkKeys } from '../check-keys.ts'
import type { Snapshot } from '../capture/snapshot.ts'
import { requestIdHeaderNames } from './header-names.ts'

/**
 * Response headers that protect the client: an app that sends them on a 200 should send them on a
 * 5xx too. `droppedHeaders()` and `toKeepHeadersOf()` compare these and the request ID headers.
 *
 * @example
 * ```ts
 * import { securityHeaderNames } from 'safe500'
 * securityHeaderNames.includes('strict-transport-security') // true
 * ```
 */
export const securityHeaderNames: readonly string[] = [
  'strict-transport-security',
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'x-permitted-cross-domain-policies',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-xss-protection',
]

/**
 * What `droppedHeaders()` compares.
 *
 * @example
 * ```ts
 * import { capture, droppedHeaders, type DroppedHeadersOptions } from 'safe500'
 * const options: DroppedHeadersOptions = { headers: ['x-tenant'], ignore: ['x-xss-protection'] }
 * const ok = await capture(await fetch(`${url}/health`))
 * const failed = await capture(await fetch(`${url}/boom`))
 * expect(droppedHeaders(ok, failed, options)).toEqual([])
 * ```
 */
export interface DroppedHeadersOptions {
  /** More header names to keep, e.g. `x-tenant`. */
  readonly headers?: readonly string[] | undefined
  /** Header names not to compare. */
  readonly ignore?: readonly string[] | undefined
  /** More header names that carry the request ID. */
  readonly requestIdHeaders?: readonly string[] | undefined
}

/**
 * A header the healthy answer had and the error answer lacks.
 *
 * @example
 * ```ts
 * import { capture, droppedHeaders, type DroppedHeader } from 'safe500'
 * const ok = await capture(await fetch(`${url}/health`))
 * const failed = await capture(await fetch(`${url}/boom`))
 * const dropped: DroppedHeader[] = droppedHeaders(ok, failed)
 * for (const { name, value } of dropped) console.log(`the 500 lacks ${name}: ${value}`)
 * ```
 */
export interface DroppedHeader {
  readonly name: string
  /** Its value on the healthy answer. */
  readonly value: string
}

/**
 * The security headers (HSTS, CSP, nosniff, X-Frame-Options, Referrer-Policy, ...) and request ID
 * headers that a healthy answer from the app carries and its error answer lacks. Koa, for one,
 * drops every header set before an error is thrown.
 *
 * @example
 * ```ts
 * import { capture, droppedHeaders } from 'safe500'
 * const ok = await capture(await fetch(`${url}/health`))
 * const failed = await capture(await fetch(`${url}/boom`))
 * droppedHeaders(ok, failed) // [{ name: 'strict-transport-security', value: 'max-age=15552000' }]
 * ```
 */
export function droppedHeaders(
  ok: Snapshot,
  failed: Snapshot,
  options: DroppedHeadersOptions = {},
): DroppedHeader[] {
  checkKeys(options, ['headers', 'ignore', 'requestIdHeaders'], 'droppedHeaders(): ')
  const lower = (names: readonly string[] | undefined) => (names ?? []).map((n) => n.toLowerCase())
  const ignore = new Set(lower(options.ignore))
  const names = new Set([
    ...securityHeaderNames,
    ...requestIdHeaderNames,
    ...lower(options.requestIdHeaders),
    ...lower(options.headers),
  ])
  const dropped: DroppedHeader[] = []
  for (const name of names) {
    if (ignore.has(name)) continue
    const value = ok.headers[name]
    if (value !== undefined && failed.headers[name] === undefined) dropped.push({ name, value })
  }
  return dropped
}
