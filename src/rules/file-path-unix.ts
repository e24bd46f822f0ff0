import { echoesRequestPath } from '../audit/request-echo.ts'
import { defineRule } from '../define-rule.ts'
import { isAsciiAlnum } from '../secrets/token-char.ts'

// Roots that only servers use: a root and two segments (or a file) is a path, not a URL route.
const osRoots =
  'home|Users|root|usr|var|opt|srv|tmp|mnt|proc|private|Library|nix|snap|workspace|workspaces|builds|run'
// Roots that are also common URL routes (/app/settings): only with a source or config file.
const appRoots = 'app|code|src|build|dist|www|data|site|server'
const fileExtensions =
  'js|mjs|cjs|jsx|ts|mts|cts|tsx|py|pyc|rb|php|java|class|jar|kt|go|rs|cs|cshtml|vb|scala|ex|exs|erl|clj|swift|c|cc|cpp|h|hpp|pl|pm|lua|sh|vue|svelte|erb|jsp|aspx|dll|so|node|env|ini|conf|cfg|yml|yaml|toml|sock|log|lock|sqlite|db|pem|key|' +
  // Templates, as a template engine's error names the view: no site serves them as they are.
  'ejs|pug|jade|hbs|handlebars|njk|liquid|eta|mustache|twig|haml|jinja|j2|marko|tpl'

/**
 * JSON members that name the request's URL (Spring Boot's `path`, problem+json's `instance`):
 * their value is a route, not a file, unless it ends in a file name.
 */
const urlMembers = new Set([
  'path',
  'instance',
  'url',
  'uri',
  'href',
  'route',
  'requestpath',
  'request_path',
  'requesturi',
  'request_uri',
])

/** True when the match is the value of a URL member and does not end in a file name. */
function isRoute(match: RegExpExecArray): boolean {
  const text = match.input
  // Back from the match over `"name" : "`, blanks allowed around the colon.
  let i = match.index - 1
  if (text[i] !== '"') return false
  i--
  while (i >= 0 && match.index - i < 8 && text[i] === ' ') i--
  if (text[i] !== ':') return false
  const colon = i
  i--
  while (i >= 0 && colon - i < 8 && text[i] === ' ') i--
  if (text[i] !== '"') return false
  const close = i
  // The name's opening quote, within 20 characters (no search further back).
  let open = close - 1
  while (open >= 0 && close - open <= 20 && text[open] !== '"') open--
  if (open < 0 || text[open] !== '"') return false
  const member = text.slice(open + 1, close).toLowerCase()
  if (!urlMembers.has(member)) return false
  // A route ends in no `.ext`, but in Spring Boot's error body `path` is the request's URI,
  // whatever it ends in, and in a Node.js error with a `syscall` it is a file or a folder.
  if (member === 'path' && inSyscallError(text, open)) return false
  return !endsInFile(wholePath(match)) || (member === 'path' && inSpringError(text, open))
}

/** How far back from a member the start of its object is looked for. */
const objectReach = 400

/** The members of the object the member at `at` belongs to, up to it. */
function objectBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - objectReach), at)
  return before.slice(before.lastIndexOf('{') + 1)
}

/** True when the member at `at` belongs to a Node.js system error: `{…,"syscall":"mkdir","path":…}`. */
function inSyscallError(text: string, at: number): boolean {
  return objectBefore(text, at).includes('"syscall":')
}

/**
 * True when the member at `at` belongs to Spring Boot's error body (DefaultErrorAttributes):
 * `{"timestamp":…,"status":500,"error":"…",…,"path":"/orders/export.csv"}`, not a Node.js
 * error with a `syscall` (`{"code":"ENOENT","syscall":"open","path":"/srv/…"}`).
 */
function inSpringError(text: string, at: number): boolean {
  const object = objectBefore(text, at)
  return (
    object.includes('"timestamp":') &&
    object.includes('"status":') &&
    object.includes('"error":') &&
    !object.includes('"syscall":')
  )
}

