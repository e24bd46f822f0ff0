import { defineRule } from '../define-rule.ts'

/**
 * Headers whose only job is to name the framework, as sent: `X-Powered-By` (Express, Next.js,
 * PHP, ASP.NET), Catalyst's `X-Catalyst`, which its debug mode sends, and ASP.NET's
 * `X-AspNet-Version` and `X-AspNetMvc-Version`, named by the header itself.
 */
const frameworkHeaders: ReadonlyMap<string, string> = new Map([
  ['x-powered-by', 'X-Powered-By'],
  ['x-catalyst', 'X-Catalyst'],
  ['x-aspnet-version', 'X-AspNet-Version'],
  ['x-aspnetmvc-version', 'X-AspNetMvc-Version'],
])

/** A header names the framework: X-Powered-By (Express, Next.js, PHP, ASP.NET), X-Catalyst, X-AspNet-Version. */
export const headerXPoweredBy = defineRule({
  id: 'header-x-powered-by',
  category: 'framework-disclosure',
  description:
    "An X-Powered-By header names the stack (Express sends one by default); so do Catalyst's X-Catalyst, in debug mode, and ASP.NET's X-AspNet-Version and X-AspNetMvc-Version.",
  *detect({ headers }) {
    for (const [name, shown] of frameworkHeaders) {
      const value = headers[name]
      if (value !== undefined)
        yield {
          message: `${shown} names the stack; remove the header`,
          header: name,
          evidence: value,
        }
    }
  },
  examples: {
    leaky: [
      { status: 500, headers: { 'X-Powered-By': 'Express' }, body: 'Internal Server Error' },
      { status: 500, headers: { 'X-Catalyst': '5.90130' }, body: 'Internal Server Error' },
      { status: 500, headers: { 'X-AspNet-Version': '4.0.30319' }, body: 'Internal Server Error' },
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
