import { defineRule } from '../define-rule.ts'
import { clip } from '../format/clip.ts'

const patterns = [
  /\b(?:PHP|Python|CPython|Perl|Ruby|OpenSSL|Java|Deno|Bun|mod_ssl|mod_perl|mod_wsgi|mod_fcgid|elasticsearch-js|opensearch-js)\/v?\d[\w.-]{0,40}|\bPHP Version \d[\w.-]{0,40}|\bPHP:\s{1,8}\d\.\d{1,2}\.\d{1,3}\b(?!\+| or | and )|\bPowered by PHP \d\.\d{1,2}\.\d{1,3}\b|\bPerl:\s{1,40}v5\.\d{1,2}\.\d{1,3}\b|\bPython \d\.\d{1,2}\.\d{1,3}: \/[\w/.-]{1,200}|\bAlgolia(?: |%20)for(?: |%20)JavaScript(?: |%20)\(\d{1,2}\.\d{1,3}\.\d{1,3}\)/g,
  /\bNode\.js v\d{1,2}\.\d[\d.]{0,20}(?![\d+])|(?<=; )Node\.js \d{1,2}\.\d{1,3}\.\d{1,3}\b|\b[Nn]ode v\d{1,2}\.\d[\d.]{0,20}|\bNode\.js\/v?\d{1,2}(?:\.\d[\d.]{0,20})?(?![\w.])|\bnode\/v\d{1,2}\.\d{1,3}\.\d{1,3}\b|(?:\.NET Framework|ASP\.NET|\.NET Core|\.NET) Version: ?\d[\d.]{0,40}|\bruby \d\.\d{1,2}\.\d{1,3}p\d{1,4}|\bgo1\.\d{1,2}(?:\.\d{1,3})?\b|\bBun v\d\.\d[\d.]{0,20}|\bSBCL \d\.\d{1,2}\.\d{1,3}\b/g,
  // HTTP clients' own user agents, as an app's serialized client error shows the request it sent
  // (`"User-Agent":"axios/1.21.1"`, Faraday's `"User-Agent"=>"Faraday v1.1.0"`); not in a path or
  // a URL (`/ajax/libs/axios/1.6.7/`).
  /(?<![\w/.@-])(?:axios|undici|python-requests|python-httpx|okhttp|Apache-HttpClient|GuzzleHttp|aws-sdk-js|libwww-perl)\/\d{1,3}\.\d{1,4}(?:\.\d{1,4})?\b|\bFaraday v\d{1,2}\.\d{1,3}\.\d{1,3}\b/g,
  // Ruby gem paths in backtraces: `gems/puma-5.6.5/lib/puma/server.rb`.
  /\bgems\/[A-Za-z][\w-]{0,40}-\d{1,3}\.\d[\d.]{0,20}\//g,
]
/** Headers whose versions these rules report; other version headers have rules of their own. */
const versionHeaders = ['x-powered-by', 'via', 'server-timing']

const keywords = [
  'python 2.',
  'algolia for javascript',
  'algolia%20for%20javascript',
  'python 3.',
  'php',
  'python',
  'perl',
  'openssl',
  'ruby',
  'java',
  'deno',
  'bun',
  'sbcl',
  'mod_',
  'node',
  '.net',
  'go1.',
  'gems/',
  'elasticsearch-js/',
  'opensearch-js/',
  'axios/',
  'undici/',
  'python-requests/',
  'python-httpx/',
  'okhttp/',
  'apache-httpclient/',
  'guzzlehttp/',
  'aws-sdk-js/',
  'faraday v',
  'libwww-perl/',
]

/**
 * Language runtime and library versions in the body: `PHP/8.2.1`, `PHP Version 8.2.1`,
 * `Python/3.11.7`, `OpenSSL/3.0.2`, `Node.js v22.1.0` (and in a user agent, `Node.js/24` and
 * `node/v22.11.0`), an HTTP client's user agent (`axios/1.21.1`, `python-requests/2.31.0`),
 * `.NET Framework Version:4.0.30319`,
 * `go1.22.1`, gem paths (`gems/puma-5.6.5/`). Read in the body, X-Powered-By, Via and
 * Server-Timing.
 *
 * @example
 * ```ts
 * 'Werkzeug/3.0.1 Python/3.11.7' // flagged (Python/3.11.7)
 * ```
 */
