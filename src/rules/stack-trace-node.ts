import { defineRule } from '../define-rule.ts'

/**
 * V8/Node stack frames: `at fn (/app/x.js:10:5)`, `at /app/x.js:10:5`, `at async fn
 * (file:///x.mjs:1:2)`, a browser's `at render (http://reports.internal/app.js:9:30)`, Deno's own `at Object.transform (ext:deno_web/14_compression.js:1:1855)`, and the frames Youch 3 (AdonisJS' development page) lists, each file and
 * line in a `<div class="frame-row-filepath">`.
 */
export const stackTraceNode = defineRule({
  id: 'stack-trace-node',
  category: 'stack-trace',
  description:
    "Stack frames of V8 (Node.js, Deno, Bun, Chrome), also HTML-escaped as on the Express dev page, and as Youch 3's frame rows.",
  keywords: ['at ', 'frame-row-filepath', '\n  - '],
  // The function name holds no white space (V8 prints `Layer.handle [as handle_request]` at most),
  // so each scan stops at the next space: linear in the body length.
  // A bare file name needs the whole frame, name and parentheses: `at handleRequest (index.js:14:33)`,
  // as a Cloudflare Worker's or a bundle's stack writes it; a browser's frame at a script's URL
  // needs a script's name with line and column (`at loadInvoice
  // (http://reports.internal/static/invoice.js:4:21)`, a page's error a headless browser passes
  // on). One pattern, so each place near an `at ` costs one search.
  pattern: [
    /\bat (?:async )?(?:new )?(?:(?:[^\s()]{1,200}(?: \[as [^\s\]]{1,100}\])? \()?(?:file:\/\/|node:|ext:|[A-Za-z]:\\|\/|\.{1,2}\/|webpack(?:-internal)?:|<anonymous>)[^\s():]{0,300}:\d{1,7}(?::\d{1,7})?\)?|[\w$.<>]{1,200} \([\w.-]{1,100}\.(?:js|mjs|cjs|ts|tsx|jsx):\d{1,7}:\d{1,7}\)|(?:[\w$.<>]{1,200} \()?https?:\/\/[^\s()]{1,300}\.(?:js|mjs|cjs|ts|tsx|jsx):\d{1,7}:\d{1,7}\)?)/g,
    // Youch 3: `<div class="frame-row-filepath"> app&#x2F;failures.js:42:18 </div>`, `node:net:2021:16`.
    /<div class="frame-row-filepath">\s{1,40}[^\s<:]{1,300}(?::[^\s<:]{1,100})?:\d{1,7}:\d{1,7}\s{0,40}<\/div>/g,
    // pretty-error's text: `  - client.js:694 ` over `    [main]/[pg]/lib/client.js:694:17`.
    /\n {2}- [^\s:]{1,200}(?::[^\s:]{1,100})?:\d{1,7}(?: [^\n]{0,300})?\n {4}[^\s:]{1,300}(?::[^\s:]{1,100})?:\d{1,7}:\d{1,7}/g,
  ],
  message: 'shows a V8 stack frame',
  examples: {
    leaky: [
      "TypeError: Cannot read properties of undefined (reading 'filter')\n    at handleRequest (index.js:14:33)\n    at async Object.fetch (index.js:4:12)",
      'Error: boom\n    at Layer.handleRequest (/srv/app/node_modules/router/lib/layer.js:152:17)',
      'at async Promise.all (index 0)\n    at file:///home/ci/app/server.mjs:12:9',
      '<pre>Error: x<br> &nbsp; &nbsp;at next (/app/node_modules/express/lib/router/index.js:280:10)</pre>',
      '{"stack":"Error: x\\n    at handler (\\/app\\/src\\/routes.js:10:5)"}',
      'at Object.<anonymous> (C:\\app\\index.js:3:7)',
      'at node:internal/process/task_queues:95:5',
      '  error: relation "orders" does not exist\n  \n  - client.js:694 \n    [main]/[pg]/lib/client.js:694:17\n  \n  - task_queues:104 process.processTicksAndRejections\n    node:internal/process/task_queues:104:5',
      '{"stack":"TypeError: Failed to fetch\\n    at loadInvoice (http://reports.internal:43715/static/invoice.js:4:21)\\n    at http://reports.internal:43715/static/invoice.js:14:1"}',
      'TypeError: invalid gzip header\n    at Object.transform (ext:deno_web/14_compression.js:1:1855)',
      '    at Layer.handle [as handle_request] (/usr/src/app/node_modules/express/lib/router/layer.js:95:5)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
      '<div class="frame-row active">\n  <div class="frame-row-filepath">\n    app&#x2F;controllers&#x2F;orders_controller.js:42:18\n  </div>',
      '<div class="frame-row-filepath">\n    node:net:2021:16\n  </div>',
    ],
    safe: [
      'Meet us at noon (http://maps.example.com:8080/office) or at the station.',
      'Download it at https://cdn.example.com/app.js and try again.',
      'Internal Server Error',
      'Please try again at 10:30 or contact support.',
      'Look at /status for updates',
      '{"error":"Internal Server Error","requestId":"3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
      'Our team was notified at 2026-05-12T10:30:00Z (see https://status.example.com).',
      'at /api/orders the service is unavailable',
      'Meet us at noon (index.html has the map).',
      '<div class="frame-row-filepath">\n    Photo 3 of 12\n  </div>',
    ],
  },
})
