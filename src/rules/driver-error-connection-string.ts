import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

const pattern =
  /\b(?:jdbc:[a-z]{2,20}:(?:thin:@)?|(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|nats|memcached|couchbase|neo4j(?:\+s)?|bolt):\/\/|(?:mysql|pgsql|dblib):(?:host|dbname|unix_socket)=|sqlsrv:[Ss]erver=|oci:dbname=)[^\s"'`<>\\]{2,300}/g

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
  'mysql:host=',
  'mysql:dbname=',
  'mysql:unix_socket=',
  'pgsql:host=',
  'pgsql:dbname=',
  'pgsql:unix_socket=',
  'dblib:host=',
  'dblib:dbname=',
  'dblib:unix_socket=',
  'sqlsrv:server=',
  'oci:dbname=',
]

/**
 * A database or broker connection string in the body (`postgres://…@db:5432/shop`,
 * `mongodb+srv://…`, `redis://…`, `jdbc:postgresql://…`, PDO's `mysql:host=db;port=3306;dbname=shop`):
 * it names the backend's host, port and database. A password inside is also reported, and masked, by `secret-url-credentials`.
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
    'Database and broker connection strings: postgres://, mysql://, mongodb(+srv)://, redis(s)://, amqp(s)://, mssql://, jdbc:<driver>:, and PDO data source names (mysql:host=x;port=N;dbname=y, pgsql:, sqlsrv:Server=), naming host, port and database.',
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
      'Unable to connect to ZM db using dsn mysql:host=127.0.0.1;port=42439;dbname=zm;charset=utf8<br/><br/>SQLSTATE[HY000] [2002] Connection refused',
    ],
    safe: [
      'We use PostgreSQL and Redis (see https://status.example.com).',
      'redis:// URLs are described in our docs.',
      'Set the DSN (see the mysql: section of the manual) and try again.',
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

/** `host:port` (or the first host of a list, or a DSN's host and port), never the user or password. */
function endpoint(url: string): string {
  const slashes = url.indexOf('//')
  if (slashes < 0) {
    // A PDO data source name: `mysql:host=db.internal;port=3306;dbname=shop`.
    const params = new Map(
      url
        .slice(url.indexOf(':') + 1)
        .split(';')
        .map((part) => [
          part.slice(0, part.indexOf('=')).toLowerCase(),
          part.slice(part.indexOf('=') + 1),
        ]),
    )
    const host = params.get('host') ?? params.get('server')
    const port = params.get('port')
    if (host) return (port ? `${host}:${port}` : host).slice(0, 80)
  }
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
