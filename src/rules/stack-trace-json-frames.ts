import { defineRule } from '../define-rule.ts'

// `"stack":[["Orders","/srv/app/.next/server/chunks/ssr/page.js",19,11,…]]`: each frame an array
// of function, file, line and column.
const frames =
  /"stack"\s{0,3}:\s{0,3}\[\s{0,3}\[\s{0,3}"[^"\\\n]{0,200}"\s{0,3},\s{0,3}"[^"\\\n]{1,400}"\s{0,3},\s{0,3}\d{1,7}\s{0,3},\s{0,3}\d{1,7}/g

/**
 * Stack frames sent as JSON arrays under a `"stack"` member, `[function, file, line, column, …]`:
 * how React Server Components carry a server error in development (the Next.js App Router's
 * error page in `next dev`).
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
    'Stack frames as JSON arrays under a "stack" member ([function, file, line, column]), as React Server Components send a server error in development (Next.js App Router).',
  keywords: ['"stack"'],
  pattern: frames,
  message: 'shows stack frames (function, file, line, column) as JSON arrays',
  examples: {
    leaky: [
      '38:E{"digest":"3910448862","name":"Error","message":"boom","stack":[["Orders","/srv/app/.next/server/chunks/ssr/[root-of-the-server]__0e2._.js",19,11,0,0,false]],"env":"Server"}',
      '<script>self.__next_f.push([1,"38:E{\\"digest\\":\\"1\\",\\"stack\\":[[\\"Order\\",\\"/app/.next/server/page.js\\",24,25]]}"])</script>',
      '{"stack": [ ["", "webpack-internal:///(rsc)/./app/page.js", 3, 9] ]}',
    ],
    safe: [
      '8:E{"digest":"1292222440"}',
      '{"stack":[],"error":"Internal Server Error"}',
      '{"stack":[["pancakes","waffles"]],"menu":"breakfast"}',
      '{"stack":[["a","b"],[1,2]]}',
    ],
  },
})
