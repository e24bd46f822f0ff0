import { defineRule } from '../define-rule.ts'

/** The standard reason phrases of the statuses a failing service sends. */
const phrases: Readonly<Record<number, string>> = {
  500: 'internal server error',
  501: 'not implemented',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
  505: 'http version not supported',
  507: 'insufficient storage',
  508: 'loop detected',
  511: 'network authentication required',
}

/** A custom HTTP/1.1 reason phrase can carry the error message into the status line. */
export const statusReason = defineRule({
  id: 'status-reason',
  category: 'status',
  description:
    'The reason phrase is not the standard one for the status (e.g. "500 DB timeout on 10.0.0.3").',
  *detect({ snapshot, status }) {
    const reason = snapshot.statusText.trim()
    const standard = phrases[status]
    if (reason === '' || standard === undefined || reason.toLowerCase() === standard) return
    yield {
      message: `the reason phrase is not the standard "${standard}"; a custom one can carry the error message`,
      evidence: reason,
    }
  },
  examples: {
    leaky: [
      { status: 500, statusText: 'DB timeout on 10.0.0.3', body: 'Internal Server Error' },
      { status: 502, statusText: 'Upstream payments returned ECONNRESET', body: 'Bad Gateway' },
    ],
    safe: [
      { status: 500, statusText: 'Internal Server Error', body: 'Internal Server Error' },
      { status: 503, statusText: '', body: 'Service Unavailable' },
    ],
  },
})
