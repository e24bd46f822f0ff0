import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { isServiceLabel, serviceMessage } from '../audit/service-label.ts'

/**
 * A host of one label with a port, without a scheme, where a message says the app tried to reach
 * it (`connection to pricing:8080 refused`, `upstream pricing:8080 timed out`) or a member names
 * the upstream (`"upstream":"pricing:8080"`). Groups: the host and port of the first form, then
 * of the second.
 */
const pattern =
  /\b(?:connection to|connect to|connecting to|could not reach|unable to reach|failed to reach|upstream|backend|proxying to|proxy to|forwarding to)\s{1,3}["'`]?([a-z][a-z0-9-]{0,62}):(\d{2,5})(?![\w.:/-])|"(?:upstream|upstream_host|upstreamhost|backend|target|endpoint|broker)"\s{0,3}:\s{0,3}"([a-z][a-z0-9-]{0,62}):(\d{2,5})"/gi

const keywords = [
  'connection to',
  'connect to',
  'connecting to',
  'reach',
  'upstream',
  'backend',
  'proxying to',
  'proxy to',
  'forwarding to',
  '"target"',
  '"endpoint"',
  '"broker"',
]

/**
 * Services of a private network named by a host of one label and a port, without a scheme, where
 * the app says it tried to reach them (`connection to pricing:8080 refused`, `upstream
 * pricing:8080 timed out after 5000ms`) or a member names the upstream (`"upstream":
 * "pricing:8080"`): a Docker Compose service or a Kubernetes short name. A URL with such a host
 * is internal-address-service-url's; `localhost` is internal-address-loopback's. A time
 * (`upstream at 10:30`), a ratio or a name documentation puts in a host's place (`host:port`)
 * passes.
 *
 * @example
 * ```ts
 * 'connection to pricing:8080 refused' // flagged
 * ```
 */
export const internalAddressServicePort = defineRule({
  id: 'internal-address-service-port',
  category: 'internal-address',
  description:
    'A host of one label with its port, without a scheme, where the app says it tried to reach it or a member names the upstream: connection to pricing:8080 refused, upstream pricing:8080 timed out, "upstream":"pricing:8080".',
  keywords,
  patterns: [pattern],
  *detect(subject) {
    for (const view of subject.views)
      for (const m of keywordMatches(subject, view, pattern, keywords)) {
        const host = m[1] ?? m[3] ?? ''
        const port = m[2] ?? m[4] ?? ''
        const value = Number(port)
        if (!isServiceLabel(host) || value < 1 || value > 65535) continue
        const name = `${host}:${port}`
        const start = m.index + m[0].lastIndexOf(name)
        yield { message: serviceMessage(name), view, span: [start, start + name.length] }
      }
  },
  examples: {
    leaky: [
      'connection to pricing:8080 refused',
      '{"error":"upstream pricing:8080 timed out after 5000ms"}',
      '{"error":"no healthy upstream","upstream":"pricing:8080"}',
      'Error: could not reach orders-db:5432 within 3s',
      'proxying to inventory-svc:9000 failed: socket hang up',
    ],
    safe: [
      'Internal Server Error',
      'Configure the upstream as host:port, e.g. localhost:8080.',
      'The upstream at 10:30 was restarted; the backend is back.',
      '{"upstream":"payments","retryAfter":30}',
      '{"target":"checkout:v2","error":"Please try again."}',
      'connection to pricing.example.com:443 refused',
      'Time to reach 99:99 is unknown',
    ],
  },
})
