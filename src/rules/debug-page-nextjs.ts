import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

const errMember = /"err"\s{0,3}:\s{0,3}\{/g

/** A Next.js page whose `__NEXT_DATA__` carries the server error with its stack (development). */
export const debugPageNextjs = defineRule({
  id: 'debug-page-nextjs',
  category: 'debug-page',
  description:
    'A Next.js error page whose __NEXT_DATA__ holds the server error with its stack (development mode).',
  keywords: ['__next_data__'],
  patterns: [errMember],
  *detect({ views }): Iterable<Hit> {
    const raw = views[0]
    if (!raw || raw.header !== undefined) return
    const data = raw.text.indexOf('__NEXT_DATA__')
    if (data === -1) return
    for (const match of raw.text.slice(data).matchAll(errMember)) {
      // In production `err` is {name, message, statusCode} only; development adds the stack.
      const start = data + match.index
      const body = raw.text.slice(start, start + 8000)
      if (body.includes('"stack":"') || body.includes('"source":"server"')) {
        yield {
          message: 'is a Next.js development error page (its data holds the stack)',
          view: raw,
          span: [start, start + match[0].length],
        }
        return
      }
    }
  },
  examples: {
    leaky: [
      '<!DOCTYPE html><html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"development","isFallback":false,"err":{"name":"Error","source":"server","message":"boom","stack":"Error: boom\\n    at getServerSideProps (webpack-internal:///./pages/orders.js:12:11)"},"gip":true}</script></body></html>',
    ],
    safe: [
      '<!DOCTYPE html><html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"Xn3lV8qkq2aRz","nextExport":true,"isFallback":false,"err":{"name":"Internal Server Error.","message":"500 - Internal Server Error.","statusCode":500},"gip":true,"scriptLoader":[]}</script></body></html>',
      '<!DOCTYPE html><html><body><div id="__next"><h1>500</h1><h2>Internal Server Error.</h2></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","buildId":"Xn3lV8qkq2aRz"}</script></body></html>',
    ],
  },
})
