import type { Subject } from '../rule.ts'
import { requestIdHeaderNames } from './header-names.ts'

/** A request ID and where it was found. */
export interface FoundRequestId {
  readonly value: string
  /** `header x-request-id`, `body $.error.requestId`, `body text`. */
  readonly where: string
}

/** Request IDs in a response: the first header that has one, and the first in the body. */
export interface RequestIds {
  readonly header: FoundRequestId | undefined
  readonly body: FoundRequestId | undefined
}

/** JSON member names that hold a request ID (compared lower-case, without `_` and `-`). */
const jsonNames = new Set([
  'requestid',
  'reqid',
  'correlationid',
  'traceid',
  'errorid',
  'incidentid',
  'supportid',
  'referenceid',
  'reference',
  'eventid',
  'traceparent',
])

const textPattern =
  /\b(?:request|correlation|trace|error|incident|support|reference|event)[ _-]?(?:id|identifier|reference|ref|code)?\b[^\n\w]{0,4}?\s{0,3}[:#=]?\s{0,3}["'`<]?([A-Za-z0-9][A-Za-z0-9._~+/=:-]{5,127})/gi

/** Patterns `findRequestIds` uses, for the linear-time proof. */
export const requestIdPatterns: readonly RegExp[] = [textPattern]

/** Finds the request ID in headers (common names, traceparent, configured names) and in the body. */
export function findRequestIds(subject: Subject): RequestIds {
  return { header: inHeaders(subject), body: inBody(subject) }
}

function inHeaders(subject: Subject): FoundRequestId | undefined {
  for (const name of [...subject.options.requestIdHeaders, ...requestIdHeaderNames]) {
    const value = subject.headers[name]?.trim()
    if (value)
      return {
        value: name === 'traceparent' ? (value.split('-')[1] ?? value) : value,
        where: `header ${name}`,
      }
  }
  return undefined
}

function inBody(subject: Subject): FoundRequestId | undefined {
  const json = subject.json()
  if (json !== undefined) {
    const found = inJson(json, '$', 0)
    if (found) return found
    return undefined
  }
  const text =
    subject.views[1]?.header === undefined && subject.views[1]
      ? subject.views[1].text
      : subject.snapshot.text
  for (const match of text.matchAll(textPattern)) {
    const value = match[1]
    if (value && /\d/.test(value)) return { value: value.replace(/[.:]$/, ''), where: 'body text' }
  }
  return undefined
}

function inJson(value: unknown, path: string, depth: number): FoundRequestId | undefined {
  if (depth > 8 || typeof value !== 'object' || value === null) return undefined
  const entries = Array.isArray(value)
    ? value.slice(0, 20).map((v, i) => [String(i), v] as const)
    : Object.entries(value)
  for (const [key, member] of entries) {
    const name = key.toLowerCase().replace(/[_-]/g, '')
    if (
      (jsonNames.has(name) || name === 'instance') &&
      (typeof member === 'string' || typeof member === 'number')
    ) {
      const text = String(member)
      const id =
        name === 'instance'
          ? fromInstance(text)
          : name === 'traceparent'
            ? (text.split('-')[1] ?? text)
            : text
      if (id) return { value: id, where: `body ${path}.${key}` }
    }
  }
  for (const [key, member] of entries) {
    const found = inJson(
      member,
      Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`,
      depth + 1,
    )
    if (found) return found
  }
  return undefined
}

/** The ID in a problem+json `instance`: `urn:uuid:<id>`, or the last path segment of `/errors/<id>`. */
function fromInstance(instance: string): string | undefined {
  const urn = /^urn:(?:uuid|ulid|request|trace):(.{1,128})$/i.exec(instance)
  if (urn) return urn[1]
  const last = instance.split(/[/#?=]/).at(-1) ?? ''
  return /\d/.test(last) && last.length >= 6 ? last : undefined
}
