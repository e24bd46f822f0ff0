import { defineRule } from '../define-rule.ts'

/** RFC 9457 §3.1.2: generators MUST use the same status in the problem's `status` as in the response. */
export const problemJsonStatus = defineRule({
  id: 'problem-json-status',
  category: 'status',
  description:
    'An application/problem+json body whose `status` member differs from the HTTP status (RFC 9457 §3.1.2).',
  *detect({ mimeType, json, status }) {
    if (mimeType !== 'application/problem+json') return
    const problem = json()
    if (
      typeof problem !== 'object' ||
      problem === null ||
      Array.isArray(problem) ||
      !('status' in problem)
    )
      return
    const member = problem.status
    if (member !== status) {
      yield {
        message: `the problem's status ${JSON.stringify(member)} differs from the HTTP status ${status} (RFC 9457 §3.1.2)`,
        evidence: `"status": ${JSON.stringify(member)}`,
      }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Bad Request","status":400}',
      },
      {
        status: 502,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error","status":"500"}',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error","status":500}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error"}',
      },
    ],
  },
})
