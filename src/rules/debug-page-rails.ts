import { defineRule } from '../define-rule.ts'

/** The Rails development exception page (ActionDispatch::DebugExceptions). */
export const debugPageRails = defineRule({
  id: 'debug-page-rails',
  category: 'debug-page',
  description:
    'The Rails development exception page: "Action Controller: Exception caught", Rails.root, application/framework traces, extracted source.',
  keywords: [
    'action controller: exception caught',
    'rails.root:',
    'application-trace',
    'full-trace',
    'framework-trace',
    'extracted source (around line',
  ],
  pattern:
    /\bAction Controller: Exception caught\b|\bRails\.root: |id="Application-Trace"|id="Framework-Trace"|id="Full-Trace"|\bExtracted source \(around line/g,
  message: 'is the Rails development exception page',
  examples: {
    leaky: [
      '<div id="Full-Trace" style="display: none;">',
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8" />\n  <title>Action Controller: Exception caught</title>',
      '<div class="info">Extracted source (around line <strong>#12</strong>):</div>',
      '<p><code>Rails.root: /app</code></p>\n<div id="traces"><a href="#" onclick="hide(\'Framework-Trace\');show(\'Application-Trace\');">Application Trace</a>',
    ],
    safe: [
      '<!DOCTYPE html>\n<html>\n<head>\n  <title>We\'re sorry, but something went wrong (500)</title>\n</head>\n<body class="rails-default-error-page">\n  <div class="dialog">\n    <div>\n      <h1>We\'re sorry, but something went wrong.</h1>\n    </div>\n    <p>If you are the application owner check the logs for more information.</p>\n  </div>\n</body>\n</html>\n',
      '{"status":500,"error":"Internal Server Error"}',
    ],
  },
})
