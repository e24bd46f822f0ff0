import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { wellKnownEnvNames } from '../env/well-known-names.ts'

/**
 * Names that are also plain words (a translation table's `"HOME":"Startseite"`): they count only
 * with a value such a variable holds. Paths hold a slash; the others are one lower-case word.
 */
const pathNames = new Set(['PATH', 'HOME', 'PWD', 'SHELL'])
const wordNames = new Set(['USER', 'HOSTNAME', 'TERM'])
const blank = /\s/
const blankOrCapital = /[\sA-Z]/

/** The string value after a key match (JSON `"…"` or inspected `'…'`), or undefined. */
function valueAfter(text: string, end: number): string | undefined {
  dumpedType.lastIndex = end
  let i = dumpedType.test(text) ? dumpedType.lastIndex : end
  while (i < text.length && i - end < 5 && text[i] === ' ') i++
  const quote = text[i - 1] === "'" ? "'" : text[i]
  if (quote !== '"' && quote !== "'") {
    // Unquoted, as `NAME=value` in a Java map or Docker's Env: up to the next separator.
    let stop = i
    while (stop < text.length && stop - i < 300 && !',]}" \n'.includes(text[stop] as string)) stop++
    return stop > i ? text.slice(i, stop) : undefined
  }
  const from = text[i - 1] === "'" ? i : i + 1
  // Within 300 characters, so a quote that never closes costs no pass over the rest of the body.
  const close = text.slice(from, from + 301).indexOf(quote)
  return close === -1 ? undefined : text.slice(from, from + close)
}

