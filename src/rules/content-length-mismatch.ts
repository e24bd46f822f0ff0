import { headHintFor, requestMethod } from '../audit/request-method.ts'
import { defineRule } from '../define-rule.ts'

/** RFC 9110 §8.6: Content-Length is the byte length of the content as sent. */
export const contentLengthMismatch = defineRule({
  id: 'content-length-mismatch',
  category: 'header',
  description:
    'Content-Length differs from the byte length of the body, or is sent with Transfer-Encoding.',
  *detect(subject) {
    const { snapshot, headers } = subject
    const declared = headers['content-length']
    if (declared === undefined) return
    if (headers['transfer-encoding'] !== undefined) {
      yield {
        message: 'sends Content-Length together with Transfer-Encoding (RFC 9112 §6.3)',
        header: 'content-length',
        evidence: declared,
      }
    }
    const method = requestMethod(subject)
    if (snapshot.truncated || method === 'HEAD') return
    // Unknown when a client undid Content-Encoding (fetch, got, axios) or decoded the text
    // itself from bytes that were not UTF-8 (supertest, axios): the bytes here are not those sent.
    const actual = snapshot.wireLength
    if (!/^\d{1,15}$/.test(declared.trim())) {
      yield {
        message: `Content-Length ${JSON.stringify(declared)} is not a number`,
        header: 'content-length',
        evidence: declared,
      }
    } else if (actual !== undefined && Number(declared) !== actual) {
      // No body but a length is what a HEAD answer looks like, when nothing tells the method.
      const hint = headHintFor(method, actual === 0)
      yield {
        message: `Content-Length says ${declared} bytes but the body has ${actual}${hint}`,
        header: 'content-length',
        evidence: declared,
      }
    }
  },
  patterns: [/^\d{1,15}$/],
  examples: {
    leaky: [
      { status: 500, headers: { 'Content-Length': '123' }, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { 'Content-Length': '21', 'Transfer-Encoding': 'chunked' },
        body: 'Internal Server Error',
      },
    ],
    safe: [
      { status: 500, headers: { 'Content-Length': '21' }, body: 'Internal Server Error' },
      { status: 500, headers: { 'Content-Length': '0' }, method: 'HEAD', body: '' },
      { status: 500, body: 'Internal Server Error' },
    ],
  },
})
