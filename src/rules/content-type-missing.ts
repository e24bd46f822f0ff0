import { defineRule } from '../define-rule.ts'

/** A body without Content-Type leaves the client to sniff it. */
export const contentTypeMissing = defineRule({
  id: 'content-type-missing',
  category: 'header',
  description: 'A non-empty body comes without a Content-Type header.',
  *detect({ snapshot, headers }) {
    if (snapshot.body.byteLength > 0 && !headers['content-type']?.trim()) {
      yield {
        message:
          'has a body but no Content-Type; send e.g. application/json or text/plain; charset=utf-8',
        header: 'content-type',
        evidence: '',
      }
    }
  },
  examples: {
    leaky: [{ status: 500, body: 'Internal Server Error' }],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'Internal Server Error',
      },
      { status: 500, body: '' },
    ],
  },
})
