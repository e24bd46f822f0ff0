import { headHintFor, requestMethod } from '../audit/request-method.ts'
import { defineRule } from '../define-rule.ts'

/** RFC 9110 §15.6: a 5xx answer (except to HEAD) should explain the situation, so its body is not empty. */
export const bodyEmpty = defineRule({
  id: 'body-empty',
  category: 'status',
  description:
    'A 5xx to anything but HEAD has an empty body; send a short generic explanation (RFC 9110 §15.6).',
  *detect(subject) {
    const { snapshot, status } = subject
    const method = requestMethod(subject)
    if (status >= 500 && method !== 'HEAD' && snapshot.text.trim() === '') {
      // A fetch Response does not tell the method, and a HEAD answer has no body at all.
      const hint = headHintFor(method, snapshot.body.byteLength === 0)
      yield {
        message: `has an empty body; say what happened in a generic sentence (RFC 9110 §15.6)${hint}`,
      }
    }
  },
  examples: {
    leaky: [
      { status: 500, body: '' },
      { status: 502, body: '  \n' },
    ],
    safe: [
      { status: 500, body: 'Internal Server Error' },
      { status: 500, method: 'HEAD', body: '' },
    ],
  },
})
