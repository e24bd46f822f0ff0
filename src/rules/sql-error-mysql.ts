import { defineRule } from '../define-rule.ts'

const pattern1 =
  /\bER_[A-Z0-9_]{3,60}\b|\bYou have an error in your SQL syntax|\bcorresponds to your (?:MySQL|MariaDB) server version|\bUnknown column '[^'\n]{1,128}' in '|\bTable '[^'\n]{1,128}' doesn't exist|\bDuplicate entry '[^'\n]{0,200}' for key '|\bCannot (?:add or update a child|delete or update a parent) row: a foreign key constraint fails/g
const pattern2 =
  /\bColumn '[^'\n]{1,128}' cannot be null|\bData too long for column '|\bOut of range value for column '[^'\n]{1,128}' at row \d|\bIncorrect [a-z]{3,10} value: '|\bDeadlock found when trying to get lock|\bLock wait timeout exceeded; try restarting transaction|"sql(?:Message|State)"\s{0,3}:|\bmysqli?_[a-z_]{2,40}\(\)/g
// The server refusing a login names the user and the host it came from (ER_ACCESS_DENIED_ERROR),
// as PostgreSQL's "password authentication failed for user" does.
const pattern3 = /\bAccess denied for user '[^'\n]{0,100}'@'/g
// The same refusal in any language the server answers in, by its code: mysqli's `(HY000/1045):`,
// PDO's `[1045]`, then the user and host (`Acc\u00e8s refus\u00e9 pour l'utilisateur: 'orders'@'localhost'`).
const pattern4 = /(?:\((?:HY000|28000)\/1045\):|\[1045\]) [^\n]{0,200}'@'/g
// Several small patterns rather than one large alternation: each is quick to prove linear.
const patterns = [pattern1, pattern2, pattern3, pattern4]

/**
 * MySQL and MariaDB errors: `ER_*` codes, server messages (a refused login among them),
 * mysql2's `sqlMessage`/`sqlState` fields, PHP's mysqli warnings.
 *
 * @example
 * ```ts
 * "Table 'shop.orders' doesn't exist" // flagged
 * ```
 */
export const sqlErrorMysql = defineRule({
  id: 'sql-error-mysql',
  category: 'sql-error',
  description:
    "MySQL/MariaDB error text: ER_* codes, You have an error in your SQL syntax, Unknown column, Duplicate entry, Access denied for user 'u'@'h' (and the same refusal in any language, by its code 1045 before 'u'@'h'), mysql2's sqlMessage.",
  keywords: [
    'er_',
    'error in your sql syntax',
    'server version',
    'unknown column',
    "doesn't exist",
    'duplicate entry',
    'foreign key constraint fails',
    'cannot be null',
    'data too long for column',
    'out of range value for column',
    'incorrect ',
    'deadlock found',
    'lock wait timeout',
    '"sqlmessage"',
    '"sqlstate"',
    'mysql',
    'access denied for user',
    '/1045): ',
    '[1045] ',
  ],
  pattern: patterns,
  message: 'shows a MySQL error',
  examples: {
    leaky: [
      "Access denied for user 'app'@'10.0.2.15' (using password: YES)",
      "mysqli::real_connect(): (HY000/1045): Acc\ufffds refus\ufffd pour l'utilisateur: 'orders'@'localhost' (mot de passe: OUI)",
      '{"code":"ER_NO_SUCH_TABLE","errno":1146,"sqlState":"42S02","sqlMessage":"Table \'shop.orders\' doesn\'t exist"}',
      "Error: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'FORM users' at line 1",
      "Duplicate entry 'a@b.c' for key 'users.email'",
      '{"error":"Unknown column \'nope\' in \'field list\'"}',
      '<b>Warning</b>: mysqli_query(): (HY000/2006): MySQL server has gone away in <b>/var/www/db.php</b>',
      "Out of range value for column 'qty' at row 1",
    ],
    safe: [
      '{"error":"INTERNAL_SERVER_ERROR","code":"USER_NOT_FOUND"}',
      "The table you booked doesn't exist anymore.",
      'Incorrect request. Please try again later.',
      'Sorry, a duplicate entry was detected in your cart.',
      'Access denied for user accounts without a subscription.',
      'Out of range value for the quantity: order between 1 and 99.',
    ],
  },
})
