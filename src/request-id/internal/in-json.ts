import type { FoundRequestId } from '../find-request-id.ts'
import type { RequestIdKind } from '../request-id-kind.ts'
import { memberKey, memberWords } from '../member-key.ts'
import { traceIdOf } from './trace-id-of.ts'

/** Member names of the app's own request ID, compared as `memberKey` makes them. */
const requestNames = new Set([
  'requestid',
  'reqid',
  'xrequestid',
  'correlationid',
  'xcorrelationid',
])
/** Member names of a W3C trace ID. */
const traceNames = new Set(['traceid', 'traceparent'])
/** Member names of other IDs: an error tracker's, a support desk's, a log's. */
const otherNames = new Set([
  'errorid',
  'incidentid',
  'supportid',
  'referenceid',
  'eventid',
  'trackingid',
  'logid',
])
/**
 * Last words of longer names that hold an ID of another system: a vendor's or a product's name
 * before a known one (Sentry's `sentryEventId`, `awsRequestId`, `cfRayId`, `parent_trace_id`),
 * read at a word's boundary (`arrayId` is no ray ID).
 */
const otherEndings = ['request id', 'correlation id', 'trace id', 'event id', 'error id', 'ray id']

/**
 * The kind of ID a member of this name holds (`memberKey` of it as `name`), or undefined when it
 * holds none; `extra` names, the `requestIdKeys` option's, hold the app's request ID.
 */
function kindOfMember(
  key: string,
  name: string,
  extra: readonly string[],
): RequestIdKind | undefined {
  if (requestNames.has(name) || extra.includes(name)) return 'request'
  if (traceNames.has(name)) return 'trace'
  if (otherNames.has(name)) return 'other'
  const words = memberWords(key)
  return otherEndings.some((ending) => words.endsWith(` ${ending}`)) ? 'other' : undefined
}

/** Most IDs reported from one body, and how deep and wide the search goes. */
const maxFound = 10
const maxDepth = 8
const maxItems = 50

/**
 * Request IDs in a parsed JSON body: members named like `requestId` at any depth (shallow ones
 * first), the `extra` names (the `requestIdKeys` option, lower case without separators), and a
 * top-level problem+json `instance` such as `urn:uuid:<id>` or `/errors/<id>`.
 */
export function inJson(
  json: unknown,
  text: string,
  extra: readonly string[] = [],
): FoundRequestId[] {
  const found: FoundRequestId[] = []
  // Paths are written out only for the IDs found: most members are neither.
  let level: Place[] = [{ value: json, parent: undefined, key: '$' }]
  for (let depth = 0; depth <= maxDepth && level.length > 0 && found.length < maxFound; depth++) {
    const next: Place[] = []
    for (const place of level) {
      const { value } = place
      if (typeof value !== 'object' || value === null) continue
      const array = Array.isArray(value)
      const keys = array ? undefined : Object.keys(value).slice(0, maxItems)
      const count = keys ? keys.length : Math.min((value as unknown[]).length, maxItems)
      for (let i = 0; i < count; i++) {
        const key = keys ? `.${keys[i] as string}` : `[${i}]`
        const member: unknown = keys
          ? (value as Record<string, unknown>)[keys[i] as string]
          : (value as unknown[])[i]
        if (typeof member === 'object' && member !== null)
          next.push({ value: member, parent: place, key })
        if (array || (typeof member !== 'string' && typeof member !== 'number')) continue
        const memberName = key.slice(1)
        const name = memberKey(memberName)
        const raw = String(member)
        if (raw === '' || raw.length > 8192) continue
        const isInstance = name === 'instance' && depth === 0
        const kind = isInstance ? 'other' : kindOfMember(memberName, name, extra)
        if (kind === undefined) continue
        const traceparent = name === 'traceparent'
        // A traceparent-shaped value (ASP.NET's `traceId`, say) counts by its trace-id.
        const id = isInstance ? fromInstance(raw) : traceIdOf(raw)
        if (id === undefined) continue
        const at = typeof member === 'string' ? text.indexOf(JSON.stringify(member)) : -1
        found.push({
          value: id,
          raw: isInstance ? id : raw,
          where: `body ${pathOf(place)}${key}`,
          in: 'body',
          traceparent,
          kind,
          ...(at >= 0 ? { offset: at + 1 } : {}),
        })
        if (found.length >= maxFound) return found
      }
    }
    level = next
  }
  return found
}

/** A value met on the way down, and how it was reached. */
interface Place {
  readonly value: unknown
  readonly parent: Place | undefined
  /** `$`, `.name` or `[3]`. */
  readonly key: string
}

function pathOf(place: Place): string {
  let path = ''
  for (let p: Place | undefined = place; p; p = p.parent) path = p.key + path
  return path
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
