import { defineRule } from '../define-rule.ts'
import { standsAlone } from '../audit/stands-alone.ts'
import { clip } from '../format/clip.ts'

/**
 * Python's clients: requests' raise_for_status (`500 Server Error: Internal Server Error for url:
 * http://…`), aiohttp's ClientResponseError (`500, message='Internal Server Error',
 * url=URL('http://…')`), http.client and httpx on a dropped connection, requests' `('Connection
 * aborted.', …)`, urllib's `<urlopen error …>`, the reprs of their errors (`ReadTimeout('timed
 * out')`, `URLError(ConnectionRefusedError(111, …))`) and their classes in a traceback
 * (`httpx.ReadTimeout: timed out`).
 */
const python =
  /\b\d{3} (?:Client|Server) Error: [^\n]{0,100} for url: (?:https?|wss?):\/\/|\b\d{3}, message='[^'\n]{0,100}', url=URL\('|\bRemote end closed connection without response\b|\bServer disconnected(?: without sending a response)?|\('Connection aborted\.', |<urlopen error |\bURLError\(|\b(?:ReadTimeout|ConnectTimeout|WriteTimeout|PoolTimeout|ConnectError|ReadError|WriteError|RemoteProtocolError|RemoteDisconnected|ProtocolError)\((?:'|\\?"|[A-Z])|\('timed out'\)|\b(?:httpx|requests\.exceptions|urllib3\.exceptions|aiohttp\.client_exceptions)\.[A-Z]\w{1,60}\b|\btimed out\b/g

/**
 * Ruby's Net::HTTP and the clients built on it (Faraday, HTTParty, open-uri): `Net::ReadTimeout
 * with #<TCPSocket:(closed)>`, `end of file reached` (EOFError, whole or named), Faraday's `the
 * server responded with status 500` and its error classes; Errno::ETIMEDOUT's `Connection timed
 * out` as a JSON string's whole value (redis-rb passes it so), not as a page's words (a CDN's 522
 * page heads itself so).
 */
const ruby =
  /\bNet::(?:Read|Open|Write)Timeout\b|\bEOFError: end of file reached\b|\bend of file reached \(EOFError\)|(?<=")Connection timed out(?=\.?")|\bend of file reached\b|\bthe server responded with status \d{3}\b|\bFaraday::(?:ConnectionFailed|TimeoutError|SSLError|ServerError|ClientError|BadRequestError|UnauthorizedError|ForbiddenError|ResourceNotFound|ProxyAuthError|ConflictError|UnprocessableEntityError|NilStatusError|RetriableResponse)\b/g

/**
 * PHP's: libcurl's words as curl_error() gives them (`Empty reply from server`, `Operation timed
 * out after 300 milliseconds with 0 bytes received`), the http stream wrapper's warning
 * (`file_get_contents(http://…): Failed to open stream: HTTP request failed!`), Symfony's
 * HttpClient (`HTTP/1.1 500 Internal Server Error returned for "http://…"`, `Idle timeout reached
 * for "http://…"`) and Guzzle's BadResponseException (`Server error: `GET http://…` resulted in a
 * `500 Internal Server Error` response`).
 */
const php =
  /\bEmpty reply from server\b|\bOperation timed out after \d{1,9} milliseconds with \d{1,12} (?:out of -?\d{1,12} )?bytes received\b|\b(?:file_get_contents|fopen|file|copy|readfile|get_headers|simplexml_load_file)\((?:https?|ftps?):\/\/[^\s)]{1,300}\): [Ff]ailed to open stream: |\bHTTP\/\d(?:\.\d)? \d{3} [^"\n]{0,60} returned for "(?:https?|wss?):\/\/|\bIdle timeout reached for "(?:https?|wss?):\/\/|\b(?:Server|Client) error: `(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (?:https?):\/\/[^`\s]{1,300}` resulted in a `\d{3}/g

/**
 * The JVM's: Apache HttpClient (`NoHttpResponseException: host:port failed to respond`,
 * `HttpResponseException: status code: 500, reason phrase: …`, its `org.apache.http.*Exception`
 * classes), java.net.http (`HttpTimeoutException`, `HTTP/1.1 header parser received no bytes`),
 * OkHttp (`unexpected end of stream on Connection{…}`, a `Response{protocol=http/1.1, code=500,
 * …, url=…}` in a message) and HttpURLConnection (`Server returned HTTP response code: 500 for
 * URL: …`).
 */
const jvm =
  /\bNoHttpResponseException\b|\bstatus code: \d{3}, reason phrase: |\borg\.apache\.http\.(?:client\.|conn\.)?[A-Z]\w{0,60}Exception\b|\bHttp(?:Connect)?TimeoutException\b|\bHTTP\/1\.1 header parser received no bytes\b|\bunexpected end of stream on (?:Connection\{|https?:\/\/)|\bResponse\{protocol=(?:http\/1\.[01]|h2|h2_prior_knowledge|quic), code=\d{3}, message=|\bServer returned HTTP response code: \d{3} for URL: /g

/**
 * Perl's: HTTP::Tiny's internal 599 (`599 Internal Exception: Timed out while waiting for socket
 * to become ready for reading`), LWP's (`500 read timeout`, `Server closed connection without
 * sending any data back`), Mojo::UserAgent's (`Connection error: Premature connection close`, its
 * transaction's `'error' => {'message' => 'Request timeout'}` in a dump) and Furl's (`500
 * Internal Response: Failed to send HTTP request: …`).
 */
const perl =
  /\b599 Internal Exception: |\bTimed out while waiting for socket to become ready for (?:reading|writing)\b|\bUnexpected end of stream while looking for line\b|\bServer closed connection without sending any data back\b|\b500 read timeout\b|\bread timeout at (?:\/|[A-Za-z]:\\)|\bConnection error: (?:Connection refused|Premature connection close|Request timeout|Connect timeout|Inactivity timeout)\b|\bPremature connection close\b|'error' => \{\s{1,200}'message' => '(?:Connection refused|Request timeout|Connect timeout|Inactivity timeout)'|\b500 Internal Response: |\bFailed to send HTTP request: |\bUnexpected EOF while reading response header\b|\bCannot read response header: /g

/**
 * Go's, where `driver-error-http-client` and `driver-error-other-runtimes` do not reach: an error
 * printed with `%#v` (`&url.Error{Op:"Get", URL:"http://…", Err:(*net.OpError)(0xc…)}`, the
 * connect words hidden behind a pointer) and go-retryablehttp giving up (`GET http://…: giving up
 * after 2 attempt(s)`).
 */
const go =
  /&url\.Error\{Op:"|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (?:https?):\/\/[^\s]{1,300} giving up after \d{1,3} attempt\(s\)/g

/**
 * What these clients say that names nothing behind it counts only as the whole message an app
 * passed on (`{"error":"timed out"}`, `{"error":"end of file reached"}`), not inside a sentence
 * ("The payment timed out", "the end of file reached the printer").
 */
const bare = new Set(['timed out', 'end of file reached', 'Server disconnected'])

/**
 * Errors of the HTTP clients of Python, Ruby, PHP, the JVM, Go and Perl calling an upstream, as an app
 * passes them on: they name the upstream's URL, host or port, or say how the call failed
 * (timed out, dropped, answered 500). Node's clients, Go's, libcurl's numbered errors and others
 * are `driver-error-http-client`'s; TLS failures are `driver-error-tls`'s.
 *
 * @example
 * ```ts
 * '{"error":"500 Server Error: Internal Server Error for url: http://inventory:8080/v1/stock"}' // flagged
 * ```
 */
export const driverErrorHttpClientRuntimes = defineRule({
  id: 'driver-error-http-client-runtimes',
  category: 'driver-error',
  description:
    "HTTP client errors of Python (requests' 500 Server Error: ... for url: ..., aiohttp's 500, message='...', url=URL('...'), Remote end closed connection without response, Server disconnected, ('Connection aborted.', ...), <urlopen error ...>, ReadTimeout('timed out') and other reprs, httpx.* classes), Ruby (Net::ReadTimeout, EOFError: end of file reached, Faraday's the server responded with status 500 and Faraday::* classes), PHP (curl's Empty reply from server and Operation timed out after N milliseconds, file_get_contents(http://...): Failed to open stream:, Symfony HttpClient's HTTP/1.1 500 ... returned for and Idle timeout reached for, Guzzle's Server error: `GET http://...` resulted in a `500 ...`), the JVM (Apache HttpClient's NoHttpResponseException and status code: 500, reason phrase:, HttpTimeoutException, header parser received no bytes, OkHttp's unexpected end of stream on Connection{...} and Response{protocol=...}, Server returned HTTP response code: 500 for URL:) Go (&url.Error{Op:... printed with %#v, go-retryablehttp's giving up after N attempt(s)) and Perl (HTTP::Tiny's 599 Internal Exception:, LWP's 500 read timeout and Server closed connection without sending any data back, Mojo's Connection error: Premature connection close, Furl's 500 Internal Response:); timed out, end of file reached and Server disconnected only as the whole message.",
  keywords: [
    'client error: ',
    'server error: ',
    "', url=url('",
    'remote end closed connection without response',
    'server disconnected',
    "('connection aborted.', ",
    '<urlopen error ',
    'urlerror(',
    'timeout(',
    'connecterror(',
    'readerror(',
    'writeerror(',
    'protocolerror(',
    'remotedisconnected(',
    "('timed out')",
    'httpx.',
    'requests.exceptions.',
    'urllib3.exceptions.',
    'aiohttp.client_exceptions.',
    'timed out',
    'net::readtimeout',
    'net::opentimeout',
    'net::writetimeout',
    'end of file reached',
    'connection timed out',
    'the server responded with status ',
    'faraday::',
    'empty reply from server',
    ' milliseconds with ',
    ': failed to open stream: ',
    ' returned for "',
    'idle timeout reached for "',
    '` resulted in a `',
    'nohttpresponseexception',
    ', reason phrase: ',
    'org.apache.http.',
    'timeoutexception',
    'header parser received no bytes',
    'unexpected end of stream on ',
    'response{protocol=',
    'server returned http response code: ',
    '&url.error{op:"',
    ' giving up after ',
    '599 internal exception: ',
    'timed out while waiting for socket',
    'unexpected end of stream while looking for line',
    'server closed connection without sending any data back',
    '500 read timeout',
    'read timeout at ',
    'connection error: ',
    'premature connection close',
    "'error' => {",
    '500 internal response: ',
    'failed to send http request: ',
    'unexpected eof while reading response header',
    'cannot read response header: ',
  ],
  pattern: [python, ruby, php, jvm, go, perl],
  ignore: (m) => bare.has(m[0]) && !standsAlone(m.input, m.index, m.index + m[0].length),
  message: (m) => `shows an HTTP client error (${clip(m[0], 40)})`,
  examples: {
    leaky: [
      '{"error":"500 Server Error: Internal Server Error for url: http://inventory.shop.svc.cluster.local:8080/v1/stock/sku-1001"}',
      '{"error":"500, message=\'Internal Server Error\', url=URL(\'http://inventory:8080/v1/stock\')"}',
      '{"error":"Remote end closed connection without response"}',
      '{"error":"Server disconnected without sending a response."}',
      '{"error":"Server disconnected"}',
      '{"error":"(\'Connection aborted.\', RemoteDisconnected(\'Remote end closed connection without response\'))"}',
      '{"error":"<urlopen error [Errno 111] Connection refused>"}',
      '{"error":"URLError(ConnectionRefusedError(111, \'Connection refused\'))"}',
      '{"error":"ReadTimeout(\'timed out\')"}',
      '{"error":"TimeoutError(\'timed out\')"}',
      '{"error":"timed out"}',
      'httpx.ReadTimeout: timed out',
      '{"error":"Net::ReadTimeout with #<TCPSocket:(closed)>"}',
      '{"error":"#<EOFError: end of file reached>"}',
      '{"error":"end of file reached"}',
      'Puma caught this error: end of file reached (EOFError)',
      '{"error":"Connection timed out"}',
      '<h2>the server responded with status 500</h2>',
      '{"error":"#<Faraday::ConnectionFailed wrapped=#<Errno::ECONNREFUSED>>"}',
      '{"error":"Empty reply from server"}',
      '{"error":"Operation timed out after 300 milliseconds with 0 bytes received"}',
      '{"error":"file_get_contents(http:\\/\\/127.0.0.1:42151\\/v1\\/stock): Failed to open stream: HTTP request failed!"}',
      '<b>Warning</b>:  file_get_contents(http://inventory:8080/v1/stock): Failed to open stream: Connection refused in <b>/srv/app/index.php</b>',
      '{"error":"HTTP\\/1.1 500 Internal Server Error returned for \\"http:\\/\\/inventory:8080\\/v1\\/stock\\"."}',
      '{"detail":"Idle timeout reached for \\"http:\\/\\/pricing:9000\\/prices\\/42\\"."}',
      '{"error":"Server error: `GET http://inventory:8080/v1/stock` resulted in a `500 Internal Server Error` response"}',
      '{"error":"org.apache.http.NoHttpResponseException: inventory:8080 failed to respond"}',
      '{"error":"org.apache.http.client.HttpResponseException: status code: 500, reason phrase: Internal Server Error"}',
      '{"error":"java.net.http.HttpTimeoutException: request timed out"}',
      '{"error":"java.io.IOException: HTTP/1.1 header parser received no bytes"}',
      '{"error":"java.io.IOException: unexpected end of stream on Connection{inventory:8080, proxy=DIRECT}"}',
      '{"error":"java.io.IOException: Unexpected code Response{protocol=http/1.1, code=500, message=Internal Server Error, url=http://inventory:8080/v1/stock}"}',
      '{"error":"java.io.IOException: Server returned HTTP response code: 500 for URL: http://inventory:8080/v1/stock"}',
      '{"error":"&url.Error{Op:\\"Get\\", URL:\\"http://inventory:8080/v1/stock\\", Err:(*net.OpError)(0xc000188050)}"}',
      'GET http://inventory:8080/v1/stock giving up after 2 attempt(s)',
      '{"error":"inventory: 599 Internal Exception: Timed out while waiting for socket to become ready for reading\\n"}',
      '{"error":"500 Server closed connection without sending any data back at /srv/Shop.pm line 72.\\n"}',
      '{"error":"Connection error: Premature connection close at /srv/Shop.pm line 72.\\n"}',
      "$VAR1 = bless( {\n  'error' => {\n    'message' => 'Request timeout'\n  }\n}, 'Mojo::Transaction::HTTP' );",
      '{"error":"500 Internal Response: Failed to send HTTP request: Connection refused at /srv/Shop.pm line 110.\\n"}',
    ],
    safe: [
      'Your session timed out. Please sign in again.',
      '<p>The payment timed out; no charge was made.</p>',
      'We reached the end of file reached by the upload... please retry.',
      'Our server disconnected you after an hour of inactivity.',
      'Server disconnected? See our troubleshooting guide.',
      '500 Server Error: please retry later.',
      'Error: please try again. Server error: the page could not be loaded.',
      'The server responded with an error. Please retry.',
      'Operation timed out. Please try again.',
      'We could not open the file: failed to open stream of events.',
      'Your request returned for review: "Gift cards" needs approval.',
      'Status code: 500. Please contact support.',
      'Use our Faraday cage guide to shield the device.',
      'Net::HTTP is the library our SDK uses.',
      'We kept trying but are giving up after 3 attempts; please retry later.',
      'Connection error: please check your network and try again.',
      '{"error":"Request timeout"}',
      '<title>shop.example.com | 522: Connection timed out</title><h1><span class="inline-block">Connection timed out</span></h1>',
    ],
  },
})
