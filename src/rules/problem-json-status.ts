import { defineRule } from '../define-rule.ts'
import { isJsonBlank, valueAfterColon } from '../audit/json-text.ts'

/** RFC 9457 §3.1.2: generators MUST use the same status in the problem's `status` as in the response. */
export const problemJsonStatus = defineRule({
  id: 'problem-json-status',
  category: 'status',
  description:
    'An application/problem+json body whose `status` member is not the HTTP status, as a JSON number (RFC 9457 §3.1.2).',
  *detect({ mimeType, json, status, views }) {
    if (mimeType !== 'application/problem+json') return
    const problem = json()
    if (
      typeof problem !== 'object' ||
      problem === null ||
      Array.isArray(problem) ||
      !('status' in problem)
    )
      return
    const member = problem.status
    if (member === status) return
    // Shown where the body has it; a member written with escapes is quoted instead.
    const view = views[0]
    const span = view && memberSpan(view.text, JSON.stringify(member))
    const where = span ? { view, span } : { evidence: `"status": ${JSON.stringify(member)}` }
    if (typeof member === 'string') {
      // Not a mismatch to fix but a type: "500" is the right status written as a string.
      const differs = member.trim() === String(status) ? '' : `, and the HTTP status is ${status}`
      yield {
        message: `its "status" member is the string ${JSON.stringify(member)}${differs}; RFC 9457 makes it a number: "status": ${status}`,
        ...where,
      }
      return
    }
    yield {
      message: `the problem's status ${JSON.stringify(member)} differs from the HTTP status ${status} (RFC 9457 §3.1.2)`,
      ...where,
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Bad Request","status":400}',
      },
      {
        status: 502,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error","status":"500"}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error","status":"500"}',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error","status":500}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error"}',
      },
    ],
  },
})

/**
 * Where the top-level `"status": <value>` stands in the JSON text (`value` as JSON, ending where a
 * JSON value ends), white space allowed around the colon; a nested `status` does not count.
 */
function memberSpan(text: string, value: string): [number, number] | undefined {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
    else if (c === '"') {
      const start = i
      // To the closing quote, over escapes: one string token.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      if (depth !== 1 || text.slice(start, i + 1) !== '"status"') continue
      const j = valueAfterColon(text, i + 1)
      if (j === -1) continue
      if (!text.startsWith(value, j)) return undefined
      let end = j + value.length
      while (isJsonBlank(text[end])) end++
      return text[end] === ',' || text[end] === '}' ? [start, j + value.length] : undefined
    }
  }
  return undefined
}