/**
 * True when the match is a whole string literal passed to a call or assigned in code,
 * `register("/app/sw.js")`, `new Worker('/src/worker.js')`, `var lib = "/etc/clientlibs/x.js"`:
 * a URL a page's script loads. A path quoted in a message (`open '/srv/app/x.json'`), a JSON
 * member's value or a path inside a longer string (a stack sent for hydration) still counts.
 */
function isCodeString(match: RegExpExecArray): boolean {
  const text = match.input
  const quote = text[match.index - 1]
  if (quote !== '"' && quote !== "'") return false
  const close = match.index + wholePath(match).length
  if (text[close] !== quote) return false
  // Code goes on with punctuation after a literal (`)`, `,`, `;`); a sentence with a word
  // (AWStats' `Setup ('/etc/awstats/awstats.conf' file, web server or permissions) may be wrong`).
  let after = close + 1
  while (after < text.length && after - close < 6 && text[after] === ' ') after++
  if (letter(text.charCodeAt(after))) return false
  let i = match.index - 2
  while (i >= 0 && match.index - i < 6 && text[i] === ' ') i--
  // `==`, `!=` compare, and R's `path[1]="/srv/…"` (normalizePath's message) assigns nothing.
  return text[i] === '(' || (text[i] === '=' && !'=!]'.includes(text[i - 1] ?? ''))
}

/** The whole path a match starts: the pattern stops after two segments. */
function wholePath(match: RegExpExecArray): string {
  const text = match.input
  let end = match.index + match[0].length
  while (end < text.length && end - match.index < 400 && pathChar(text.charCodeAt(end))) end++
  return text.slice(match.index, end)
}

/** True when `path` ends in a file name with an extension (`.js`, `.json`). */
function endsInFile(path: string): boolean {
  const dot = path.lastIndexOf('.')
  const ext = path.slice(dot + 1)
  return (
    dot > path.lastIndexOf('/') &&
    ext.length >= 1 &&
    ext.length <= 8 &&
    letter(ext.charCodeAt(0)) &&
    [...ext].every((c) => pathChar(c.charCodeAt(0)) && !'@.+~/-'.includes(c))
  )
}

function letter(c: number): boolean {
  return isAsciiAlnum(c) && c > 0x39
}

/** `[\w@.+~/-]`: a character a path goes on with. */
function pathChar(c: number): boolean {
  return isAsciiAlnum(c) || '_@.+~/-'.includes(String.fromCharCode(c))
}

