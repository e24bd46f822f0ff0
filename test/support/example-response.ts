import type { RuleExample, Snapshot } from 'safe500'

const encoder = new TextEncoder()

/**
 * A rule example as a snapshot. A bare string is the body of an otherwise safe 500 (JSON when it
 * looks like JSON, else text); a partial response keeps exactly the headers it gives.
 */
export function exampleSnapshot(example: RuleExample): Snapshot {
  if (typeof example === 'string') {
    const json = /^\s*[[{]/.test(example)
    return snapshotOf({
      status: 500,
      headers: {
        'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      },
      body: example,
    })
  }
  return snapshotOf({
    status: example.status ?? 500,
    headers: example.headers ?? {},
    body: example.body ?? '',
    ...(example.method ? { method: example.method } : {}),
    ...(example.statusText ? { statusText: example.statusText } : {}),
    ...(example.truncated ? { truncated: true } : {}),
  })
}

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
