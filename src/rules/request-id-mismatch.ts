import { defineRule } from '../define-rule.ts'
import { findRequestIds, requestIdPatterns } from '../request-id/find-request-id.ts'

/** The body names a request ID that no request ID header carries: support gets two IDs, one of them unlogged. */
export const requestIdMismatch = defineRule({
  id: 'request-id-mismatch',
  category: 'request-id',
  description:
    'The request ID in the body differs from the one in the headers (X-Request-Id, traceparent, ...).',
  patterns: [...requestIdPatterns, /^header /, /^body /],
  *detect(subject) {
    const { header, body, agree } = findRequestIds(subject)
    if (agree || !header || !body) return
    const name = header.where.replace(/^header /, '')
    yield {
      message: `the body's request ID (${body.where.replace(/^body /, '')} ${JSON.stringify(clip(body.value))}) differs from ${name} ${JSON.stringify(clip(header.value))}, so support may search for an ID that was never logged`,
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
        body: '<p>Something went wrong. Request ID: 7d1e2f30-aaaa-4bbb-8ccc-0123456789ab</p>',
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
    ],
  },
})

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}
