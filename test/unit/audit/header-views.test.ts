import type { Category } from 'safe500'
import { auditSnapshot } from 'safe500'
import { describe, expect, test } from 'vitest'
import { sampleSecret } from '../../../src/secrets/sample-secret.ts'
import { snapshotOf } from '../../support/example-response.ts'

const uuid = '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c'
const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
/** A safe 500 in every other respect: generic JSON, its request ID, the usual headers. */
const audit500 = (name: string, value: string) =>
  auditSnapshot(
    snapshotOf({
      status: 500,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': uuid,
        [name]: value,
      },
      body: JSON.stringify({ error: 'Internal Server Error', requestId: uuid }),
    }),
  )

const password = ['hunter', '2pass'].join('')
const jwt = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNTE2MjM5MDIyfQ',
  sampleSecret(43, 1316),
].join('.')

// What timing and tracing middleware put in these headers (hono/timing's startTime, the
// server-timing package's setMetric, a Fastify onSend hook) and a flash message in a cookie.
const leaky: readonly (readonly [string, string, Category])[] = [
  ['server-timing', 'db;dur=53;desc="SELECT * FROM users WHERE email = $1"', 'sql-error'],
  ['server-timing', `db;desc="postgres://svc:${password}@10.0.3.7:5432/orders"`, 'secret'],
  [
    'server-timing',
    'err;desc="Error: boom at handler (/srv/app/src/routes/checkout.js:41:11)"',
    'stack-trace',
  ],
  [
    'server-timing',
    'cache;desc="redis-master.prod.svc.cluster.local:6379";dur=2',
    'internal-address',
  ],
  ['server-timing', 'upstream;desc="10.0.3.7:8080";dur=12', 'internal-address'],
  ['server-timing', 'pg-primary.orders.svc.cluster.local;dur=53', 'internal-address'],
  ['tracestate', 'acme=svc:orders-api.prod.svc.cluster.local', 'internal-address'],
  ['set-cookie', 'flash=relation "orders" does not exist; Path=/', 'sql-error'],
  // Server-Timing's quoted strings escape their quotes.
  ['server-timing', 'db;desc="select * from \\"orders\\" where \\"user_id\\" = $1"', 'sql-error'],
  ['server-timing', 'db;desc="relation \\"orders\\" does not exist"', 'sql-error'],
  // A request ID header is read too: an "ID" that names a host.
  ['x-request-id', '10.0.3.7:5432', 'internal-address'],
  ['x-amzn-requestid', 'ip-10-0-3-7.ec2.internal-1700000000-42', 'internal-address'],
  // Express's res.cookie() percent-encodes the value; a second cookie stands on its own line.
  [
    'set-cookie',
    'lang=en; Path=/\nflash=relation%20%22orders%22%20does%20not%20exist; Path=/',
    'sql-error',
  ],
]

