import { defineRule } from '../define-rule.ts'

/**
 * An application's whole configuration as its framework prints it: Flask's `app.config`
 * (`<Config {'DEBUG': False, 'SECRET_KEY': ...}>`), Laravel's `config()` as JSON (database
 * connections by driver), Rails' `ActiveSupport::OrderedOptions` (credentials, `config.x`) and
 * Egg's, which its development error page (@eggjs/onerror) prints under AppInfo with util.inspect.
 * They hold the database URL, the secret key and the hosts behind the service.
 *
 * @example
 * ```ts
 * "<Config {'DEBUG': False, 'TESTING': False, 'SECRET_KEY': '…'}>" // flagged
 * ```
 */
export const envDumpAppConfig = defineRule({
  id: 'env-dump-app-config',
  category: 'env-dump',
  description:
    "An application's configuration as its framework prints it: Flask's <Config {'DEBUG': ...}>, Laravel's config() as JSON (\"connections\":{\"mysql\":{\"driver\":...), Rails' #<ActiveSupport::OrderedOptions ...>, Egg's app config on its development error page (AppInfo, config).",
  keywords: ['<config {', '"connections"', '#<activesupport::', '"td title"> config <'],
  pattern:
    /<Config \{'[A-Z][A-Z\d_]{1,60}': |"connections"\s{0,3}:\s{0,3}\{\s{0,3}"(?:sqlite|mysql|mariadb|pgsql|sqlsrv|mongodb)"\s{0,3}:\s{0,3}\{\s{0,3}"driver"\s{0,3}:\s{0,3}"(?:sqlite|mysql|mariadb|pgsql|sqlsrv|mongodb)"\s{0,3},\s{0,3}"(?:url|host|database|read|write)"|#<ActiveSupport::(?:Ordered|Inheritable)Options |<div class="td title"> config <\/div>\s{0,40}<div class="td content code">\s{0,40}<pre class="line-numbers"><code class="language-json">\{/g,
  message: (m) => `dumps the application's configuration (${printerOf(m[0])})`,
  examples: {
    leaky: [
      "<Config {'DEBUG': False, 'TESTING': False, 'SECRET_KEY': None, 'SQLALCHEMY_DATABASE_URI': 'postgresql://app@db/shop'}>",
      '{"default":"mysql","connections":{"mysql":{"driver":"mysql","host":"mysql","port":"3306","database":"shop"}}}',
      '#<ActiveSupport::OrderedOptions {:stripe=>{:webhook_url=>"http://billing.internal/hooks"}}>',
      '<div class="td title"> config </div>\n<div class="td content code">\n<pre class="line-numbers"><code class="language-json">{\n  middleware: [],\n  keys: &#39;&lt;String len: 23&gt;&#39;,',
    ],
    safe: [
      'Internal Server Error',
      '<Config {} > is not a valid template; see the docs.',
      '{"connections":{"facebook":{"connected":true},"google":{"connected":false}}}',
      '{"status":"degraded","connections":{"mysql":{"driver":"ok","latency_ms":4}}}',
      '{"status":"fail","connections":{"mysql":{"driver":"mysql","healthy":false}}}',
      'We use ActiveSupport in our Rails app.',
    ],
  },
})

/** What printed a matched configuration, from how it starts. */
function printerOf(match: string): string {
  if (match.startsWith('<Config')) return "Flask's app.config"
  if (match.startsWith('#<')) return "Rails' config"
  if (match.startsWith('<div')) return "Egg's app config"
  return "Laravel's config()"
}
