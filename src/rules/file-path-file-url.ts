import { defineRule } from '../define-rule.ts'

/** `file://` URLs and bundler source URLs (`webpack:///`, `webpack-internal:///`). */
export const filePathFileUrl = defineRule({
  id: 'file-path-file-url',
  category: 'file-path',
  description:
    'file:// URLs and bundler source URLs (webpack://, webpack-internal:///) that name files on the server.',
  keywords: ['file://', 'webpack://', 'webpack-internal://'],
  pattern: /\b(?:file|webpack(?:-internal)?):\/\/[^\s"'<>()`]{1,300}/g,
  message: 'shows a file URL',
  examples: {
    leaky: [
      'at file:///home/ci/app/server.mjs:12:9',
      '{"stack":"Error: x\\n    at file:///srv/app/dist/index.js:1:2"}',
      'webpack-internal:///(rsc)/./app/api/orders/route.ts:12:11',
      'sourceMappingURL points at webpack:///./src/server/db.ts',
    ],
    safe: [
      'Internal Server Error',
      'Please file:// nothing; open https://status.example.com instead.',
      'You can file a ticket with support@example.com.',
    ],
  },
})
