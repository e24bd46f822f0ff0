import { defineRule } from '../define-rule.ts'

/** The response's status is not one the caller allows (default 500). */
export const statusUnexpected = defineRule({
  id: 'status-unexpected',
  category: 'status',
  description:
    'The status is not one the caller allows (500 by default; 502, 503 or 504 where allowed).',
  *detect({ status, options }) {
    if (!options.status.includes(status)) {
      yield {
        message: `status ${status} is not the expected ${options.status.join(' or ')}`,
      }
    }
  },
  examples: {
    leaky: [
      { status: 200, body: 'OK' },
      { status: 404, body: 'Not Found' },
    ],
    safe: [{ status: 500, body: 'Internal Server Error' }],
  },
})
