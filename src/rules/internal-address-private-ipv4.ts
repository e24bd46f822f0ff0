import type { Hit, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

const pattern =
  /(?<![\w.-])(?:10|172|192|169|100)\.\d{1,3}\.\d{1,3}\.\d{1,3}(?::\d{1,5})?(?![\w-]|\.\d)/g

/** A version label just before the number: `version 10.2.1.4`, `APP_VERSION="10.4.12.3"`. */
const versionLabel = /(?:version|release|build|ver\.?)\s{0,3}[:=]?\s{0,3}["']?$/i

/**
 * Private and non-routable IPv4 addresses, with their port: RFC 1918 (10/8, 172.16/12,
 * 192.168/16), link-local 169.254/16 (with the cloud metadata address 169.254.169.254) and
 * carrier-grade NAT 100.64/10. Version numbers (`1.10.0.1`, `v10.0.0.1`, `10.0.19041.1`, `version
 * 10.2.1.4`) and public addresses pass. Loopback is `internal-address-loopback`'s.
 *
 * @example
 * ```ts
 * 'upstream 10.0.3.7:8080 timed out' // flagged
 * ```
 */
export const internalAddressPrivateIpv4 = defineRule({
  id: 'internal-address-private-ipv4',
  category: 'internal-address',
  description:
    'Private IPv4 addresses with optional port: 10/8, 172.16/12, 192.168/16, link-local 169.254/16 (cloud metadata), CGNAT 100.64/10.',
  keywords: ['10.', '172.', '192.168.', '169.254.', '100.'],
  patterns: [pattern, versionLabel],
  *detect({ views }) {
    for (const view of views) yield* scan(view)
  },
  examples: {
    leaky: [
      'Error: connect ECONNREFUSED 10.0.3.7:5432',
      '{"upstream":"172.31.9.14:8080","status":502}',
      '<p>Proxy error from 192.168.1.20</p>',
      'GET http://169.254.169.254/latest/meta-data/iam/security-credentials/ failed',
      'peer 100.64.12.9 closed the stream',
    ],
    safe: [
      'Running version 1.10.0.1 of the checkout service.',
      'Build 10.0.19041.1 released 10.12.2024; v10.0.0.1 notes at https://docs.example.com',
      'Our public edge is 203.0.113.7; see also 8.8.8.8, 172.32.0.1 and 192.169.1.1.',
      'Reduced latency by 10.5% (p99 100.2 ms).',
      'Request ID: 10.2.3-abc',
      '<script>window.APP_VERSION="10.4.12.3"</script><footer>Acme Desktop, version 10.2.1.4</footer>',
    ],
  },
})

function* scan(view: TextView): Iterable<Hit> {
  for (const m of view.text.matchAll(pattern)) {
    const colon = m[0].indexOf(':')
    const address = colon < 0 ? m[0] : m[0].slice(0, colon)
    const octets = address.split('.').map(Number)
    if (octets.some((o) => o > 255)) continue
    const kind = classify(octets[0] ?? 0, octets[1] ?? 0, address)
    if (kind === undefined) continue
    if (versionLabel.test(view.text.slice(Math.max(0, m.index - 24), m.index))) continue
    yield { message: `shows ${kind} ${m[0]}`, view, span: [m.index, m.index + m[0].length] }
  }
}

function classify(a: number, b: number, address: string): string | undefined {
  if (a === 10) return 'the private address'
  if (a === 172 && b >= 16 && b <= 31) return 'the private address'
  if (a === 192 && b === 168) return 'the private address'
  if (a === 169 && b === 254)
    return address === '169.254.169.254' || address === '169.254.170.2'
      ? 'the cloud metadata address'
      : 'the link-local address'
  if (a === 100 && b >= 64 && b <= 127) return 'the carrier-grade NAT address'
  return undefined
}
