import { defineRule } from '../define-rule.ts'

/** Headers that name the backend that served the request. */
const backendHeaders: readonly string[] = [
  'x-backend-server',
  'x-backend',
  'x-backend-host',
  'x-upstream',
  'x-upstream-addr',
  'x-upstream-server',
  'x-real-server',
  'x-server-name',
  'x-hostname',
  'x-host',
  'x-node',
  'x-pod-name',
  'x-envoy-upstream-host',
  'x-served-by-host',
  // Exchange and Outlook on the web: the front-end and mailbox servers behind the request.
  'x-calculatedbetarget',
  'x-feserver',
  'x-beserver',
  // Squid: the cache host and port that looked the request up (`MISS from cache-3:3128`).
  'x-cache-lookup',
]

/** Squid's X-Cache-Lookup names its host: `MISS from cache-3:3128`. */
const squidLookup = / from [\w.-]{1,255}(?::\d{1,5})?\b/

/** Squid's Via names its own host: `1.1 cache-3.dc1 (squid/5.7)`. */
const squidVia = /\b1\.[01] (?!localhost )([\w.-]{1,255}) \(squid\b/

/** Backend headers expose the topology behind the proxy (ZAP 10039: X-Backend-Server). */
export const headerBackend = defineRule({
  id: 'header-backend',
  category: 'internal-address',
  description:
    "A header names the backend host that answered (X-Backend-Server, X-Upstream, X-Pod-Name, Exchange's X-CalculatedBETarget), or the proxy's own host (Squid's X-Cache-Lookup and Via).",
  *detect({ headers }) {
    for (const name of backendHeaders) {
      const value = headers[name]
      if (value === undefined || value.trim() === '') continue
      // A CDN's `X-Cache-Lookup: Cache Miss` names no host; Squid's `MISS from cache-3:3128` does.
      if (name === 'x-cache-lookup' && !squidLookup.test(value)) continue
      yield { message: `${name} names the backend host`, header: name, evidence: value }
    }
    const via = headers['via']
    const squid = via === undefined ? null : squidVia.exec(via)
    if (via !== undefined && squid)
      yield {
        message: `via names the Squid proxy's host ${squid[1]}`,
        header: 'via',
        evidence: via,
      }
  },
  patterns: [squidLookup, squidVia],
  examples: {
    leaky: [
      { status: 502, headers: { 'X-Backend-Server': 'app-7.prod.internal' }, body: 'Bad Gateway' },
      { status: 500, headers: { 'X-Pod-Name': 'checkout-6d9f7c-abcde' }, body: 'Error' },
      {
        status: 500,
        headers: { 'X-CalculatedBETarget': 'ex19-01.domain.corp', 'X-FEServer': 'EX19-FE01' },
        body: 'Error',
      },
      {
        status: 503,
        headers: { Via: '1.1 cache-3.dc1 (squid/5.7)', 'X-Cache-Lookup': 'MISS from cache-3:3128' },
        body: 'Service Unavailable',
      },
    ],
    safe: [
      { status: 502, headers: { 'X-Cache-Lookup': 'Cache Miss' }, body: 'Bad Gateway' },
      {
        status: 502,
        headers: { 'X-Request-Id': '0f8fad5b-d9cb-469f-a165-70867728950e' },
        body: 'Bad Gateway',
      },
      {
        status: 502,
        headers: { Via: '1.1 varnish (Varnish/7.1), 1.1 vegur' },
        body: 'Bad Gateway',
      },
    ],
  },
})
