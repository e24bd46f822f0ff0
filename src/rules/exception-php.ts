import { defineRule } from '../define-rule.ts'

const namespaces =
  'Illuminate|Symfony|Doctrine|Laminas|Zend|Yii|yii|CodeIgniter|Cake|Slim|GuzzleHttp|Psr|Predis|League|Twig|Monolog|PHPUnit|Wikimedia|MediaWiki|SimpleSAML'

/** Classes of PHP extensions an app may run without: `Class "Redis" not found`. */
const extensionClasses =
  'Redis|RedisCluster|Memcached|Memcache|PDO|mysqli|SQLite3|ZipArchive|Imagick|SoapClient|SoapServer|IntlDateFormatter|NumberFormatter|Collator|Normalizer|DOMDocument|SimpleXMLElement|XMLReader|XMLWriter|XSLTProcessor|finfo|GMP|AMQPConnection|MongoDB|Swoole'

/** The letters the namespaces end with: a backslash after none of them is passed over at once. */
const lastLetters = [...new Set(namespaces.split('|').map((n) => n.slice(-1)))].join('')

// Namespaced classes match from their backslash, with the namespace looked for behind it, so the
// regex engine skips from one backslash to the next instead of trying every namespace at every
// word. The other forms start with words of their own (which hold their keywords whole).
const error = new RegExp(
  [
    String.raw`\bUncaught [A-Z][\w\\]{0,200}:`,
    String.raw`\bCall to (?:undefined (?:function|method)|a member function|private method|protected method) [\w\\:>$-]{1,200}\(\)`,
    String.raw`\bUndefined (?:index|offset|variable|array key|property|constant)(?:: | \$| "| \d)`,
    String.raw`\bAllowed memory size of \d{1,20} bytes exhausted|\bMaximum execution time of \d{1,10} seconds? exceeded`,
    String.raw`\\(?<=[${lastLetters}]\\)(?<=\b(${namespaces})\\)[\w\\]{1,300}`,
    String.raw`\b(?:ErrorException|ArgumentCountError|DivisionByZeroError|UnhandledMatchError)\b`,
    String.raw`<abbr title="[A-Z][\w\\]{0,200}(?:Exception|Error)">`,
    // A class PHP could not load: a namespaced one, or one an extension brings (phpredis, intl).
    // An extension's class (`Redis`) also names a course or a product: only as PHP ends the
    // message (end of text, a quote, markup, or ` in /path`).
    String.raw`\b(?:Class|Interface|Trait|Enum) (?:"\\?\w{1,100}\\[\w\\]{1,200}"|'\\?\w{1,100}\\[\w\\]{1,200}') not found\b|\b(?:Class|Interface|Trait|Enum) (?:"(?:${extensionClasses})"|'(?:${extensionClasses})') not found(?=$|["'<\n]| in /)`,
    // Doctrine's EntityNotFoundException, its message alone.
    String.raw`\bEntity of type '\\?\w{1,100}\\[\w\\]{1,200}' for IDs [^\n]{1,200} was not found\b`,
    // Twig's and Symfony PropertyAccess's missing attribute (`Neither the property "total" nor one
    // of the methods "total()", "gettotal()"/"istotal()"/"hastotal()" or "__call()" exist and have
    // public access in class "App\Entity\Order".`).
    String.raw`\bNeither the property "\w{1,100}" nor one of the methods "`,
    // MediaWiki's error page, which names the class even with $wgShowExceptionDetails off
    // (MWExceptionRenderer: `Fatal exception of type "Wikimedia\Rdbms\DBQueryError"`).
    String.raw`\bFatal exception of type (?:"[A-Z][\w\\]{1,200}"|[A-Z][\w\\]{0,200}(?:Exception|Error)\b)`,
    // Its API's error code and MediaWiki-API-Error header, which carry the class in any mode
    // (`internal_api_error_DBQueryError`, `internal_api_error_Wikimedia\Rdbms\DBConnectionError`).
    String.raw`\binternal_api_error_[A-Z][\w\\]{1,200}`,
    // PHP's own exception classes with their message (`RuntimeException: Cannot reach …`).
    String.raw`\b(?:Runtime|Logic|InvalidArgument|Domain|Length|OutOfRange|OutOfBounds|Range|Overflow|Underflow|UnexpectedValue|BadFunctionCall|BadMethodCall|PDO)Exception: `,
  ].join('|'),
  'dg',
)
const keywords = [
  'uncaught ',
  'call to ',
  'undefined ',
  'allowed memory size',
  'maximum execution time',
  '\\',
  'errorexception',
  'argumentcounterror',
  'divisionbyzeroerror',
  'unhandledmatcherror',
  '<abbr title=',
  '" not found',
  "' not found",
  "entity of type '",
  'neither the property "',
  'fatal exception of type ',
  'internal_api_error_',
  'exception: ',
  'failed to open stream: ',
  '): read of ',
  '): file exists',
  '): input string must be hexadecimal string',
  '): data error',
  'failed to parse time string (',
  'malformed utf-8 characters, possibly incorrectly encoded',
  ': not found',
]

