import type { Hit, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

const errMember = /"err"\s{0,3}:\s{0,3}\{/g
// An error row of the React Server Components payload: in production it holds the digest alone
// (`8:E{"digest":"1292222440"}`), in development the error itself.
const rscError = /\b\d{1,6}:E\{"digest":"[^"\\\n]{0,40}","(?:name|message|stack|env)":/g
const rscKeywords = ['e{"digest":']

/**
 * A Next.js development error page: the Pages Router's `__NEXT_DATA__` carries the server error
 * with its stack, the App Router's React Server Components payload an error row with its name,
 * message and frames.
 */
export const debugPageNextjs = defineRule({
  id: 'debug-page-nextjs',
  category: 'debug-page',
  description:
    'A Next.js development error page: __NEXT_DATA__ holding the server error with its stack (Pages Router), or an error row of the React Server Components payload holding its name, message and frames (App Router).',
  keywords: ['__next_data__', ...rscKeywords],
  patterns: [errMember, rscError],
  *detect(subject): Iterable<Hit> {
    yield* pagesRouter(subject.views)
    for (const view of subject.views) {
      for (const match of keywordMatches(subject, view, rscError, rscKeywords)) {
        yield {
          message:
            'is a Next.js development error page (its React Server Components data holds the error)',
          view,
          span: [match.index, match.index + match[0].length],
        }
        return
      }
    }
  },
  examples: {
    leaky: [
      '<!DOCTYPE html><html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"development","isFallback":false,"err":{"name":"Error","source":"server","message":"boom","stack":"Error: boom\\n    at getServerSideProps (webpack-internal:///./pages/orders.js:12:11)"},"gip":true}</script></body></html>',
      '<!DOCTYPE html><html id="__next_error__"><body><script>self.__next_f.push([1,"38:E{\\"digest\\":\\"3910448862\\",\\"name\\":\\"Error\\",\\"message\\":\\"boom\\",\\"stack\\":[],\\"env\\":\\"Server\\"}\\n"])</script></body></html>',
    ],
    safe: [
      '<!DOCTYPE html><html id="__next_error__"><body><script>self.__next_f.push([1,"8:E{\\"digest\\":\\"1292222440\\"}\\n"])</script></body></html>',
      '<!DOCTYPE html><html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"Xn3lV8qkq2aRz","nextExport":true,"isFallback":false,"err":{"name":"Internal Server Error.","message":"500 - Internal Server Error.","statusCode":500},"gip":true,"scriptLoader":[]}</script></body></html>',
      '<!DOCTYPE html><html><body><div id="__next"><h1>500</h1><h2>Internal Server Error.</h2></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","buildId":"Xn3lV8qkq2aRz"}</script></body></html>',
    ],
  },
})

/** The Pages Router's development error page: `__NEXT_DATA__` whose `err` holds the stack. */
function* pagesRouter(views: readonly TextView[]): Iterable<Hit> {
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
}
