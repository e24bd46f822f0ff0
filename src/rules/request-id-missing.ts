import { defineRule } from '../define-rule.ts'
import type { Subject } from '../rule.ts'
import { findRequestIds } from '../request-id/find-request-id.ts'
import { requestIdHeaderNames } from '../request-id/header-names.ts'

/** A header whose name reads as an ID's: `x-my-trace`, `x-req-ref`, `x-shop-id`. */
const idLike = /(?:^|-)(?:request|req|trace|correlation|ray|reference|ref)(?:-|$)|(?:^|-)id$/

/** A member name that ends like an ID's: `ticketRef`, `supportId`, `error_ref`. */
const idLikeName = /(?:id|ref)$/

/** The response carries no request ID where the caller requires one (default: a header or the body). */
export const requestIdMissing = defineRule({
  id: 'request-id-missing',
  category: 'request-id',
  description:
    'No request ID in a header (X-Request-Id, traceparent, ...) or the body, where one is required.',
  patterns: [idLike, idLikeName, /\d/, /[_.-]/g],
  *detect(subject) {
    const mode = subject.options.requestId
    if (mode === 'none') return
    const { header, body } = findRequestIds(subject)
    const missing =
      mode === 'either'
        ? !header && !body
          ? 'a header or the body'
          : undefined
        : mode === 'both'
          ? !header
            ? 'a header'
            : !body
              ? 'the body'
              : undefined
          : mode === 'header'
            ? !header
              ? 'a header'
              : undefined
            : !body
              ? 'the body'
              : undefined
    if (missing)
      yield {
        message: `has no request ID in ${missing}, so support cannot find the logged error (looked in ${lookedFor(missing)}); ${advice(subject)}`,
        evidence: '',
      }
  },
  examples: {
    leaky: [{ status: 500, body: 'Internal Server Error' }],
    safe: [
      {
        status: 500,
        headers: { 'X-Request-Id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c' },
        body: 'Internal Server Error',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error":"Internal Server Error","requestId":"01J9ZQ4T7B8N3K5M6P2R4S6V8X"}',
      },
      { status: 500, body: 'Something went wrong. Request ID: ABC-123' },
    ],
  },
})

/** What was looked for, where the ID is missing. */
function lookedFor(missing: string): string {
  const headers = `x-request-id, traceparent and ${requestIdHeaderNames.length - 2} other headers`
  const body = 'JSON members like requestId, and "Request ID: …" text'
  return missing === 'a header' ? headers : missing === 'the body' ? body : `${headers}, ${body}`
}

/** How to go on: the header or JSON member the app may use for its ID, or the options. */
function advice(subject: Subject): string {
  const known = new Set([...requestIdHeaderNames, ...subject.options.requestIdHeaders])
  const like = Object.keys(subject.headers).find((name) => idLike.test(name) && !known.has(name))
  if (like) return `header ${like} looks like one: pass { requestIdHeaders: ['${like}'] }`
  const member = idLikeMember(subject.json())
  if (member) return `member ${member} looks like one: pass { requestIdKeys: ['${member}'] }`
  return "for names of your own, pass { requestIdHeaders: ['<header>'] } or { requestIdKeys: ['<member>'] }"
}

/**
 * A member of a JSON object (or of one inside it) whose name ends like an ID's and whose value,
 * a string of 4 to 128 characters, holds a digit.
 */
function idLikeMember(json: unknown): string | undefined {
  const objects = [json]
  for (let i = 0; i < objects.length && i < 20; i++) {
    const value = objects[i]
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue
    for (const [key, member] of Object.entries(value).slice(0, 50)) {
      if (typeof member === 'object') objects.push(member)
      const name = key.toLowerCase().replace(/[_.-]/g, '')
      if (typeof member !== 'string' || member.length < 4 || member.length > 128) continue
      if (idLikeName.test(name) && /\d/.test(member)) return key
    }
  }
  return undefined
}
