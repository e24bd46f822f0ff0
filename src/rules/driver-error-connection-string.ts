import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

const pattern =
  /\b(?:jdbc:[a-z]{2,20}:(?:thin:@)?|(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|nats|memcached|couchbase|neo4j(?:\+s)?|bolt):\/\/)[^\s"'`<>\\]{2,300}/g

const keywords = [
  'jdbc:',
  'postgres',
  'mysql://',
  'mariadb://',
  'mongodb',
  'redis',
  'amqp',
  'mssql://',
  'sqlserver://',
  'clickhouse://',
  'cockroachdb://',
  'nats://',
  'memcached://',
  'couchbase://',
  'neo4j',
  'bolt://',
]

/**
 * A database or broker connection string in the body (`postgres://…@db:5432/shop`,
 * `mongodb+srv://…`, `redis://…`, `jdbc:postgresql://…`): it names the backend's host, port and
 * database. A password inside is also reported, and masked, by `secret-url-credentials`.
 *
 * @example
 * ```ts
 * 'Cannot reach the orders database at postgres://orders:****@orders-db:5432/orders' // flagged
 * ```
 */
export const driverErrorConnectionString = defineRule({
  id: 'driver-error-connection-string',
  category: 'driver-error',
  description:
    'Database and broker connection strings: postgres://, mysql://, mongodb(+srv)://, redis(s)://, amqp(s)://, mssql://, jdbc:<driver>:, naming host, port and database.',
  keywords,
  patterns: [pattern],
  *detect(subject) {
    for (const view of subject.views) yield* scan(subject, view)
  },
  examples: {
    leaky: [
      '{"message":"Cannot reach the orders database at postgres://orders:****@orders-db.payments.svc.cluster.local:5432/orders: timeout after 5000 ms"}',
      'MongoParseError: Invalid scheme in mongodb+srv://cluster0.abcde.mongodb.net/shop?retryWrites=true',
      'Unable to acquire JDBC Connection [jdbc:postgresql://db.internal:5432/shop]',
      'Error: Redis connection lost (redis://cache:6379/0)',
    ],
    safe: [
      'We use PostgreSQL and Redis (see https://status.example.com).',
      'redis:// URLs are described in our docs.',
      '{"error":"Internal Server Error","requestId":"01J9ZQ4T7B8N3K5M6P2R4S6V8X"}',
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  for (const m of keywordMatches(subject, view, pattern, keywords)) {
    const url = m[0]
    yield {
      message: `names the backend ${endpoint(url)}`,
      view,
      span: [m.index, m.index + url.length],
    }
  }
}

/** `host:port` (or the first host of a list), never the user or password. */
function endpoint(url: string): string {
  const slashes = url.indexOf('//')
  let rest = slashes < 0 ? url.slice(url.indexOf(':') + 1) : url.slice(slashes + 2)
  const at = rest.lastIndexOf('@', firstOf(rest, '/?'))
  if (at >= 0) rest = rest.slice(at + 1)
  return rest.slice(0, firstOf(rest, '/?,;)]')).slice(0, 80)
}

/** Index of the first of `chars` in `text`, or its length. */
function firstOf(text: string, chars: string): number {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i] as string)) return i
  return text.length
}
