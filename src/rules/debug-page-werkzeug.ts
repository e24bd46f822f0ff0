import { defineRule } from '../define-rule.ts'

/** The Werkzeug (Flask) interactive debugger page. */
export const debugPageWerkzeug = defineRule({
  id: 'debug-page-werkzeug',
  category: 'debug-page',
  description:
    'The Werkzeug interactive debugger (Flask debug mode), which also offers a code console.',
  keywords: ['werkzeug', '__debugger__', 'the debugger caught an exception'],
  pattern:
    /\bWerkzeug Debugger\b|[?&]__debugger__=yes|\bThe debugger caught an exception in your WSGI application|\bWerkzeug powered traceback interpreter/g,
  message: 'is the Werkzeug debugger page (turn off debug mode)',
  examples: {
    leaky: [
      '<!doctype html>\n<html lang=en>\n  <head>\n    <title>KeyError: &#39;user_id&#39;\n // Werkzeug Debugger</title>\n    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">',
      '<div class="explanation">\n  The debugger caught an exception in your WSGI application.  You can now\n  look at the traceback which led to the error.',
      '<div class="footer">Brought to you by <strong class="arthur">DON\'T PANIC</strong>, your\n        friendly Werkzeug powered traceback interpreter.</div>',
    ],
    safe: [
      'Internal Server Error',
      '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n',
      'Our debugger team is looking at it. Request 3f1c0d6e.',
    ],
  },
})