// A value a template or a setup guide writes in place of one: `<generate one>`, `${SECRET}`, `{{x}}`.
const placeholderValue = /^(?:<|&lt;|\$\{|\{\{)/
// A host name a public site has (`shop.acme.com`); a container's or an instance's has no dot or
// ends in a private zone.
const privateZone = /\.(?:internal|local|lan|localdomain)$/

function plausible(name: string, value: string | undefined): boolean {
  if (value !== undefined && placeholderValue.test(value)) return false
  if (name === 'HOSTNAME' && value?.includes('.') && !privateZone.test(value)) return false
  if (pathNames.has(name))
    return value !== undefined && (value.includes('/') || value.includes('\\'))
  if (wordNames.has(name)) return value !== undefined && value !== '' && !blankOrCapital.test(value)
  if (name === 'LANG') return value !== undefined && value !== '' && !blank.test(value)
  return true
}

/**
 * Names a page may publish on purpose (Remix's `window.ENV = { NODE_ENV, SENTRY_DSN }`): they
 * count towards a dump only beside a name that is not one of them.
 */
const publicNames = new Set([
  'NODE_ENV',
  'SENTRY_DSN',
  'PORT',
  'APP_ENV',
  'RAILS_ENV',
  'RACK_ENV',
  'NODE_VERSION',
  'YARN_VERSION',
  'LANG',
  'TERM',
  'AWS_REGION',
  'TZ',
  // A browser key (Firebase's); the secret rules judge its value.
  'API_KEY',
])

// `"NAME":` (JSON), `NAME: '` (util.inspect of process.env), `'NAME': '` (Python's os.environ),
// `"NAME"=>` (Ruby's ENV.inspect), `NAME=` after `{`, `[`, `"`, `, ` or a blank (a Java map of
// System.getenv(), Go's os.Environ() as fmt prints it, Docker's "Env" array), and PHP's
// `[NAME] => ` (print_r) and `["NAME"]=>` (var_dump).
const key =
  /"([A-Z][A-Z0-9_]{1,60})"\s{0,5}(?::|=>)|(?<![\w$])([A-Z][A-Z0-9_]{1,60}): '|'([A-Z][A-Z0-9_]{1,60})'\s{0,5}:\s{0,5}'|(?<=[{["] ?|, | )([A-Z][A-Z0-9_]{1,60})=(?=[^\s=])|\[([A-Z][A-Z0-9_]{1,60})\] => |\["([A-Z][A-Z0-9_]{1,60})"\]=>/g
// What var_dump writes between a key and its string: `\n  string(60) `.
const dumpedType = /\s{0,10}string\(\d{1,9}\) /y

/**
 * Environment variables as an object (`{"env":{"PATH":...}}`, util.inspect of process.env). Code
 * that reads one variable (`os.environ["DATABASE_URL"]`, `System.getenv("X")`) is not a dump: it
 * is source code, which the source-code rules report.
 */
export const envDumpObject = defineRule({
  id: 'env-dump-object',
  category: 'env-dump',
  description:
    'Environment variables as a JSON, inspected or printed object or map (two or more well-known names such as PATH, NODE_ENV, DATABASE_URL, one of them beyond what pages publish, like NODE_ENV and SENTRY_DSN). Code reading one variable is not a dump.',
  keywords: ['path', 'home', 'node_env', 'database_url', 'hostname', 'env'],
  patterns: [key, dumpedType, blank, blankOrCapital, placeholderValue, privateZone],
  *detect({ views }): Iterable<Hit> {
    for (const view of views) {
      if (view.header !== undefined) continue
      const names = new Set<string>()
      let unpublished = false
      for (const match of view.text.matchAll(key)) {
        const name = (match[1] ??
          match[2] ??
          match[3] ??
          match[4] ??
          match[5] ??
          match[6]) as string
        if (!wellKnownEnvNames.has(name)) continue
        if (!plausible(name, valueAfter(view.text, match.index + match[0].length))) continue
        names.add(name)
        if (!publicNames.has(name)) unpublished = true
        if (names.size >= 2 && unpublished) {
          yield {
            message: 'shows environment variables',
            view,
            span: [match.index, match.index + match[0].length],
          }
          break
        }
      }
    }
  },
  examples: {
    leaky: [
      '{"error":"boom","env":{"NODE_ENV":"development","PATH":"/usr/local/bin:/usr/bin","HOME":"/home/node"}}',
      "{\n  HOSTNAME: 'api-7d9f8c6b5-x2x9k',\n  HOME: '/root',\n  NODE_VERSION: '24.1.0'\n}",
      '<script>window.ENV = {"NODE_ENV":"development","DATABASE_URL":"postgres://app@db:5432/shop"}</script>',
      "environ({'HOSTNAME': 'web-5f7c', 'LANG': 'C.UTF-8', 'PYTHON_VERSION': '3.11.6', 'DJANGO_SETTINGS_MODULE': 'shop.settings.prod'})",
      '{"HOSTNAME"=>"web-5f7c", "RUBY_VERSION"=>"3.2.2", "RAILS_ENV"=>"production"}',
      '{PATH=/usr/local/sbin:/usr/bin, HOSTNAME=api-7d9f8c6b5, JAVA_VERSION=17.0.9}',
      '"Env":["PATH=/usr/local/bin:/usr/bin","NODE_VERSION=20.11.1","YARN_VERSION=1.22.19"]',
      '[PATH=/usr/local/go/bin:/usr/bin HOSTNAME=api-5c8d HOME=/root GOPATH=/go]',
      '<pre>Array\n(\n    [HOSTNAME] => web-01\n    [PATH] => /usr/local/sbin:/usr/local/bin:/usr/bin\n    [DOCUMENT_ROOT] => /var/www/html\n)\n</pre>',
      'array(3) {\n  ["APP_ENV"]=>\n  string(4) "prod"\n  ["PATH"]=>\n  string(14) "/usr/local/bin"\n  ["HOME"]=>\n  string(8) "/var/www"\n}',
    ],
    safe: [
      'Internal Server Error',
      '{"STATUS":500,"PATH":"/api/orders","ERROR":"Internal Server Error"}',
      '<script>window.__i18n={"HOME":"Startseite","USER":"Benutzerkonto","PATH":"Route"}</script>',
      '<script>window.ENV = {"NODE_ENV":"production","SENTRY_DSN":"https://k@o1.ingest.sentry.io/1","PORT":"3000"}</script>',
      "url = os.environ['DATABASE_URL']; home = os.environ['HOME']",
      '<a href="/search?q=a&PATH=x">Search</a> {mode=PORT=3000}',
      '{"error":"Internal Server Error","environment":"production","requestId":"3f1c0d6e"}',
      'Our environment team is on it. Please try again at 10:30.',
      'Set PATH=x to pick a route; HOME=Startseite in German.',
      '<script>window.__CONFIG__={"HOSTNAME":"shop.acme.com","PORT":"443","CDN":"https://cdn.acme-static.com"}</script>',
      '<pre>  DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/wiki SECRET_KEY=&lt;generate with openssl rand -hex 32&gt;</pre>',
      '<script>window.ENV = {"NODE_ENV":"production","API_KEY":"public-browser-key","SENTRY_DSN":"https://k@o1.ingest.sentry.io/1"}</script>',
      '<pre>Array\n(\n    [USER] => Ada Lovelace\n    [HOME] => Startseite\n)\n</pre>',
      '<pre class="line before"><span class="ws">    </span>url = os.environ[&#34;DATABASE_URL&#34;]</pre>',
      '3:   try (Connection c = DriverManager.getConnection(url, System.getenv(&quot;CORPUS_PG_USER&quot;), System.getenv(&quot;CORPUS_PG_PASSWORD&quot;));',
    ],
  },
})
