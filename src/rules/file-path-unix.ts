import { defineRule } from '../define-rule.ts'

// Roots that only servers use: a root and two segments (or a file) is a path, not a URL route.
const osRoots =
  'home|Users|root|usr|var|opt|srv|tmp|mnt|proc|private|Library|nix|snap|workspace|workspaces|builds|run'
// Roots that are also common URL routes (/app/settings): only with a source or config file.
const appRoots = 'app|code|src|build|dist|www|data|site|server'
const fileExtensions =
  'js|mjs|cjs|jsx|ts|mts|cts|tsx|py|pyc|rb|php|java|class|jar|kt|go|rs|cs|cshtml|vb|scala|ex|exs|erl|clj|swift|c|cc|cpp|h|hpp|pl|pm|lua|sh|vue|svelte|erb|jsp|aspx|dll|so|node|env|ini|conf|cfg|yml|yaml|toml|sock|log|lock|sqlite|db|pem|key'

/** Absolute unix paths under server roots: `/home/deploy/app/x.js`, `/usr/src/app`, `/etc/passwd`. */
export const filePathUnix = defineRule({
  id: 'file-path-unix',
  category: 'file-path',
  description:
    'Absolute unix paths under server roots (/home, /usr/src/app, /var/www, /opt, /srv, /etc, /app/x.js ...), not URL routes.',
  keywords: [...osRoots.toLowerCase().split('|'), ...appRoots.split('|'), 'etc'].map(
    (root) => `/${root}/`,
  ),
  // Not inside a URL or a longer path (look-behind), not an HTML attribute value such as
  // href="/home/feed" (a link, not a leak).
  pattern: new RegExp(
    String.raw`(?<![\w.:/~\\%@+-])(?<!=["'])(?:/(?:${osRoots})/[\w@.+~-]{1,100}(?:/[\w@.+~-]{1,100}|\.[A-Za-z]\w{0,7}\b)|/etc/[\w.-]{2,100}|/(?:${appRoots})/[\w@.+~/-]{0,300}\.(?:${fileExtensions})\b)`,
    'g',
  ),
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
    ],
    safe: [
      'Internal Server Error',
      'See https://status.example.com/incidents/123 for updates.',
      '{"statusCode":500,"error":"Internal Server Error","path":"/api/orders"}',
      'Cannot GET /app/orders/123',
      'Check /status for updates, or go <a href="/home/feed">home</a>.',
      'Accepted types: text/html, application/json. Incident opened 12/05/2026.',
      '{"timestamp":"2026-05-12T10:30:00Z","status":500,"error":"Internal Server Error","path":"/data/export"}',
    ],
  },
})
