import { isSnapshot } from '../../capture/is-snapshot.ts'
import { describeValue } from '../../capture/describe-value.ts'
import { normalizeHeaders } from '../../capture/headers.ts'
import type { Snapshot } from '../../capture/snapshot.ts'
import { Safe500Error } from '../../errors.ts'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * A response whose body is already in memory, as a snapshot, without waiting: a snapshot, or an
 * object with `status` (or `statusCode`), `headers`, and a body in `text`, `payload` or `body`
 * (supertest, Fastify `inject()`, a plain object). A fetch Response must be read first.
 */
export function readSync(value: unknown, what: string): Snapshot {
  if (isSnapshot(value)) return value
  const v = value as Record<string, unknown> | null
  const status = typeof v?.['status'] === 'number' ? v['status'] : v?.['statusCode']
  if (v === null || typeof v !== 'object' || typeof status !== 'number') {
    throw new Safe500Error(
      'ERR_NOT_A_RESPONSE',
      `${what}: expected responses, received ${describeValue(value)}. Pass snapshots (await capture(res)) or responses whose body is already read (supertest, Fastify inject()).`,
    )
  }
  if (typeof v['clone'] === 'function' && 'bodyUsed' in v) {
    throw new Safe500Error(
      'ERR_NOT_A_RESPONSE',
      `${what}: a fetch Response's body has to be awaited, and this check is synchronous. Read each one first: const snapshots = await Promise.all(responses.map((r) => capture(r))).`,
    )
  }
  const body =
    typeof v['text'] === 'string'
      ? v['text']
      : typeof v['payload'] === 'string'
        ? v['payload']
        : (v['body'] ?? v['data'])
  const bytes =
    body === undefined || body === null
      ? new Uint8Array(0)
      : typeof body === 'string'
        ? encoder.encode(body)
        : body instanceof Uint8Array
          ? body
          : encoder.encode(JSON.stringify(body))
  return {
    status,
    statusText: typeof v['statusText'] === 'string' ? v['statusText'] : '',
    headers: normalizeHeaders(v['headers']),
    body: bytes,
    text: typeof body === 'string' ? body : decoder.decode(bytes),
    truncated: false,
  }
}
