import { defineRule } from '../define-rule.ts'

const levels =
  'Fatal error|Warning|Notice|Parse error|Deprecated|Strict Standards|Catchable fatal error|Recoverable fatal error|User Warning|User Notice|User Error|User Deprecated'

/** PHP `display_errors` output: `<b>Warning</b>:  ... in <b>/var/www/x.php</b> on line <b>12</b>`, Xdebug tables. */
export const debugPagePhpErrors = defineRule({
  id: 'debug-page-php-errors',
  category: 'debug-page',
  description: 'PHP errors printed into the page (display_errors = On) and Xdebug error tables.',
  keywords: ['</b>:', '</b> on line <b>', 'xdebug-error'],
  pattern: new RegExp(
    String.raw`<b>(?:${levels})<\/b>:[^<\n]{0,1000}<b>[^<\n]{1,300}<\/b> on line <b>\d{1,7}<\/b>|\bthrown in <b>[^<\n]{1,300}<\/b> on line <b>\d{1,7}<\/b>|class=["']xdebug-error`,
    'g',
  ),
  message: 'shows PHP errors in the page (set display_errors = Off)',
  examples: {
    leaky: [
      // Only the last line of an uncaught exception's message.
      'thrown in <b>/var/www/html/index.php</b> on line <b>12</b><br />',
      '<br />\n<b>Warning</b>:  Undefined variable $user in <b>/var/www/html/profile.php</b> on line <b>12</b><br />',
      '<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:7\nStack trace:\n#0 {main}\n  thrown in <b>/var/www/html/db.php</b> on line <b>7</b><br />',
      "<table class='xdebug-error xe-warning' dir='ltr' border='1' cellspacing='0' cellpadding='1'>",
    ],
    safe: [
      'Internal Server Error',
      '<p><b>Warning</b>: the service is degraded. Please try again at 10:30.</p>',
      '<p><b>Notice</b>: scheduled maintenance tonight, see <a href="https://status.example.com">status</a>.</p>',
    ],
  },
})
