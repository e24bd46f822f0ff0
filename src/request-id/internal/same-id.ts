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
