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
  'x-request-id',
  'x-correlation-id',
  'request-id',
  'x-requestid',
  'correlation-id',
  'x-trace-id',
  'trace-id',
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
  'traceresponse',
  'traceparent',
]
