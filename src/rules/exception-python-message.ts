import { defineRule } from '../define-rule.ts'

// Messages CPython prints, with the quoted names or types it puts in them.
const messages =
  /'[\w.]{1,100}' object (?:has no attribute '|is not (?:subscriptable|callable|iterable)\b)|\bunsupported operand type\(s\) for |\bcan only concatenate (?:str|list|tuple) \(not "|\b(?:list|string|tuple) index out of range\b|\binvalid literal for (?:int|float)\(\) with base \d|\bname '\w{1,100}' is not defined\b|\b(?:takes|missing) (?:from )?\d{1,3} (?:to \d{1,3} )?(?:required )?positional arguments?\b(?: but \d{1,3} (?:was|were) given)?|\bgot an unexpected keyword argument '|\bNo module named '|\bdictionary changed size during iteration\b|\blocal variable '\w{1,100}' referenced before assignment|\bwhere it is not associated with a value\b|\b(?:integer |float )?division(?: or modulo)? by zero\b|\bis not JSON serializable\b|\bExpecting value: line \d|'[\w-]{1,30}' codec can't (?:decode|encode) (?:byte|bytes|character|characters) |<_(?:Inactive|Multi)ThreadedRendezvous of RPC that terminated with:|<_InactiveRpcError of RPC that terminated with:|\bobject cannot be interpreted as an integer\b|\bunknown encoding: [\w.-]{1,40}|\b(?:Value|argument) after \*{1,2} must be (?:an iterable|a mapping), not [\w.]{1,60}/g
// pydantic 2's validation errors, as a settings class that fails at start-up prints them.
const pydantic =
  /\[type=[\w.]{1,60}, input_value=|\bFor further information visit https:\/\/errors\.pydantic\.dev\//g
// psycopg's exception classes, named after their SQLSTATE, as a page heads a message with them.
const psycopgNames =
  'UndefinedTable|UndefinedColumn|UndefinedFunction|UniqueViolation|ForeignKeyViolation|NotNullViolation|CheckViolation|InvalidTextRepresentation|NumericValueOutOfRange|DeadlockDetected|InsufficientPrivilege|InFailedSqlTransaction|SerializationFailure|DuplicateTable|QueryCanceled'
const psycopgClass = new RegExp(String.raw`\b(?:${psycopgNames})(?:: \S|\((?:'|&#0?39;))`, 'g')
// An exception's repr, as `{"error": repr(e)}` sends it: `UndefinedTableError('relation ...')`,
// `ConnectionRefusedError(111, "...")`, `TimeoutError()` (no arguments, as aiohttp's timeout
// raises it), one wrapping another's or a record's (urllib3's `Caused by SSLError(SSLError(1,
// '…'))`, aiohttp's `ClientResponseError(RequestInfo(url=…`); and PyMongo's
// `error=AutoReconnect('...')`. Code that
// makes one (`throw new TypeError("…")` in a page's script, `raise ValueError('…')`) is no repr.
const repr =
  /(?<!\bnew |\braise |\bthrow |[.\\$?:(!&|])\b[A-Z][A-Za-z]{0,60}(?:Error|Exception)\((?:'|\\?"|&#0?39;|&quot;|\d{1,5}, |\)(?![\w.(]))|\bAutoReconnect\((?:'|\\?"|&#0?39;|&quot;)|\b(?:ConnectionClosedByBroker|ChannelClosedByBroker|AMQPConnectionError|StreamLostError|ChannelWrongStateError|UnroutableError|NackError): |(?<!\bnew |\braise |\bthrow |[.\\$?:(!&|])\b[A-Z][A-Za-z]{0,60}(?:Error|Exception)\([A-Z][A-Za-z]{0,60}(?:Error|Exception|Info)\((?:'|\\?"|&#0?39;|&quot;|\d{1,5}, |[a-z_]{1,40}=)/g

const keywords = [
  'object has no attribute',
  'object is not',
  'unsupported operand type',
  'can only concatenate',
  'index out of range',
  'invalid literal for',
  'is not defined',
  'positional argument',
  'unexpected keyword argument',
  'no module named',
  'changed size during iteration',
  'referenced before assignment',
  'where it is not associated with a value',
  'by zero',
  'is not json serializable',
  'expecting value: line',
  'codec can',
  'of rpc that terminated with:',
  'input_value=',
  'cannot be interpreted as an integer',
  'unknown encoding: ',
  ' must be an iterable, not ',
  ' must be a mapping, not ',
  'error(',
  'exception(',
  'autoreconnect(',
  'connectionclosedbybroker: ',
  'channelclosedbybroker: ',
  'amqpconnectionerror: ',
  'streamlosterror: ',
  'channelwrongstateerror: ',
  'unroutableerror: ',
  'nackerror: ',
  'errors.pydantic.dev/',
  ...psycopgNames.toLowerCase().split('|'),
]

/**
 * Raw Python error messages without the class name, as `{"detail": str(exc)}` passes them on, and
 * psycopg's SQLSTATE-named classes heading a message (`UndefinedTable: relation ...`), codec errors
 * and pydantic's validation errors (`Field required [type=missing, input_value={}, ...]`); and an
 * exception's repr, as `{"error": repr(e)}` sends it (`UndefinedTableError('relation ...')`).
 *
 * @example
 * ```ts
 * '{"detail":"list index out of range"}' // flagged
 * ```
 */
export const exceptionPythonMessage = defineRule({
  id: 'exception-python-message',
  category: 'exception',
  description:
    "Raw CPython error messages ('NoneType' object has no attribute 'id', list index out of range, name 'x' is not defined, ...), psycopg exception classes heading a message (UndefinedTable: ..., UniqueViolation(...)), codec errors, pydantic validation errors, and an exception's repr (ProgrammingError('...'), TimeoutError(), PyMongo's AutoReconnect(...)) pika's exception classes heading a message (ConnectionClosedByBroker: (403) ...).",
  keywords,
  pattern: [messages, psycopgClass, pydantic, repr],
  message: 'shows a raw Python error message',
  examples: {
    leaky: [
      '{"error":"UndefinedTableError(\'relation \\"orders\\" does not exist\')"}',
      '{"error":"ConnectionRefusedError(111, \\"Connect call failed (\'10.0.3.7\', 5432)\\")"}',
      '{"error":"TimeoutError()"}',
      '<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>unknown encoding: bogus</p>',
      '<p>Value after * must be an iterable, not NoneType</p>',
      '{"error":"ConnectionClosedByBroker: (403) \'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN.\'"}',
      "Max retries exceeded with url: /v1/stock (Caused by SSLError(SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)')))",
      '{"error":"ClientResponseError(RequestInfo(url=URL(\'http://inventory:8080/v1/stock\'), method=\'GET\'))"}',
      "servers: [<ServerDescription ('10.0.3.7', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('10.0.3.7:27017: [Errno 111] Connection refused')>]",
      '{"error":"invalid input for query argument $1: \'abc\' (\'str\' object cannot be interpreted as an integer)"}',
      '<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses"\n>',
      '{"detail":"\'NoneType\' object has no attribute \'id\'"}',
      '{"error": "list index out of range"}',
      "name 'order' is not defined",
      'show() takes 1 positional argument but 2 were given',
      "invalid literal for int() with base 10: 'abc'",
      "unsupported operand type(s) for +: 'int' and 'str'",
      '<h2>UndefinedTable: relation &quot;orders&quot; does not exist',
      "<pre>UniqueViolation('duplicate key value violates unique constraint')</pre>",
      '{"detail":"\'utf-8\' codec can\'t decode byte 0xff in position 0: invalid start byte"}',
      '{"detail":"1 validation error for Settings\\nDATABASE_URL\\n  Field required [type=missing, input_value={}, input_type=dict]\\n    For further information visit https://errors.pydantic.dev/2.5/v/missing"}',
    ],
    safe: [
      '<script>fetch(u).catch(function(){return Promise.reject(TypeError("Failed to fetch"))})</script>',
      "<pre><code>throw new \\InvalidArgumentException('The amount must be positive.');</code></pre>",
      '<pre>client.AutoReconnect(TimeSpan.FromSeconds(5))</pre>',
      '<script>const e = AbortError().name; fail(TimeoutError().message)</script>',
      'Internal Server Error',
      '{"detail":"Internal Server Error"}',
      'This page is not defined yet. Please go back. Request 3f1c0d6e.',
      'The order object is not ready; try again at 10:30.',
      'Your basket is out of range of our delivery area.',
      'We could not read your upload: the file is not valid UTF-8. Request 3f1c0d6e.',
      'Error(s) found in your form (see below).',
      'See our guide to NetworkError (and how to retry).',
      '<script>function f(e){if(typeof e!="function")throw new TypeError("expected function")}</script>',
    ],
  },
})
