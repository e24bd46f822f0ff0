import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { clip } from '../format/clip.ts'
import { isHostChar } from '../secrets/token-char.ts'

const ec2 =
  /\bip-(?:10-\d{1,3}-\d{1,3}-\d{1,3}|172-(?:1[6-9]|2\d|3[01])-\d{1,3}-\d{1,3}|192-168-\d{1,3}-\d{1,3})(?:\.[a-z0-9-]{2,30}\.compute\.internal|\.ec2\.internal)?(?![\w-])/g
// The end of a private cloud name; the labels before it are read back from it.
const suffixes =
  /\.internal\.cloudapp\.net\b|\.(?:rds|cache)\.amazonaws\.com\b|\.privatelink(?:\.[a-z0-9-]{1,63}){1,4}/g

// The names AWS's and Azure's documentation uses: account 123456789012, `example`, `xxxx`.
const documentation = /123456789012|example|xxxx/i

const keywords = [
  'ip-10-',
  'ip-172-',
  'ip-192-168-',
  '.internal.cloudapp.net',
  '.rds.amazonaws.com',
  '.cache.amazonaws.com',
  '.privatelink.',
]

/**
 * Cloud instance host names that encode a private address: EC2's `ip-10-0-0-1`
 * (`ip-172-31-5-9.eu-west-1.compute.internal`) and Azure's `*.internal.cloudapp.net`. Such names
 * leak through hostnames in request IDs (hapi) and proxy pages. Also the endpoints of managed
 * databases and caches as a driver's connection error names them: RDS and ElastiCache
 * (`*.rds.amazonaws.com`, `*.cache.amazonaws.com`) and Azure Private Link
 * (`shopdb.privatelink.database.windows.net`).
 *
 * @example
 * ```ts
 * 'served by ip-10-0-12-34.ec2.internal' // flagged
 * ```
 */
export const internalAddressCloudHost = defineRule({
  id: 'internal-address-cloud-host',
  category: 'internal-address',
  description:
    'Cloud instance host names: EC2 ip-10-x-x-x / ip-172-16..31-x-x / ip-192-168-x-x (with .ec2.internal, .compute.internal) and *.internal.cloudapp.net; managed database and cache endpoints (*.rds.amazonaws.com, *.cache.amazonaws.com, *.privatelink.*).',
  keywords,
  patterns: [ec2, suffixes, documentation],
  *detect(subject) {
    for (const view of subject.views) yield* scan(subject, view)
  },
  examples: {
    leaky: [
      '{"id":"1717000000000:ip-10-0-12-34:4242:lx2k9c:10001"}',
      'served by ip-172-31-5-9.eu-west-1.compute.internal',
      'upstream vm-orders-01.abcdefghijklmnop.ax.internal.cloudapp.net timed out',
      '{"error":"connect ETIMEDOUT shop-prod.cluster-c9akciq32.eu-west-1.rds.amazonaws.com:5432"}',
      'Redis connection to shop-cache.abc123.ng.0001.euw1.cache.amazonaws.com:6379 failed - connect ETIMEDOUT',
      '{"error":"connect ETIMEDOUT shopdb.privatelink.database.windows.net:1433"}',
    ],
    safe: [
      'ip-address-missing: please check your input',
      'Zip-10-digit codes are not supported',
      'ip-8-8-8-8 is a public resolver name',
      'Our status page: https://status.aws.amazon.com/ (see .rds.amazonaws.com notes)',
      'We use Azure Private Link (.privatelink zones) for our databases.',
      'Connect to mydbinstance.123456789012.us-east-1.rds.amazonaws.com from your VPC.',
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  const { text } = view
  for (const m of keywordMatches(subject, view, ec2, keywords)) {
    const octets = m[0].slice(3).split('.')[0]?.split('-').map(Number) ?? []
    if (octets.some((o) => o > 255)) continue
    yield {
      message: `names the cloud instance ${clip(m[0], 80)}`,
      view,
      span: [m.index, m.index + m[0].length],
    }
  }
  for (const m of keywordMatches(subject, view, suffixes, keywords)) {
    let from = m.index
    while (from > 0 && m.index - from < 200 && isHostChar(text.charCodeAt(from - 1))) from--
    if (from === m.index) continue
    const end = m.index + m[0].length
    if (documentation.test(text.slice(from, end))) continue
    yield {
      message: `names the cloud host ${clip(text.slice(from, end), 80)}`,
      view,
      span: [from, end],
    }
  }
}
