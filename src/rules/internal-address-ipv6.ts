import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { clip } from '../format/clip.ts'

const pattern =
  /(?<![\w:.])(?:f[cd][0-9a-f]{2}|fe[89ab][0-9a-f]):[0-9a-f:]{1,39}(?:%[\w.]{1,20})?(?![\w:])/gi

const keywords = ['fc', 'fd', 'fe8', 'fe9', 'fea', 'feb']

/**
 * Non-public IPv6 addresses: unique local fc00::/7 (including AWS's fd00:ec2::254 metadata
 * address) and link-local fe80::/10. Each candidate is parsed, so hex runs and MAC addresses pass.
 *
 * @example
 * ```ts
 * 'connect ECONNREFUSED fd12:3456:789a::1' // flagged
 * ```
 */
export const internalAddressIpv6 = defineRule({
  id: 'internal-address-ipv6',
  category: 'internal-address',
  description:
    'IPv6 unique local (fc00::/7) and link-local (fe80::/10) addresses, with zone index.',
  keywords,
  patterns: [pattern],
  *detect(subject) {
    for (const view of subject.views) yield* scan(subject, view)
  },
  examples: {
    leaky: [
      'Error: connect ECONNREFUSED fd12:3456:789a::1',
      '{"peer":"fe80::1ff:fe23:4567:890a%eth0"}',
      'metadata endpoint fd00:ec2::254 unreachable',
    ],
    safe: [
      'color: #fcfcfc; background: #fdfdfd',
      'MAC fe:80:12:34:56:78 is not an address we show',
      'Public address 2001:db8::1 (documentation range)',
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  for (const m of keywordMatches(subject, view, pattern, keywords)) {
    const zone = m[0].indexOf('%')
    if (!isIpv6(zone < 0 ? m[0] : m[0].slice(0, zone))) continue
    const kind = m[0][1]?.toLowerCase() === 'e' ? 'link-local' : 'unique local'
    yield {
      message: `shows the ${kind} IPv6 address ${clip(m[0], 45)}`,
      view,
      span: [m.index, m.index + m[0].length],
    }
  }
}

/** Groups of 1-4 hex digits, eight of them or fewer around one `::`. */
function isIpv6(text: string): boolean {
  const halves = text.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')))
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8
}
