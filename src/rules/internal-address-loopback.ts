import type { RuleExample, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { afterCall } from '../audit/after-call.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { isSchemeChar } from '../secrets/token-char.ts'
import { jsonAnswer } from '../example-snapshot.ts'

const patterns = [
  /\blocalhost:\d{1,5}\b|(?<![\w.-])127\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{1,5}(?!\d)|\[::1\](?::\d{1,5})?|(?<![\w:])::1:\d{1,5}(?!\d)|(?<![\w.-])0\.0\.0\.0:\d{1,5}(?!\d)/g,
  // libpq: `connection to server at "127.0.0.1", port 5432`, and in its translations: `«127.0.0.1»,
  // puerto 5432`, `« 127.0.0.1 », port 5432`, `"127.0.0.1", порту 5432`, `"127.0.0.1"、ポート5432`.
  /(?<![\w.-])(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})(?: ?[»"])?(?:,? (?:[Pp]ort|puerto|porta|порту|порт|θύρα) |、ポート|上的服务器，端口)\d{1,5}\b/g,
  // MySQL: `Can't connect to MySQL server on '127.0.0.1' (111)`, its quotes escaped in a repr.
  /\bMySQL server on \\{0,2}'(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})\\{0,2}'/g,
  // Python's address tuple: `Connect call failed ('127.0.0.1', 5432)`.
  /\('(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})', \d{1,5}\)/g,
  // Erlang's and Elixir's address tuple (httpc's `{to_address,{"127.0.0.1",45691}}`, Elixir's
  // `{'127.0.0.1', 42853}` or `{~c"127.0.0.1", 42853}`), up to the port.
  /\{(?:~c)?["'](localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})["'],\s{0,3}(\d{1,5})(?=\})/g,
  // libpq's and DBI's connection strings: `host=127.0.0.1 port=5432`, `host=localhost;port=5432`.
  /\bhost=(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})[ ;]port=\d{1,5}\b/g,
  // A Node socket error serialized: `"address":"127.0.0.1","port":5432` (Prisma: `"host"`).
  // undici's socket: `"remoteAddress":"127.0.0.1","remotePort":46807`.
  /(?<![\w.-])(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})"\s{0,3},\s{0,3}"(?:port|remotePort|localPort)"\s{0,3}:\s{0,3}\d{1,5}\b/g,
  // Haskell's http-client showing the request it made: `host = "127.0.0.1"` above `port = 40589`.
  /\bhost {1,30}= "(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})"\s{1,10}port {1,30}= \d{1,5}\b/g,
  // urllib3's pools, as requests names them: `HTTPConnectionPool(host='127.0.0.1', port=43791)`.
  /\bhost='(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})', port=\d{1,5}\b/g,
  // Ruby's socket inspected: `#<TCPSocket:fd 12, AF_INET, 127.0.0.1, 47276>`.
  /\bAF_INET6?, (?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1), \d{1,5}>/g,
  // Racket's tcp-connect: `hostname: 127.0.0.1` above `port number: 36411`.
  /\bhostname: (?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})\r?\n {1,4}port number: \d{1,5}\b/g,
]
/** Where the URL whose `//` starts at `slashes` starts: at its scheme (`http:`), read back. */
function schemeStart(text: string, slashes: number): number {
  let at = text[slashes - 1] === ':' ? slashes - 1 : slashes
  while (at > 0 && slashes - at < 20 && isSchemeChar(text.charCodeAt(at - 1))) at--
  return at
}

/** Loopback host names as a URL's `hostname` gives them (`127.example.com` is none). */
function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]' || hostname === '0.0.0.0') return true
  const parts = hostname.split('.')
  return (
    parts.length === 4 &&
    parts[0] === '127' &&
    parts.every((part) => part !== '' && part.length <= 3 && !Number.isNaN(Number(part)))
  )
}

/**
 * The port the response came from, when its snapshot knows its URL and that URL is a loopback
 * one: a loopback URL on another port is no address of the app's own. `null` when the response
 * came from a host that is not a loopback one, so that no loopback URL is its own. Undefined when
 * the URL is unknown (a hand-made response, undici's `request()`, light-my-request).
 */
