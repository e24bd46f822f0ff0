import { defineRule } from '../define-rule.ts'

/** The response's status is not one the caller allows (default 500). */
export const statusUnexpected = defineRule({
  id: 'status-unexpected',
  category: 'status',
  description:
    'The status is not one the caller allows (500 by default; 502, 503 or 504 where allowed).',
  *detect({ status, options }) {
    if (options.status.includes(status)) return
    const expected = options.status.join(' or ')
    if (status === 0) {
      yield {
        message: `status 0 is a network error (Response.error(), a request that failed), not an answer; expected ${expected}`,
      }
      return
    }
    // Another 5xx: the caller may mean to allow it, with the statuses allowed already.
    const all = [...options.status, status].sort((a, b) => a - b).join(', ')
    const allow =
      status >= 500 && status <= 599
        ? ` (to allow it: toBeSafe5xx([${all}]), or { status: [${all}] } for toBeSafe500() and audit())`
        : ''
    yield { message: `status ${status} is not the expected ${expected}${allow}` }
  },
  examples: {
    leaky: [
      { status: 200, body: 'OK' },
      { status: 404, body: 'Not Found' },
      { status: 502, body: 'Bad Gateway' },
    ],
    safe: [{ status: 500, body: 'Internal Server Error' }],
  },
})
