import { defineRule } from '../define-rule.ts'

/**
 * Headers that only debug setups send (Symfony profiler, ChromeLogger, source maps, diagnostics,
 * IIS Express).
 */
const debugHeaders: readonly string[] = [
  'x-debug-token',
  'x-debug-token-link',
  'x-debug-info',
  'x-debug',
  'x-chromelogger-data',
  'x-chromephp-data',
  'sourcemap',
  'x-sourcemap',
  'x-diaginfo',
  'x-php-debug',
  'x-xdebug',
  'x-clockwork-id',
  'x-clockwork-version',
  'x-miniprofiler-ids',
  // IIS Express: the project's folder on the developer's disk, base64-encoded.
  'x-sourcefiles',
]

/** Debug headers reach the wire (ZAP 10056, 10052; OWASP Secure Headers Project). */
export const headerDebug = defineRule({
  id: 'header-debug',
  category: 'debug-page',
  description:
    "A debug or profiler header is sent (X-Debug-Token, X-ChromeLogger-Data, SourceMap, X-MiniProfiler-Ids, IIS Express's X-SourceFiles).",
  *detect({ headers }) {
    for (const name of debugHeaders) {
      const value = headers[name]
      if (value !== undefined)
        yield { message: `sends the debug header ${name}`, header: name, evidence: value }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: {
          'X-Debug-Token': 'a1b2c3',
          'X-Debug-Token-Link': 'https://shop.example/_profiler/a1b2c3',
        },
        body: 'Error',
      },
      { status: 500, headers: { SourceMap: '/static/app.js.map' }, body: 'Error' },
      {
        status: 500,
        headers: { 'X-SourceFiles': '=?UTF-8?B?QzpcVXNlcnNcamRvZVxzb3VyY2VcT3JkZXJzLkFwaQ==?=' },
        body: 'Error',
      },
    ],
    safe: [
      { status: 500, headers: { 'X-Request-Id': 'a1b2c3d4e5f6' }, body: 'Internal Server Error' },
    ],
  },
})
