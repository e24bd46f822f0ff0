import { defineRule } from '../define-rule.ts'
import type { FoundRequestId } from '../request-id/find-request-id.ts'
import { findRequestIds, requestIdPatterns } from '../request-id/find-request-id.ts'
import { disagreeingKind } from '../request-id/internal/same-id.ts'

/** An integer of 16 digits or more: past 2^53 from 17 on, and near it at 16. */
const longNumber = /^-?\d{16,40}$/

/**
 * The body names a request ID that no request ID header of its kind carries: support gets two IDs
 * and may search for the wrong one. Only the app's own request IDs are compared with each other,
 * and W3C trace IDs with each other (`RequestIdKind`): an app's request ID in the body and its
 * tracer's `traceparent` in a header are two IDs, and so are a CDN's or a gateway's ID and the
 * app's.
 */
export const requestIdMismatch = defineRule({
  id: 'request-id-mismatch',
  category: 'request-id',
  description:
    'The request ID in the body differs from the one of the same kind in the headers (X-Request-Id, traceparent, ...).',
  patterns: [...requestIdPatterns, /^header /, /^body /, longNumber],
  *detect(subject) {
    // `agree` is the same test, made once per response: most agree.
    const { all, agree } = findRequestIds(subject)
    if (agree) return
    const kind = disagreeingKind(all)
    const body = all.find((id) => id.in === 'body' && id.kind === kind)
    const header = all.find((id) => id.in === 'header' && id.kind === kind)
    if (!kind || !header || !body) return
    const name = header.where.replace(/^header /, '')
    yield {
      message: `the body's ${kind} ID (${body.where.replace(/^body /, '')} ${JSON.stringify(clip(body.value))}) differs from this header's (${JSON.stringify(clip(header.value))}): support may search the logs for the wrong one; ${remedy(body, header)}`,
      header: name,
      evidence: header.raw,
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: {
          'Content-Type': 'application/json',
          'X-Request-Id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
        },
        body: '{"error":"Internal Server Error","requestId":"9b2e7a10-5c4d-4f3e-8a1b-0c9d8e7f6a5b"}',
      },
      {
        status: 500,
        headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
        body: '<p>Something went wrong. Trace ID: 7d1e2f30aaaa4bbb8ccc0123456789ab</p>',
      },
    ],
    safe: [
      {
        status: 500,
        headers: {
          'Content-Type': 'application/json',
          'X-Request-Id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
        },
        body: '{"error":"Internal Server Error","requestId":"3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
      },
      {
        status: 500,
        headers: {
          'Content-Type': 'application/problem+json',
          traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        },
        body: '{"type":"about:blank","title":"Internal Server Error","status":500,"traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}',
      },
      { status: 500, headers: { 'X-Request-Id': 'ABC-123' }, body: 'Internal Server Error' },
      // The app's request ID beside its tracer's trace ID.
      {
        status: 500,
        headers: {
          'Content-Type': 'application/json',
          'X-Request-Id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
        },
        body: '{"error":"Internal Server Error","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}',
      },
      {
        status: 500,
        headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
        body: '<p>Something went wrong. Request ID: 7d1e2f30-aaaa-4bbb-8ccc-0123456789ab</p>',
      },
    ],
  },
})

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}

/**
 * What to do: send one ID in both; or, when the body sends a number past 2^53, which JSON parsers
 * round (`1790000000000000123` reads as `1790000000000000000`), send it as a string.
 */
function remedy(body: FoundRequestId, header: FoundRequestId): string {
  // A JSON member that is no string has no offset: the number was read, not its text.
  const number = body.where.startsWith('body $') && body.offset === undefined
  const big = longNumber.test(body.raw) && !Number.isSafeInteger(Number(body.raw))
  if (number && big && longNumber.test(header.value))
    return 'the body sends it as a JSON number past 2^53, which JSON parsers round: send it as a string'
  return 'send the same ID in both, or skip request-id-mismatch if they are two IDs'
}
