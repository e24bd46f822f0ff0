import { defineRule } from '../define-rule.ts'
import { findRequestIds, requestIdPatterns } from '../request-id/find-request-id.ts'
import { requestIdProblems } from '../request-id/request-id-problems.ts'

/**
 * A request ID that is too long, carries CR/LF or markup, uses characters outside a safe set, or is
 * an invalid traceparent: often a hostile inbound ID echoed back, and unsafe to log or show.
 */
export const requestIdMalformed = defineRule({
  id: 'request-id-malformed',
  category: 'request-id',
  description:
    'A request ID longer than 128 characters, with CR/LF, markup or unsafe characters, or an invalid W3C traceparent.',
  patterns: [...requestIdPatterns, /^header /],
  *detect(subject) {
    for (const id of findRequestIds(subject).all) {
      const checked = id.traceparent ? id.raw : id.value
      const problems = requestIdProblems(checked, { traceparent: id.traceparent })
      if (problems.length === 0) continue
      const message = `the request ID in ${id.where} ${problems.join(', ')}`
      if (id.in === 'header') {
        yield { message, header: id.where.replace(/^header /, ''), evidence: id.raw }
      } else if (id.offset !== undefined && subject.views[0]) {
        const end = Math.min(subject.snapshot.text.length, id.offset + Math.max(1, id.raw.length))
        yield { message, view: subject.views[0], span: [id.offset, end] }
      } else {
        yield { message, evidence: id.raw }
      }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'X-Request-Id': '<script>alert(1)</script>' },
        body: 'Internal Server Error',
      },
      { status: 500, headers: { 'X-Request-Id': 'a'.repeat(8192) }, body: 'Internal Server Error' },
      { status: 500, headers: { 'X-Request-Id': 'r\u00e9q 42' }, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' },
        body: 'Internal Server Error',
      },
      {
        status: 500,
        headers: { traceparent: '00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01' },
        body: 'Internal Server Error',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error":"Internal Server Error","requestId":"abc\\r\\nlevel=info msg=forged"}',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'X-Request-Id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c' },
        body: 'Internal Server Error',
      },
      {
        status: 500,
        headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
        body: 'Internal Server Error',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error":"Internal Server Error","requestId":"01J9ZQ4T7B8N3K5M6P2R4S6V8X"}',
      },
      { status: 500, body: 'Something went wrong. Request ID: ABC-123' },
    ],
  },
})
