import { defineRule } from '../define-rule.ts'

/**
 * Tomcat's error report page with the exception (`<b>Type</b> Exception Report`, `<b>Root Cause</b>`),
 * in any of the languages its ErrorReportValve answers in (`<p><b>例外</b></p><pre>java.lang.…`):
 * a heading of its own paragraph, then a Java class in a `<pre>`.
 */
export const debugPageTomcat = defineRule({
  id: 'debug-page-tomcat',
  category: 'debug-page',
  description:
    'The Apache Tomcat error report with exception details (Exception Report, Root Cause, the exception in a <pre>), in English or in the languages Tomcat translates it to (a heading in its own paragraph, then a Java exception class in a <pre>).',
  keywords: ['exception report', 'root cause', '<b>exception</b>', 'error report', '</b></p><pre>'],
  // Only the report with the exception: Tomcat's bare "HTTP Status 500" page is fine (its
  // version banner is a version-disclosure finding).
  pattern:
    /<b>type<\/b>\s{0,5}exception report|<h3>exception report<\/h3>|<b>(?:root cause|exception)<\/b>\s{0,10}(?:<\/p>\s{0,10}<pre>|<pre>)|\bapache tomcat\/[\d.]{1,20} - error report|<p><b>[^<>\n]{1,40}<\/b><\/p><pre>(?:[a-z][a-z0-9_]{0,30}\.){1,8}[a-z][\w$]{0,100}(?:exception|error)\b/gi,
  message: 'is a Tomcat exception report page',
  examples: {
    leaky: [
      '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p><p><b>Message</b> For input string: &quot;abc&quot;</p><p><b>Exception</b></p><pre>java.lang.NumberFormatException: For input string: &quot;abc&quot;</pre><p><b>Note</b> The full stack trace of the root cause is available in the server logs.</p><hr class="line" /><h3>Apache Tomcat/9.0.41</h3></body></html>',
      '<p><b>説明</b> サーバーは予期しない条件に遭遇しました。</p><p><b>例外</b></p><pre>java.lang.NullPointerException: Cannot invoke &quot;String.strip()&quot;',
      '<p><b>excepción</b></p><pre>org.apache.jasper.JasperException: No se puede compilar la clase para JSP',
      '<html><head><title>Apache Tomcat/7.0.52 - Error report</title></head><body><h1>HTTP Status 500 - </h1><p><b>type</b> Exception report</p><p><b>root cause</b> <pre>java.lang.NullPointerException</pre></p></body></html>',
    ],
    safe: [
      '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1></body></html>',
      'The root cause is being investigated. Request 3f1c0d6e.',
      'Error report ID: 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
      '<p><b>Hinweis</b></p><pre>Bitte versuchen Sie es später erneut.</pre>',
    ],
  },
})
