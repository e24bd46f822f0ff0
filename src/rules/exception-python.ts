import { defineRule } from '../define-rule.ts'

// Names only Python uses: flagged even without a message.
const distinct =
  'ValueError|KeyError|IndexError|AttributeError|ModuleNotFoundError|ZeroDivisionError|FileNotFoundError|IsADirectoryError|NotADirectoryError|UnboundLocalError|RecursionError|UnicodeDecodeError|UnicodeEncodeError|JSONDecodeError|NotImplementedError|ImproperlyConfigured|TemplateDoesNotExist|TemplateSyntaxError|MultipleObjectsReturned|ObjectDoesNotExist|SynchronousOnlyOperation|UndefinedError'
// Names that are also plain words or other runtimes' names: only as `Name: message`.
const ambiguous =
  'RuntimeError|NameError|ImportError|PermissionError|LookupError|OSError|IOError|MemoryError|OverflowError|StopIteration|ConnectionError|ConnectionResetError|ConnectionRefusedError|ConnectionAbortedError|BrokenPipeError|AssertionError|OperationalError|ProgrammingError|IntegrityError'

// Exception classes named with their module: every class in these exception modules, and the
// *Error / *Exception classes DB-API drivers export (psycopg2.OperationalError).
const errorModules =
  'psycopg2?|asyncpg|pymysql|MySQLdb|sqlalchemy|redis|requests|urllib3|botocore|pydantic|jinja2|httpx|boto3|marshmallow|celery'
const errorParts = String.raw`\.(?:errors?|exc|exceptions|_exceptions)`
const drivers = String.raw`psycopg2?|pymysql|MySQLdb|sqlite3|mysql\.connector|django\.db\.utils|django\.db`

/** The names in `names` that end in `Error`, without it: `Value|Key|...`. */
const stems = (names: string) =>
  names
    .split('|')
    .filter((n) => n.endsWith('Error'))
    .map((n) => n.slice(0, -'Error'.length))
    .join('|')
const others = (names: string) =>
  names
    .split('|')
    .filter((n) => !n.endsWith('Error'))
    .join('|')

// Suffix first, so the regex engine skips to a distinctive part instead of trying ~40 names at
// every word: `Error` with the name's stem looked for behind it, `.DoesNotExist` and a module's
// `.errors.` with the class or module captured behind them. The other forms start with words of
// their own.
const exception = new RegExp(
  [
    String.raw`Error(?:\b(?<=\b((?:${stems(distinct)})Error))|: \S(?<=\b((?:${stems(ambiguous)})Error: \S)))`,
    String.raw`\b(?:${others(distinct)})\b|\b(?:${others(ambiguous)}): \S`,
    String.raw`(?<=\b([A-Z]\w{0,60}))\.DoesNotExist\b|\bmatching query does not exist\b`,
    String.raw`(?<=\b(${errorModules}))${errorParts}\.[A-Z]\w{1,60}`,
    String.raw`(?<=\b(${drivers}))\.[A-Z]\w{0,60}(?:Error|Exception)\b`,
    String.raw`\bException Type:\s{1,40}[A-Z][\w.]{1,100}`,
    // Graphite's storage library, whose classes are named without Error (`whisper.CorruptWhisperFile`).
    String.raw`\bwhisper\.(?:CorruptWhisperFile|InvalidConfiguration|InvalidAggregationMethod|InvalidTimeInterval|InvalidXFilesFactor|TimestampNotCovered)\b`,
    // The repr of an HTTP client's error, as `repr(e)` or `str(e)` of requests' wrapper shows it:
    // `RemoteDisconnected('Remote end closed …')`, `ReadTimeout('timed out')`, `<HTTPError 500: …>`.
    String.raw`\b(?:RemoteDisconnected|URLError|ReadTimeout|ConnectTimeout|ChunkedEncodingError|MaxRetryError|NewConnectionError|IncompleteRead)\((?:'|"|<|\d|\)|[a-z]{2,40}\(|[A-Z]\w{0,60}Error\()|<HTTPError \d{3}: '`,
  ].join('|'),
  'dg',
)
const keywords = [
  'error',
  'improperlyconfigured',
  'doesnotexist',
  'does not exist',
  'stopiteration',
  'multipleobjectsreturned',
  'exception type:',
  'whisper.',
  '.err',
  '.exc',
  '._exc',
  'exception',
  'synchronousonlyoperation',
  'remotedisconnected(',
  'readtimeout(',
  'connecttimeout(',
  'incompleteread(',
  '[errno',
  "' returned non-zero exit status",
  "' timed out after ",
  'maximum recursion depth exceeded',
  "does not match format '",
  'non-hexadecimal number found in fromhex()',
  'not a gzipped file',
  'only base64 data is allowed',
  'invalid base64-encoded string',
  "[<class 'decimal.",
  '"\'',
]

