import type { Category, Report, RuleExample, Snapshot } from 'safe500'
import { auditSnapshot, formatReport, rules } from 'safe500'
import { describe, expect, test } from 'vitest'
import { exampleSnapshot, snapshotOf } from '../../support/example-response.ts'

// The categories of the second half of the catalogue: what these bodies are checked against.
const checked: readonly Category[] = [
  'sql-error',
  'driver-error',
  'secret',
  'internal-address',
  'version-disclosure',
]

/** A random-looking token, built at run time so that no secret-shaped literal sits in the repo. */
function fake(
  length: number,
  seed: number,
  alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789',
): string {
  let state = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648
    out += alphabet[state % alphabet.length] as string
  }
  return out
}
const join = (...parts: string[]) => parts.join('')
const base64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '')

const uuid = '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c'
const htmlHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-request-id': uuid,
}

function leaksIn(snapshot: Snapshot): Report['findings'] {
  return auditSnapshot(snapshot).findings.filter((f) => checked.includes(f.category))
}

// Safe 500 bodies as careful services, proxies and frameworks send them: none may give a finding
// in the categories above.
const safeBodies: readonly (readonly [string, RuleExample])[] = [
  [
    'Express in production',
    {
      status: 500,
      headers: htmlHeaders,
      body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Internal Server Error</pre>\n</body>\n</html>\n',
    },
  ],
  [
    'Hapi/Boom',
    '{"statusCode":500,"error":"Internal Server Error","message":"An internal server error occurred"}',
  ],
  ['NestJS', '{"statusCode":500,"message":"Internal server error"}'],
  [
    'problem+json with a urn:uuid instance',
    `{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"The request could not be completed. Quote the request id to support.","instance":"urn:uuid:${uuid}"}`,
  ],
  [
    'ASP.NET Core problem details with a traceparent',
    '{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred while processing your request.","status":500,"traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}',
  ],
  [
    'a ULID request ID and an ISO timestamp',
    '{"error":"internal_error","requestId":"01J9ZQ4T7B8N3K5M6P2R4S6V8X","timestamp":"2026-05-12T10:30:00.123Z"}',
  ],
  [
    'a hex reference in text',
    'Something went wrong on our side. Please try again later.\nReference: 7f3a2c1e9b4d4e0fa1b2c3d4e5f60718',
  ],
  [
    'a maintenance page with a status page and a support address',
    {
      status: 500,
      headers: htmlHeaders,
      body: '<main><h1>We will be right back</h1><p>Our team has been notified. Follow updates on <a href="https://status.example.com/incidents/2024-06-01">our status page</a> or write to <a href="mailto:support@shop.example">support@shop.example</a>.</p><p>Request ID: 3f1c0d6e</p></main>',
    },
  ],
  [
    'GraphQL Yoga masked error',
    '{"errors":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}',
  ],
  [
    'tRPC in production',
    '{"error":{"message":"Internal server error","code":-32603,"data":{"code":"INTERNAL_SERVER_ERROR","httpStatus":500,"path":"orders.get"}}}',
  ],
  [
    'version-like numbers in prose',
    'API v2.3.1 has had elevated error rates since 10:42 UTC (incident 2024-06-01-03). Error rate 10.5%, p99 100.2 ms. Build 10.0.19041.1.',
  ],
  [
    'public addresses in a docs link',
    'Name resolution failed on our side. If you run your own resolver, see https://docs.example.com/dns (for example 8.8.8.8, 1.1.1.1 or 203.0.113.10).',
  ],
  [
    'a CDN error page',
    {
      status: 502,
      headers: htmlHeaders,
      body: '<div class="cf-error-details"><h1>Bad gateway</h1><p>Error code 502</p><p>Ray ID: 8a1b2c3d4e5f6789 &bull; 2026-05-12 10:42:07 UTC</p></div>',
    },
  ],
  [
    'nginx with server_tokens off',
    {
      status: 502,
      headers: htmlHeaders,
      body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
  ],
  [
    'Spring Boot in production',
    '{"timestamp":"2026-05-12T10:42:07.123+00:00","status":500,"error":"Internal Server Error","path":"/api/orders"}',
  ],
  [
    "Rails' public 500 page",
    {
      status: 500,
      headers: htmlHeaders,
      body: '<div class="dialog"><h1>We\'re sorry, but something went wrong.</h1></div><p>If you are the application owner check the logs for more information.</p>',
    },
  ],
  [
    'English that sounds like SQL',
    'Please select a payment method from the list and try again. Where possible, use a saved card; update your details or delete from your wallet any expired card.',
  ],
  [
    'English about sessions and passwords',
    '{"error":"session_expired","message":"Your session token has expired. If you forgot your password, reset it at https://account.example.com/reset."}',
  ],
  [
    'redacted credentials',
    '{"error":"Internal Server Error","context":{"password":"[REDACTED]","apiKey":"****","token":"${TOKEN}"}}',
  ],
  [
    'a build hash and a W3C trace ID',
    '{"error":"Internal Server Error","build":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","trace":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}',
  ],
  [
    'a publishable payment key on an HTML page',
    {
      status: 500,
      headers: htmlHeaders,
      body: `<p>Checkout is unavailable.</p><script>const stripe = Stripe('pk_live_${fake(24, 3)}')</script>`,
    },
  ],
  [
    'an inline image',
    {
      status: 500,
      headers: htmlHeaders,
      body: '<img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="><p>Sorry, something broke.</p>',
    },
  ],
  [
    'an app upgrade notice',
    'This version of the app is no longer supported. Please update to version 4.12.0 or later (Android 14, iOS 17.4).',
  ],
  [
    'an incident number and dotted dates',
    'Retry after 30 seconds. Incident INC-2024-0042 opened 10.06.2024 at 10.30, last update 12.06.2024.',
  ],
  ['an edge location name', 'Served by edge-fra-03 (Frankfurt). Error 500. Reference #a1b2c3.'],
  [
    'licence and product words without versions',
    'Powered by open source: Apache License, Version 2.0; nginx; PostgreSQL and Redis. Express delivery is paused.',
  ],
  [
    'a request ID made of digits and dots',
    '{"error":"Internal Server Error","requestId":"1717000000000.10.2.3"}',
  ],
  [
    'an HTML form on the error page',
    {
      status: 500,
      headers: htmlHeaders,
      body: '<form action="/search"><label for="q">Search:</label><select name="scope"><option>All</option></select><input type="password" name="password" autocomplete="current-password"><button>Go</button></form>',
    },
  ],
  [
    'a local business and a docs path',
    'We are a local shop; see /help/internal-errors for what this page means.',
  ],
]

describe('safe 500 bodies give no finding in the sql, driver, secret, address and version categories', () => {
  test.each(safeBodies)('%s', (_name, example) => {
    expect(leaksIn(exampleSnapshot(example))).toEqual([])
  })
})

const ghp = join('gh', 'p_', fake(36, 11))
const awsKeyId = join('AK', 'IA', fake(16, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))
const jwt = [
  base64url({ alg: 'HS256', typ: 'JWT' }),
  base64url({ sub: 'user_42', iat: 1717000000 }),
  fake(43, 13),
].join('.')
const stripeKey = join('sk', '_live_', fake(40, 14))
const pemKey = [
  join('-----BEGIN', ' PRIVATE', ' KEY-----'),
  fake(64, 15),
  fake(64, 16),
  join('-----END', ' PRIVATE', ' KEY-----'),
].join('\\n')

// Leaky 500 bodies as real drivers, clients and servers word them, each with the category it must give.
const leakyBodies: readonly (readonly [string, Category, RuleExample])[] = [
  [
    'a node-postgres error serialised by the app',
    'sql-error',
    '{"error":{"length":105,"name":"error","severity":"ERROR","code":"42P01","position":"15","file":"parse_relation.c","line":"1392","routine":"parserOpenTable"}}',
  ],
  [
    'a PostgreSQL message echoed by Fastify',
    'sql-error',
    '{"statusCode":500,"error":"Internal Server Error","message":"duplicate key value violates unique constraint \\"users_email_key\\""}',
  ],
  [
    'a mysql2 error',
    'sql-error',
    '{"message":"Table \'shop.orders\' doesn\'t exist","code":"ER_NO_SUCH_TABLE","errno":1146,"sqlState":"42S02"}',
  ],
  [
    'node:sqlite',
    'sql-error',
    '{"message":"UNIQUE constraint failed: users.email","code":"ERR_SQLITE_ERROR","errcode":2067,"errstr":"constraint failed"}',
  ],
  [
    'a MongoDB duplicate key',
    'sql-error',
    'MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "a@b.c" }',
  ],
  [
    'Prisma',
    'sql-error',
    'PrismaClientKnownRequestError: \nInvalid `prisma.order.create()` invocation:\n\nUnique constraint failed on the fields: (`reference`)',
  ],
  [
    'Sequelize with its SQL',
    'sql-error',
    '{"name":"SequelizeDatabaseError","sql":"SELECT `id`, `total` FROM `orders` AS `Order` WHERE `Order`.`id` = 42;"}',
  ],
  [
    'Redis',
    'sql-error',
    'ReplyError: WRONGTYPE Operation against a key holding the wrong kind of value',
  ],
  [
    'SQL Server',
    'sql-error',
    "RequestError: Invalid object name 'dbo.Orders'. Incorrect syntax near 'WHERE'.",
  ],
  ['Oracle', 'sql-error', 'Error: ORA-00942: table or view does not exist'],
  [
    'Fastify echoing a refused connection',
    'driver-error',
    '{"statusCode":500,"error":"Internal Server Error","message":"connect ECONNREFUSED 10.0.3.7:5432"}',
  ],
  ['a DNS failure', 'driver-error', 'Error: getaddrinfo ENOTFOUND payments.internal'],
  [
    'undici fetch failed with its cause',
    'driver-error',
    '{"message":"fetch failed","cause":{"name":"ConnectTimeoutError","code":"UND_ERR_CONNECT_TIMEOUT","message":"Connect Timeout Error (attempted address: api.partner.example:443, timeout: 10000ms)"}}',
  ],
  ['pg-pool', 'driver-error', 'Error: timeout exceeded when trying to connect'],
  [
    'a TLS failure to an upstream',
    'driver-error',
    "Error: Hostname/IP does not match certificate's altnames: Host: billing. is not in the cert's altnames: DNS:*.example.com",
  ],
  [
    'grpc-js',
    'driver-error',
    '14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 10.0.0.9:50051',
  ],
  ['Go', 'driver-error', 'dial tcp 10.0.0.3:5432: connect: connection refused'],
  [
    'a private key in a config dump',
    'secret',
    `{"config":{"tls":{"cert":"server.crt","key":"${pemKey}"}}}`,
  ],
  ['a JWT echoed back', 'secret', `{"error":"invalid session","session":"${jwt}"}`],
  [
    'an AWS key ID',
    'secret',
    `Error: The AWS Access Key Id you provided does not exist (${awsKeyId})`,
  ],
  [
    'a database URL with its password',
    'secret',
    `Error: Cannot reach the orders database at postgres://orders:${fake(18, 17)}@10.0.3.7:5432/orders`,
  ],
  [
    'request headers echoed in a debug member',
    'secret',
    `{"error":"upstream 401","request":{"headers":{"authorization":"Bearer ${fake(40, 18)}"}}}`,
  ],
  [
    'a GitHub token in a git error',
    'secret',
    `fatal: could not read from https://${ghp}@github.com/acme/app.git`,
  ],
  [
    'an ADO.NET connection string',
    'secret',
    `Login failed: Server=tcp:sql,1433;User ID=sa;Password=${fake(14, 19)};Encrypt=true`,
  ],
  ['a Stripe error', 'secret', `{"error":{"message":"Invalid API Key provided: ${stripeKey}"}}`],
  ['the cloud metadata address', 'internal-address', 'Error: connect ETIMEDOUT 169.254.169.254:80'],
  [
    'a cluster service name',
    'internal-address',
    '{"error":"upstream timeout","upstream":"inventory.default.svc.cluster.local:8080"}',
  ],
  [
    "a hapi request ID with the host's name",
    'internal-address',
    '{"statusCode":500,"error":"Internal Server Error","id":"1717000000000:ip-10-0-12-34:4242:lx2k9c:10001"}',
  ],
  ['a unique local IPv6 address', 'internal-address', 'connect ECONNREFUSED fd12:3456:789a::1'],
  [
    "nginx's default 502 page",
    'version-disclosure',
    {
      status: 502,
      headers: htmlHeaders,
      body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n',
    },
  ],
  [
    "Apache's proxy error page",
    'version-disclosure',
    {
      status: 502,
      headers: htmlHeaders,
      body: '<h1>Proxy Error</h1><p>The proxy server received an invalid response from an upstream server.</p><hr><address>Apache/2.4.57 (Debian) Server at shop.example.com Port 443</address>',
    },
  ],
  [
    'the Werkzeug banner',
    'version-disclosure',
    {
      status: 500,
      headers: htmlHeaders,
      body: '<div class="footer">Brought to you by <strong class="arthur">DON\'T PANIC</strong>, your friendly Werkzeug powered traceback interpreter. Werkzeug/3.0.1 Python/3.11.7</div>',
    },
  ],
  [
    "Node's crash footer",
    'version-disclosure',
    "TypeError: Cannot read properties of undefined (reading 'id')\n\nNode.js v22.1.0",
  ],
  // grpc-js percent-encodes grpc-message; the header is read as the text it carries.
  [
    'a gRPC status through Envoy, its message percent-encoded',
    'sql-error',
    {
      status: 200,
      headers: {
        'content-type': 'application/grpc-web+proto',
        'grpc-status': '2',
        'grpc-message': 'pq:%20relation%20%22orders%22%20does%20not%20exist',
      },
      body: '',
    },
  ],
  [
    'a gRPC message with a stray %, the rest decoded',
    'sql-error',
    {
      status: 200,
      headers: {
        'grpc-status': '2',
        'grpc-message': '100%25 failed: relation%20%22orders%22%20does%20not%20exist %zz',
      },
      body: '',
    },
  ],
]

describe('leaky 500 bodies give a finding in their category', () => {
  test.each(leakyBodies)('%s: %s', (_name, category, example) => {
    const categories = leaksIn(exampleSnapshot(example)).map((f) => f.category)
    expect(categories).toContain(category)
  })
})

/** The secret texts a report's secret findings point at: the span in the body, or the header value. */
function secretsOf(snapshot: Snapshot, report: Report): string[] {
  return report.findings
    .filter((f) => f.category === 'secret')
    .map((f) =>
      f.span
        ? snapshot.text.slice(f.span.start, f.span.end)
        : (snapshot.headers[f.where.replace(/^header /, '')] ?? ''),
    )
}

const secretExamples: readonly (readonly [string, RuleExample])[] = [
  ...rules
    .filter((rule) => rule.category === 'secret')
    .flatMap((rule) =>
      rule.examples.leaky.map((e, i) => [`${rule.id} leaky example ${i}`, e] as const),
    ),
  ...leakyBodies.filter(([, c]) => c === 'secret').map(([name, , e]) => [name, e] as const),
]

describe('formatted findings never contain a full secret', () => {
  test.each(secretExamples)('%s', (_name, example) => {
    const snapshot = exampleSnapshot(example)
    const report = auditSnapshot(snapshot)
    const secrets = secretsOf(snapshot, report)
    expect(secrets.length).toBeGreaterThan(0)
    const text = formatReport(report)
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(3)
      expect(text).not.toContain(secret)
    }
  })

  test('a secret stays masked in the excerpt of every other finding around it', () => {
    const password = fake(20, 21)
    const snapshot = snapshotOf({
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': uuid },
      body: `connect ECONNREFUSED 10.0.3.7:5432 (postgres://orders:${password}@10.0.3.7:5432/orders)`,
    })
    const report = auditSnapshot(snapshot)
    const categories = new Set(report.findings.map((f) => f.category))
    expect(categories).toContain('secret')
    expect(categories).toContain('driver-error')
    expect(categories).toContain('internal-address')
    expect(formatReport(report)).not.toContain(password)
  })
})
