import { defineRule } from '../define-rule.ts'
import type { Subject } from '../rule.ts'
import { findRequestIds } from '../request-id/find-request-id.ts'
import { requestIdHeaderNames } from '../request-id/header-names.ts'
import { memberWords } from '../request-id/member-key.ts'

/** A header whose name reads as an ID's: `x-shop-ref`, `x-shop-id`, `x-my-requestid`. */
const idLike = /(?:^|-)(?:id|ref|reference)$|(?:request|trace|correlation|ray)-?id$/

/** What a member's name ends with when it reads as an ID's: `ticketRef`, `supportCode`, `errorId`. */
const idWords =
  /(?:^|\s)(?:ref|reference|(?:request|trace|correlation|support|error|incident|log|tracking|ticket|case)(?: id| number| no)|support code)$/

/** The response carries no request ID where the caller requires one (default: a header or the body). */
export const requestIdMissing = defineRule({
  id: 'request-id-missing',
  category: 'request-id',
  description:
    'No request ID in a header (X-Request-Id, traceparent, ...) or the body, where one is required.',
  patterns: [idLike, idWords, /\d/],
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
        // Where it is missing goes without saying when both places were looked in.
        message: `has no request ID${mode === 'either' ? '' : ` in ${missing}`} (looked in ${lookedFor(missing)}), so support cannot find the logged error; ${advice(subject, missing)}`,
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
  const headers = `${requestIdHeaderNames.length} headers like x-request-id`
  const body = 'JSON members like requestId, "Request ID: …" text'
  return missing === 'a header' ? headers : missing === 'the body' ? body : `${headers}, ${body}`
}

/** How to go on: the header or JSON member the app may use for its ID, or the options. */
function advice(subject: Subject, missing: string): string {
  const known = new Set([...requestIdHeaderNames, ...subject.options.requestIdHeaders])
  const header =
    missing === 'the body'
      ? undefined
      : Object.keys(subject.headers).find((name) => idLike.test(name) && !known.has(name))
  if (header) return `header ${header} looks like one: pass { requestIdHeaders: ['${header}'] }`
  const member = missing === 'a header' ? undefined : idLikeMember(subject.json())
  if (member) return `member ${member} looks like one: pass { requestIdKeys: ['${member}'] }`
  return missing === 'a header'
    ? 'name yours with requestIdHeaders'
    : missing === 'the body'
      ? 'name yours with requestIdKeys'
      : 'name yours with requestIdHeaders or requestIdKeys'
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
      if (typeof member !== 'string' || member.length < 4 || member.length > 128) continue
      if (idWords.test(memberWords(key)) && /\d/.test(member)) return key
    }
  }
  return undefined
}