/** Absolute unix paths under server roots: `/home/deploy/app/x.js`, `/usr/src/app`, `/etc/passwd`. */
export const filePathUnix = defineRule({
  id: 'file-path-unix',
  category: 'file-path',
  description:
    'Absolute unix paths under server roots (/home, /usr/src/app, /var/www, /opt, /srv, /etc, /app/x.js ...), not URL routes, nor the path a default 404 echoes (Cannot GET /x, The requested URL /x).',
  keywords: [...osRoots.toLowerCase().split('|'), ...appRoots.split('|'), 'etc'].map(
    (root) => `/${root}/`,
  ),
  // Not inside a URL or a longer path (look-behind), not an HTML attribute value such as
  // href="/home/feed" (a link, not a leak) or a template's binding ([href]="/home/feed"); R's
  // `path[1]="/srv/…"` is a message, nor a URL the page's own code loads: in angle
  // brackets (a Link header), in CSS url(), or a module that a script imports.
  pattern: new RegExp(
    String.raw`(?<![\w.:/~\\%@+-])(?<![\w-]=["'])(?<![A-Za-z_-]\]=["'])(?<!<)(?<!\burl\(\s{0,3}["']?)(?<!\b(?:import|from)\s{1,3}["'])(?<!\bimport\(\s{0,3}["'])(?:/(?:${osRoots})/[\w@.+~-]{1,255}(?:/[\w@.+~-]{1,255}|\.[A-Za-z]\w{0,7}\b)|/etc/[\w.-]{2,100}|/(?:${appRoots})/[\w@.+~/-]{0,300}\.(?:${fileExtensions})\b)`,
    'g',
  ),
  ignore: (match) =>
    isRoute(match) || isCodeString(match) || echoesRequestPath(match.input, match.index),
  message: 'shows a server filesystem path',
  examples: {
    leaky: [
      "Error: ENOENT: no such file or directory, open '/srv/app/config/missing.json'",
      'Cannot find module /home/deploy/shop/dist/server.js',
      '{"file":"\\/var\\/www\\/html\\/app\\/Http\\/Kernel.php","line":12}',
      'could not read /etc/passwd',
      'WORKDIR /usr/src/app failed',
      'at Object.<anonymous> (/app/src/routes/orders.ts:12:7)',
      'config loaded from /Users/jane/projects/shop/.env',
      '<p>path[1]="/srv/shiny/app/storage/signing.key": No such file or directory</p>',
      "Setup ('/etc/awstats/awstats.conf' file, web server or permissions) may be wrong.",
      '{"errno":-2,"code":"ENOENT","syscall":"open","path":"/srv/app/config/missing.json"}',
      '{"error":{"errno":-17,"code":"EEXIST","syscall":"mkdir","path":"/srv/app/uploads/2024-05"}}',
      '{"error":"EACCES","path":"/home/deploy/.ssh/id_rsa.pub"}',
      '{"timestamp":"2024-05-01T10:00:00Z","status":500,"error":"Internal Server Error","message":"/srv/app/config/db.yml (No such file or directory)","path":"/api/config"}',
      '{"timestamp":"2024-05-01T10:00:00Z","status":500,"error":"Internal Server Error","errno":-2,"syscall":"open","path":"/srv/app/config/db.yml"}',
      '<script id="__NEXT_DATA__" type="application/json">{"err":{"file":"/app/server/orders.js"}}</script>',
      '<script>window.__ctx = {"stack":"Error: boom\\n    at loader (/app/routes/orders.js)"}</script>',
      'could not open "/srv/app/config/db.yml"',
      "if (file == '/srv/app/config/db.yml') fail()",
      '{"error":"(/app/views/order.njk)\\n  Error: filter not found: price"}',
      '{"error":{"path":"/app/views/order.ejs"}}',
      `{"error":{"path":"/tmp/${'build-cache-'.repeat(10)}/views/order.ejs"}}`,
    ],
    safe: [
      'Internal Server Error',
      'See https://status.example.com/incidents/123 for updates.',
      '{"statusCode":500,"error":"Internal Server Error","path":"/api/orders"}',
      'Cannot GET /app/orders/123',
      // A default 404 echoes the path the client asked for.
      '<pre>Cannot GET /app/views/layout.pug</pre>',
      '{"message":"Cannot GET /server/views/admin.ejs","error":"Not Found","statusCode":404}',
      '<p>The requested URL /www/themes/default/header.tpl was not found on this server.</p>',
      'Check /status for updates, or go <a href="/home/feed">home</a>.',
      '<a [href]="/home/feed">home</a> <img data-src="/home/banner.png">',
      'Accepted types: text/html, application/json. Incident opened 12/05/2026.',
      '{"timestamp":"2026-05-12T10:30:00Z","status":500,"error":"Internal Server Error","path":"/data/export"}',
      '{"timestamp":"2026-05-12T10:30:00Z","status":500,"error":"Internal Server Error","path":"/home/feed/latest"}',
      '{"timestamp":"2024-05-01T10:00:00.000+00:00","status":500,"error":"Internal Server Error","path":"/home/exports/orders-2024-05.csv"}',
      '{"type":"about:blank","title":"Internal Server Error","status":500,"instance":"/Users/42/orders"}',
      '<script type="module">import "/build/manifest-1A2B3C4D.js"; import * as route0 from "/build/root-5E6F.js";</script>',
      '<style>.logo{background:url(/etc/designs/acme/logo.png)} .hero{background:url("/home/hero.jpg")}</style>',
      'Link: </app/main.js>; rel=preload; as=script',
      '<script>navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" }); new Worker(\'/src/worker.js\')</script>',
      '<script>var clientlibPath = "/etc/clientlibs/acme/site.min.js";</script>',
    ],
  },
})
