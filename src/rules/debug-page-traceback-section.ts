import { defineRule } from '../define-rule.ts'

/**
 * Error pages with a traceback section under its own heading: aiohttp's 500 page in debug mode
 * (`<h2>Traceback:</h2><pre>Traceback (most recent call last):`) and Bottle's error page in debug
 * mode (`<h2>Exception:</h2>` with the exception's repr, then `<h2>Traceback:</h2>`).
 */
export const debugPageTracebackSection = defineRule({
  id: 'debug-page-traceback-section',
  category: 'debug-page',
  description:
    'An error page with "Exception:" or "Traceback:" sections holding the error (aiohttp and Bottle in debug mode).',
  keywords: ['<h2>traceback:</h2>', '<h2>exception:</h2>'],
  pattern: /<h2>(?:Traceback|Exception):<\/h2>\s{0,40}<pre>/g,
  message: 'is an error page with the exception and its traceback (turn off debug mode)',
  examples: {
    leaky: [
      '<h1>500 Internal Server Error</h1>\n<h2>Traceback:</h2>\n<pre>Traceback (most recent call last):',
      '<pre>Internal Server Error</pre>\n              <h2>Exception:</h2>\n              <pre>KeyError(&#039;user_id&#039;)</pre>',
    ],
    safe: [
      '<h1>500 Internal Server Error</h1>\nServer got itself in trouble',
      '<h2>Exception:</h2><p>None. Please try again. Request 3f1c0d6e.</p>',
      '<h1>Error: 500 Internal Server Error</h1>\n<p>Sorry, the requested URL <tt>&#039;http://shop.example/orders&#039;</tt>\n   caused an error:</p>\n<pre>Internal Server Error</pre>',
    ],
  },
})
