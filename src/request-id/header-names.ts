/** The app's own request ID headers, by their generic names. */
const appHeaders = [
  'x-request-id',
  'x-correlation-id',
  'request-id',
  'x-requestid',
  'correlation-id',
  'x-trace-id',
  'trace-id',
]

/**
 * Headers of platforms, gateways, CDNs and tracers other than W3C Trace Context: each names the
 * request or trace in a system of its own (`RequestIdKind` `other`).
 *
 * @example
 * ```ts
 * otherSystemHeaders.includes('cf-ray') // true
 * ```
 */
export const otherSystemHeaders: readonly string[] = [
  'x-amzn-requestid',
  'x-amzn-request-id',
  'x-amz-request-id',
  'apigw-requestid',
  'x-amz-cf-id',
  'x-ms-request-id',
  'x-azure-ref',
  'x-vercel-id',
  'fly-request-id',
  'x-nf-request-id',
  'x-kong-request-id',
  'x-github-request-id',
  'cf-ray',
  'x-cloud-trace-context',
  'sentry-trace',
  'x-b3-traceid',
  'b3',
  'x-amzn-trace-id',
  'uber-trace-id',
  'x-datadog-trace-id',
]

/**
 * Response headers that carry a request ID, most common first (lower case): the app's own (generic
 * names), those of clouds, CDNs and platforms (AWS, Azure, Vercel, Fly.io, Netlify, Kong, Cloudflare, GitHub),
 * then those of tracers (Sentry, Zipkin's B3, AWS X-Ray, Jaeger, Datadog, W3C Trace Context), which
 * count by their trace ID. Add your own with the `requestIdHeaders` option.
 *
 * @example
 * ```ts
 * import { requestIdHeaderNames } from 'safe500'
 * requestIdHeaderNames[0] // 'x-request-id'
 * ```
 */
export const requestIdHeaderNames: readonly string[] = [
  ...appHeaders,
  ...otherSystemHeaders,
  'traceresponse',
  'traceparent',
]
