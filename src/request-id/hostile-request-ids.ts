import { randomBytes, randomUUID } from 'node:crypto'

/**
 * A hostile inbound request ID: what to send, and what in a response shows it came back.
 *
 * @example
 * ```ts
 * import { hostileRequestIds, type HostileRequestId } from 'safe500'
 * const sendable: HostileRequestId[] = hostileRequestIds().filter((h) => !h.raw)
 * for (const { kind, header, value, markers } of sendable) {
 *   const res = await fetch(`${app.url}/boom`, { headers: { [header ?? 'x-request-id']: value } })
 *   const text = (await res.text()).toLowerCase()
 *   expect(markers.some((m) => text.includes(m.toLowerCase())), kind).toBe(false)
 * }
 * ```
 */
export interface HostileRequestId {
  /** What is hostile about it, e.g. `markup`, `8 KB`, `traceparent with an all-zero trace-id`. */
  readonly kind: string
  /** `traceparent` for the traceparent variants; `undefined` for the others (send them in any ID header). */
  readonly header: 'traceparent' | undefined
  /** The value to send. Non-ASCII text is given as its UTF-8 bytes in a latin1 string, which fetch sends as is. */
  readonly value: string
  /** Strings (compared case-insensitively) whose presence in a response shows the value was echoed. */
  readonly markers: readonly string[]
  /** Needs a raw socket: fetch and node:http refuse to send it. */
  readonly raw: boolean
}

/** A line that a CR/LF in a hostile ID would forge in a log; `findTrace()` looks for it. */
export const forgedLogLine = 'safe500-forged-line'

const alphabet = 'abcdefghijklmnopqrstuvwxyz234567'

function token(): string {
  let out = 's5r'
  for (const byte of randomBytes(16)) out += alphabet[byte & 31]
  return out
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex')

/**
 * A fresh set of hostile inbound request IDs, each with a unique marker: markup, 8 KB, non-ASCII,
 * a percent-encoded and a raw CR/LF that would forge a log line, and W3C traceparents a receiver
 * must ignore (all-zero trace-id or parent-id, upper-case hex, version ff, garbage).
 * `probeRequestId()` sends them all; send one yourself to test what your logs make of it.
 *
 * @example
 * ```ts
 * import { hostileRequestIds } from 'safe500'
 * const markup = hostileRequestIds().find((h) => h.kind === 'markup')!
 * const res = await fetch(url, { headers: { 'x-request-id': markup.value } })
 * expect(await res.text()).not.toContain(markup.markers[0])
 * ```
 */
export function hostileRequestIds(): HostileRequestId[] {
  const plain = (kind: string, make: (t: string) => string, raw = false): HostileRequestId => {
    const t = token()
    return { kind, header: undefined, value: make(t), markers: [t], raw }
  }
  const traceId = hex(16)
  const parentId = hex(8)
  const zeroTrace = hex(8)
  const zeroParent = hex(16)
  const upper = hex(16)
  const version = hex(16)
  const garbage = token()
  const traceparent = (kind: string, value: string, markers: string[]): HostileRequestId => ({
    kind,
    header: 'traceparent',
    value,
    markers,
    raw: false,
  })
  return [
    plain('markup', (t) => `<script>${t}</script>`),
    plain('8 KB', (t) => `${t}-${'a'.repeat(8192 - t.length - 1)}`),
    plain('non-ASCII', (t) => Buffer.from(`${t}-ünïcødé-日本-\u202e`, 'utf8').toString('latin1')),
    plain('percent-encoded CR/LF', (t) => `${t}%0D%0A${forgedLogLine}: ${t}`),
    plain('raw CR', (t) => `${t}\r${forgedLogLine}: ${t}`, true),
    traceparent('traceparent with an all-zero trace-id', `00-${'0'.repeat(32)}-${zeroTrace}-01`, [
      zeroTrace,
      '0'.repeat(32),
    ]),
    traceparent('traceparent with an all-zero parent-id', `00-${zeroParent}-${'0'.repeat(16)}-01`, [
      zeroParent,
    ]),
    traceparent(
      'traceparent in upper-case hex',
      `00-${upper.toUpperCase()}-${parentId.toUpperCase()}-01`,
      [upper],
    ),
    traceparent('traceparent with version ff', `ff-${version}-${hex(8)}-01`, [version]),
    traceparent('malformed traceparent', `00-<script>${garbage}</script>-01`, [garbage]),
    // A well-formed trace-id in a value of the wrong length: must be ignored too.
    traceparent('traceparent with extra fields', `00-${traceId}-${parentId}-01-${randomUUID()}`, [
      traceId,
    ]),
  ]
}
