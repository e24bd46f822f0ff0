const hexish = /^[0-9a-f-]{1,200}$/i

/** Two request IDs are the same: equal, or equal but for case when both are hex (UUIDs, trace-ids). */
export function sameId(a: string, b: string): boolean {
  if (a === b) return true
  return (
    a.length === b.length && hexish.test(a) && hexish.test(b) && a.toLowerCase() === b.toLowerCase()
  )
}
