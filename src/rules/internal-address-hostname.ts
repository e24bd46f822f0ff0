import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { isAsciiDigit, isTokenChar } from '../secrets/token-char.ts'
import { clip } from '../format/clip.ts'

// An internal zone ends the name, or `internal`/`intranet` stands as a label before a company's
// own domain (`db.internal.acme.net`, split-horizon DNS); Azure's `*.internal.cloudapp.net` is
// internal-address-cloud-host's.
const pattern =
  /\.(?:internal|localdomain|local|lan|corp|intranet|home\.arpa|consul|svc)(?![\w-]|\.[A-Za-z0-9])(?::\d{1,5}(?!\d))?|\.(?:internal|intranet)\.(?!cloudapp\.net)(?:[a-z\d-]{1,63}\.){1,3}(?:com|net|org|io|dev|cloud|co|app|tech|systems)(?![\w-]|\.[A-Za-z0-9])(?::\d{1,5}(?!\d))?/g

/** First labels that make `x.internal` a property path or message key, not a host. */
const notHosts = new Set([
  'error',
  'errors',
  'err',
  'exception',
  'exceptions',
  'message',
  'messages',
  'self',
  'this',
  'threading',
  'window',
  'global',
])

const keywords = [
  '.internal',
  '.local',
  '.lan',
  '.corp',
  '.intranet',
  '.home.arpa',
  '.consul',
  '.svc',
]

/**
 * Host names in internal-only zones: `*.internal` (with `*.ec2.internal`, `*.compute.internal`,
 * `metadata.google.internal`, `host.docker.internal`), `*.local` (with `*.svc.cluster.local`),
 * `*.localdomain`, `*.lan`, `*.corp`, `*.intranet`, `*.home.arpa`, Consul's `*.consul` and
 * Kubernetes' short `*.svc`; and names under an `internal` or `intranet` label of a company's own
 * domain (`db.internal.acme.net`). Dotfiles (`.env.local`),
 * file paths (`/srv/config.local`) and property paths (`errors.internal`) pass.
 *
 * @example
 * ```ts
 * 'upstream payments.svc.cluster.local:8443 refused' // flagged
 * ```
 */
export const internalAddressHostname = defineRule({
  id: 'internal-address-hostname',
  category: 'internal-address',
  description:
    'Internal host names: *.internal, *.local, *.svc.cluster.local, *.svc, *.consul, *.localdomain, *.lan, *.corp, *.intranet, *.home.arpa, and *.internal.<domain> (db.internal.acme.net).',
  keywords,
  patterns: [pattern],
  *detect(subject) {
    for (const view of subject.views) yield* scan(subject, view)
  },
  examples: {
    leaky: [
      'getaddrinfo ENOTFOUND db.internal',
      '{"upstream":"payments.default.svc.cluster.local:8443","error":"timeout"}',
      'GET http://metadata.google.internal/computeMetadata/v1/ failed',
      'Proxy Error: could not reach build01.corp:8080',
      'host.docker.internal:5432 refused the connection',
      '{"error":"upstream payments.service.consul:8443 unavailable"}',
      '{"error":"upstream payments.billing.svc:8080 unavailable"}',
      '{"error":"nosuch.svc.cluster.local"}',
      '{"input":"postgres://orders:x@orders-replica .payments.svc.cluster.local:5432/orders"}',
      'NIOConnectionError(host: "db.internal.acme.net", port: 5432)',
      '{"error":"orders-db.internal: Name or service not known"}',
      {
        status: 502,
        headers: { 'x-served-by': 'be_orders/app-03.dc1.acme.lan' },
        body: 'Bad Gateway',
      },
    ],
    safe: [
      'Copy .env.local.example to .env.local first.',
      '{"error":"errors.internal","message":"Something went wrong"}',
      'Open /srv/app/config.local in your editor',
      'We are a local business in Lyon.',
      'Visit https://www.example.com/internal-tools for help',
      'Call https://api.example.com/OrderService.svc/json/orders for the legacy API.',
      '{"code":"errors.internal.timeout.com"}',
      '<script>window.__MESSAGES__={"page.error.internal":"Interner Serverfehler","delivery.local":"Click & Collect"}</script>',
      '{"error":{"code":"server.internal","i18nKey":"api.internal","message":"Something went wrong."}}',
      '<style>a.internal{color:#36c}span.local {font-style:italic}</style><script>t.internal=!1;e.local&&go()</script>',
      'If you still use OrderService.svc, please migrate to the REST API.',
      'Breaking: classes in com.northwind.client.internal are no longer exported.',
      'Use https://gitlab.internal.yourcompany.com or ldaps://ldap.intranet.company.com:636 here.',
      'Reach the VM at VM_NAME.ZONE.c.PROJECT_ID.internal from inside the project.',
      '<a data-i18n="nav.intranet">Intranet</a><script>toast(i18n.t("checkout.pickup.local"))</script>',
      '{"error":"payments.internal","errorId":"checkout.internal","message":"Please try again."}',
      'See https://docs.internal.example.com/runbooks for the runbook.',
      {
        status: 502,
        headers: { 'x-config-file': '/etc/haproxy/conf.d/site.local', 'x-served-by': 'cache-fra1' },
        body: 'Bad Gateway',
      },
    ],
  },
})

