import { echoesRequestPath } from '../audit/request-echo.ts'
import { defineRule } from '../define-rule.ts'

/**
 * `file://` URLs (and `file:/` with one slash, as liquidjs writes a template's path), bundler
 * source URLs (`webpack:///`, `webpack-internal:///`), and Vite's URLs for a file outside the
 * project's root (`/@fs/home/ci/shop/.svelte-kit/generated/client/app.js`, as its development
 * pages import them), which hold the file's absolute path.
 */
export const filePathFileUrl = defineRule({
  id: 'file-path-file-url',
  category: 'file-path',
  description:
    "file:// URLs (file:/ with one slash too), bundler source URLs (webpack://, webpack-internal:///) and Vite's /@fs/ URLs that name files on the server.",
  keywords: ['file:/', 'webpack://', 'webpack-internal://', '/@fs/'],
  pattern:
    /(?<![\w/])file:\/{1,3}[\w.~%-][^\s"'<>()`]{0,299}|\bwebpack(?:-internal)?:\/\/[^\s"'<>()`]{1,300}|\/@fs\/(?:[A-Za-z]:\/)?[\w.~@+-]{1,255}\/[^\s"'<>()`]{1,300}/g,
  // A default 404 echoes the path the client asked for (`Cannot GET /@fs/etc/passwd`).
  ignore: (match) => echoesRequestPath(match.input, match.index),
  message: 'shows a file URL',
  examples: {
    leaky: [
      'at file:///home/ci/app/server.mjs:12:9',
      '{"stack":"Error: x\\n    at file:///srv/app/dist/index.js:1:2"}',
      'webpack-internal:///(rsc)/./app/api/orders/route.ts:12:11',
      'sourceMappingURL points at webpack:///./src/server/db.ts',
      // liquidjs: the template's path after `file:` and one slash.
      '{"message":"tag \\"endif\\" not found, file:/srv/app/views/liquid/checkout.liquid, line:4, col:1"}',
      '<script type="module">import("/@fs/home/ci/shop/.svelte-kit/generated/client/app.js")</script>',
    ],
    safe: [
      'Internal Server Error',
      'Please file:// nothing; open https://status.example.com instead.',
      'You can file a ticket with support@example.com.',
      'Please file: / nothing here',
      'Open our help at https://example.com/help/file:/uploads',
      '<script type="module" src="/@vite/client"></script><script type="module" src="/src/main.ts"></script>',
      '<pre>Cannot GET /@fs/etc/passwd</pre>',
      '{"message":"Route GET:/@fs/app/src/views/index.ejs?raw not found","error":"Not Found","statusCode":404}',
    ],
  },
})
