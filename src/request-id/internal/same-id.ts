import type { FoundRequestId } from '../find-request-id.ts'
import type { RequestIdKind } from '../request-id-kind.ts'

const hexish = /^[0-9a-f-]{1,200}$/i

/** An ID of hex digits and dashes (a UUID, a trace-id): compared without regard to case. */
export function isHexId(id: string): boolean {
  return hexish.test(id)
}

/** Two request IDs are the same: equal, or equal but for case when both are hex (UUIDs, trace-ids). */
export function sameId(a: string, b: string): boolean {
  if (a === b) return true
  return a.length === b.length && isHexId(a) && isHexId(b) && a.toLowerCase() === b.toLowerCase()
}

/**
 * The kind of ID (`request` or `trace`) whose body IDs match no header ID while headers carry one
 * of that kind (IDs of kind `other` are compared with nothing); undefined when every kind found on both sides has a match.
 */
export function disagreeingKind(all: readonly FoundRequestId[]): RequestIdKind | undefined {
  const headers = all.filter((id) => id.in === 'header')
  for (const kind of ['request', 'trace'] as const) {
    const body = all.filter((id) => id.in === 'body' && id.kind === kind)
    if (body.length === 0 || !headers.some((h) => h.kind === kind)) continue
    if (!body.some((b) => headers.some((h) => sameId(b.value, h.value)))) return kind
  }
  return undefined
}