/** A header value that starts with a name and a slash, as HAProxy's `<backend>/<server>`. */
function backendServer(view: TextView, slash: number): boolean {
  if (view.header === undefined || slash < 1 || slash > 100) return false
  for (let i = 0; i < slash; i++) if (!isTokenChar(view.text.charCodeAt(i))) return false
  return true
}

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  const { text } = view
  for (const m of keywordMatches(subject, view, pattern, keywords)) {
    let from = m.index
    while (from > 0 && m.index - from < 253 && isTokenChar(text.charCodeAt(from - 1))) from--
    if (from === m.index) continue
    const end = m.index + m[0].length
    const cluster = text.slice(from, end).includes('.cluster.local')
    // A Kubernetes name is a host even cut short (`orders-replica .payments.svc.cluster.local`, a
    // URL with a space in its host).
    if (cluster && text[from] === '.') from++
    const host = text.slice(from, m.index)
    // `.env.local`: a dotfile, not a host.
    if (host.startsWith('.') || host.startsWith('-') || host.endsWith('.')) continue
    // `/srv/config.local`: a path, while `//db.local` is a URL, and a header's `be_orders/app-03.lan`
    // HAProxy's backend and server (`X-Served-By: %b/%s`).
    if (text[from - 1] === '/' && text[from - 2] !== '/' && !backendServer(view, from - 1)) continue
    if (text[from - 1] === '\\') continue
    const labels = host.split('.')
    const first = labels[0] as string
    // `errors.internal`, `page.error.internal`: a message key, not a host.
    if (labels.some((label) => notHosts.has(label.toLowerCase()))) continue
    // `t.internal=!1`, `a.internal{color:…}`: minified code and CSS, not hosts.
    if (first.length === 1) continue
    // `com.acme.sdk.internal`, `kotlinx.coroutines.internal`: a package, not a host.
    if (packageRoots.has(first)) continue
    // `gitlab.internal.yourcompany.com`, `VM_NAME.ZONE.c.PROJECT_ID.internal`: documentation.
    if (
      labels.some(
        (label) => placeholderLabels.has(label.toLowerCase()) || isPlaceholderLabel(label),
      )
    )
      continue
    // EC2 names (`ip-10-0-0-1.ec2.internal`) are internal-address-cloud-host's.
    if (first.startsWith('ip-') && isAsciiDigit(first.charCodeAt(3))) continue
    // `span.local {`: a CSS selector.
    if (text[end] === '{' || (text[end] === ' ' && text[end + 1] === '{')) continue
    // `OrderService.svc`: a WCF service file; Kubernetes names are lower case.
    if (m[0] === '.svc' && host !== host.toLowerCase()) continue
    // A Kubernetes service's full name is a host in any member (`{"error":"orders.svc.cluster.local"}`,
    // Java's UnknownHostException message); other names may be message keys there.
    if (
      !cluster &&
      (text[from - 1] === '"' || text[from - 1] === "'") &&
      isKeyLike(text, from - 1, end)
    )
      continue
    // The names of documentation: `docs.internal.example.com`.
    const after = text.slice(m.index, end)
    if (after.includes('.example.') || placeholderDomains.some((d) => after.includes(d))) continue
    yield {
      message: `names the internal host ${clip(text.slice(from, end), 80)}`,
      view,
      span: [from, end],
    }
  }
}

/** First labels of a reversed package name (`com.acme.sdk.internal`), which no host has. */
const packageRoots = new Set([
  'com',
  'org',
  'io',
  'net',
  'java',
  'javax',
  'kotlinx',
  'androidx',
  'android',
])
/** Labels of documentation hosts: `gitlab.internal.yourcompany.com`. */
const placeholderLabels = new Set(['yourcompany', 'mycompany', 'company', 'yourdomain', 'domain'])
/** The same after the label: `ldap.intranet.company.com`. */
const placeholderDomains = ['.company.', '.yourcompany.', '.mycompany.', '.yourdomain.']

/** A label in capitals with an underscore: a placeholder (`PROJECT_ID`, `VM_NAME`). */
function isPlaceholderLabel(label: string): boolean {
  return label.includes('_') && label === label.toUpperCase() && label !== label.toLowerCase()
}

/** Members whose string value is a code or a message key: `"code":"server.internal"`. */
const keyMembers = new Set([
  'code',
  'type',
  'kind',
  'reason',
  'key',
  'id',
  'errorcode',
  'error',
  'errorid',
  'i18n',
  'translation',
])

/**
 * Whether the quoted string opening at `quote` and holding a name up to `end` is a JSON member
 * name (`"delivery.local":"Click & Collect"`) or the whole value of a member that holds codes and
 * message keys (`"code":"server.internal"`, `"i18nKey":"api.internal"`).
 */
function isKeyLike(text: string, quote: number, end: number): boolean {
  if (text[end] === '"' && (text[end + 1] === ':' || text.startsWith(' :', end + 1))) return true
  // `i18n.t("checkout.pickup.local")`, `$t('…')`, `data-i18n="nav.intranet"`.
  const before = text.slice(Math.max(0, quote - 10), quote)
  if (before.endsWith('t(') || before.endsWith('__(') || before.endsWith('data-i18n=')) return true
  // A code is the whole value; `"error":"orders-db.internal: Name or service not known"` is a
  // message naming a host.
  if (text[end] !== text[quote]) return false
  let i = quote - 1
  while (i > 0 && quote - i < 5 && (text[i] === ' ' || text[i] === ':')) i--
  if (text[i] !== '"' || !text.slice(i + 1, quote).includes(':')) return false
  const close = i
  while (i > 0 && close - i <= 40 && isTokenChar(text.charCodeAt(i - 1))) i--
  const member = text.slice(i, close).toLowerCase()
  return keyMembers.has(member) || member.endsWith('key') || member.endsWith('code')
}
