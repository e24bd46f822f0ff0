import { defineRule } from '../define-rule.ts'

/** RFC 9110 §10.2.4: Server should not carry fine-grained detail; a digit means a version (ZAP 10036). */
export const headerServerVersion = defineRule({
  id: 'header-server-version',
  category: 'version-disclosure',
  description: 'The Server header carries a version (nginx/1.25.3, Apache/2.4.57, Kestrel 8.0).',
  *detect({ headers }) {
    const value = headers['server']
    if (value !== undefined && /\d/.test(value)) {
      yield {
        message: 'the Server header gives a version; send none, or one without a version',
        header: 'server',
        evidence: value,
      }
    }
  },
  patterns: [/\d/],
  examples: {
    leaky: [
      { status: 502, headers: { Server: 'nginx/1.25.3' }, body: 'Bad Gateway' },
      { status: 500, headers: { Server: 'Apache/2.4.57 (Debian)' }, body: 'Internal Server Error' },
    ],
    safe: [
      { status: 500, headers: { Server: 'nginx' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'cloudflare' }, body: 'Internal Server Error' },
      { status: 500, body: 'Internal Server Error' },
    ],
  },
})
