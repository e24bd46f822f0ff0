import { defineRule } from '../define-rule.ts'

/** The phpinfo() page: PHP build, configuration, `$_SERVER` and `$_ENV`. */
export const envDumpPhpinfo = defineRule({
  id: 'env-dump-phpinfo',
  category: 'env-dump',
  description: 'The phpinfo() page (PHP build and configuration, $_SERVER and $_ENV values).',
  keywords: [
    'phpinfo()',
    'server api',
    'document_root',
    'php version',
    '$_server[',
    '$_env[',
    'loaded configuration file',
    'configure command',
  ],
  pattern:
    /<title>phpinfo\(\)<\/title>|<h1 class="p">PHP Version |<td class="e">(?:Loaded Configuration File|Configure Command|Server API|DOCUMENT_ROOT) ?<\/td>|\$_(?:SERVER|ENV)\[['"][A-Z_]{2,60}['"]\]/g,
  message: 'is a phpinfo() dump',
  examples: {
    leaky: [
      '<tr><td class="e">Server API </td><td class="v">FPM/FastCGI </td></tr>',
      '<tr><td class="e">DOCUMENT_ROOT </td><td class="v">/var/www/html </td></tr>',
      '<head><style type="text/css">body {background-color: #fff;}</style>\n<title>phpinfo()</title><meta name="ROBOTS" content="NOINDEX,NOFOLLOW,NOARCHIVE" /></head>',
      '<tr class="h"><td>\n<h1 class="p">PHP Version 8.3.4</h1>\n</td></tr>',
      '<tr><td class="e">$_SERVER[\'DOCUMENT_ROOT\']</td><td class="v">/var/www/html</td></tr>',
      '<tr><td class="e">Loaded Configuration File </td><td class="v">/usr/local/etc/php/php.ini </td></tr>',
    ],
    safe: [
      'Internal Server Error',
      '<p>PHP version upgrades are scheduled tonight. Please try again later.</p>',
      '<table><tr><td class="e">Request ID</td><td class="v">3f1c0d6e</td></tr></table>',
    ],
  },
})
