import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'
import { isAsciiLetter, isSchemeChar } from '../secrets/token-char.ts'

const pattern =
  /:\/\/([^\s:/?#"'<>\\]{0,200}):([^\s/?#@"'<>\\]{1,200})\\?@([\w.-]{1,255}|\[[0-9A-Fa-f:.]{2,60}\]|(?=:\d))/g
/**
 * A database's connection string whose password holds a `/` it should have escaped (Neon's
 * `Database connection string provided to neon() is not a valid URL (connection string:
 * postgresql://orders:…/…@ep-…)`): in these schemes a user, a colon and an `@` before any `?` or
 * `#` make the part between them a password, slashes and all.
 */
const databasePattern =
  /(?<=\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?)):\/\/([^\s:/?#"'<>\\]{1,200}):([^\s?#@"'<>\\]{1,200})\\?@([\w.-]{1,255}|\[[0-9A-Fa-f:.]{2,60}\]|(?=:\d))/g

/** Pairs that only appear in documentation. */
const docPairs = new Set([
  'user:pass',
  'user:password',
  'username:password',
  'login:password',
  'user:secret',
])

const keywords = ['://']

/**
 * A password inside a URL or connection string: `postgres://app:…@db:5432/shop`,
 * `mongodb+srv://…`, `redis://:…@cache`, `amqp://…`, `https://user:…@host`. Placeholders and
 * documentation hosts (example.com, .example, .test, .invalid) pass.
 *
 * @example
 * ```ts
 * 'postgres://app:s3cr3t-pw@10.0.0.3:5432/shop' // flagged, excerpt masked
 * ```
 */
export const secretUrlCredentials = defineRule({
  id: 'secret-url-credentials',
  category: 'secret',
  description:
    'Credentials in URLs and connection strings (scheme://user:password@host): postgres://, mysql://, mongodb+srv://, redis://, amqp://, https://.',
  keywords,
  patterns: [pattern, databasePattern],
  *detect(subject) {
    for (const view of subject.views) yield* scan(subject, view)
  },
  examples: {
    leaky: [
      `connect failed: postgresql://myadmin@mydemoserver:${sampleSecret(16, 1315)}@mydemoserver.postgres.database.azure.com:5432/postgres`,
      `{"error":"connect failed","url":"postgres://app:${sampleSecret(16, 1001)}@10.0.0.3:5432/shop"}`,
      // A host variable that expanded to nothing: the password still stands before the port.
      `{"error":{"code":"ERR_INVALID_URL","input":"postgres://orders:${sampleSecret(16, 1398)}@:5432/orders"}}`,
      `MongoServerSelectionError for mongodb+srv://svc-orders:${sampleSecret(20, 1002)}@cluster0.abcde.mongodb.net/orders`,
      `redis://:${sampleSecret(24, 1003)}@cache.internal:6379/0`,
      `amqp://guest:${sampleSecret(9, 1004)}@rabbit:5672`,
      `Database connection string provided to neon() is not a valid URL (connection string: postgresql://orders:${sampleSecret(10, 1404)}/${sampleSecret(8, 1405)}@ep-cool-darkness-123456.us-east-2.aws.neon.tech/shop?sslmode=require)`,
      `Config: { "orders_db" => "postgres://orders:${sampleSecret(16, 1005)}\\@db.internal:5432/orders" }`,
    ],
    safe: [
      'postgres://user:pass@db.example.com:5432/app',
      'postgres://app:${DB_PASSWORD}@db:5432/app',
      'See https://status.example.com/incidents/42 and https://docs.example.com:443/errors',
      'mongodb://admin:<password>@localhost:27017',
      'postgres://db.internal:5432/shop?user=orders&contact=ops@example.org',
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  yield* scanWith(subject, view, pattern)
  // A database URL without a slash in its password is `pattern`'s, found above.
  yield* scanWith(subject, view, databasePattern, '/')
}

function* scanWith(
  subject: Subject,
  view: TextView,
  pattern: RegExp,
  passwordHolds = '',
): Iterable<Hit> {
  for (const m of keywordMatches(subject, view, pattern, keywords)) {
    const [, user = '', password = '', host = ''] = m
    if (!password.includes(passwordHolds)) continue
    if (isPlaceholder(password) || docPairs.has(`${user}:${password}`.toLowerCase())) continue
    if (isDocumentationHost(host.toLowerCase())) continue
    const start = m.index + 3 + user.length + 1
    yield {
      message: `puts a password in a ${scheme(view.text, m.index)}URL`,
      view,
      span: [start, start + password.length],
      secret: true,
    }
  }
}

function isDocumentationHost(host: string): boolean {
  return (
    host === 'example.com' ||
    host === 'example.org' ||
    host === 'example.net' ||
    host.endsWith('.example.com') ||
    host.endsWith('.example.org') ||
    host.endsWith('.example.net') ||
    host.endsWith('.example') ||
    host.endsWith('.test') ||
    host.endsWith('.invalid')
  )
}

/**
 * Schemes named even with letters glued on before them (`…xxpostgres://`), longest first where
 * one ends another (`rediss` before `redis`).
 */
const knownSchemes = [
  'postgresql',
  'postgres',
  'cockroachdb',
  'mysqlx',
  'mysql',
  'mariadb',
  'mssql',
  'sqlserver',
  'oracle',
  'mongodb',
  'rediss',
  'redis',
  'valkey',
  'memcached',
  'amqps',
  'amqp',
  'clickhouse',
  'cassandra',
  'couchbase',
  'couchdb',
  'neo4j',
  'elasticsearch',
  'opensearch',
  'snowflake',
  'kafka',
  'nats',
  'mqtts',
  'mqtt',
  'https',
  'http',
  'sftp',
  'ftps',
  'ftp',
  'ldaps',
  'ldap',
  'smtps',
  'smtp',
  'imaps',
  'imap',
  'ssh',
  'git',
].sort((a, b) => b.length - a.length)

/** Longest an unknown scheme may be to be named as written. */
const maxUnknownScheme = 20

/**
 * The URL scheme before `://`, with a trailing space, or '' when there is none or it cannot be
 * told from letters glued on before it. A known scheme is named without what precedes it
 * (`xxpostgres` → `postgres `, `apppostgresql+psycopg2` → `postgresql+psycopg2 `); an unknown
 * one only when it stands on its own, starts with a letter and is short.
 */
function scheme(text: string, index: number): string {
  let from = index
  while (from > 0 && index - from < 30 && isSchemeChar(text.charCodeAt(from - 1))) from--
  if (from === index) return ''
  // `mongodb+srv`, `postgresql+asyncpg`: the first part that ends in a known name is the scheme's
  // name; the parts after it go with it.
  for (let start = from; start < index;) {
    let end = start
    while (end < index && text.charCodeAt(end) !== 0x2b) end++
    const part = text.slice(start, end).toLowerCase()
    const known = knownSchemes.find((s) => part.endsWith(s))
    if (known !== undefined) return `${text.slice(end - known.length, index)} `
    start = end + 1
  }
  const alone = from === 0 || !isSchemeChar(text.charCodeAt(from - 1))
  return alone && isAsciiLetter(text.charCodeAt(from)) && index - from <= maxUnknownScheme
    ? `${text.slice(from, index)} `
    : ''
}
