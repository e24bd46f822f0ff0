/**
 * Response headers that carry a request ID, most common first (lower case). Add your own with the
 * `requestIdHeaders` option.
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
  'x-ms-request-id',
  'x-github-request-id',
  'cf-ray',
  'x-cloud-trace-context',
  'traceresponse',
  'traceparent',
]
