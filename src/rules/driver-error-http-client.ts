import { defineRule } from '../define-rule.ts'

const pattern =
  /\bUND_ERR_[A-Z_]{2,40}\b|\b(?:ConnectTimeout|HeadersTimeout|BodyTimeout|Socket|ClientDestroyed|RequestAborted|ResponseStatusCode|HeadersOverflow|ResponseExceededMaxSize)Error\b|\bConnect Timeout Error\b|\bother side closed\b|\bsocket hang up\b|\bfetch failed\b|\bAxiosError\b|\btimeout of \d{1,7}ms exceeded|\bClient network socket disconnected before secure TLS connection was established|\bTimeout awaiting '[a-z]{3,20}' for \d{1,7}ms|\bCannot connect to host [\w.:[\]-]{1,260} ssl:|\bConnect call failed \('|\bClient(?:Connector|ConnectorSSL|Payload|Response|OS)Error\b|\bServerDisconnectedError\b|\b[45]\d\d [A-Z][\w ]{1,60} from (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) https?:\/\/|\b(?:Get|Post|Put|Patch|Delete|Head|Options) (?:"https?:\/\/[^"\s]{1,300}"|https?:\/\/[^"\s]{1,300}): (?:EOF|unexpected EOF|dial tcp |read tcp |write tcp |context deadline exceeded|context canceled|net\/http: |x509: |tls: |http: |remote error: |proxyconnect |stopped after \d{1,3} redirects|lookup )|\b[45]\d\d (?:[A-Z][\w ]{0,60})?: (?:"\{"|"\[\{|\[\{"|"<(?:!DOCTYPE|html))/g

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
 * cause), Node's `socket hang up`, axios and got timeouts, Spring's WebClient naming the upstream
 * (`500 Internal Server Error from GET http://inventory:8080/…`) and its RestTemplate quoting the
 * upstream's body (`500 Internal Server Error: "{…}"`), Go's `Get "http://…": EOF`.
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
    'HTTP client errors: undici UND_ERR_* and its error classes, fetch failed with a cause, socket hang up, other side closed, AxiosError, timeout of Nms exceeded, got timeouts; aiohttp: Cannot connect to host, Connect call failed and client error classes; Spring WebClient (500 Internal Server Error from GET http://...) and RestTemplate (500 Internal Server Error: "{...}"); Go (Get "http://...": EOF).',
  keywords: [
    'und_err_',
    'timeouterror',
    'socketerror',
    'clientdestroyederror',
    'requestabortederror',
    'responsestatuscodeerror',
    'headersoverflowerror',
    'responseexceededmaxsizeerror',
    'connect timeout error',
    'other side closed',
    'socket hang up',
    'fetch failed',
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
    ': "{"',
    ': "[{',
    ': [{"',
    ': "<!doctype',
    ': "<html',
  ],
  patterns: [pattern],
  *detect({ views }) {
    for (const view of views) {
      for (const m of view.text.matchAll(pattern)) {
        if (m[0] === 'fetch failed') {
          const after = view.text.slice(m.index + 12, m.index + 400).toLowerCase()
          if (!causeMarkers.some((k) => after.includes(k))) continue
        }
        yield {
          message: `shows an HTTP client error (${m[0].slice(0, 40)})`,
          view,
          span: [m.index, m.index + m[0].length],
        }
      }
    }
  },
  examples: {
    leaky: [
      'TypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND payments.internal',
      '{"message":"fetch failed","cause":{"code":"UND_ERR_CONNECT_TIMEOUT"}}',
      'ConnectTimeoutError: Connect Timeout Error (attempted address: api.internal:443, timeout: 10000ms)',
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
    ],
    safe: [
      'We could not fetch your orders. Please try again.',
      '{"error":"fetch failed"}',
      'The request timed out. Please retry in a minute.',
      'Error 500 Internal Server Error: "Please retry"',
      'Get "Started" from our guide, or post "hello" to the forum.',
      '{"error":"502 Bad Gateway: \\"[object Object]\\""}',
      'Get "https://status.example.com": our live status page',
      'Example: 200 OK from GET https://api.example.com/v1/status',
    ],
  },
})
