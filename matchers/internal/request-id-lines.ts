import type { FoundRequestId, Snapshot } from '../../src/index.ts'

/** Most IDs a message lists. */
const maxLines = 5

/** One line per request ID found: where, then the ID (clipped), indented. */
export function idLines(ids: readonly FoundRequestId[]): string {
  const lines = ids
    .slice(0, maxLines)
    .map((id) => `  ${id.where}: ${JSON.stringify(clip(id.value, 80))}`)
  if (ids.length > maxLines) lines.push(`  … and ${ids.length - maxLines} more`)
  return lines.join('\n')
}

/** `status 500, application/json, 40 bytes`: what the response was, never its body. */
export function snapshotSummary(snapshot: Snapshot): string {
  return [
    `status ${snapshot.status}`,
    snapshot.headers['content-type'] ?? 'no content type',
    `${snapshot.body.byteLength.toLocaleString('en-US')} bytes`,
  ].join(', ')
}

/** The text, cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
