import { defineRule } from '../define-rule.ts'

// A frame matches from its parenthesis (`(Foo.java:12)`, `(Native Method)`) and captures behind it
// the `at `, line start or quote (frames as JSON strings, as a Java Lambda's `stackTrace` lists
// them) and the method, so the engine skips to the parenthesis instead of
// scanning a run after every line break. The other forms start with their own words.
const trace =
  /(?<=((?:\bat |(?:^|\n)[ \t]{0,8}|")[\w$./<>-]{1,300}))\((?:[\w$-]{1,200}\.(?:java|kt|kts|scala|groovy|clj):\d{1,7}|Native Method|Unknown Source)\)|\bCaused by: [a-z][\w$]{0,100}\.[\w$.]{1,200}(?:Exception|Error|Throwable)\b|(?:^|\n)[ \t]{1,10}\.\.\. \d{1,6} (?:more|common frames omitted)\b|\bException in thread "[^"\n]{1,100}" [a-z]/dg
const keywords = [
  '.java:',
  '.kt:',
  '.kts:',
  '.scala:',
  '.groovy:',
  '.clj:',
  'native method',
  'unknown source',
  'caused by: ',
  ' more',
  'common frames omitted',
  'exception in thread',
]

/** JVM stack traces: `at com.x.Y.m(Y.java:12)`, `Caused by: java.lang.X`, `... 12 more`. */
export const stackTraceJava = defineRule({
  id: 'stack-trace-java',
  category: 'stack-trace',
  description:
    'Stack frames of the JVM (Java, Kotlin, Scala, Groovy): frames, "Caused by:" chains and "... N more".',
  keywords,
  pattern: trace,
  message: 'shows a JVM stack trace',
  examples: {
    leaky: [
      'java.lang.IllegalStateException: Could not load order 42\n\tat com.acme.shop.OrderService.load(OrderService.java:7)\n\tat com.acme.shop.OrderService.main(OrderService.java:10)',
      'Caused by: java.lang.NullPointerException: Cannot invoke "String.trim()" because the return value of "java.util.Map.get(Object)" is null\n\t... 1 more',
      '\tat java.base/java.lang.Integer.parseInt(Integer.java:668)',
      '{"trace":"org.springframework.web.client.HttpServerErrorException$InternalServerError: 500\\n\\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:102)"}',
      '\tat jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
      'Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 2',
      '\tat com.acme.Api.handle(Api.kt:41)\n\t... 87 common frames omitted',
      '<pre>org.apache.jasper.JasperException: An exception occurred processing [/index.jsp]\n\torg.apache.jasper.servlet.JspServletWrapper.service(JspServletWrapper.java:529)</pre>',
    ],
    safe: [
      'Internal Server Error',
      'Caused by: a temporary problem on our side. Please try again.',
      'We will look at it (request 7f3a) and get back to you ... 3 more minutes.',
      'Our Java team is at it. Reference: 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
    ],
  },
})
