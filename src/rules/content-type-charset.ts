import { defineRule } from '../define-rule.ts'

/** Text types need a charset, or browsers guess it (an old XSS vector; ASVS 5.0 4.1.1). */
export const contentTypeCharset = defineRule({
  id: 'content-type-charset',
  category: 'header',
  description: 'A text/* Content-Type (text/html, text/plain) comes without a charset parameter.',
  patterns: [/;\s{0,20}charset\s{0,5}=\s{0,5}"?[\w.:-]{1,40}/i],
  *detect({ headers, mimeType }) {
    const value = headers['content-type']
    if (value === undefined || mimeType === undefined || !mimeType.startsWith('text/')) return
    if (!/;\s{0,20}charset\s{0,5}=\s{0,5}"?[\w.:-]{1,40}/i.test(value)) {
      yield {
        message: `Content-Type ${mimeType} has no charset; add ; charset=utf-8`,
        header: 'content-type',
        evidence: value,
      }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'Content-Type': 'text/html' },
        body: '<p>Internal Server Error</p>',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/html;' },
        body: '<p>Internal Server Error</p>',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<p>Internal Server Error</p>',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error":"Internal Server Error"}',
      },
    ],
  },
})
