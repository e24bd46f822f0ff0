/**
 * What a request ID names, and so what it is compared with: `request`, the app's own request ID
 * (`X-Request-Id`, `X-Correlation-Id`, a body's `requestId`, "Request ID: …", the names of the
 * `requestIdHeaders` and `requestIdKeys` options); `trace`, a W3C trace ID (`traceparent`,
 * `traceresponse`, a body's `traceId`, "Trace ID: …"); `other`, an ID of another system, found
 * but compared with nothing (a platform's, gateway's or CDN's header such as `cf-ray` or
 * `x-amzn-RequestId`, other tracers' headers, an error tracker's event ID, a support code, a
 * problem+json `instance`). A body ID and a header ID of the same kind, `request` or `trace`, must
 * be equal (`request-id-mismatch`).
 *
 * @example
 * ```ts
 * import { findRequestIds, type RequestIdKind } from 'safe500'
 * const kinds: RequestIdKind[] = findRequestIds(snapshot).all.map((id) => id.kind)
 * ```
 */
export type RequestIdKind = 'request' | 'trace' | 'other'