// What CDNs, frameworks and tracers put there on a safe answer.
const safe: readonly (readonly [string, string])[] = [
  ['server-timing', 'db;dur=53.2;desc="Database"'],
  ['server-timing', 'total;dur=12.3, app;dur=47.2'],
  ['server-timing', 'cache;desc="Cache Read";dur=23.2, miss'],
  ['server-timing', `traceparent;desc="00-${traceId}-00f067aa0ba902b7-01"`],
  [
    'server-timing',
    'cfL4;desc="?proto=TCP&rtt=10227&min_rtt=9941&rtt_var=3186&sent=5&recv=6&lost=0&retrans=0&sent_bytes=3003&recv_bytes=822&delivery_rate=264312&cwnd=254&unsent_bytes=0&cid=b7b7eea5c1a6d3b4&ts=129&x=0"',
  ],
  ['server-timing', 'cfCacheStatus;desc="DYNAMIC", cfEdge;dur=8,cfOrigin;dur=0'],
  ['server-timing', 'ak_p; desc="1700000000000_400012345_67890123_5432_12345_0_0_-";dur=1'],
  ['server-timing', 'region;desc="europe-west3"'],
  ['server-timing', 'middleware;dur=0.4;desc="Middleware", render;dur=12.1;desc="Render"'],
  ['server-timing', 'dtSInfo;desc="0", dtRpid;desc="-1234567890"'],
  ['server-timing', `trace;desc="${traceId}"`],
  ['tracestate', 'rojo=00f067aa0ba902b7,congo=t61rcWkgMzE'],
  ['tracestate', 'dd=s:1;p:00f067aa0ba902b7;t.dm:-0'],
  [
    'tracestate',
    '33@nr=0-0-1234567-1234567890-a1b2c3d4e5f60718-e457b5a2e4d86bd1-1-1.2-1700000000000',
  ],
  ['set-cookie', `token=${jwt}; Path=/; HttpOnly; Secure; SameSite=Lax`],
  ['set-cookie', `__Secure-next-auth.session-token=${jwt}; Path=/; HttpOnly; Secure`],
  [
    'set-cookie',
    `connect.sid=s%3A${sampleSecret(32, 1317)}.${sampleSecret(43, 1318)}; Path=/; HttpOnly`,
  ],
  [
    'set-cookie',
    `csrftoken=${sampleSecret(32, 1319)}; expires=Sat, 22 Nov 2027 10:00:00 GMT; Max-Age=31449600; Path=/`,
  ],
  [
    'set-cookie',
    'laravel_session=eyJpdiI6IlBQSDZ0; Max-Age=7200; path=/; domain=shop.internal; httponly',
  ],
  ['set-cookie', 'AWSALB=/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYGBgYH; Path=/'],
  ['set-cookie', 'JSESSIONID=8F3A9C21B7D04E6F1A2B3C4D5E6F7081.node1; Path=/app; Secure'],
  ['set-cookie', 'BIGipServerpool_web=1677787402.36895.0000; path=/; Httponly; Secure'],
]

describe('Server-Timing, tracestate and Set-Cookie are read for leaks', () => {
  test.each(leaky)('%s: %s', (name, value, category) => {
    const findings = audit500(name, value).findings
    expect(findings.filter((f) => f.where === `header ${name}`).map((f) => f.category)).toContain(
      category,
    )
  })

  test.each(safe)('safe %s: %s', (name, value) => {
    expect(audit500(name, value).findings).toEqual([])
  })
})

test("a cookie's value is the client's own credential, not a secret leaked; a provider's key is", () => {
  // The same token in another header is a secret finding: the exception is the cookie's.
  expect(audit500('x-debug-token', `token=${jwt}`).findings.map((f) => f.category)).toContain(
    'secret',
  )
  expect(audit500('set-cookie', `token=${jwt}; Path=/`).findings).toEqual([])
  const stripe = ['sk', '_live_', sampleSecret(24, 1320)].join('')
  const report = audit500('set-cookie', `deploy=${stripe}; Path=/`)
  expect(report.findings.map((f) => f.rule)).toContain('secret-stripe-key')
  expect(JSON.stringify(report)).not.toContain(stripe)
})

test('cookies read as a Cookie header joins them, so an excerpt tells them apart', () => {
  const report = audit500(
    'set-cookie',
    'theme=dark; Path=/\nflash=Error: connect ECONNREFUSED 10.0.3.7:5432; Path=/',
  )
  const finding = report.findings.find((f) => f.rule === 'internal-address-private-ipv4')
  expect(finding?.excerpt).toBe('theme=dark; flash=Error: connect ECONNREFUSED »10.0.3.7:5432«')
})

test("a header's excerpt masks a named value and a bearer token no rule reported", () => {
  const value = 'call to 10.0.0.5:8080 failed, api_key=letmein-please'
  const finding = audit500('x-upstream-error', value).findings.find(
    (f) => f.rule === 'internal-address-private-ipv4',
  )
  expect(finding?.excerpt).toContain('»10.0.0.5:8080«')
  expect(finding?.excerpt).not.toContain('letmein-please')
})

test("a header's excerpt marks the match, cut around it in a long value", () => {
  const value = `${'app;dur=1, '.repeat(12)}db;desc="pg-primary.orders.svc.cluster.local:5432"`
  const finding = audit500('server-timing', value).findings.find(
    (f) => f.rule === 'internal-address-hostname',
  )
  expect(finding?.excerpt).toContain('»pg-primary.orders.svc.cluster.local')
  expect(finding?.excerpt?.startsWith('…')).toBe(true)
  expect(finding?.excerpt?.length).toBeLessThanOrEqual(84)
})
