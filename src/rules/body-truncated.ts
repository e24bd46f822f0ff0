import { defineRule } from '../define-rule.ts'

/**
 * Only the start of the body was read: it is longer than `maxBytes` (4 MiB unless set), or its
 * compressed stream was cut short. What was not read was not audited, so the response cannot pass
 * as safe; a safe 5xx body is a short generic sentence. A test that means to send such a body
 * raises `maxBytes`, or skips this rule.
 *
 * @example
 * ```ts
 * await expect(res).toBeSafe500() // a 5 MiB error page: body-truncated
 * await expect(res).toBeSafe500({ maxBytes: 8 * 1024 * 1024 }) // read and audited whole
 * ```
 */
export const bodyTruncated = defineRule({
  id: 'body-truncated',
  category: 'status',
  description:
    'Only the start of the body was read (it is longer than maxBytes, or its compressed stream was cut short), so the rest was not audited.',
  *detect({ snapshot }) {
    if (!snapshot.truncated) return
    const read = snapshot.body.byteLength.toLocaleString('en-US')
    yield {
      message: `was read only up to ${read} bytes, so the rest of the body was not audited: a body longer than maxBytes (raise it to audit the whole body) or a compressed body cut short`,
    }
  },
  examples: {
    leaky: [{ status: 500, body: 'Internal Server Error', truncated: true }],
    safe: [{ status: 500, body: 'Internal Server Error' }],
  },
})
