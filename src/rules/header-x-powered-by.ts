import { defineRule } from '../define-rule.ts'

/** `X-Powered-By` names the framework (Express, Next.js, PHP, ASP.NET). */
export const headerXPoweredBy = defineRule({
  id: 'header-x-powered-by',
  category: 'framework-disclosure',
  description: 'An X-Powered-By header names the stack (Express sends one by default).',
  *detect({ headers }) {
    const value = headers['x-powered-by']
    if (value !== undefined)
      yield {
        message: 'X-Powered-By names the stack; remove the header',
        header: 'x-powered-by',
        evidence: value,
      }
  },
  examples: {
    leaky: [{ status: 500, headers: { 'X-Powered-By': 'Express' }, body: 'Internal Server Error' }],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'Internal Server Error',
      },
    ],
  },
})
