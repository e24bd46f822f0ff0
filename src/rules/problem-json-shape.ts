import { headHintFor, requestMethod } from '../audit/request-method.ts'
import { defineRule } from '../define-rule.ts'

/**
 * RFC 9457 §3: a problem is a JSON object; type is a URI reference, title and detail are strings.
 * An answer to HEAD has no body; when the method is unknown (a fetch Response), an empty body's
 * finding says how to tell it is one.
 */
export const problemJsonShape = defineRule({
  id: 'problem-json-shape',
  category: 'header',
  description:
    'An application/problem+json body that is not a problem object (not an object, or type/title/detail of the wrong type).',
  *detect(subject) {
    const { mimeType, json, snapshot } = subject
    if (mimeType !== 'application/problem+json' || snapshot.truncated) return
    const method = requestMethod(subject)
    const empty = snapshot.body.byteLength === 0
    if (empty && method === 'HEAD') return
    const problem = json()
    if (typeof problem !== 'object' || problem === null || Array.isArray(problem)) {
      yield {
        message: `says application/problem+json but the body is not a JSON object (RFC 9457 §3)${headHintFor(method, empty)}`,
        header: 'content-type',
        evidence: snapshot.headers['content-type'] ?? '',
      }
      return
    }
    for (const member of ['type', 'title', 'detail', 'instance'] as const) {
      const value = (problem as Record<string, unknown>)[member]
      if (value !== undefined && typeof value !== 'string') {
        yield {
          message: `the problem's ${member} must be a string, not ${typeof value} (RFC 9457 §3.1)`,
          evidence: `"${member}": ${JSON.stringify(value)?.slice(0, 40)}`,
        }
      }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '["Internal Server Error"]',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":{"en":"Error"},"status":500}',
      },
    ],
    safe: [
      { status: 500, method: 'HEAD', headers: { 'Content-Type': 'application/problem+json' } },
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"type":"about:blank","title":"Internal Server Error","status":500,"instance":"urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e"}',
      },
    ],
  },
})
