import { defineRule } from '../define-rule.ts'

const jsonType = /^application\/(?:[\w.-]{1,60}\+)?json$/
const htmlStart =
  /^\s{0,200}<(?:!doctype\s|html[\s>]|head[\s>]|body[\s>]|[a-z][a-z0-9]{0,10}[\s>/])/i

/** The Content-Type does not describe the body: JSON that does not parse, HTML served as JSON, JSON as HTML. */
export const contentTypeMismatch = defineRule({
  id: 'content-type-mismatch',
  category: 'header',
  description:
    'The body does not match its Content-Type (JSON that does not parse, HTML labelled JSON or JSON labelled HTML).',
  patterns: [jsonType, htmlStart, /<\/?(?:html|body|div|p|h1|pre|title)\b/i],
  *detect({ snapshot, mimeType, json }) {
    const text = snapshot.text
    if (mimeType === undefined || text.trim() === '' || snapshot.truncated) return
    const header = 'content-type'
    const evidence = snapshot.headers['content-type'] ?? ''
    if (jsonType.test(mimeType)) {
      if (json() === undefined && !isJsonScalar(text))
        yield {
          message: `Content-Type says ${mimeType} but the body is not valid JSON`,
          header,
          evidence,
        }
    } else if (mimeType === 'text/html' || mimeType === 'application/xhtml+xml') {
      if (!htmlStart.test(text) && json() !== undefined)
        yield { message: 'Content-Type says text/html but the body is JSON', header, evidence }
    } else if (
      htmlStart.test(text) &&
      /<\/?(?:html|body|div|p|h1|pre|title)\b/i.test(text.slice(0, 2000))
    ) {
      yield { message: `the body is HTML but Content-Type says ${mimeType}`, header, evidence }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error": "Internal Server Er',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '<html><body><h1>500</h1></body></html>',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '{"error":"Internal Server Error"}',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error":"Internal Server Error"}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error","status":500}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html><title>Error</title><p>Sorry</p>',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'Internal Server Error <3',
      },
    ],
  },
})

function isJsonScalar(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
