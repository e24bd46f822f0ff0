import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

// A JVM frame or a qualified exception name after the Whitelabel heading.
const detail = /\bat [\w$./<>-]{1,300}\(|\b(?:java|javax|jakarta|org|com|kotlin)\.[\w$.]{1,300}/g
// Spring Boot's /error JSON with `"trace"` (server.error.include-stacktrace): a qualified class name,
// not a W3C trace ID.
const jsonTrace = /"trace"\s{0,5}:\s{0,5}"[a-z][\w$]{0,50}\.[\w$]{1,100}\./g

/** Spring Boot's error page or /error JSON carrying the stack trace. */
export const debugPageSpringWhitelabel = defineRule({
  id: 'debug-page-spring-whitelabel',
  category: 'debug-page',
  description:
    "Spring Boot's Whitelabel Error Page or /error JSON with the exception and stack trace (server.error.include-stacktrace).",
  keywords: ['whitelabel error page', '"trace"'],
  patterns: [detail, jsonTrace],
  *detect({ views }): Iterable<Hit> {
    for (const view of views) {
      if (view.header !== undefined) continue
      const at = view.text.indexOf('Whitelabel Error Page')
      if (at !== -1) {
        if (view.text.slice(at, at + 20_000).search(detail) !== -1) {
          yield {
            message: 'is the Spring Whitelabel error page with exception details',
            view,
            span: [at, at + 'Whitelabel Error Page'.length],
          }
        }
      }
      for (const match of view.text.matchAll(jsonTrace))
        yield {
          message: "is Spring Boot's error JSON with a stack trace",
          view,
          span: [match.index, match.index + match[0].length],
        }
    }
  },
  examples: {
    leaky: [
      "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Tue May 12 10:30:00 UTC 2026</div><div>There was an unexpected error (type=Internal Server Error, status=500).</div><div>boom</div><div style='white-space:pre-wrap;'>java.lang.IllegalStateException: boom\n\tat com.acme.shop.OrderController.show(OrderController.java:27)\n</div></body></html>",
      '{"timestamp":"2026-05-12T10:30:00.000+00:00","status":500,"error":"Internal Server Error","trace":"java.lang.IllegalStateException: boom\\n\\tat com.acme.shop.OrderController.show(OrderController.java:27)\\n","message":"boom","path":"/orders/42"}',
    ],
    safe: [
      "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Tue May 12 10:30:00 UTC 2026</div><div>There was an unexpected error (type=Internal Server Error, status=500).</div></body></html>",
      '{"timestamp":"2026-05-12T10:30:00.000+00:00","status":500,"error":"Internal Server Error","path":"/orders/42"}',
      '{"traceId":"0af7651916cd43dd8448eb211c80319c","trace":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}',
    ],
  },
})
