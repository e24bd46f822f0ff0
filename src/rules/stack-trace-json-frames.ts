import { defineRule } from '../define-rule.ts'

// `"stack":[["Orders","/srv/app/.next/server/chunks/ssr/page.js",19,11,…]]`: each frame an array
// of function, file, line and column.
const frames =
  /"stack"\s{0,3}:\s{0,3}\[\s{0,3}\[\s{0,3}"[^"\\\n]{0,200}"\s{0,3},\s{0,3}"[^"\\\n]{1,400}"\s{0,3},\s{0,3}\d{1,7}\s{0,3},\s{0,3}\d{1,7}/g

// `"stack":["Object.run (file:///srv/app/x.ts:58:38)","/srv/app/node_modules/pg/lib/client.js:694:17"]`:
// V8's frames without their `at `, one string each (fastify-http-errors-enhanced, which also puts
// `$ROOT` for the working directory).
const lines =
  /"stack"\s{0,3}:\s{0,3}\[\s{0,3}"(?:[^"\\\n()]{1,200} \()?[^"\\\n()\s]{1,400}:\d{1,7}:\d{1,7}\)?"/g

/**
 * Stack frames sent as JSON arrays under a `"stack"` member, `[function, file, line, column, …]`:
 * how React Server Components carry a server error in development (the Next.js App Router's
 * error page in `next dev`); or V8's frame lines without `at `, one string each
 * (fastify-http-errors-enhanced).
 *
 * @example
 * ```ts
 * '38:E{"digest":"391","name":"Error","message":"boom","stack":[["Orders","/srv/app/page.js",19,11]]}' // flagged
 * ```
 */
export const stackTraceJsonFrames = defineRule({
  id: 'stack-trace-json-frames',
  category: 'stack-trace',
  description:
    'Stack frames as JSON arrays under a "stack" member ([function, file, line, column]), as React Server Components send a server error in development (Next.js App Router), or as V8 frame lines without at (["Object.run (/srv/app/x.js:58:38)"], fastify-http-errors-enhanced).',
  keywords: ['"stack"'],
  pattern: [frames, lines],
  message: 'shows stack frames (function, file, line, column) as JSON arrays',
  examples: {
    leaky: [
      '38:E{"digest":"3910448862","name":"Error","message":"boom","stack":[["Orders","/srv/app/.next/server/chunks/ssr/[root-of-the-server]__0e2._.js",19,11,0,0,false]],"env":"Server"}',
      '<script>self.__next_f.push([1,"38:E{\\"digest\\":\\"1\\",\\"stack\\":[[\\"Order\\",\\"/app/.next/server/page.js\\",24,25]]}"])</script>',
      '{"stack": [ ["", "webpack-internal:///(rsc)/./app/page.js", 3, 9] ]}',
      '{"message":"[TypeError] boom","stack":["Object.run (file://$ROOT/src/routes/orders.ts:58:38)","preHandlerCallbackInner ($ROOT/node_modules/fastify/lib/handle-request.js:190:24)"]}',
      '{"stack":["$ROOT/node_modules/pg/lib/client.js:694:17","process.processTicksAndRejections (node:internal/process/task_queues:104:5)"]}',
    ],
    safe: [
      '8:E{"digest":"1292222440"}',
      '{"stack":[],"error":"Internal Server Error"}',
      '{"stack":[["pancakes","waffles"]],"menu":"breakfast"}',
      '{"stack":[["a","b"],[1,2]]}',
      '{"stack":["react","node","postgres"],"team":"checkout"}',
      '{"stack":["build 12:30:45"]}',
    ],
  },
})
