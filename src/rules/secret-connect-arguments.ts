import { defineRule } from '../define-rule.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

/**
 * The password among the arguments of a database connection in a PHP stack trace: PHP before 8.2
 * prints each frame's arguments (`#0 /var/www/db.php(5): PDO->__construct('mysql:host=db...',
 * 'root', 'S3cret')`, strings cut at 15 characters), and Symfony's and API Platform's debug JSON
 * lists them (`"args":[["string","pgsql:host=…"],["string","app"],["string","…"]]`). PHP 8.2's
 * `Object(SensitiveParameterValue)` hides it and passes. Also the password of a Redis AUTH
 * command, as an ioredis reply error serialized whole carries it
 * (`"command":{"name":"auth","args":["default","…"]}`), or of the RESP3 handshake
 * (`"command":{"name":"hello","args":["3","AUTH","default","…"]}`).
 *
 * @example
 * ```ts
 * "#0 /var/www/db.php(5): PDO->__construct('mysql:host=db', 'root', 'S3cret!')" // flagged
 * ```
 */
export const secretConnectArguments = defineRule({
  id: 'secret-connect-arguments',
  category: 'secret',
  description:
    'A database password among a connection\'s arguments in a PHP stack trace: PDO->__construct(\'dsn\', \'user\', \'password\'), mysqli, and Symfony\'s JSON trace args (["string","pgsql:..."],["string","user"],["string","password"]), and a Redis AUTH or HELLO 3 AUTH command\'s arguments in a serialized ioredis error.',
  keywords: [
    'pdo->__construct(',
    'pdo::__construct(',
    'mysqli->',
    'mysqli_connect(',
    '"string"',
    '"auth"',
    '"hello"',
  ],
  pattern: [
    /\b(?:PDO(?:->|::)__construct|mysqli->(?:__construct|connect|real_connect)|mysqli_connect)\('[^'\n]{0,200}', '[^'\n]{0,100}', '([^'\n]{1,100})'/g,
    /\[\s{0,3}"string"\s{0,3},\s{0,3}"(?:mysql|pgsql|sqlsrv|oci|odbc|dblib|firebird|ibm|informix|cubrid):[^"\n]{1,300}"\s{0,3}\]\s{0,3},\s{0,3}\[\s{0,3}"string"\s{0,3},\s{0,3}"[^"\n]{0,100}"\s{0,3}\]\s{0,3},\s{0,3}\[\s{0,3}"string"\s{0,3},\s{0,3}"([^"\n]{1,200})"/g,
    /"command"\s{0,3}:\s{0,3}\{\s{0,3}"name"\s{0,3}:\s{0,3}"auth"\s{0,3},\s{0,3}"args"\s{0,3}:\s{0,3}\[\s{0,3}(?:"[^"\n]{0,100}"\s{0,3},\s{0,3})?"([^"\n]{1,200})"\s{0,3}\]/g,
    // RESP3's handshake, `HELLO 3 AUTH <user> <password>`, as ioredis sends it for BullMQ.
    /"command"\s{0,3}:\s{0,3}\{\s{0,3}"name"\s{0,3}:\s{0,3}"hello"\s{0,3},\s{0,3}"args"\s{0,3}:\s{0,3}\[\s{0,3}"[23]"\s{0,3},\s{0,3}"AUTH"\s{0,3},\s{0,3}"[^"\n]{0,100}"\s{0,3},\s{0,3}"([^"\n]{1,200})"/g,
  ],
  group: 1,
  secret: true,
  message: "shows a database password among a connection's arguments",
  examples: {
    leaky: [
      `Stack trace:\n#0 /var/www/html/db.php(5): PDO->__construct('mysql:host=mysq...', 'root', '${sampleSecret(12, 1301)}')\n#1 {main}`,
      `{"trace":[{"class":"PDO","type":"->","function":"__construct","args":[["string","pgsql:host=10.0.3.4;port=5432;dbname=app;"],["string","app"],["string","${sampleSecret(14, 1302)}"],["array",[]]]}]}`,
      `#0 /srv/shop/inc/db.php(4): mysqli->__construct('db', 'shop', '${sampleSecret(10, 1303)}', 'shop')`,
      `{"error":{"name":"ReplyError","command":{"name":"auth","args":["default","${sampleSecret(16, 1304)}"]}}}`,
      `{"error":{"name":"ReplyError","command":{"name":"hello","args":["3","AUTH","default","${sampleSecret(16, 1399)}"]}}}`,
    ],
    safe: [
      '{"steps":[{"name":"auth","args":["--provider","github"]}]}',
      'Internal Server Error',
      "#0 /var/www/html/db.php(8): PDO->__construct('pgsql:host=10.0...', 'shop', Object(SensitiveParameterValue))",
      '{"args":[["string","orders"],["string","app"],["string","en"]]}',
      '{"steps":[{"name":"auth","args":[]}]}',
      '{"command":{"name":"hello","args":["3"]}}',
    ],
  },
})
