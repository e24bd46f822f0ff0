import type { RequestIdKind } from '../request-id-kind.ts'
import { otherSystemHeaders } from '../header-names.ts'
import { traceIdOf } from './trace-id-of.ts'

/** The ID a header carries, what it names, and whether its value is meant as a traceparent. */
export interface HeaderId {
  readonly value: string
  readonly kind: RequestIdKind
  readonly traceparent: boolean
}

const traceparentHeaders = new Set(['traceparent', 'traceresponse'])
const otherHeaders = new Set(otherSystemHeaders)

/**
 * The ID in the value of request ID header `name`: the whole value, or the part support searches
 * the logs for in a structured one (the trace ID of a `traceparent`, of Sentry's
 * `<trace>-<span>-<sampled>`, of B3's `<trace>-<span>-…`, of Jaeger's `<trace>:<span>:…`, of
 * Google's `<trace>/<span>;o=1`, the `Root=` of AWS X-Ray), and its kind: `trace` for W3C Trace
 * Context, `other` for the headers of platforms and other tracers, `request` for the rest (the
 * app's own, and those named in `requestIdHeaders`). Undefined when the value holds none (a B3
 * header that carries only the sampling flag).
 *
 * @example
 * ```ts
 * headerId('sentry-trace', '4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1')
 * // { value: '4bf92f3577b34da6a3ce929d0e0e4736', kind: 'other', traceparent: false }
 * ```
 */
export function headerId(name: string, raw: string): HeaderId | undefined {
  if (traceparentHeaders.has(name))
    return { value: traceIdOf(raw), kind: 'trace', traceparent: true }
  const other = otherHeaders.has(name)
  const value = other ? partOf(name, raw) : raw
  if (!value) return undefined
  return { value, kind: other ? 'other' : 'request', traceparent: false }
}

/** The part of a platform's or tracer's header value that names the request or trace. */
function partOf(name: string, raw: string): string | undefined {
  switch (name) {
    case 'x-cloud-trace-context':
      return raw.split('/', 1)[0]
    case 'sentry-trace':
      return raw.split('-', 1)[0]
    case 'b3': {
      // `0`, `1` or `d` alone say only whether to sample.
      const first = raw.split('-', 1)[0] ?? ''
      return first.length >= 16 ? first : undefined
    }
    case 'uber-trace-id':
      return raw.replaceAll('%3A', ':').replaceAll('%3a', ':').split(':', 1)[0]
    case 'x-amzn-trace-id': {
      const root = raw
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('Root='))
      return root ? root.slice('Root='.length) : raw
    }
    default:
      return raw
  }
}
