import { defineRule } from '../define-rule.ts'

/** The Starlette debug page, which FastAPI and Starlette show with `debug=True`. */
export const debugPageStarlette = defineRule({
  id: 'debug-page-starlette',
  category: 'debug-page',
  description:
    'The Starlette debug page (FastAPI or Starlette with debug=True): "Starlette Debugger", its Traceback title and frame file names with source lines.',
  keywords: ['starlette debugger', 'traceback-title', 'frame-filename'],
  pattern:
    /<title>Starlette Debugger<\/title>|<p class="traceback-title">Traceback<\/p>|<span class="frame-filename">/g,
  message: 'is the Starlette debug page (turn off debug in FastAPI/Starlette)',
  examples: {
    leaky: [
      '<html>\n    <head>\n        <style>…</style>\n        <title>Starlette Debugger</title>\n    </head>',
      '<div class="traceback-container">\n            <p class="traceback-title">Traceback</p>',
      '<p class="frame-title">File <span class="frame-filename">/app/main.py</span>,\n    line <i>63</i>,',
    ],
    safe: [
      'Internal Server Error',
      '<html><head><title>Server Error</title></head><body><h1>500 Server Error</h1><p>Request 3f1c0d6e</p></body></html>',
      'Our Starlette debugger is off in production. Request 3f1c0d6e.',
    ],
  },
})
