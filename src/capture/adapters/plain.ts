import { normalizeHeaders } from '../headers.ts'
import { defineAdapter } from '../raw.ts'

interface Plain {
  readonly status: number
  readonly statusText?: string
  readonly headers?: unknown
  readonly body?: unknown
  readonly method?: string
}

const encoder = new TextEncoder()

/** A plain `{ status, headers?, body? }`; the body a string, bytes, or a value sent as JSON. */
export const plain = defineAdapter<Plain>({
  name: 'plain object',
  accepts: (value): value is Plain =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Plain).status === 'number' &&
    Number.isInteger((value as Plain).status),
  read: (value, { maxBytes }) => {
    const { body } = value
    let bytes: Uint8Array
    if (body === undefined || body === null) bytes = new Uint8Array(0)
    else if (typeof body === 'string') bytes = encoder.encode(body)
    else if (body instanceof Uint8Array) bytes = body
    else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body)
    else bytes = encoder.encode(JSON.stringify(body))
    const truncated = bytes.byteLength > maxBytes
    return Promise.resolve({
      status: value.status,
      statusText: value.statusText ?? '',
      headers: normalizeHeaders(value.headers),
      body: truncated ? bytes.subarray(0, maxBytes) : bytes,
      truncated,
      ...(value.method ? { method: value.method } : {}),
    })
  },
})
