import { defineRule } from '../define-rule.ts'

/**
 * PHP traces: `Stack trace:\n#0 /x.php(12): f()`, `#1 {main}`, `thrown in /x.php on line 12`, also
 * as the strings of a JSON list (Yii's `"stack-trace":["#0 /app/x.php(296): f()"]`), and the trace
 * as text of Symfony's exception page (`  at src/Controller/X.php:39`, then each call on its own
 * line with its place below it: `  at App\X->f()\n     (/usr/share/php/…/HttpKernel.php:163)`),
 * SimpleSAMLphp's backtrace (`5 modules/sqlauth/lib/Auth/Source/SQL.php:101 (…SQL::connect)`) and
 * CakePHP's (`include - /usr/share/zoneminder/www/includes/database.php, line 76`).
 *
 * @example
 * ```ts
 * 'Stack trace:\n#0 /var/www/app/Order.php(12): total()\n#1 {main}' // flagged
 * ```
 */
export const stackTracePhp = defineRule({
  id: 'stack-trace-php',
  category: 'stack-trace',
  description:
    "PHP stack traces and error lines: `#0 /x.php(12): f()` frames, `{main}`, `in /x.php on line 12`, and Symfony's trace as text (`  at src/Controller/X.php:39`, `X->f()` then `(/path/Y.php:163)`).",
  // A frame line (`#12 {main}`, `#3 /srv/app/x.php(3): f()`) holds `#` and a digit, whatever its number.
  keywords: [
    '#0',
    '#1',
    '#2',
    '#3',
    '#4',
    '#5',
    '#6',
    '#7',
    '#8',
    '#9',
    '.php',
    '.phtml',
    '.inc',
    'php ',
  ],
  // `\s` runs allow the display_errors HTML, whose parts are split by <b> tags.
  pattern:
    /(?:^|\n)\d{1,3} [\w./-]{1,300}\.php:\d{1,7} \([\w\\:]{1,300}\)|(?:^|[\n"])[ \t]{0,4}#\d{1,4} (?:(?:\/|[A-Za-z]:\\)[^\s()]{1,300}\(\d{1,7}\)|\[internal function\]|\{main\})|\bin\s{1,3}(?:\/|[A-Za-z]:\\)[^\s:]{1,300}\.(?:php|phtml|inc)(?:\s{1,3}on line\s{1,3}|:|\()\d{1,7}|\bPHP (?:Fatal error|Parse error|Warning|Notice|Deprecated|Stack trace):|(?:^|\n) {2}at [\w./-]{1,300}\.php:\d{1,7}\b|\(\)\s{1,10}\((?:\/|[A-Za-z]:\\)[^\s()]{1,300}\.php:\d{1,7}\)|(?:^|\n|<pre class="stack-trace">)[\w\\:>[\]-]{1,200} - (?:\/|[A-Z]{3,4}\/)[^\s,<]{1,300}\.php, line \d{1,7}\b/g,
  message: 'shows a PHP stack trace or error location',
  examples: {
    leaky: [
      'Backtrace:\n5 modules/sqlauth/lib/Auth/Source/SQL.php:101 (SimpleSAML\\Module\\sqlauth\\Auth\\Source\\SQL::connect)\n0 www/module.php:10 (N/A)',
      '{"stack-trace":["#0 /app/vendor/yiisoft/yii2/db/BaseActiveRecord.php(296): yii\\\\base\\\\Component->__get(\'customr\')","#1 {main}"]}',
      'Stack trace cut short:\n#12 {main}',
      '<pre class="stack-trace">include - /usr/share/zoneminder/www/includes/database.php, line 76\n[main] - APP/webroot/index.php, line 102</pre>',
      'in /var/www/app/templates/view.phtml:12',
      'PHP Fatal error:  Uncaught Exception: boom in /var/www/html/index.php:3\nStack trace:\n#0 {main}\n  thrown in /var/www/html/index.php on line 3',
      '#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(183): Illuminate\\Foundation\\Http\\Kernel->handle()',
      '<br />\n<b>Warning</b>:  Undefined variable $user in <b>/var/www/html/profile.php</b> on line <b>12</b><br />',
      '#1 [internal function]: App\\Http\\Controllers\\OrderController->show()',
      'Error: Call to undefined function mysql_connect() in C:\\xampp\\htdocs\\db.php(7)',
      // Symfony's exception page, its trace as text.
      '<pre class="stacktrace">\nSymfony\\Component\\ErrorHandler\\Error\\UndefinedMethodError:\nAttempted to call an undefined method.\n\n  at src/Controller/ShopController.php:39\n  at App\\Controller\\ShopController-&gt;undefinedMethod()\n     (/usr/share/php/Symfony/Component/HttpKernel/HttpKernel.php:163)</pre>',
    ],
    safe: [
      '<figcaption>"#1 / 12" Sunrise over the bay</figcaption>',
      'Bestsellers\n#1 / Fiction: The Long Night\n#2 / Poetry: Salt',
      'Internal Server Error',
      'Ticket #0 was closed; ticket #1 is open.',
      'Please sign in at https://example.com/login.php and try again.',
      'Our PHP team was notified. Reference 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
      'Sign in at login.php:\n  see the help at help.php for more.',
      'Call us (toll-free) (see /help/contact.php for hours).',
    ],
  },
})
