import { defineRule } from '../define-rule.ts'

/** The Symfony ErrorHandler debug page and the web debug toolbar. */
export const debugPageSymfony = defineRule({
  id: 'debug-page-symfony',
  category: 'debug-page',
  description:
    'The Symfony exception page (debug mode) and the web debug toolbar (sf-toolbar / sfwdt).',
  keywords: [
    'symfony exception',
    'exception-message-wrapper',
    'trace-as-html',
    'sf-toolbar',
    'sfwdt',
    'sf-dump',
    'trace-box-',
  ],
  pattern:
    /\bSymfony Exception\b|class="exception-message-wrapper|class="trace trace-as-html|\bsf-toolbar|\bsfwdt[\da-f]{0,12}\b|class="sf-dump"|href="#trace-box-\d/g,
  message: 'is the Symfony debug page or toolbar (set APP_ENV=prod, APP_DEBUG=0)',
  examples: {
    leaky: [
      '<header><div class="container"><h1 class="logo"><svg></svg> Symfony Exception</h1></div></header>',
      '<div class="exception-message-wrapper">\n<div class="container"><h1 class="break-long-words exception-message">Call to a member function on null</h1>',
      '<div id="sfwdt5e7a9b" class="sf-toolbar sf-display-none" role="region" aria-label="Symfony Web Debug Toolbar"></div>',
      '<h2 class="exception-hierarchy"><a href="#trace-box-1"><abbr title="TypeError">TypeError</abbr></a></h2>',
    ],
    safe: [
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>An Error Occurred: Internal Server Error</title>\n</head>\n<body>\n<div class="container">\n<h1>Oops! An Error Occurred</h1>\n<h2>The server returned a "500 Internal Server Error".</h2>\n<p>Something is broken. Please let us know what you were doing when this error occurred.</p>\n</div>\n</body>\n</html>\n',
      '{"type":"https://tools.ietf.org/html/rfc2616#section-10","title":"An error occurred","status":500,"detail":"Internal Server Error"}',
    ],
  },
})
