import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { standsAlone } from '../audit/stands-alone.ts'
import { clip } from '../format/clip.ts'

const pattern =
  /\bUND_ERR_[A-Z_]{2,40}\b|\b(?:ConnectTimeout|HeadersTimeout|BodyTimeout|Socket|ClientDestroyed|RequestAborted|ResponseStatusCode|HeadersOverflow|ResponseExceededMaxSize)Error\b|\bResponseError: Response Error\b|\bConnect Timeout Error\b|\bother side closed\b|\bsocket hang up\b|\bfetch failed\b|\bNetwork connection lost\.|\bFailed to fetch\b|\bThe operation was aborted due to timeout\b|\bThis operation was aborted\b|\bThe user aborted a request\.|\binvalid json response body at https?:\/\/|\bSocket timeout\b|\bAxiosError\b|\b[Tt]imeout of \d{1,7}ms exceeded|\bClient network socket disconnected before secure TLS connection was established|\bTimeout awaiting '[a-z]{3,20}' for \d{1,7}ms|\bCannot connect to host [\w.:[\]-]{1,260} ssl:|\bConnect call failed \('|\bClient(?:Connector|ConnectorSSL|Payload|Response|OS)Error\b|\bServerDisconnectedError\b|\b[45]\d\d [A-Z][\w ]{1,60} from (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) https?:\/\/|\b(?:Get|Post|Put|Patch|Delete|Head|Options) (?:"https?:\/\/[^"\s]{1,300}"|https?:\/\/[^"\s]{1,300}): (?:EOF|unexpected EOF|dial tcp |read tcp |write tcp |context deadline exceeded|context canceled|net\/http: |x509: |tls: |http: |remote error: |proxyconnect |stopped after \d{1,3} redirects|lookup )|\b[45]\d\d (?:[A-Z][\w ]{0,60})?: (?:"\{"|"\[\{|\[\{"|"<(?:!DOCTYPE|html))|\b(?:Headers|Body) Timeout Error\b|\bResponse does not match the HTTP\/1\.1 protocol\b|\b(?:Response|Request) body length does not match content-length header\b|\bParse Error: (?:Expected HTTP\/|Invalid (?:header value char|character in (?:chunk size|Content-Length)|status code|transfer-encoding|response status)|Missing expected (?:CR|LF) after|Unexpected whitespace after header value|Content-Length can't be present with Transfer-Encoding|Response overflow)|\bstream has been aborted\b|\bContent-Length mismatch: expected \d{1,12} bytes, received \d{1,12}|\bRequest failed with status code [45]\d\d\b|\bResponse code [45]\d\d \([A-Z][\w ]{1,40}\)/g

/**
 * Clients of other runtimes: http4s (`using address inventory:8080 (unresolved: false)`), Ktor
 * (`Connect timeout has expired [url=…`), Bun's fetch (its message, or its error serialized:
 * `{"code":"ConnectionRefused","path":"http://…"}`), httpx's and reqwest's raise-for-status
 * (`Client error '404 Not Found' for url '…'`, `HTTP status server error (503 …) for url (…)`),
 * httpx's `All connection attempts failed` and reqwest failing to decode the upstream's body;
 * ky's timeout and network errors (`Request timed out: POST https://…`), node-fetch 2's and
 * minipass-fetch's timeout (`network timeout at: http://…`, Apollo Gateway's subgraph calls) and ofetch's
 * `[POST] "https://…": 502 Bad Gateway`, which name the upstream's method and URL; libcurl's
 * errors as Guzzle and PHP pass them on (`cURL error 6: Could not resolve host: payments-api (see
 * https://curl.haxx.se/libcurl/c/libcurl-errors.html)`): a number with libcurl's message (a link
 * to libcurl's error list alone is documentation); the GraphQL clients' network errors, Apollo
 * Client's `Response not successful: Received status code 500` and urql's `[Network] …`.
 */
