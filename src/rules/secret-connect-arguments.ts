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
 * (`"command":{"name":"hello","args":["3","AUTH","default","…"]}`), and of Perl's
 * `DBI->connect` in a Carp trace or in Plack's StackTrace page's argument tables.
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
    "A database password among a connection's arguments in a PHP stack trace: PDO->__construct('dsn', 'user', 'password'), mysqli, and Symfony's JSON trace args ([\"string\",\"pgsql:...\"],[\"string\",\"user\"],[\"string\",\"password\"]), and Perl's DBI::connect('DBI', 'dbi:Pg:…', 'user', 'password') in a Carp trace or Plack's StackTrace page, and a Redis AUTH or HELLO 3 AUTH command's arguments in a serialized ioredis error.",
  keywords: [
    'pdo->__construct(',
    'pdo::__construct(',
    'mysqli->',
    'mysqli_connect(',
    '"string"',
    '"auth"',
    '"hello"',
    "dbi::connect('dbi', '",
    '"variable">$_[',
  ],
  pattern: [
    /\b(?:PDO(?:->|::)__construct|mysqli->(?:__construct|connect|real_connect)|mysqli_connect)\('[^'\n]{0,200}', '[^'\n]{0,100}', '([^'\n]{1,100})'/g,
    /\[\s{0,3}"string"\s{0,3},\s{0,3}"(?:mysql|pgsql|sqlsrv|oci|odbc|dblib|firebird|ibm|informix|cubrid):[^"\n]{1,300}"\s{0,3}\]\s{0,3},\s{0,3}\[\s{0,3}"string"\s{0,3},\s{0,3}"[^"\n]{0,100}"\s{0,3}\]\s{0,3},\s{0,3}\[\s{0,3}"string"\s{0,3},\s{0,3}"([^"\n]{1,200})"/g,
    /"command"\s{0,3}:\s{0,3}\{\s{0,3}"name"\s{0,3}:\s{0,3}"auth"\s{0,3},\s{0,3}"args"\s{0,3}:\s{0,3}\[\s{0,3}(?:"[^"\n]{0,100}"\s{0,3},\s{0,3})?"([^"\n]{1,200})"\s{0,3}\]/g,
    // Perl's DBI->connect in a Carp trace (`DBI::connect('DBI', 'dbi:Pg:…', 'orders', '…')
    // called at …`) and in Devel::StackTrace::AsHTML's argument table (Plack's StackTrace page).
    /\bDBI::connect\('DBI', '[^'\n]{0,300}', '[^'\n]{0,100}', '([^'\n]{1,200})'/g,
    /(?:'|&#39;)dbi:[A-Za-z]{2,20}:[^'&<\n]{1,300}(?:'|&#39;)<\/td><\/tr><tr><td class="variable">\$_\[\d\]<\/td><td class="value">(?:'|&#39;)[^'&<\n]{0,100}(?:'|&#39;)<\/td><\/tr><tr><td class="variable">\$_\[\d\]<\/td><td class="value">(?:'|&#39;)([^'&<\n]{1,200})(?:'|&#39;)/g,
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
      `\tDBI::connect('DBI', 'dbi:Pg:dbname=shop;host=10.0.3.4;port=5432', 'orders', '${sampleSecret(16, 1398)}', 'HASH(0x55d6a6d6ecc0)') called at /srv/shop/lib/ShopDb.pm line 23`,
      {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<table class="arguments"><tr><td class="variable">$_[1]</td><td class="value">&#39;dbi:Pg:dbname=shop;host=10.0.3.4&#39;</td></tr><tr><td class="variable">$_[2]</td><td class="value">&#39;orders&#39;</td></tr><tr><td class="variable">$_[3]</td><td class="value">&#39;${sampleSecret(16, 1397)}&#39;</td></tr></table>`,
      },
    ],
    safe: [
      '{"steps":[{"name":"auth","args":["--provider","github"]}]}',
      'Internal Server Error',
      "#0 /var/www/html/db.php(8): PDO->__construct('pgsql:host=10.0...', 'shop', Object(SensitiveParameterValue))",
      '{"args":[["string","orders"],["string","app"],["string","en"]]}',
      '{"steps":[{"name":"auth","args":[]}]}',
      '{"command":{"name":"hello","args":["3"]}}',
      "DBI::connect('DBI', 'dbi:Pg:dbname=shop', 'orders', '') called at /srv/shop/lib/ShopDb.pm line 23",
    ],
  },
})
