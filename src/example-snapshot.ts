import type { Snapshot } from './capture/snapshot.ts'
import type { RuleExample } from './rule.ts'

const encoder = new TextEncoder()

/** The headers of a safe 500, around an example given as a bare body string. */
const safeHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
}

/**
 * A rule example as the snapshot of the response it stands for. A bare string is the body of an
 * otherwise safe 500 (JSON when it starts with `{` or `[`, else text); a partial response keeps
 * exactly the headers it gives.
 *
 * @example
 * ```ts
 * exampleSnapshot('Project Falcon failed').headers['content-type'] // 'text/plain; charset=utf-8'
 * ```
 */
export function exampleSnapshot(example: RuleExample): Snapshot {
  const parts =
    typeof example === 'string'
      ? {
          status: 500,
          headers: {
            'content-type': /^\s*[[{]/.test(example)
              ? 'application/json; charset=utf-8'
              : 'text/plain; charset=utf-8',
            ...safeHeaders,
          },
          body: example,
        }
      : example
  const text = parts.body ?? ''
  const body = encoder.encode(text)
  return {
    status: parts.status ?? 500,
    statusText: parts.statusText ?? '',
    headers: Object.fromEntries(
      Object.entries(parts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    ),
    body,
    text,
    truncated: parts.truncated ?? false,
    wireLength: body.byteLength,
    ...(parts.method ? { method: parts.method } : {}),
    ...(parts.url ? { url: parts.url } : {}),
  }
}

/**
 * A rule example that is a JSON answer with `status` (a client error, say): the whole response,
 * Content-Type and all, where a bare string example would be a 500.
 *
 * @example
 * ```ts
 * jsonAnswer(400, '{"error":"size must be one of the following values: S, M, L"}')
 * ```
 */
export function jsonAnswer(status: number, body: string): Exclude<RuleExample, string> {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body }
}
