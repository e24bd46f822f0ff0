import type { FoundRequestId } from '../find-request-id.ts'
import { traceIdOf } from './trace-id-of.ts'

/** Member names that hold a request ID, compared lower-case without `_`, `-` and `.`. */
const idNames = new Set([
  'requestid',
  'reqid',
  'xrequestid',
  'correlationid',
  'xcorrelationid',
  'traceid',
  'errorid',
  'incidentid',
  'supportid',
  'referenceid',
  'eventid',
  'trackingid',
  'logid',
  'traceparent',
])

/** Most IDs reported from one body, and how deep and wide the search goes. */
const maxFound = 10
const maxDepth = 8
const maxItems = 50

/**
 * Request IDs in a parsed JSON body: members named like `requestId` at any depth (shallow ones
 * first), and a top-level problem+json `instance` such as `urn:uuid:<id>` or `/errors/<id>`.
 */
export function inJson(json: unknown, text: string): FoundRequestId[] {
  const found: FoundRequestId[] = []
  let level: [unknown, string][] = [[json, '$']]
  for (let depth = 0; depth <= maxDepth && level.length > 0 && found.length < maxFound; depth++) {
    const next: [unknown, string][] = []
    for (const [value, path] of level) {
      if (typeof value !== 'object' || value === null) continue
      const entries: [string, unknown][] = Array.isArray(value)
        ? value.slice(0, maxItems).map((v, i) => [`[${i}]`, v])
        : Object.entries(value)
            .slice(0, maxItems)
            .map(([k, v]) => [`.${k}`, v])
      for (const [key, member] of entries) {
        const memberPath = `${path}${key}`
        next.push([member, memberPath])
        if (typeof member !== 'string' && typeof member !== 'number') continue
        const name = key.slice(1).toLowerCase().replace(/[_.-]/g, '')
        const raw = String(member)
        if (raw === '' || raw.length > 8192) continue
        const isInstance = name === 'instance' && depth === 0
        if (!isInstance && !idNames.has(name)) continue
        const traceparent = name === 'traceparent'
        // A traceparent-shaped value (ASP.NET's `traceId`, say) counts by its trace-id.
        const id = isInstance ? fromInstance(raw) : traceIdOf(raw)
        if (id === undefined) continue
        const at = typeof member === 'string' ? text.indexOf(JSON.stringify(member)) : -1
        found.push({
          value: id,
          raw: isInstance ? id : raw,
          where: `body ${memberPath}`,
          in: 'body',
          traceparent,
          ...(at >= 0 ? { offset: at + 1 } : {}),
        })
        if (found.length >= maxFound) return found
      }
    }
    level = next
  }
  return found
}

/** The ID in a problem+json `instance`: `urn:uuid:<id>`, or the last path segment of `/errors/<id>`. */
function fromInstance(instance: string): string | undefined {
  const urn = /^urn:(?:uuid|ulid|request|trace|request-id):(.{1,200})$/i.exec(instance)
  if (urn) return urn[1]
  const last =
    instance
      .slice(-201)
      .split(/[/#?=]/)
      .at(-1) ?? ''
  return /\d/.test(last) && last.length >= 6 ? last : undefined
}