function ownPort(url: string | undefined): string | null | undefined {
  const parsed = url === undefined ? null : URL.parse(url)
  if (!parsed) return undefined
  if (!isLoopbackHost(parsed.hostname)) return null
  return parsed.port || (parsed.protocol === 'https:' ? '443' : '80')
}

/**
 * The port of an endpoint a pattern matched, the digits it ends in (`127.0.0.1:41339`,
 * `"127.0.0.1", port 5432`, `"address":"127.0.0.1", "port": 5432`), if it ends in any.
 */
function portOf(endpoint: string): string | undefined {
  let start = endpoint.length
  while (start > 0 && isDigit(endpoint.charCodeAt(start - 1))) start--
  return start < endpoint.length && start > 0 ? String(Number(endpoint.slice(start))) : undefined
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** A JSON 500 that came from `url`: a rule example whose response's own URL is known. */
function jsonFrom(url: string, body: string): RuleExample {
  return { ...jsonAnswer(500, body), url }
}

/** A JSON 500 that came from port 53211 of 127.0.0.1. */
function fromPort53211(body: string): RuleExample {
  return jsonFrom('http://127.0.0.1:53211/orders/42', body)
}

/** Whether a match ends a server signature in the body: `127.0.0.1:34997</address>`. */
function endsSignature(body: string, view: TextView, m: RegExpExecArray): boolean {
  if (view.header !== undefined) return false
  const [, end] = view.toBody(m.index, m.index + m[0].length)
  return body.startsWith('</address>', end)
}

/** Headers that carry the server's own address. */
const ownAddressHeaders = new Set(['host', 'location', 'content-location', 'link', 'refresh'])

const keywords = ['localhost', '127.', '::1', '0.0.0.0:']

/**
 * Loopback endpoints that show where a backend listens: `localhost:5432`, `127.0.0.1:6379`,
 * `[::1]:8080`, Node's `::1:5432`, `0.0.0.0:3000`, libpq's `"127.0.0.1", port 5432`, MySQL's
 * `server on '127.0.0.1'`, Python's `('127.0.0.1', 5432)`, Erlang's and Elixir's
 * `{"127.0.0.1",45691}` (httpc's `to_address`), urllib3's `HTTPConnectionPool(host='127.0.0.1',
 * port=5432)`, a connection string's `host=127.0.0.1 port=5432`, a serialized socket error's `"address":"127.0.0.1","port":5432` (undici's
 * `"remoteAddress":…,"remotePort":…`), Haskell's http-client request (`host = "127.0.0.1"` and
 * `port = 5432`), Racket's `hostname: 127.0.0.1` and `port number: 5432`, and a loopback URL an app called (`request to
 * http://127.0.0.1:41339/v1 failed`, `[GET] "http://localhost:4000/…"`: under test, the upstream's
 * address). A bare `localhost` or `127.0.0.1` without a port says little and passes; so does any
 * other loopback URL, which under test is usually the service's own address (connection strings
 * are `driver-error-connection-string`'s), unless the response's own URL is known
 * (`Snapshot.url`) and the URL, under a member such as `"url":`, is on another port, an ephemeral
 * one: an upstream's relayed in an error (`{"url":"http://127.0.0.1:40407/v1/orders/42"}`). An
 * endpoint on the port the response came from is the app's own, whatever its host is called.
 *
 * @example
 * ```ts
 * 'connect ECONNREFUSED 127.0.0.1:6379' // flagged
 * ```
 */
export const internalAddressLoopback = defineRule({
  id: 'internal-address-loopback',
  category: 'internal-address',
  description:
    'Loopback endpoints with a port, outside URLs (http-client\'s host = "127.0.0.1" and port = N among them), in a URL an app called (request to http://127.0.0.1:N/...), or in a URL under "url" on another, ephemeral port than the response came from (the response\'s own port passes): localhost:N, 127.x.x.x:N, [::1]:N, ::1:N, 0.0.0.0:N, "127.0.0.1", port N, (\'127.0.0.1\', N), Erlang\'s {"127.0.0.1",N}, urllib3\'s host=\'127.0.0.1\', port=N, a Ruby socket\'s AF_INET, 127.0.0.1, N, Racket\'s hostname: 127.0.0.1 and port number: N, host=127.0.0.1 port=N, "address":"127.0.0.1","port":N.',
  keywords,
  patterns,
  *detect(subject) {
    const own = ownPort(subject.snapshot.url)
    for (const view of subject.views) {
      // A server's own address in Host, Location or Link is where the test reached it.
      if (view.header !== undefined && ownAddressHeaders.has(view.header)) continue
      for (const pattern of patterns)
        for (const m of keywordMatches(subject, view, pattern, keywords)) {
          // Apache's `Server at 127.0.0.1 Port 8080` names the host the request came in on, and a
          // URL (`http://127.0.0.1:3000/orders/1`, `redis://localhost:6379`) is most often the
          // service's own address under test (connection strings are driver-error's), unless it
          // is one the app called: `request to http://127.0.0.1:41339/v1 failed`.
          const before = view.text.slice(Math.max(0, m.index - 10), m.index)
          if (before === 'Server at ' || before.endsWith('@')) continue
          // So does a signature's `… at 127.0.0.1:34997</address>` (Hunchentoot's), read in the body.
          if (before.endsWith(' at ') && endsSignature(subject.snapshot.text, view, m)) continue
          // The port the response came from, whatever the host is called, is the app's own.
          const port = portOf(m[0])
          if (typeof own === 'string' && port === own) continue
          // The slashes may be JSON-escaped, as PHP writes them (`http:\/\/127.0.0.1:3000`).
          const slashes = before.endsWith('//') ? 2 : before.endsWith('\\/\\/') ? 4 : 0
          // An address tuple's host and port (`{"127.0.0.1",45691}`) read as `127.0.0.1:45691`.
          const endpoint =
            m[1] !== undefined && m[2] !== undefined ? `${m[1]}:${m[2]}` : m[0].slice(0, 40)
          let message = `shows the loopback endpoint ${endpoint}`
          if (slashes > 0) {
            const at = schemeStart(view.text, m.index - slashes)
            // A member that may hold the request's own URL (`"url":`, `"baseUrl":`) holds another's
            // when the response came from another port, and the port is an ephemeral one, as a
            // server a test starts on port 0 gets: an upstream's, relayed in an error. A
            // configured URL (the front end's `http://localhost:5173`) is on a port of its own
            // choosing.
            const ephemeral = port !== undefined && Number(port) >= 32768
            if (!afterCall(view.text, at, { members: false })) {
              if (own === undefined || !ephemeral || !afterCall(view.text, at)) continue
              message += `, in a URL that is not this response's own address (${own === null ? 'not a loopback one' : `port ${own}`}) and on an ephemeral port: under test, a server the app called`
            }
          }
          yield { message, view, span: [m.index, m.index + m[0].length] }
        }
    }
  },
  examples: {
    leaky: [
      'Error: connect ECONNREFUSED 127.0.0.1:6379',
      'connect ECONNREFUSED ::1:5432',
      '{"error":"Net::ReadTimeout with #<TCPSocket:fd 12, AF_INET, 127.0.0.1, 47276>"}',
      '{"errors":[{"message":"HTTPConnectionPool(host=\'127.0.0.1\', port=43791): Max retries exceeded with url: /stock/42"}]}',
      'HttpExceptionRequest Request {\n  host                 = "127.0.0.1"\n  port                 = 40589\n  secure               = False\n}',
      '{"upstream":"localhost:8081","error":"timeout"}',
      'listening on 0.0.0.0:3000, proxy to [::1]:9000 failed',
      'connection to server at "127.0.0.1", port 5432 failed: Connection refused',
      'falló la conexión al servidor en «127.0.0.1», puerto 5432: FATAL:  no existe la base de datos «shop»',
      '{"error":"[Errno 111] Connect call failed (\'127.0.0.1\', 5432)"}',
      "(pymysql.err.OperationalError) (2003, \"Can\\'t connect to MySQL server on \\'127.0.0.1\\' ([Errno 111] Connection refused)\")",
      "<connection object at 0x7f3a; dsn: 'user=orders password=xxx dbname=shop host=127.0.0.1 port=5432', closed: 0>",
      '{"error":{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":5432}}',
      "(2003, \"Can't connect to MySQL server on '127.0.0.1' ([Errno 111] Connection refused)\")",
      '{"error":"Failed to fetch http://127.0.0.1:41339/v1/orders/42: fetch failed"}',
      '[GET] "http://localhost:41339/v1/orders/42": 502 Bad Gateway',
      '{"message":"Upstream error","upstream":"http://127.0.0.1:43423/v1/orders/42"}',
      '{"error":"request to http:\\/\\/127.0.0.1:41339\\/v1 failed"}',
      '{"socket":{"localAddress":"127.0.0.1","localPort":35146,"remoteAddress":"127.0.0.1","remotePort":46807}}',
      'exception error: no match of right hand side value {error, {failed_connect, [{to_address,{"127.0.0.1",40163}}, {inet,[inet],econnrefused}]}}',
      "** (MatchError) no match of right hand side value: {:error, {:failed_connect, [{:to_address, {'127.0.0.1', 42853}}, {:inet, [:inet], :econnrefused}]}}",
      '<pre>{failed_connect,\n    [{to_address,{&quot;127.0.0.1&quot;,42295}},\n     {inet,[inet],econnrefused}]}</pre>',
      '<pre>tcp-connect: connection failed\n  hostname: 127.0.0.1\n  port number: 36411\n  system error: Connection refused; errno=111</pre>',
      // The URL of the upstream an app relays, on another port than the response came from.
      fromPort53211(
        '{"error":"Error calling orders service","url":"http://127.0.0.1:40407/v1/orders/42"}',
      ),
      // An upstream the app names, whatever port it is on and wherever the response came from.
      jsonFrom(
        'https://staging.example.com/orders/42',
        '{"error":"Bad Gateway","upstream":"http://127.0.0.1:8080/v1"}',
      ),
    ],
    safe: [
      'Works on localhost, but not here.',
      '{"instance":"http://127.0.0.1:53211/orders/42","docs":"http://localhost:3000/docs"}',
      // The request's own URL, its slashes escaped as PHP writes them.
      '{"error":"Internal Server Error","instance":"http:\\/\\/127.0.0.1:53211\\/orders\\/42"}',
      // The request's own URL, as Nitro's error answer gives it.
      '{"error": true, "url": "http://127.0.0.1:37205/config-secret", "statusCode": 500}',
      // The same, the response's own URL known: the port is its own, whatever the host's name.
      jsonFrom(
        'http://127.0.0.1:37205/config-secret',
        '{"error": true, "url": "http://localhost:37205/config-secret", "statusCode": 500}',
      ),
      // A configured front end's URL is on a port of its own choosing, not an ephemeral one; the
      // response's own port, under any member and host name, is the app's.
      fromPort53211(
        '{"error":"Internal","baseUrl":"http://localhost:3000/support","target":"http://127.0.0.1:53211/orders/42","host":"localhost:53211"}',
      ),
      fromPort53211('{"error":"Internal","server":{"address":"127.0.0.1", "port": 53211}}'),
      // A link is no call, whatever its port.
      fromPort53211('{"error":"Internal Server Error","docs":"http://localhost:3000/docs"}'),
      'Loopback is 127.0.0.1 (see RFC 5735).',
      'Allowed hosts: {"127.0.0.1", "localhost"}; ports {8080}.',
      'Scheduled maintenance 01:00-03:00 UTC',
      '<address>Apache/2.4.57 (Debian) Server at 127.0.0.1 Port 8080</address>',
      "<address><a href='http://weitz.de/hunchentoot/'>Hunchentoot 1.2.38</a> (SBCL 2.2.9) at 127.0.0.1:34997</address>",
      {
        status: 500,
        headers: { Host: '127.0.0.1:35245', 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'Internal Server Error',
      },
    ],
  },
})
