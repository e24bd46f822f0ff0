import { defineRule } from '../define-rule.ts'

/** Paths into installed dependencies: `node_modules/express/...`, `site-packages/django/...`. */
export const filePathPackageDir = defineRule({
  id: 'file-path-package-dir',
  category: 'file-path',
  description:
    'Paths into installed dependencies: node_modules/, site-packages/, dist-packages/, vendor/bundle/, .m2/repository/.',
  keywords: ['node_modules', 'site-packages', 'dist-packages', 'bower_components', 'vendor', '.m2'],
  pattern:
    /(?<![\w.-])(?:node_modules|bower_components|site-packages|dist-packages|vendor[/\\]bundle|\.m2[/\\]repository)(?:[/\\]|\\\/)[@\w.-]{1,214}/g,
  message: 'shows a path into installed dependencies',
  examples: {
    leaky: [
      'at next (/app/node_modules/express/lib/router/index.js:280:10)',
      '{"stack":"at Layer.handle (node_modules\\/express\\/lib\\/router\\/layer.js:95:5)"}',
      'File "/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py", line 197',
      '/usr/local/bundle/vendor/bundle/ruby/3.3.0/gems/rack-3.0.8/lib/rack/lint.rb',
      'C:\\app\\node_modules\\pg\\lib\\client.js',
    ],
    safe: [
      'Internal Server Error',
      'We are updating our vendors. Please try again at 10:30.',
      'Our packages ship daily; see https://status.example.com/modules',
    ],
  },
})
