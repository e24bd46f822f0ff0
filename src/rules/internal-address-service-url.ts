import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { afterCall } from '../audit/after-call.ts'
import { isServiceLabel, serviceMessage } from '../audit/service-label.ts'

/**
 * A URL whose host is one label, with a port or a path after it: `http://inventory-svc:8080/…`,
 * `postgres://app@orders-db:5432/shop`. The label is not checked here, only the ending: a dot
 * after it (a domain) is no match, nor is a user and password before a domain
 * (`http://orders_svc:4cah…@nosuch.svc.cluster.local`: `:4` is not a port there).
 */
const pattern =
  /\b(?:https?|wss?|grpcs?|amqps?|rediss?|postgres(?:ql)?|mysql|mariadb|mongodb|nats|kafka|tcp):\/\/(?:[\w.~%!$&'()*+,;=:-]{1,100}@)?([a-z][a-z0-9_-]{0,62})(:\d{1,5}(?![\w@])|\/)/g

const keywords = ['://']

/** Headers that carry the server's own address (its Location under a Compose name, say). */
const ownAddressHeaders = new Set(['host', 'location', 'content-location', 'link', 'refresh'])

/**
 * URLs an app called on a host of a single label, which only a private network resolves: a Docker
 * Compose service or a Kubernetes short name (`request to http://inventory-svc:8080/v1/stock
 * failed`, `upstream http://payments/v1`, `"url":"http://orders-api:3000/…"`, an inspected
 * config's `url: 'http://…'`, got's `is not valid JSON in "http://…"`). Only a URL named as a
 * call's (after a method, a client's words for the call, or in a `url` member) counts: a link
 * to `https://intranet/helpdesk`, a documentation URL (`curl http://app:3000/health`) or a problem
 * type pass. A URL names the host only with a port or a path after it; `localhost`
 * (internal-address-loopback's), documentation names (`http://host:port/`, `http://example/`),
 * and the server's own address in Location, Link or Refresh pass.
 *
 * @example
 * ```ts
 * 'request to http://inventory-svc:8080/v1/stock failed' // flagged
 * ```
 */
export const internalAddressServiceUrl = defineRule({
  id: 'internal-address-service-url',
  category: 'internal-address',
  description:
    'URLs an app called on a single-label host, as a private network names its services (Docker Compose, Kubernetes short names), after a method, a client\'s words for the call, an identity library\'s expected issuer or in a url member: request to http://inventory-svc:8080/..., "url":"http://orders-api:3000/...", expected http://keycloak:8080/realms/acme.',
  keywords,
  patterns: [pattern],
  *detect(subject) {
    for (const view of subject.views) {
      if (view.header !== undefined && ownAddressHeaders.has(view.header)) continue
      for (const m of keywordMatches(subject, view, pattern, keywords)) {
        const host = m[1] ?? ''
        if (!isServiceLabel(host) || !afterCall(view.text, m.index)) continue
        const start = m.index + m[0].length - host.length - (m[2] ?? '').length
        const end = start + host.length + (m[2] === '/' ? 0 : (m[2] ?? '').length)
        yield {
          message: serviceMessage(view.text.slice(start, end)),
          view,
          span: [start, end],
        }
      }
    }
  },
  examples: {
    leaky: [
      'request to http://inventory-svc:8080/v1/stock failed, reason: connect ECONNREFUSED',
      '{"error":"upstream http://payments/v1/charges answered 503"}',
      'Error: Redis connection to redis://cache:6379 failed',
      '{"error":"GET http:\\/\\/orders-api:3000\\/orders\\/42 timed out"}',
      '{"message":"timeout of 5000ms exceeded","config":{"url":"http://inventory:8080/v1/stock","method":"get"}}',
      '[POST] "http://ledger:4000/entries": 500 Internal Server Error',
      '{"error":"unexpected iss value, expected http://keycloak:8080/realms/acme, got: https://evil.example/"}',
      '{"error":"jwt issuer invalid. expected: http://keycloak:8080/realms/acme"}',
      "AxiosError: timeout of 300ms exceeded {\n  config: {\n    url: 'http://orders-svc:8080/v1/orders/42',",
      '{"error":"Unexpected token \'<\', \\"<html><bod\\"... is not valid JSON in \\"http://orders-svc:8080/v1/orders/42\\""}',
      '{"error":"Unexpected end of JSON input in \\"http://orders-api:36573/internal/v2/stock/42\\""}',
      'file_get_contents(http://orders-api:18083/v1/orders/42): Failed to open stream: HTTP request failed!',
    ],
    safe: [
      'Internal Server Error',
      'See https://status.example.com/incidents/42 and http://docs.acme.io:8080/errors.',
      'Configure the upstream as http://host:port/ or http://localhost:3000/.',
      '{"instance":"/orders/42","type":"https://errors.acme.io/problems/timeout"}',
      {
        status: 500,
        headers: { location: 'http://app:3000/error' },
        body: 'Internal Server Error',
      },
      'Set WEBPACK to webpack://app/src and chrome://settings/ stays local.',
      '{"error":"Internal Server Error","help":"See http://app:3000/docs/errors for more"}',
      '<p>Contact the <a href="https://intranet/helpdesk">help desk</a> or <a href="http://go/oncall">on-call</a>.</p>',
      '{"type":"http://errors/internal","title":"Internal Server Error"}',
      '<pre>curl http://app:3000/health</pre><root xmlns="http://schemas/errors"/>',
      // A HAL self-link under a Compose host, and a CORS origin.
      '{"error":"Internal Server Error","_links":{"self":{"href":"http://orders-api:8080/orders/42"}}}',
      '{"error":"CORS request failed","origin":"http://web:3000"}',
      'Configure it as url: http://host:port/ in your settings.',
      'We expected the page at http://app:3000/docs to load.',
      // A user and password before a domain: no host of one label.
      'cURL error 6: Could not resolve host for http://orders_svc:4cah94nJqWCUx5iZ@pay.example.com:8080/v1',
    ],
  },
})
