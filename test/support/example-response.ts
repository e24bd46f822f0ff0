import type { Snapshot } from 'safe500'

const encoder = new TextEncoder()

/** A rule example as a snapshot: what `checkRuleExamples` runs the rule on. */
export { exampleSnapshot } from '../../src/example-snapshot.ts'

/** A snapshot from parts, headers lower-cased. */
export function snapshotOf(parts: {
  status: number
  headers: Record<string, string>
  body: string
  method?: string
  statusText?: string
  truncated?: boolean
}): Snapshot {
  const body = encoder.encode(parts.body)
  return {
    status: parts.status,
    statusText: parts.statusText ?? '',
    headers: Object.fromEntries(
      Object.entries(parts.headers).map(([k, v]) => [k.toLowerCase(), v]),
    ),
    body,
    text: parts.body,
    truncated: parts.truncated ?? false,
    wireLength: body.byteLength,
    ...(parts.method ? { method: parts.method } : {}),
  }
}