// PHP's warnings as an app that turns them into ErrorException passes them on: the function and
// its argument, often a path (`file_get_contents(/srv/app/x.pdf): Failed to open stream: No such
// file or directory`, `mkdir(): File exists`, `gzdecode(): data error`); DateTime's and
// json_last_error_msg()'s messages; and the shell's when a command PHP ran is missing (`sh: 1:
// exec: ffmpeg: not found`).
const warnings =
  /\b[a-z_][a-z0-9_]{1,40}\([^()\n]{0,300}\): (?:Failed to open stream: |failed to open stream: |Read of \d{1,12} bytes failed with errno=\d{1,5} |File exists\b|Input string must be hexadecimal string\b|data error\b)|\bFailed to parse time string \(|\bMalformed UTF-8 characters, possibly incorrectly encoded\b|\bsh: \d{1,5}: (?:exec: )?[^\s:]{1,200}: not found\b/g

/**
 * PHP errors: `Uncaught TypeError`, `Call to a member function x() on null`,
 * `Illuminate\...\QueryException`, `Class "App\Billing" not found`, Doctrine's `Entity of type
 * 'App\Entity\Order' for IDs id(42) was not found`, the class in the Symfony exception page's
 * `<abbr title="PDOException">` hierarchy, Twig's `Neither the property "x" nor one of the methods
 * …` naming the class, and MediaWiki's `Fatal exception of type "Wikimedia\Rdbms\DBQueryError"`.
 */
export const exceptionPhp = defineRule({
  id: 'exception-php',
  category: 'exception',
  description:
    'PHP errors and exception names (Uncaught Error, Call to undefined function, Undefined array key, Illuminate\\... class names, ErrorException, Class "App\\Billing" not found, Doctrine\'s Entity of type \'App\\Entity\\Order\' was not found, Twig\'s Neither the property "x" nor one of the methods ... in class "App\\Entity\\Order", MediaWiki\'s Fatal exception of type "Wikimedia\\Rdbms\\DBQueryError"), exception classes in <abbr title="..."> as the Symfony exception page shows them, and PHP\'s warnings passed on as messages (file_get_contents(/x): Failed to open stream: ..., mkdir(): File exists, gzdecode(): data error, Failed to parse time string, Malformed UTF-8 characters, sh: 1: exec: ffmpeg: not found).',
  keywords,
  pattern: [error, warnings],
  message: 'shows a PHP error or exception',
  examples: {
    leaky: [
      '<p style="margin: 1px">SimpleSAML\\Error\\Error: UNHANDLEDEXCEPTION</p>',
      '{"name":"Exception","type":"yii\\\\base\\\\UnknownPropertyException"}',
      'UnhandledMatchError: Unhandled match case 3',
      '{"error":"file_get_contents(\\/srv\\/app\\/uploads\\/invoice-42.pdf): Failed to open stream: No such file or directory"}',
      '{"error":"mkdir(): File exists"}',
      '{"error":"gzdecode(): data error"}',
      '{"error":"Failed to parse time string (31\\/12\\/2024 18:00) at position 0 (3): Unexpected character"}',
      '{"error":"Malformed UTF-8 characters, possibly incorrectly encoded"}',
      'Command failed with exit code 127: sh: 1: exec: ffmpeg: not found',
      'Uncaught TypeError: App\\Cart::add(): Argument #1 ($qty) must be of type int, string given',
      'Call to a member function getName() on null',
      '{"message":"Undefined array key \\"user\\"","exception":"ErrorException"}',
      'Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)',
      'Illuminate\\Database\\Eloquent\\ModelNotFoundException: No query results for model [App\\Models\\Order] 42',
      '{"exception":"Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\HttpException"}',
      '<h2 class="exception-hierarchy">\n  <a href="#trace-box-1"><abbr title="PDOException">PDOException</abbr></a>\n</h2>',
      '<a href="#trace-box-1"><abbr title="RuntimeException">RuntimeException</abbr></a>',
      '{"message":"Class \\"App\\\\Services\\\\Billing\\" not found"}',
      '{"message":"Class \\"Redis\\" not found"}',
      "Class 'App\\Http\\Controllers\\Controller' not found",
      '{"detail":"Entity of type \'App\\\\Entity\\\\Invoice\' for IDs id(7) was not found"}',
      '{"error":"Neither the property \\"customerName\\" nor one of the methods \\"customerName()\\", \\"getcustomerName()\\"/\\"iscustomerName()\\"/\\"hascustomerName()\\" or \\"__call()\\" exist and have public access in class \\"App\\\\Entity\\\\Order\\"."}',
      '<div class="errorbox"><p>[Zf3aK8AAEAAAB@gK3AAAABM] 2024-05-29 10:15:03: Fatal exception of type "Wikimedia\\Rdbms\\DBQueryError"</p></div>',
      '[a1b2c3] /wiki/Main_Page Fatal exception of type MWException',
      '{"error":{"code":"internal_api_error_DBQueryError","info":"[0d8365e3] Exception caught: A database query error has occurred.","errorclass":"Wikimedia\\Rdbms\\DBQueryError"}}',
      '[0d8365e3] /index.php?title=Special:ShopOrders/sync   RuntimeException: Cannot reach the orders database',
    ],
    safe: [
      '<h1>Oops</h1><p>Fatal exception of type Monday has occurred.</p>',
      'Class "Redis" not found. Browse our other database courses.',
      "Entity of type 'CONTOSO\\Users' was not found in the directory.",
      'Internal Server Error',
      'Search (beta): not found what you need? Ask support.',
      'The file exists check failed (code 7); please retry.',
      'Call to our support line: +1 555 0100 (9:00-17:00).',
      'The delivery date is undefined at the moment. Please try again later.',
      '500 | Server Error',
      '<p><abbr title="Internal Server Error">ISE</abbr>: please retry. <abbr title="Error">E</abbr> 3f1c0d6e</p>',
      'Class "Yoga101" not found. Please pick another class.',
      '{"message":"Class \\"Beginner Pilates\\" not found"}',
      "Entity of type 'Invoice' for IDs 7 was not found.",
      '{"detail":"Order 42 was not found."}',
      'Neither the property nor the building was damaged.',
      'A fatal exception of type 3 stopped the game. Restart it.',
      'A RuntimeException stopped the import; we are on it. Request 3f1c0d6e.',
      '{"error":{"code":"internal_api_error","info":"Please try again later."}}',
    ],
  },
})
