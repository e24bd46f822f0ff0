import { defineRule } from '../define-rule.ts'

/**
 * Headers whose only job is to name the framework: `X-Powered-By` (Express, Next.js, PHP,
 * ASP.NET), and Catalyst's `X-Catalyst`, which its debug mode sends.
 */
const frameworkHeaders: readonly string[] = ['x-powered-by', 'x-catalyst']

/** A header names the framework: X-Powered-By (Express, Next.js, PHP, ASP.NET), X-Catalyst. */
export const headerXPoweredBy = defineRule({
  id: 'header-x-powered-by',
  category: 'framework-disclosure',
  description:
    "An X-Powered-By header names the stack (Express sends one by default); so does Catalyst's X-Catalyst, in debug mode.",
  *detect({ headers }) {
    for (const name of frameworkHeaders) {
      const value = headers[name]
      if (value !== undefined)
        yield {
          message: `${name === 'x-powered-by' ? 'X-Powered-By' : 'X-Catalyst'} names the stack; remove the header`,
          header: name,
          evidence: value,
        }
    }
  },
  examples: {
    leaky: [
      { status: 500, headers: { 'X-Powered-By': 'Express' }, body: 'Internal Server Error' },
      { status: 500, headers: { 'X-Catalyst': '5.90130' }, body: 'Internal Server Error' },
    ],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'Internal Server Error',
      },
    ],
  },
})