export const versionDisclosureRuntime = defineRule({
  id: 'version-disclosure-runtime',
  category: 'version-disclosure',
  description:
    'Runtime versions in the body: PHP/ or PHP Version, Python/, Perl/, Ruby/, OpenSSL/, Java/, mod_ssl/, Node.js vN (and ; Node.js N.N.N, Node.js/N and node/vN.N.N in a user agent), a client user agent (elasticsearch-js/N.N.N, axios/N.N.N, python-requests/N.N.N, okhttp/N.N.N, Faraday vN.N.N, ...), .NET Framework Version:, ASP.NET Version:, ruby N.N.NpN, goN.N, SBCL N.N.N, the Python N.N.N: line of cgitb (/usr/bin/python3), the Algolia client agent (Algolia for JavaScript (5.64.0)).',
  keywords,
  pattern: patterns,
  // The Server header is header-server-version's; X-Powered-By, Via and Server-Timing's
  // descriptions are read here.
  headers: versionHeaders,
  message: (match) => `shows the runtime version ${clip(match[0], 60)}`,
  examples: {
    leaky: [
      '{"url":"https://abc123-dsn.algolia.net/1/indexes/products/query?x-algolia-agent=Algolia%20for%20JavaScript%20(5.64.0)%3B%20Node.js%20(24.21.0)"}',
      '<a href="http://weitz.de/hunchentoot">Hunchentoot</a> 1.2.38 running on SBCL 2.2.9.debian',
      'from gems/puma-5.6.5/lib/puma/server.rb:123',
      '{"user-agent":"octokit-rest.js/22.0.1 octokit-core.js/7.0.8 Node.js/24"}',
      'undici/7.16.0 node/v22.11.0',
      {
        status: 500,
        headers: {
          'Content-Type': 'text/plain; charset=utf-8',
          'Server-Timing': 'app;dur=12;desc="express/5.1.0 node/v22.11.0"',
        },
        body: 'Internal Server Error',
      },
      '<td class="key text-right">Perl:</td>\n<td class="value"><pre>v5.36.0 (linux)</pre></td>',
      'Werkzeug/3.0.1 Python/3.11.7',
      '<font color="#ffffff" face="helvetica, arial">Python 3.11.2: /usr/bin/python3<br>Tue Nov 25 00:41:12 2026</font>',
      '<address>Apache/2.4.57 (Unix) OpenSSL/3.0.2 PHP/8.2.1 Server at localhost Port 80</address>',
      'TypeError: x is not a function\n\nNode.js v22.1.0',
      '<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4645.0',
      '<h1 class="p">PHP Version 8.2.1</h1>',
      '<p>Displayed at 10:41:25am &mdash; PHP: 8.1.2 &mdash; CodeIgniter: 4.2.10</p>',
      '<footer>Powered by PHP 8.2.14</footer>',
      { status: 500, headers: { 'X-Powered-By': 'PHP/8.2.36' }, body: 'Internal Server Error' },
      "/usr/lib/ruby/gems/3.1.0/gems/puma-5.6.5/lib/puma/server.rb:443:in `handle_request'",
      '{"user-agent":"elasticsearch-js/9.5.1 (linux 6.18.44-x64; Node.js 24.21.0; Transport 9.4.0)"}',
      '{"headers":{"Accept":"application/json","User-Agent":"axios/1.21.1"},"method":"get"}',
      "{'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate'}",
      '{"error":"#<Faraday::ServerError response={:request_headers=>{\\"User-Agent\\"=>\\"Faraday v1.1.0\\"}}>"}',
    ],
    safe: [
      'Our API is written in Python and PHP.',
      'Node 3 of 12 is being replaced; node v2 API is deprecated.',
      'See /api/node/v2/items and https://nodejs.org/en/blog for Node.js/npm news.',
      'Java 21 support arrives next quarter; we support Node.js v18+.',
      "Let's go 1.5x faster with the new release.",
      'This service needs Node.js 22.19.0 or later (tested on Node.js 22.19.0).',
      '<script src="https://cdnjs.cloudflare.com/ajax/libs/axios/1.6.7/axios.min.js"></script>',
      '<p>We call the API with axios; see our guide.</p>',
    ],
  },
})
