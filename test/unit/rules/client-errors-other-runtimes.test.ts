import { auditSnapshot } from 'safe500'
import { describe, expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

// Client and driver errors of Rust, Kotlin, Scala, Bun, Python, Elixir and Go as their 500 bodies
// show them, each found by its rule in JSON and in plain text; and close prose that passes.

const json = (value: unknown) =>
  snapshotOf({
    status: 500,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  })
const text = (body: string) =>
  snapshotOf({ status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body })

const rulesFound = (snapshot: ReturnType<typeof text>) =>
  auditSnapshot(snapshot, { skip: ['request-id', 'header', 'status'] }).findings.map((f) => f.rule)

const leaks: readonly (readonly [rule: string, message: string])[] = [
  [
    'driver-error-connect-message',
    'Os { code: 13, kind: PermissionDenied, message: "Permission denied" }',
  ],
  // A file's io::Error is no connection's: the runtime's raw error, not a driver's.
  [
    'exception-message-other-runtimes',
    'Os { code: 2, kind: NotFound, message: "No such file or directory" }',
  ],
  [
    'driver-error-connect-message',
    'Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }',
  ],
  [
    'driver-error-connect-message',
    'timed out waiting for connection: could not translate host name "orders-db" to address: Name or service not known',
  ],
  [
    'driver-error-connect-message',
    'connection not available and request was dropped from queue after 2000ms. This means requests are coming in',
  ],
  ['driver-error-connect-message', 'write CONNECT_TIMEOUT orders-db:5432'],
  ['driver-error-connect-message', 'write CONNECTION_CLOSED orders-db:5432'],
  ['driver-error-connect-message', 'write CONNECTION_ENDED /var/run/postgresql/.s.PGSQL.5432'],
  [
    'driver-error-http-client',
    'Error connecting to http://inventory:8080 using address inventory:8080 (unresolved: false)',
  ],
  [
    'driver-error-http-client',
    'Connect timeout has expired [url=http://inventory:8080/api/items/42, connect_timeout=unknown ms]',
  ],
  [
    'driver-error-http-client',
    'Request timeout has expired [url=http://pricing:9000/quote, request_timeout=5000 ms]',
  ],
  ['driver-error-http-client', 'Unable to connect. Is the computer able to access the url?'],
  [
    'driver-error-http-client',
    'The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()',
  ],
  [
    'driver-error-http-client',
    "Client error '404 Not Found' for url 'http://inventory:8080/api/items/42'",
  ],
  [
    'driver-error-http-client',
    "Server error '503 Service Unavailable' for url 'http://inventory:8080/api/items/42'",
  ],
  [
    'driver-error-http-client',
    'HTTP status server error (500 Internal Server Error) for url (http://pricing:9000/quote)',
  ],
  [
    'driver-error-http-client',
    'error decoding response body: missing field `unit_price` at line 1 column 212',
  ],
  ['driver-error-other-runtimes', 'connection was closed in the middle of operation'],
  [
    'driver-error-other-runtimes',
    'failed to connect: MySqlConnectOptions { host: "orders-db", port: 3306, username: "orders" }',
  ],
  ['driver-error-redis', 'redis: connection pool timeout'],
  ['driver-error-redis', 'redis: client is closed'],
  [
    'driver-error-mongodb',
    'connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism "SCRAM-SHA-256"',
  ],
  [
    'driver-error-mongodb',
    'connection(mongo-0.mongo:27017[-4]) socket was unexpectedly closed: EOF',
  ],
  ['driver-error-grpc', 'name resolver error: produced zero addresses'],
  [
    'driver-error-grpc',
    'connection error: desc = "transport: Error while dialing"; last resolver error: produced zero addresses',
  ],
  [
    'sql-error-orm-other',
    'error occurred while decoding column "total": mismatched types; Rust type `f64` (as SQL type `FLOAT8`) is not compatible with SQL type `NUMERIC`',
  ],
  ['sql-error-orm-other', 'error occurred while decoding column 2: unexpected null'],
  ['sql-error-orm-other', 'no rows returned by a query that expected to return at least one row'],
]

describe.each(leaks)('%s finds', (rule, message) => {
  test(`${message.slice(0, 60)} (text)`, () => {
    expect(rulesFound(text(message))).toContain(rule)
  })
  test(`${message.slice(0, 60)} (JSON)`, () => {
    expect(rulesFound(json({ error: message }))).toContain(rule)
  })
})

test("a file's io::Error, printed with {:?}, is no driver error", () => {
  const found = rulesFound(
    text('Os { code: 2, kind: NotFound, message: "No such file or directory" }'),
  )
  expect(found).toContain('exception-message-other-runtimes')
  expect(found).not.toContain('driver-error-connect-message')
})

const prose = [
  'Unable to connect to the payment service. Please try again.',
  'The socket connection was closed unexpectedly. Please try again.',
  'Connect timeout while calling a partner service. Please retry.',
  'Your session timeout has expired. Please sign in again.',
  'Database connection timed out (CONNECT_TIMEOUT). Please retry. (ref 8c1d)',
  'Inventory lookup failed (upstream returned 404).',
  'Client error: the url you entered is not valid.',
  'We could not translate the host name you entered to an address.',
  'Your connection was closed in the middle of the upload. Please try again.',
  'Your request was dropped from the queue after 20 minutes. Please try again.',
  'Our Redis connection pool timed out; please retry.',
  'An error occurred during connection handshake with your bank. Please retry.',
  'no healthy upstream',
  'We had an error decoding the response from our partner.',
  'An error occurred while decoding your upload. Please check the file.',
  'No rows were returned for your search.',
  'Set PgConnectOptions in the settings page to change the database.',
  'Error code 13: permission denied. Please sign in again.',
]

test.each(prose)('passes: %s', (message) => {
  expect(rulesFound(text(message))).toEqual([])
  expect(rulesFound(json({ error: message, requestId: '5f1c0d6e' }))).toEqual([])
})

describe('secret-assignment reads Rust {:?} of an optional secret', () => {
  const password = ['ps2', 'JJSa', '-i22', 'AiA'].join('')
  const options = (value: string) =>
    `failed to connect: PgConnectOptions { host: "orders-db", port: 5432, username: "orders", password: ${value}, database: Some("orders"), ssl_mode: Prefer }`
  const secretFinding = (body: string) =>
    auditSnapshot(text(body)).findings.find((f) => f.rule === 'secret-assignment')

  test('password: Some("…") is found, masked', () => {
    const found = secretFinding(options(`Some("${password}")`))
    expect(found).toBeDefined()
    expect(found?.excerpt).not.toContain(password)
    expect(found?.excerpt).toContain('»ps2J****«')
  })

  test('in a JSON string too', () => {
    const report = auditSnapshot(json({ error: options(`Some("${password}")`) }))
    const found = report.findings.find((f) => f.rule === 'secret-assignment')
    expect(found).toBeDefined()
    expect(found?.excerpt).not.toContain(password)
  })

  test.each([
    ['a mask', 'Some("****")'],
    ['a redaction', 'Some("[REDACTED]")'],
    ['a template', 'Some("${DB_PASSWORD}")'],
    ['tokio-postgres redacting it', 'Some(_)'],
    ['no password', 'None'],
  ])('%s passes', (_name, value) => {
    expect(secretFinding(options(value))).toBeUndefined()
  })

  test('a token field that is a word passes', () => {
    expect(secretFinding('Config { token: Some("refresh"), user: Some("orders") }')).toBeUndefined()
  })
})
