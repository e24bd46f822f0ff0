import { traceIdOf } from './trace-id-of.ts'

/**
 * What an ID names: one request, the trace of a tracer (which spans services), or the event an
 * error tracker recorded (Sentry's event ID).
 */
export type IdKind = 'request' | 'trace' | 'event'

/** The ID a header carries, what it names, and whether its value is meant as a traceparent. */
export interface HeaderId {
  readonly value: string
  readonly kind: IdKind
  readonly traceparent: boolean
}

const traceparentHeaders = new Set(['traceparent', 'traceresponse'])
/** Tracers' headers whose value is the trace ID itself. */
const traceHeaders = new Set(['x-trace-id', 'trace-id', 'x-b3-traceid', 'x-datadog-trace-id'])

/**
 * The ID in the value of request ID header `name`: the whole value, or the part support searches
 * the logs for in a structured one (the trace ID of a `traceparent`, of Sentry's
 * `<trace>-<span>-<sampled>`, of B3's `<trace>-<span>-…`, of Jaeger's `<trace>:<span>:…`, of
 * Google's `<trace>/<span>;o=1`, the `Root=` of AWS X-Ray). Undefined when the value holds none
 * (a B3 header that carries only the sampling flag).
 *
 * @example
 * ```ts
 * headerId('sentry-trace', '4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1')
 * // { value: '4bf92f3577b34da6a3ce929d0e0e4736', kind: 'trace', traceparent: false }
 * ```
 */
export function headerId(name: string, raw: string): HeaderId | undefined {
  if (traceparentHeaders.has(name))
    return { value: traceIdOf(raw), kind: 'trace', traceparent: true }
  const trace = (value: string | undefined): HeaderId | undefined =>
    value ? { value, kind: 'trace', traceparent: false } : undefined
  switch (name) {
    case 'x-cloud-trace-context':
      return trace(raw.split('/', 1)[0])
    case 'sentry-trace':
      return trace(raw.split('-', 1)[0])
    case 'b3': {
      // `0`, `1` or `d` alone say only whether to sample.
      const first = raw.split('-', 1)[0] ?? ''
      return first.length >= 16 ? trace(first) : undefined
    }
    case 'uber-trace-id':
      return trace(raw.replaceAll('%3A', ':').replaceAll('%3a', ':').split(':', 1)[0])
    case 'x-amzn-trace-id': {
      const root = raw
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('Root='))
      return trace(root ? root.slice('Root='.length) : raw)
    }
    default:
      return traceHeaders.has(name)
        ? trace(raw)
        : { value: raw, kind: 'request', traceparent: false }
  }
}
