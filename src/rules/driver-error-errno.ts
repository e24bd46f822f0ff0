import { defineRule } from '../define-rule.ts'

/**
 * Node.js network error codes, with the host and port when the message names them
 * (`connect ECONNREFUSED 10.0.0.3:5432`, `getaddrinfo ENOTFOUND db.internal`). A bare code
 * (`read ECONNRESET`, `"code":"ETIMEDOUT"`) is flagged too: it is the driver's own wording and
 * tells a caller which backend call failed and how, which a generic page never needs to.
 *
 * @example
 * ```ts
 * 'connect ECONNREFUSED 10.0.0.3:5432' // flagged
 * ```
 */
export const driverErrorErrno = defineRule({
  id: 'driver-error-errno',
  category: 'driver-error',
  description:
    'Node.js socket and DNS error codes (ECONNREFUSED, ECONNRESET, ETIMEDOUT, EHOSTUNREACH, ENOTFOUND, EAI_AGAIN, EPIPE, ...), with or without the host:port they name.',
  keywords: [
    'econn',
    'etimedout',
    'esockettimedout',
    'ehost',
    'enet',
    'enotfound',
    'eai_',
    'epipe',
    'eaddr',
    'eproto',
  ],
  pattern:
    /\b(?:(?:connect|getaddrinfo|getnameinfo|querySrv|queryTxt|queryA|queryAaaa|read|write|listen|bind|send|recv) )?(ECONNREFUSED|ECONNRESET|ECONNABORTED|ETIMEDOUT|ESOCKETTIMEDOUT|EHOSTUNREACH|EHOSTDOWN|ENETUNREACH|ENETDOWN|ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|EPIPE|EADDRINUSE|EADDRNOTAVAIL|EPROTO)\b(?: ([\w.:[\]%-]{1,260}))?/g,
  message: (m) => {
    const host = m[2]
    return host !== undefined && (host.includes('.') || host.includes(':'))
      ? `names ${host.slice(0, 60)} in an ${m[1]} network error`
      : `shows the network error code ${m[1]}`
  },
  examples: {
    leaky: [
      'Error: connect ECONNREFUSED 10.0.0.3:5432',
      '{"errno":-3008,"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"payments.internal"}',
      'getaddrinfo EAI_AGAIN redis-master.cache.svc.cluster.local',
      '{"error":"read ECONNRESET"}',
      // A redirect to an error page, the message percent-encoded in its URL.
      {
        status: 500,
        headers: { location: '/error?msg=connect%20ECONNREFUSED%2010.0.0.5%3A5432' },
        body: 'Internal Server Error',
      },
      'connect ETIMEDOUT 172.31.9.14:443',
      'querySrv ENOTFOUND _mongodb._tcp.cluster0.abcde.mongodb.net',
    ],
    safe: [
      'The connection was refused. Please try again later.',
      '{"error":"Upstream unavailable","code":"UPSTREAM_TIMEOUT"}',
      'This site can’t be reached: ERR_CONNECTION_REFUSED is shown by your browser when offline.',
    ],
  },
})