// CPython's own texts without their class, as `str(e)` gives them: an OSError's (`[Errno 2] No
// such file or directory: '/srv/app/x.pdf'`), subprocess's with the command line (`Command
// '['pg_dump', …]' returned non-zero exit status 1.`), RecursionError's, datetime's, bytes'
// fromhex, gzip's, binascii's and decimal's; and a KeyError's, which is the missing key alone in
// quotes, as the whole message of an error member (`{"error":"'stripe_webhook_secret'"}`).
const messages =
  /\[Errno \d{1,5}\] (?:No such file or directory|File exists|Is a directory|Not a directory|Permission denied|Directory not empty|Read-only file system|Too many open files): '|\bCommand '[^\n]{1,2000}' (?:returned non-zero exit status -?\d|timed out after \d)|\bmaximum recursion depth exceeded\b|\btime data '[^'\n]{0,100}' does not match format '|\bnon-hexadecimal number found in fromhex\(\) arg at position \d|\bNot a gzipped file \(b['"]|\bOnly base64 data is allowed\b|\bInvalid base64-encoded string: |\[<class 'decimal\.[A-Z]\w{0,60}'>\]|"(?:error|message|detail|msg|exception)"\s{0,3}:\s{0,3}"'[A-Za-z_][\w.-]{0,100}'"/g

/**
 * Python exceptions: `KeyError: 'user_id'`, `ValueError`, Django's `matching query does not exist`,
 * qualified driver classes (`psycopg2.errors.UndefinedTable`) and the `Exception Type:` line of
 * Django's technical 500.
 */
export const exceptionPython = defineRule({
  id: 'exception-python',
  category: 'exception',
  description:
    "Python exception names (KeyError, ValueError, AttributeError, RuntimeError: ...), Django/Jinja error names, classes named with their driver module (psycopg2.errors.UndefinedTable, sqlite3.OperationalError), the repr of an HTTP client's error (RemoteDisconnected('…'), ReadTimeout('…'), <HTTPError 500: '…'>) Django's \"Exception Type:\" line, and CPython's own texts as str(e) gives them ([Errno 2] No such file or directory: '/x', Command '[...]' returned non-zero exit status 1, maximum recursion depth exceeded, time data ... does not match format, Not a gzipped file, Only base64 data is allowed, a KeyError's quoted key as a whole error message).",
  keywords,
  pattern: [exception, messages],
  message: 'shows a Python exception',
  examples: {
    leaky: [
      'SynchronousOnlyOperation: You cannot call this from an async context',
      '{"error":"[Errno 2] No such file or directory: \'/srv/app/uploads/invoice-42.pdf\'"}',
      "Command '['pg_dump', '--schema-only', 'postgres://db.internal/orders']' returned non-zero exit status 1.",
      "Command '['psql', '-c', 'select 1']' timed out after 0.3 seconds",
      '{"error":"maximum recursion depth exceeded"}',
      "time data '05/14/2024 10:00' does not match format '%Y-%m-%dT%H:%M:%S'",
      '{"error":"Not a gzipped file (b\'{\\"\')"}',
      '{"error":"Only base64 data is allowed"}',
      '{"error":"[<class \'decimal.ConversionSyntax\'>]"}',
      '{"error":"\'stripe_webhook_secret\'"}',
      '<pre>whisper.CorruptWhisperFile: Unable to read archive0 metadata (/opt/graphite/storage/whisper/db1/load.wsp)</pre>',
      '{"error": "(\'Connection aborted.\', RemoteDisconnected(\'Remote end closed connection without response\'))"}',
      '{"error": "<HTTPError 500: \'Internal Server Error\'>"}',
      "ReadTimeout('timed out')",
      '{"error": "URLError(ConnectionRefusedError(111, \'Connection refused\'))"}',
      "KeyError: 'user_id'",
      "AttributeError: 'NoneType' object has no attribute 'email'",
      '{"detail":"ValueError(\'invalid literal for int() with base 10\')"}',
      'RuntimeError: bad payload',
      "ConnectionRefusedError: [Errno 111] Connect call failed ('10.0.3.7', 5432)",
      'Order.DoesNotExist: Order matching query does not exist.',
      "ModuleNotFoundError: No module named 'redis'",
      'django.core.exceptions.ImproperlyConfigured',
      '<title>psycopg2.errors.UndefinedTable: relation "orders" does not exist\n // Werkzeug Debugger</title>',
      '<h1>UniqueViolation</h1>\n<p class="errormsg">psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint &#34;customers_email_key&#34;</p>',
      '<tr>\n  <th>Exception Type:</th>\n  <td>ConnectionError</td>\n</tr>',
      'Exception Type: OperationalError at /sqlite-missing-table\nException Value: no such table: orders',
      'jinja2.exceptions.TemplateNotFound: emails/receipt.html',
    ],
    safe: [
      'Internal Server Error',
      'A runtime error occurred. Please try again at 10:30.',
      'The inventory service timed out (ReadTimeout). Please retry.',
      'Key error? No: the service is just busy. Request 3f1c0d6e.',
      '{"detail":"Internal Server Error"}',
      'The page does not exist any more.',
      'Exception type: none reported. Request 3f1c0d6e.',
      'Our client uses requests.Session and sqlite3.connect; the service is busy, please retry.',
      '{"error":"Please try again","hint":"\'Retry\' in 10 seconds"}',
      'The date you entered does not match format DD/MM/YYYY.',
    ],
  },
})