const pattern2 =
  /\bnet::ERR_[A-Z][A-Z_]{2,60} at (?:https?|wss?|file):\/\/|\bNavigation timeout of \d{1,7} ms exceeded\b|\bSERVER_ERROR: Server returned HTTP status \d{3}\b|\bFailed to connect to (?:chromadb\. |Chroma\b)|\bRequest failed to reach Pinecone\.|\bWeaviate request timed out with message: |\b(?:page|frame)\.goto: Timeout \d{1,7}ms exceeded\b|\bRequest (?:timed out|failed due to a network error): (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|QUERY) (?:https?|wss?):\/\/|\bnetwork timeout at: (?:https?|wss?):\/\/|\[(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\] "(?:https?|wss?):\/\/[^"\s]{1,300}": |\busing address [\w.:[\]-]{1,260} \(unresolved: (?:true|false)\)|\b(?:Connect|Request|Socket) timeout has expired \[url=|\bUnable to connect\. Is the computer able to access the url\?|\bFor more information, pass `verbose: true` in the second argument to fetch\(\)|\b(?:Informational response|Redirect response|Client error|Server error|Invalid status code) '\d{3}[^'\n]{0,60}' for url '|\bHTTP status (?:client|server) error \(\d{3}[^()\n]{0,60}\) for url \(|\berror decoding response body(?:: | for url \()|\berror sending request for url \((?:https?|wss?):\/\/[^\s()]{1,300}\)|\bAll connection attempts failed\b|\bGraphQL Error \(Code: \d{3}\): \{|\bDeserialization error: to see the raw response, inspect the hidden field\b|"code"\s{0,3}:\s{0,3}"(?:ConnectionRefused|ConnectionClosed|ConnectionTimeout|FailedToOpenSocket)"\s{0,3},\s{0,3}"path"\s{0,3}:\s{0,3}"(?:https?|wss?|unix):|\bcURL error \d{1,3}: (?:Could not resolve (?:host|proxy): |Failed to connect to |(?:Operation|Connection|Resolving) timed out after |SSL certificate problem: |SSL: no alternative certificate subject name|OpenSSL SSL_(?:connect|read): |Recv failure: |Send failure: |Empty reply from server|Received HTTP code \d{3} from proxy|Failed sending data to the peer|Failure when receiving data from the peer|transfer closed with |gnutls_handshake\(\) failed|SSL connect error|Couldn't connect to server|Unknown SSL protocol error|error:[0-9A-F]{8}:)|\bResponse not successful: Received status code [1-5]\d\d\b|\[Network\] (?:fetch failed\b|[A-Z][A-Za-z ]{2,60}(?=["<\n\\]|$))/g

/** What every match of `pattern2` holds (lower case). */
const keywords2 = [
  'response not successful: received status code ',
  '[network] ',
  'request timed out: ',
  'net::err_',
  'navigation timeout of ',
  'server returned http status ',
  'failed to connect to chroma',
  'request failed to reach pinecone.',
  'weaviate request timed out with message: ',
  '.goto: timeout ',
  'request failed due to a network error: ',
  'network timeout at: ',
  '] "http',
  '] "ws',
  '(unresolved: ',
  'timeout has expired [url=',
  'is the computer able to access the url',
  'pass `verbose: true` in the second argument to fetch',
  "' for url '",
  ') for url (',
  'error decoding response body',
  'error sending request for url (',
  'all connection attempts failed',
  'graphql error (code: ',
  'inspect the hidden field',
  'connectionrefused"',
  'connectionclosed"',
  'connectiontimeout"',
  'failedtoopensocket"',
  'curl error ',
  'libcurl-errors.html',
]

/**
 * Phrases of Node's fetch that name nothing behind them: driver detail when their cause follows,
 * or when they stand alone as the message (`{"error":"fetch failed"}`, `checkout failed: fetch
 * failed`), the error's own words passed on; not inside a sentence (Varnish's "Backend fetch
 * failed", "We could not fetch failed orders").
 */
const barePhrases = new Set([
  'fetch failed',
  // workerd's (Cloudflare Workers) for a connection refused or reset under a fetch.
  'Network connection lost.',
  // A browser's fetch (a headless browser passing on the page's error).
  'Failed to fetch',
  'The operation was aborted due to timeout',
  'This operation was aborted',
  // node-fetch 2's AbortError (a timeout's signal), and web-push's request timing out.
  'The user aborted a request.',
  'Socket timeout',
])

/** What turns a bare "fetch failed" into driver detail: its cause follows. */
const causeMarkers = [
  'cause',
  'und_err',
  'econn',
  'enotfound',
  'etimedout',
  'eai_again',
  'getaddrinfo',
  'connect ',
]

/**
 * Errors of HTTP clients calling an upstream: undici (`UND_ERR_*`, `fetch failed` with its
 * cause or as the whole message), Node's `socket hang up`, axios and got timeouts, Spring's WebClient naming the upstream
 * (`500 Internal Server Error from GET http://inventory:8080/…`) and its RestTemplate quoting the
 * upstream's body (`500 Internal Server Error: "{…}"`), Go's `Get "http://…": EOF`; what undici,
 * Node's HTTP parser, axios and got say of a broken or failed answer (`Headers Timeout Error`,
 * `Parse Error: Expected HTTP/`, `Request failed with status code 502`); http4s, Ktor, Bun's fetch,
 * httpx, reqwest, ky, ofetch, graphql-request and the AWS SDK's deserialization error (see
 * `pattern2`).
 *
 * @example
 * ```ts
 * 'ConnectTimeoutError: Connect Timeout Error (attempted address: api.internal:443, timeout: 10000ms)' // flagged
 * ```
 */
export const driverErrorHttpClient = defineRule({
  id: 'driver-error-http-client',
  category: 'driver-error',
  description:
    "HTTP client errors: undici UND_ERR_* and its error classes, fetch failed with a cause or as the whole message (and fetch's The operation was aborted due to timeout, workerd's Network connection lost., a browser's Failed to fetch); Chromium's net::ERR_… at <url> and the navigation timeouts of Puppeteer and Playwright; @libsql/client over HTTP (SERVER_ERROR: Server returned HTTP status 401); the vector databases' clients (Failed to connect to Chroma, Request failed to reach Pinecone., Weaviate request timed out), socket hang up, other side closed, AxiosError, timeout of Nms exceeded, got timeouts; aiohttp: Cannot connect to host, Connect call failed and client error classes; Spring WebClient (500 Internal Server Error from GET http://...) and RestTemplate (500 Internal Server Error: \"{...}\"); Go (Get \"http://...\": EOF); undici's Headers/Body Timeout Error and protocol errors, Node's Parse Error, axios' Request failed with status code 5xx, got's Response code 5xx (...); http4s (using address host:port (unresolved: false)), Ktor (Connect timeout has expired [url=...]), Bun fetch (also serialized: \"code\":\"ConnectionRefused\",\"path\":\"http://...\"), httpx (Client error '404 Not Found' for url '...', All connection attempts failed), reqwest (HTTP status server error (...) for url (...), error decoding response body), ky (Request timed out: POST https://..., Request failed due to a network error: ...), node-fetch 2 and minipass-fetch (network timeout at: http://..., invalid json response body at http://..., The user aborted a request. as the whole message), web-push (Socket timeout as the whole message), ofetch ([POST] \"https://...\": 502 Bad Gateway), graphql-request (GraphQL Error (Code: 502): {...}), the AWS SDK (Deserialization error: to see the raw response...), superagent (Timeout of Nms exceeded), undici's ResponseError; libcurl via Guzzle and PHP (cURL error 6: Could not resolve host: ..., Guzzle's libcurl-errors.html link).",
  keywords: [
    'und_err_',
    'timeouterror',
    'socketerror',
    'clientdestroyederror',
    'requestabortederror',
    'responsestatuscodeerror',
    'headersoverflowerror',
    'responseexceededmaxsizeerror',
    'responseerror',
    'connect timeout error',
    'other side closed',
    'socket hang up',
    'fetch failed',
    'network connection lost.',
    'failed to fetch',
    'operation was aborted',
    'user aborted a request',
    'invalid json response body at ',
    'socket timeout',
    'axioserror',
    'ms exceeded',
    'secure tls connection',
    'timeout awaiting',
    'cannot connect to host',
    'connect call failed',
    'clientconnectorerror',
    'clientconnectorsslerror',
    'clientpayloaderror',
    'clientresponseerror',
    'clientoserror',
    'serverdisconnectederror',
    ...['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].flatMap((method) => [
      ` from ${method} http`,
      `${method} "http`,
      `${method} http`,
    ]),
    'headers timeout error',
    'body timeout error',
    'does not match the http/1.1 protocol',
    'length does not match content-length header',
    'parse error: ',
    'stream has been aborted',
    'content-length mismatch: ',
    'request failed with status code ',
    'response code ',
    ': "{"',
    ': "[{',
    ': [{"',
    ': "<!doctype',
    ': "<html',
    ...keywords2,
  ],
  patterns: [pattern, pattern2],
  *detect(subject) {
    for (const view of subject.views) {
      for (const m of view.text.matchAll(pattern)) {
        if (barePhrases.has(m[0]) && !standsAlone(view.text, m.index, m.index + m[0].length)) {
          const after = view.text.slice(m.index + m[0].length, m.index + 400).toLowerCase()
          if (m[0] !== 'fetch failed' || !causeMarkers.some((k) => after.includes(k))) continue
        }
        yield {
          message: `shows an HTTP client error (${clip(m[0], 40)})`,
          view,
          span: [m.index, m.index + m[0].length],
        }
      }
      for (const m of keywordMatches(subject, view, pattern2, keywords2)) {
        yield {
          message: `shows an HTTP client error (${clip(m[0], 40)})`,
          view,
          span: [m.index, m.index + m[0].length],
        }
      }
    }
  },
  examples: {
    leaky: [
      '{"error":"Response not successful: Received status code 500"}',
      '{"error":"[Network] Internal Server Error"}',
      '{"error":"[Network] fetch failed"}',
      '{"error":"error sending request for url (http://pricing.internal:9000/quote)"}',
      'TypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND payments.internal',
      '{"message":"fetch failed","cause":{"code":"UND_ERR_CONNECT_TIMEOUT"}}',
      '{"error":"fetch failed"}',
      '{"status":500,"error":"Network connection lost.","remote":true,"retryable":true}',
      '{"error":"Failed to fetch"}',
      '{"error":"net::ERR_CONNECTION_REFUSED at http://reports.internal:45237/invoices/ord_1042"}',
      '{"error":"Navigation timeout of 2000 ms exceeded"}',
      '{"error":"SERVER_ERROR: Server returned HTTP status 401"}',
      '{"error":"Failed to connect to Chroma"}',
      '{"error":"Request failed to reach Pinecone. This can occur for reasons such as network problems."}',
      '{"error":"Weaviate request timed out with message: Request timed out after 1ms"}',
      '{"error":"page.goto: Timeout 2000ms exceeded.\\nCall log:\\n  - navigating to \\"http://reports.internal:39733/invoices/42\\""}',
      '{"code":"unavailable","message":"checkout failed: fetch failed"}',
      '{"error":"The operation was aborted due to timeout"}',
      '<pre>This operation was aborted</pre>',
      'ConnectTimeoutError: Connect Timeout Error (attempted address: api.internal:443, timeout: 10000ms)',
      '{"error":"Timeout of 300ms exceeded"}',
      '{"error":"ResponseError: Response Error"}',
      '{"error":"GraphQL Error (Code: 502): {\\"response\\":{\\"status\\":502}}"}',
      '{"error":"Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object."}',
      'Error: socket hang up',
      'AxiosError: timeout of 5000ms exceeded',
      'SocketError: other side closed',
      '{"error": "Cannot connect to host 10.0.3.7:8080 ssl:default [Connect call failed (\'10.0.3.7\', 8080)]"}',
      "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 8080)",
      '{"detail":"Failed to retrieve active rules: 500 Internal Server Error from GET http://rule-inspector:8000/api/v1/rules/active"}',
      '{"error":"Get \\"http://inventory:8080/items/42\\": EOF"}',
      '{"message":"500 Internal Server Error: \\"{\\"status\\":500,\\"path\\":\\"/inventory/items/42\\"}\\""}',
      '500 Internal Server Error: [{"timestamp":"2021-06-01T12:00:00.000+00:00","status":500,"path":"/inventory/items/42"}]',
      '{"error":"Get http://inventory:8080/items/42: dial tcp 10.0.3.7:8080: connect: connection refused"}',
      '{"error":"Headers Timeout Error"}',
      '{"error":"Response does not match the HTTP/1.1 protocol (Expected HTTP/, RTSP/ or ICE/)"}',
      '{"error":"Parse Error: Expected HTTP/"}',
      '{"error":"Content-Length mismatch: expected 350 bytes, received 175 bytes"}',
      '{"error":"Request failed with status code 502"}',
      '{"error":"Response code 502 (Bad Gateway)"}',
      'Error connecting to http://inventory:8080 using address inventory:8080 (unresolved: false)',
      '{"error":"Connect timeout has expired [url=http://inventory:8080/api/items/42, connect_timeout=unknown ms]"}',
      '{"error":"Unable to connect. Is the computer able to access the url?","code":"ConnectionRefused"}',
      'The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()',
      '{"detail":"Client error \'404 Not Found\' for url \'http://inventory:8080/api/items/42\'"}',
      "Server error '503 Service Unavailable' for url 'http://pricing.internal/v1/quote'",
      '{"error":"HTTP status server error (502 Bad Gateway) for url (http://pricing:9000/quote)"}',
      '{"error":"error decoding response body: missing field `unit_price` at line 1 column 212"}',
      '{"detail":"All connection attempts failed"}',
      '{"code":"ConnectionRefused","path":"http://inventory:8080/items","errno":0}',
      '{"error":"Request timed out: POST https://payments.example.com/v1/charges"}',
      '{"error":"Request failed due to a network error: GET http://inventory:8080/items/42"}',
      '{"errors":[{"message":"network timeout at: http://reviews.shop.svc.cluster.local:4002/graphql"}]}',
      '{"error":"[POST] \\"https://payments.example.com/v1/charges\\": 502 Bad Gateway"}',
      '{"message":"[GET] \\"http://inventory:8080/stock\\": <no response> fetch failed"}',
      '{"message":"cURL error 6: Could not resolve host: payments-api (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://payments-api/v1/charges"}',
      'cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received',
      '{"error":"The user aborted a request."}',
      '{"error":"invalid json response body at http://inventory.internal:8080/v1/stock reason: Unexpected end of JSON input"}',
      '{"error":"Socket timeout"}',
      '{"error":"cURL error 35: error:0A000126:SSL routines::unexpected eof while reading (see https://curl.se/libcurl/c/libcurl-errors.html) for https://ledger.acme.io/v1"}',
    ],
    safe: [
      'We failed to fetch your invoices. Failed to fetch? Try again later.',
      'Network connection lost. Check your Wi-Fi and try again.',
      '<p>[Network] status: all systems normal.</p>',
      "Our PHP SDK surfaces libcurl's error numbers (see https://curl.se/libcurl/c/libcurl-errors.html).",
      'We hit an error sending request for url shortening. Please retry.',
      'Our partner returned an error decoding response body; no charge was made.',
      'We could not fetch your orders. Please try again.',
      'Backend fetch failed. Guru Meditation: XID 32770',
      'We could not fetch failed payments. The operation was aborted due to timeouts upstream.',
      'The request timed out. Please retry in a minute.',
      'Error 500 Internal Server Error: "Please retry"',
      'Get "Started" from our guide, or post "hello" to the forum.',
      '{"error":"502 Bad Gateway: \\"[object Object]\\""}',
      'Get "https://status.example.com": our live status page',
      '{"code":"ResponseError","message":"Something went wrong, please retry"}',
      // got's message when the upstream stops mid-body names nothing behind it.
      '{"error":"The server aborted pending request"}',
      'Example: 200 OK from GET https://api.example.com/v1/status',
      '{"error":"Parse Error: the date you entered is not valid"}',
      'Unable to connect to the payment service. Please try again.',
      'The connection was closed unexpectedly. Please try again.',
      'Your session timeout has expired. Please sign in again.',
      'The socket timeout is 30 seconds. The user aborted a request. Try again.',
      'Server error: we could not load the page for url shortener links. Please retry.',
      'We had an error decoding the response from our partner.',
      'Using address book entries (unresolved: 3) for delivery.',
      '{"code":"ConnectionRefused","path":"/checkout","message":"Our bank refused the connection."}',
      'Request timed out: please try again in a minute.',
      'We saw a network timeout at: checkout. Please try again.',
      '[GET] /orders failed: please try again.',
      'We hit a cURL error while loading your feed. Please try again.',
      'cURL error codes are listed in our integration guide.',
    ],
  },
})
