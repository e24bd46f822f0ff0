import { defineRule } from '../define-rule.ts'

/**
 * Raw error messages of the JVM, .NET, PHP 8 and Ruby without their class names, and the errors
 * of graphql-java and the AWS SDKs, as wrappers that pass `err.message` on show them: `Cannot
 * invoke "String.length()" because "<local1>" is null`, `The given key 'tenantId' was not present
 * in the dictionary.`, `Attempt to read property "email" on null`, `no implicit conversion of nil
 * into String`, `An error occurred (AccessDenied) when calling the GetObject operation`. Also the
 * messages of Hibernate (`Unable to find com.acme.Order with id 42`), Jackson and Jakarta
 * Validation, of SDKs that found no credentials (`Unable to locate credentials`), of a Lambda that
 * timed out, of Firebase Admin (`errorInfo`, `Raw server response: "…"`), of Laravel without its
 * `APP_KEY`, EF Core's `See the inner exception for details`, Erlang's error terms
 * (`{badarg,[{erlang,binary_to_integer,...`, `error:badarg` as `Class:Reason` prints it), Elixir's `** (Ecto.NoResultsError)` banner and its
 * bare messages (`no function clause matching in X.show/2`, `key :id not found in: %{…}`,
 * `#Ecto.Changeset<…>`), kotlinx.serialization's `… required for type with serial name '…'`, `Serializer
 * for class '…' is not found` and `Unexpected JSON token at offset 42:`, circe's `DecodingFailure at
 * .items[0]`, axum's `Missing request extension`, Rust's file errors (`No such file or directory
 * (os error 2)`) and `Custom { kind: Other, error: … }`, and Symfony's entity resolvers
 * (`"App\\Entity\\Order" object not found by the @ParamConverter annotation`); cloud storage SDKs
 * naming a bucket, object or account (AWS, Google Cloud, Azure), SaaS SDKs passing on their API's
 * refusal (Twilio, OpenAI, Anthropic, Stripe), SAP's short dump, Classic ASP's VBScript errors, and
 * `FirebaseError` and `AppwriteException`. Also Tera's render errors (``Variable `order.total` not
 * found in context while rendering 'orders/show.html'``), Elixir's MatchError and
 * UndefinedFunctionError messages, an Elixir exception struct inspected
 * (`%Mint.TransportError{reason: :econnrefused}`) and Jason's decode errors; EF Core's
 * untranslatable LINQ and the Cosmos DB SDK's diagnostics (`Request URI: /apps/…/services/…`);
 * Hibernate's transient instance and non-unique result, Spring Data's `No property 'x' found for
 * type 'Order'` and Gson's `Expected BEGIN_OBJECT but was STRING at line 1 column 1 path $`;
 * Laravel's Vite manifest errors; the OpenAI and Anthropic Python SDKs'
 * `Error code: 429 - {'error': {…}}`; Google's auth library without credentials (`Could not load the
 * default credentials.`), Netflix Ribbon without a server (`Load balancer does not have available
 * server for client: orders`), Stripe's `Invalid API Key provided: sk_live_****`, and Lua's
 * runtime errors (`attempt to index local 'res' (a nil value)`) and lua-cjson's (`Expected value but
 * found T_OBJ_END at character 23`), as OpenResty and Kong pass them on;
 * OpenSSL's error strings of its libraries other than SSL (`error:1C800064:Provider routines::bad
 * decrypt`); GHC's (`Prelude.head: empty list`, `SqlError {sqlState = …}`), SBCL's (`The value NIL is not of
 * type NUMBER`, `Condition X:Y was signalled.`, `The function SHOP::F is undefined.`, a condition
 * object in a backtrace, `#<SIMPLE-ERROR "…" {1005AE69E3}>`), Racket's (`car: contract
 * violation`, `open-input-file: cannot open input file`, and any message its web server's page
 * shows after `The application raised an exception with the message:`) and Ruby's KeyError (`key not found: :total`).
 * Also Erlang's `erl_error:format_exception/3` (`exception error: undefined function
 * payments_client:charge/2`, `exception error: no match of right hand side value
 * {error,econnrefused}`, `exception error: {orders_db_not_local,…`), Yaws' crash report
 * (`Class: error`, then `Exception: badarith` or a tuple) and the Erlang compiler's errors as
 * Yaws shows them for a .yaws page (`invoice.yaws:8: variable 'Totl' is unbound`).
 *
 * @example
 * ```ts
 * '{"error":"Index 3 out of bounds for length 2"}' // flagged
 * ```
 */
export const exceptionMessageOtherRuntimes = defineRule({
  id: 'exception-message-other-runtimes',
  category: 'exception',
  description:
    "Raw JVM, .NET, PHP 8 and Ruby error messages (Cannot invoke \"x\" because \"y\" is null, Index 3 out of bounds for length 2, The given key was not present in the dictionary, Attempt to read property \"x\" on null, no implicit conversion of nil into String, ...), graphql-java's data fetching errors, AWS SDK errors (botocore's message, v3's $fault), Hibernate/Jackson/Jakarta Validation messages, SDKs without credentials (AWS, Firebase Admin), Lambda timeouts, Firebase Admin errors (errorInfo, Raw server response, Failed to parse private key), Laravel without its APP_KEY, EF Core's inner-exception pointer, Erlang error terms ({badarg, ...}, error:badarg, a reason alone such as function_clause), Elixir's ** (Module.Error) banner and its bare messages (no function clause matching in, key :x not found in: %{…}, protocol X not implemented for, #Ecto.Changeset<…>), kotlinx.serialization's errors (missing fields, no serializer, unexpected JSON token), circe's DecodingFailure, axum's missing request extension, Rust's file errors (No such file or directory (os error 2)), Rust errors printed with {:?} (Error { kind: Db, cause: … }, Custom { kind: Other, error: … }, Os { code: 2, kind: NotFound, … }) and Rust's std and crates' messages (expected value at line 1 column 1, invalid digit found in string, invalid utf-8 sequence, ring::error::Unspecified, InvalidByte(6, 45)) and Symfony's entity resolver messages naming the entity class; cloud storage SDKs naming a bucket, object or account (AWS SDK for Go v1 and Java v1 tails, Google Cloud IAM refusals and its clients, Azure SDK errors, DefaultAzureCredential); SaaS SDK refusals (Twilio HTTP 401 error: Unable to create record and its RestException's moreInfo link, OpenAI Incorrect API key provided and its rate limits naming the organization, Anthropic invalid x-api-key, Stripe No such customer: 'cus_...' and its connection error); SAP short dumps (termination: RABAX_STATE); Classic ASP VBScript errors and .asp, line N; FirebaseError and AppwriteException; Tera (Variable `x` not found in context while rendering 'y', Failed to render 'y.html'); Elixir's MatchError (no match of right hand side value:), UndefinedFunctionError (function X.f/2 is undefined or private), exception structs (%Mint.TransportError{reason: ...}, %MatchError{term: ...}), File.Error (could not read file \"/x\": ...), ErlangError (Erlang error: :enoent), Base's, the Calendar parsers' (cannot parse \"x\" as date, reason: :...), a BIF's ArgumentError (errors were found at the given arguments:), a Task's exit (exited in: Task.await(...), ** (exit)) and Jason's decode errors (unexpected byte at position 0: 0x3C); EF Core (The LINQ expression '...' could not be translated), Cosmos DB SDK diagnostics (Request URI: /apps/..., RequestStats:, cosmos-netstandard-sdk/); Hibernate (object references an unsaved transient instance, query did not return a unique result: 2), Spring Data (No property 'x' found for type 'Y'), Gson (Expected BEGIN_OBJECT but was STRING); Laravel's Vite manifest errors; the OpenAI and Anthropic Python SDKs (Error code: 429 - {'error': ...}); Google's auth library without credentials, Netflix Ribbon without a server, Stripe's Invalid API Key provided, Lua runtime errors (attempt to index local 'res' (a nil value), bad argument #1 to 'decode' (string expected, got nil)) and lua-cjson's (Expected value but found T_OBJ_END at character 23); GHC (Prelude.head: empty list, Non-exhaustive patterns in, SqlError {sqlState = ...}, HttpExceptionRequest Request {...}), SBCL (The value NIL is not of type NUMBER, Condition USOCKET:CONNECTION-REFUSED-ERROR was signalled., The function X::Y is undefined., The file #P... does not exist, a condition object #<SIMPLE-ERROR ...>), the JDK's messages without their class (/x (No such file or directory), Cannot run program \"x\", Illegal base64 character, Given final block not properly padded, Tag mismatch!, Not in GZIP format, Jackson's Unexpected character, Text '...' could not be parsed at index N), OpenSSL's error strings of libraries other than SSL (error:1C800064:Provider routines::bad decrypt, error:1E08010C:DECODER routines::unsupported), Racket (car: contract violation, x: undefined; cannot reference an identifier before its definition, cannot open input file, arity mismatch, division by zero, hash-ref: no value found for key, and any message after its web server's The application raised an exception with the message:), Ruby's KeyError (key not found: :total); Erlang's erl_error:format_exception (exception error: undefined function m:f/2, exception error: no match of right hand side value {error,econnrefused}, exception error: {reason,...}), Yaws' crash report (Class: error, then Exception: badarith or Exception: {reason,...}) and the Erlang compiler's errors (x.yaws:8: variable 'X' is unbound).",
  keywords: [
    'badarg',
    'badarith',
    'undef',
    'function_clause',
    'case_clause',
    'if_clause',
    'noproc',
    ':system_limit',
    'error:{',
    'exit:{',
    'throw:{',
    'error {',
    'because "',
    'because the return value of "',
    'out of bounds for length',
    'for input string: "',
    'cannot be cast to class',
    'could not initialize proxy',
    'failed to lazily initialize',
    'lateinit property',
    'was not present in the dictionary',
    'nullable object must have a value',
    'unable to resolve service for type',
    'was not in a correct format',
    'missing type map configuration',
    'attempt to read property "',
    'prelude.',
    'maybe.fromjust: nothing',
    'non-exhaustive patterns in ',
    'exception {',
    'httpexceptionrequest request {',
    ' was signalled',
    'is not of type',
    'the function ',
    'illegal base64 character ',
    "can't find resource for bundle ",
    'given final block not properly padded',
    'tag mismatch!',
    'is neither a decimal digit number',
    'cannot run program "',
    ' (no such file or directory)',
    ' (is a directory)',
    ' (permission denied)',
    ' (not a directory)',
    '"is a directory"',
    '"not a directory"',
    'not in gzip format',
    'string length not even: ',
    "unexpected character ('",
    "' could not be parsed at index ",
    ' routines:',
    'the file #p"',
    '-error "',
    '-error {',
    'contract violation',
    'cannot reference an',
    'cannot open input file',
    'cannot open output file',
    'arity mismatch;',
    'raised an exception with the message:',
    'not a procedure;',
    'division by zero',
    'no value found for key',
    '-ref: index ',
    'key not found: ',
    'attempt to assign property "',
    'trying to access array offset on',
    'target class [',
    'no implicit conversion of',
    'comparison of ',
    'exception while fetching data',
    'when calling the ',
    '"$fault"',
    'unable to find ',
    'cannot deserialize value of type',
    'validation failed for classes [',
    'constraintviolationimpl{',
    'unable to locate credentials',
    'could not load credentials',
    'could not load the default credentials',
    'attempt to ',
    ' but found ',
    'bad argument #',
    'does not have available server for client: ',
    'google oauth2 access token',
    'task timed out after',
    'no application encryption key',
    'ask timed out on [actor[',
    'failed to inject value for parameter [',
    'swift.decodingerror',
    'leaferror(file: "',
    'https response error statuscode: ',
    '(os error ',
    'raw server response: "',
    '** (',
    ', status code: ',
    'exception while executing function: ',
    '"errorinfo"',
    'identities failed the check',
    'see the inner exception',
    '{badarg,',
    '{badmatch,',
    '{badarith,',
    '{function_clause,',
    '{case_clause,',
    '{if_clause,',
    '{undef,',
    '{noproc,',
    '{badkey,',
    '{try_clause,',
    "no qualifying bean of type '",
    'error happened during template parsing',
    'exception evaluating springel expression',
    'type definition error: [simple type',
    'cannot be tracked because another instance',
    'a second operation was started on this context',
    'does not indicate success: ',
    'enableretryonfailure',
    'cannot construct instance of `',
    'no function clause matching',
    'not found in:',
    ' not implemented for ',
    '#ecto.',
    '%ecto.',
    'serializer for class',
    'unexpected json token at offset',
    'decodingfailure(',
    'custom { kind: ',
    'object not found by ',
    'required for type with serial name',
    'decodingfailure at',
    'on failed cursor',
    'missing request extension',
    '\tstatus code: ',
    '; status code: ',
    'does not have ',
    '.googleapis.com/',
    "storage: object doesn't exist",
    "storage: bucket doesn't exist",
    'defaultazurecredential failed',
    '\n----------',
    'requestid:',
    ' error: unable to ',
    'twiliorestexception',
    'twilio.com/docs/errors/',
    'failed to parse private key',
    'incorrect api key provided: ',
    'invalid api key provided: ',
    ' in organization org-',
    'our connection to stripe',
    'invalid x-api-key',
    "no such customer: '",
    "no such charge: '",
    "no such payment_intent: '",
    "no such payment_method: '",
    "no such price: '",
    "no such product: '",
    "no such subscription: '",
    "no such invoice: '",
    "no such source: '",
    "no such token: '",
    "no such setup_intent: '",
    "no such coupon: '",
    "no such plan: '",
    "no such refund: '",
    "no such account: '",
    'you did not provide an api key',
    '(termination: ',
    'microsoft vbscript ',
    '.asp',
    'firebaseerror: ',
    'appwriteexception: ',
    'not found in context while rendering ',
    'failed to render ',
    'no match of right hand side value: ',
    ' is undefined or private',
    ' is undefined (',
    'error{',
    'exception{',
    'unexpected byte at position ',
    'os { code: ',
    '", line: ',
    ' at line ',
    'invalid digit found in string',
    'cannot parse integer from empty string',
    'to fit in target type',
    'invalid float literal',
    'utf-8 sequence of ',
    'utf-8 byte sequence from index ',
    'invalid byte ',
    'invalidbyte(',
    '::error::',
    'parseerror(',
    'elapsed(())',
    'exitstatus(unix_wait_status(',
    // Whole phrases: a page's `could not be shown` must not wake the pattern.
    'could not read file "',
    'could not write to file "',
    'could not make directory',
    'could not remove file "',
    'could not list directory "',
    'could not read file stats "',
    'could not change mode',
    'could not create link',
    'could not create symlink',
    'erlang error: ',
    'non-alphabet character found: ',
    'cannot parse "',
    'errors were found at the given arguments:',
    'bad argument in arithmetic expression',
    'exited in: ',
    '{:timeout, {task, :await, [',
    'the linq expression ',
    'request uri: /apps/',
    'requeststats: microsoft.azure.',
    'cosmos-netstandard-sdk/',
    '; substatus: ',
    'references an unsaved transient instance',
    'query did not return a unique result: ',
    ' found for type ',
    'but was begin_',
    'but was end_',
    'but was name',
    'but was string',
    'but was number',
    'but was boolean',
    'but was null',
    'unable to locate file in vite manifest: ',
    'vite manifest not found at: ',
    " - {'error': ",
    " - {'type': 'error'",
    'exception error: ',
    'exception exit: ',
    'exception throw: ',
    'class: error',
    'class: exit',
    'class: throw',
    '.erl:',
    '.hrl:',
    '.yaws:',
  ],
  pattern: [
    /\bCannot (?:invoke|read field|assign field|load from [\w.]{1,60} array|store to [\w.]{1,60} array|read the array length) (?:"[^"\n]{1,200}" )?because (?:the return value of )?"[^"\n]{1,200}" is null\b|\bIndex -?\d{1,10} out of bounds for length \d{1,10}\b|\bFor input string: "|\bclass [\w.$]{1,200} cannot be cast to class [\w.$]{1,200}/g,
    /\bcould not initialize proxy\b|\bfailed to lazily initialize a collection of role\b|\blateinit property \w{1,100} has not been initialized\b/g,
    /\bThe given key '[^'\n]{1,200}' was not present in the dictionary\b|\bNullable object must have a value\b|\bUnable to resolve service for type '|\b(?:The input string '[^'\n]{0,200}'|Input string) was not in a correct format\b|\bMissing type map configuration or unsupported mapping\b/g,
    /\bAttempt to (?:read|assign) property "\w{1,100}" on (?:null|bool|int|float|string|array)\b|\bTrying to access array offset on (?:value of type )?(?:null|bool|int|float)\b|\bTarget class \[[\w\\]{1,200}\] does not exist\b/g,
    /\bno implicit conversion of \w{1,60} into [A-Z]\w{0,60}|\bcomparison of [A-Z]\w{0,60} with (?:nil|\d{1,20}|[A-Z]\w{0,60}) failed\b/g,
    /\bException while fetching data \(|\bAn error occurred \([\w.]{1,100}\) when calling the \w{1,100} operation\b|"\$fault"\s{0,3}:\s{0,3}"(?:client|server)"/g,
    // Hibernate, Jackson and Jakarta Validation, as Spring's default error body passes them on.
    /\bUnable to find [a-z]\w{0,60}(?:\.[a-z]\w{0,60}){0,20}\.[A-Z]\w{0,60} with id \b|\bCannot deserialize value of type `|\bValidation failed for classes \[[\w.$]{1,200}\] during \w{1,20} time\b|\bConstraintViolationImpl\{/g,
    // Cloud SDKs and runtimes without credentials or time: the AWS SDKs, Firebase Admin, Lambda.
    /\bUnable to locate credentials(?![ \t]{0,3}[A-Za-z])|\bCould not load credentials from any providers\b|\bCould not load the default credentials\.|\bLoad balancer does not have available server for client: |\bfailed to fetch a valid Google OAuth2 access token\b|\bTask timed out after \d{1,4}\.\d\d seconds\b/g,
    // Akka, Micronaut, Swift and Leaf; the AWS SDK for Go and SES. (S3's XML error body is also
    // the page S3 itself answers with, for a site it serves: it passes.)
    /\bAsk timed out on \[Actor\[akka:\/\/|\bFailed to inject value for parameter \[|\bSwift\.DecodingError\b|\bLeafError\(file: "|\boperation error [\w-]{1,60}: \w{1,60}, https response error StatusCode: \d{3}|\bThe following identities failed the check in region\b/g,
    // Firebase Admin: an error serialized whole (`errorInfo`), and the Google API's own answer it
    // quotes.
    /"errorInfo"\s{0,3}:\s{0,3}\{\s{0,3}"code"\s{0,3}:\s{0,3}"(?:auth|app|messaging|firestore|storage|database|installations|project-management)\/|\bRaw server response: "/g,
    // The AWS SDK for Java's message tail; Azure Functions naming the function that threw.
    /\(Service: [\w-]{1,60}, Status Code: \d{3}, Request ID: |\bException while executing function: Functions\./g,
    // Lua's runtime errors, as OpenResty and Kong pass them on: `attempt to index local 'res' (a
    // nil value)`, `attempt to call a nil value (method 'get_user')`.
    /\battempt to (?:index|call|concatenate|perform arithmetic on|compare|get length of) (?:a (?:nil|boolean|number|string|table|function|userdata|thread) value\b|(?:local|global|field|upvalue|method|constant) '[^'\n]{1,100}' \(a [a-z]{1,20} value\)|(?:nil|boolean|number|string|table|userdata) with (?:nil|boolean|number|string|table|userdata)\b)/g,
    // An Erlang exception as `Class:Reason` prints it (`error:badarg`, `error:{orders_db_not_local,…`),
    // and a runtime reason alone as a whole message (`function_clause`, as MochiWeb apps and
    // RabbitMQ's API pass it on).
    /\b(?:error|exit|throw):(?:badarg|badarith|undef|function_clause|case_clause|if_clause|noproc|system_limit|\{[a-z_]{2,40},)|(?<![^"'>\n])(?:badarg|badarith|undef|function_clause|case_clause|if_clause|noproc)(?![^"'<\n\\])/g,
    // lua-cjson's parse errors and Lua's bad argument errors (`Expected value but found T_OBJ_END at
    // character 23`, `bad argument #1 to 'decode' (string expected, got nil)`).
    /\bExpected (?:value|object key string|colon|comma or (?:object|array) end) but found [\w ]{1,40} at character \d{1,9}\b|\bbad argument #\d{1,2} to '[\w.:]{1,60}' \(/g,
    // GHC's messages as `show` prints an exception (`Prelude.head: empty list`, `Maybe.fromJust:
    // Nothing`, `Non-exhaustive patterns in function total`) and the records of postgresql-simple's
    // and http-client's exceptions (`SqlError {sqlState = …`, `HttpExceptionRequest Request {`);
    // SBCL's type errors and signalled conditions (`The value NIL is not of type NUMBER`,
    // `Condition USOCKET:CONNECTION-REFUSED-ERROR was signalled.`); Ruby's KeyError (`key not
    // found: :total`, as WEBrick's own 500 page shows it).
    /\bPrelude\.[\w!]{1,30}: |\bMaybe\.fromJust: Nothing\b|\bNon-exhaustive patterns in (?:function|case|lambda|record|multi-way if)\b|(?<!\b(?:class|struct|interface|type|enum) )\b[A-Z][A-Za-z]{0,60}(?:Error|Exception) \{\s{0,10}[a-z]\w{0,40} = |\bHttpExceptionRequest Request \{|\bCondition [A-Z][\w-]{0,60}:{1,2}[A-Z][\w%*-]{0,80} was signalled\b|\bThe value\s{1,20}\S{1,200}\s{1,20}is not of type\s{1,20}[A-Z(]|\bkey not found: (?::\w{1,100}[?!]?|"[^"\n]{1,100}")/g,
    // OpenSSL's error strings of its libraries other than SSL (TLS is driver-error-tls'), as
    // Node's crypto and others pass them on: a key it could not read (`error:1E08010C:DECODER
    // routines::unsupported`), a wrong key (`error:1C800064:Provider routines::bad decrypt`).
    /\berror:[0-9A-F]{8}:(?!SSL )[A-Za-z0-9][A-Za-z0-9 ]{0,40} routines:/g,
    // The JDK's messages without their class, as `e.getMessage()` gives them: java.io's file
    // errors (`/srv/app/x.pdf (No such file or directory)`, `Is a directory` alone),
    // ProcessBuilder's (`Cannot run program "ffmpeg" (in directory "/srv/…")`), Base64's,
    // ResourceBundle's, javax.crypto's, BigDecimal's, GZIPInputStream's, HexFormat's,
    // java.time's and Jackson's parser.
    /(?:\/|[A-Za-z]:\\)[^\s"()]{1,300} \((?:No such file or directory|Is a directory|Permission denied|Not a directory)\)|"(?:Is a directory|Not a directory)"|\bCannot run program "[^"\n]{1,200}"|\bIllegal base64 character [0-9a-f]{1,2}\b|\bCan't find resource for bundle [\w.$]{1,200}, key |\bGiven final block not properly padded\b|\bTag mismatch!|\bis neither a decimal digit number, decimal point, nor |\bNot in GZIP format\b|\bstring length not even: \d|\bUnexpected character \('[^\n]{1,4}' \(code \d{1,6}\)\)|\bText '[^'\n]{0,200}' could not be parsed at index \d/g,
    // SBCL's undefined function and missing file, and a condition object a backtrace prints
    // (`#<SIMPLE-ERROR "orders database misconfigured: ~A" {1005AE69E3}>`).
    /\bThe function [A-Z][A-Z0-9-]{0,60}(?:::?[A-Z][A-Z0-9%*-]{0,80})? is undefined\b|\bThe file #P"[^"\n]{1,300}" does not exist\b|#<(?:[A-Z][A-Z0-9-]{0,40}:{1,2})?[A-Z][A-Z0-9-]{0,60}-ERROR (?:"|\{[0-9A-F]{6,16}\}>)/g,
    // Racket's messages, as its web server's error page shows them: the procedure, then fields
    // (`car: contract violation\n  expected: pair?`, `open-input-file: cannot open input file\n
    // path: …`); and the page's words above any message it shows.
    /\bThe application raised an exception with the message:|: contract violation\r?\n {1,4}expected: |: undefined;\r?\n {0,4}cannot reference (?:an identifier before its definition|an undefined identifier)\b|: cannot open (?:input|output) file\r?\n {1,4}path: |: arity mismatch;\r?\n {0,4}the expected number of arguments does not match the given number\b|\bapplication: not a procedure;|(?<![\w-])(?:\/|quotient|remainder|modulo): division by zero\b|\bhash-ref: no value found for key\b|\b(?:vector|list|string|bytes)-ref: index (?:is out of range|too large for list)\b/g,
    // Elixir's banner above an exception (`** (Postgrex.Error) ERROR 42703 ...`) or an exit
    // (`** (exit) exited in: Task.await(…)`, `** (EXIT) time out`).
    /\*\* \((?:(?:[A-Z]\w{0,60}\.){1,6}[A-Z]\w{0,60}|[A-Z]\w{0,60}(?:Error|Exception)|exit|throw|EXIT)\) \S/g,
    // Laravel without its APP_KEY; EF Core pointing at its inner exception; an Erlang error term.
    /\bNo application encryption key has been specified\b|\bSee the inner exception for details\b|\{(?:badarg|badmatch|badarith|function_clause|case_clause|if_clause|undef|noproc|badkey|try_clause),/g,
    // A Rust error printed with {:?}: `Error { kind: Db, cause: Some(DbError { severity: … }) }`
    // (tokio-postgres), `ConfigError { url: "…" }` (a derived Debug).
    /(?<![.#$-])(?<!\b(?:struct|interface|type|class|enum|union|input) )\b[A-Z][A-Za-z0-9]{0,60}Error \{ [a-z_][a-z0-9_]{0,60}: |\bError \{ kind: [A-Z][A-Za-z]{0,60}(?![\w:])/g,
    // Rust's standard library and common crates, as Display and Debug ({:?}) print them: io::Error
    // (`Os { code: 2, kind: NotFound, message: "No such file or directory" }`), serde_json's
    // (`expected value at line 1 column 1`, `Error("expected value", line: 1, column: 1)`),
    // ParseIntError's, Utf8Error's, base64's (`Invalid byte 45, offset 6.`, `InvalidByte(6, 45)`),
    // an error type's path (`ring::error::Unspecified`; the trait `std::error::Error` is no
    // error's), chrono's ParseError, tokio's Elapsed and
    // a child's ExitStatus.
    /\bOs \{ code: -?\d{1,5}, kind: [A-Z][A-Za-z]{1,40}, message: "|\bError\("[^"\n]{1,200}", line: \d{1,9}, column: \d{1,9}\)|\b(?:expected value|expected ident|trailing characters|key must be a string|EOF while parsing an? (?:value|object|list|string)) at line \d{1,9} column \d|\b(?:invalid digit found in string|cannot parse integer from empty string|number too (?:large|small) to fit in target type|invalid float literal)\b|\binvalid utf-8 sequence of \d{1,9} bytes from index \d|\bincomplete utf-8 byte sequence from index \d|\bInvalid byte \d{1,3}, offset \d{1,10}\.|\bInvalidByte\(\d{1,10}, \d{1,3}\)|\b[a-z][a-z0-9_]{1,40}(?:::[a-z][a-z0-9_]{0,40}){0,4}::error::(?!Error\b)[A-Z][A-Za-z]{1,60}\b|\bParseError\((?:Invalid|NotEnough|TooShort|TooLong|OutOfRange|Impossible|BadFormat|NotSupported)\)|\bElapsed\(\(\)\)|\bExitStatus\(unix_wait_status\(\d{1,6}\)\)/g,
    // Spring's container, Thymeleaf and Jackson; EF Core's change tracker and DbContext; .NET's
    // HttpClient naming the status an upstream answered with (EnsureSuccessStatusCode).
    /\bNo qualifying bean of type '|\bAn error happened during template parsing \(template: |\bException evaluating SpringEL expression: |\bType definition error: \[simple type, class [\w.$]{1,200}\]|\bcannot be tracked because another instance with the (?:same )?key value\b|\bA second operation was started on this context instance\b|\bResponse status code does not indicate success: \d{3}\b|\badding 'EnableRetryOnFailure'|\bCannot construct instance of `/g,
    // Elixir's messages without their banner: FunctionClauseError, KeyError,
    // Protocol.UndefinedError, and an Ecto struct inspected (`#Ecto.Changeset<action: …>`, or
    // `%Ecto.Changeset{…}` with structs printed as maps).
    /\bno function clause matching in (?:anonymous fn\/\d{1,3} in )?:?[\w.?!]{1,200}(?:[-+*<>=|&~^@]{1,3})?\/\d{1,3}\b|\bkey (?::\w{1,100}[?!]?|:"[^"\n]{1,100}"|"[^"\n]{1,100}"|\d{1,20}) not found in:\s{1,10}(?:%(?:[A-Z][\w.]{0,200})?\{(?:\}|"|:|\w{1,60}: )|\[[a-z_]\w{0,60}: |nil(?![\w ]))|\bprotocol (?:Enumerable|Collectable|Inspect|[A-Z]\w{0,60}(?:\.[A-Z]\w{0,60}){1,4}) not implemented for (?:nil|true|false|%|:|\[|\{|"|#|\d|type )|[#%]Ecto\.[A-Z][\w.]{0,100}[<{]/g,
    // kotlinx.serialization (as Ktor's JsonConvertException passes it on: missing fields, no
    // serializer, a bad token), circe's DecodingFailure (0.14.2+ and before, with its cursor
    // history), axum's missing Extension (a 500).
    /\b(?:Field '[^'\n]{1,100}' is|Fields \[[^\]\n]{1,300}\] are) required for type with serial name '|\bSerializer for class '[^'\n]{1,200}' is not found\b|\bUnexpected JSON token at offset \d{1,10}: |\bDecodingFailure at [.:[]|\bDecodingFailure\([^()\n]{1,200}, List\((?:DownField|DownArray|DownN|MoveRight|MoveLeft|MoveUp|DeleteGoParent)\b|\bAttempt to decode value on failed cursor\b|\bMissing request extension: Extension of type `/g,
    // Rust's std::io::Error made from a message (`Custom { kind: Other, error: "…" }`, {:?}).
    /\bCustom \{ kind: [A-Z][A-Za-z]{0,60}, error: /g,
    // Symfony turning a missing entity into a 404: a 500 that passes its message on names the
    // entity class (`"App\Entity\Order" object not found by the @ParamConverter annotation.`).
    /\bobject not found by (?:the @ParamConverter annotation\b|\\?"Symfony\\{1,2}Bridge\\{1,2}Doctrine\\{1,2})/g,
    // Rust's std::io::Error for a file, as `err.to_string()` gives it (socket errors are driver
    // errors).
    /\b(?:No such file or directory|Permission denied|File exists|Is a directory|Not a directory|Too many open files|No space left on device|Read-only file system|Directory not empty|The system cannot find the (?:file|path) specified\.|Access is denied\.) \(os error \d{1,5}\)/g,
    // Cloud storage SDKs naming the bucket, object or account: the AWS SDK for Go v1's tail and the
    // AWS SDK for Java v1's, Google Cloud's IAM refusal and its Python and Go clients, Azure's SDKs.
    /\n\tstatus code: \d{3}, request id: |\(Service: [\w -]{1,60}; Status Code: \d{3}; Error Code: |\bdoes not have [a-z]{2,40}\.[a-zA-Z]{2,40}\.[a-zA-Z]{2,40} access to\b|\b[45]\d\d (?:GET|POST|PUT|PATCH|DELETE|HEAD) https:\/\/[a-z]{2,30}\.googleapis\.com\/|\bstorage: (?:object|bucket) doesn't exist\b|\bDefaultAzureCredential failed to retrieve a token\b|\bERROR CODE: [A-Z][A-Za-z]{2,60}\n----------|\bRequestId:[0-9a-f-]{36}\n(?:Time:|ErrorCode:)/g,
    // SaaS SDKs passing on their API's refusal: Twilio (its RestException serialized, with its
    // docs link), OpenAI, Anthropic, Stripe; Firebase Admin given a key it cannot read.
    /\bHTTP [45]\d\d error: Unable to (?:create|fetch|update|delete) record: |\bTwilioRestException\b|"moreInfo"\s{0,3}:\s{0,3}"https:\/\/www\.twilio\.com\/docs\/errors\/\d{5}"|\bFailed to parse private key\b|\b(?:Incorrect|Invalid) API [Kk]ey provided: |\binvalid x-api-key\b|\bNo such (?:customer|charge|payment_intent|payment_method|price|product|subscription|invoice|source|token|setup_intent|coupon|plan|refund|account): '|\bYou did not provide an API key\. You need to provide your API key in the Authorization header\b|\bRate limit reached for [\w.:-]{1,100} in organization org-[A-Za-z0-9]{6,40} on |\bAn error occurred with our connection to Stripe\b/g,
    // SAP's short dump; Classic ASP's VBScript errors and the page and line; Firebase's and
    // Appwrite's error classes.
    /\(termination: [A-Z][A-Z0-9_]{2,60}\)|\bMicrosoft VBScript (?:runtime|compilation)\s{1,40}error '800a[0-9a-fA-F]{4}'|\.asp {0,3}, line \d{1,6}\b|\b(?:FirebaseError|AppwriteException): \S/g,
    // Tera (errors.rs: `Variable \`{}\` not found in context while rendering '{}'`, `Failed to
    // render '{}'`, the name of a template file), as Rocket's and axum's handlers pass it on.
    /\bVariable `[^`\n]{1,200}` not found in context while rendering '|\bFailed to render '__tera_one_off'/g,
    // Elixir: MatchError's message (`no match of right hand side value: {:error, …}`),
    // UndefinedFunctionError's (`function Shop.Payments.capture/2 is undefined (module
    // Shop.Payments is not available)`, `… is undefined or private`), an exception struct
    // inspected (`%Mint.TransportError{reason: :econnrefused}`, `%MatchError{term: …}`), Jason.DecodeError's messages
    // (`unexpected byte at position 0: 0x3C ("<")`).
    /\bno match of right hand side value: |\bfunction :?[\w.?!]{1,200}\/\d{1,3} is undefined (?:or private\b|\()|%(?:[A-Z]\w{0,60}\.){0,6}(?:[A-Z][A-Za-z0-9]{0,60})?(?:Error|Exception)\{(?:[a-z_]\w{0,60}: |\})|\bunexpected byte at position \d{1,10}: 0x[0-9A-F]{1,2}\b/g,
    // Elixir's and OTP's own messages, as Exception.message/1 gives them: File.Error's
    // (`could not read file "/…/invoice-42.pdf": no such file or directory`), ErlangError's
    // (`Erlang error: :enoent`), Base's, the Calendar parsers', ArgumentError's for a BIF
    // (`errors were found at the given arguments:`), ArithmeticError's, a Task's exit
    // (`exited in: Task.await(…)`) and the term an exit leaves (`{:timeout, {Task, :await, [`).
    /\bcould not (?:read file|write to file|make directory|make directory \(with -p\)|remove file|list directory|read file stats|change mode|create link|create symlink) "[^"\n]{1,300}": |\bErlang error: [:{[]|\bnon-alphabet character found: |\bcannot parse "[^"\n]{0,200}" as (?:date|time|datetime|naive datetime|duration), reason: :|\berrors were found at the given arguments:|\bbad argument in arithmetic expression\b|\bexited in: [A-Z][\w.]{0,100}\.\w{1,60}\(|\{:timeout, \{Task, :await, \[/g,
    // Erlang: erl_error:format_exception/3 (`exception error: no match of right hand side value
    // {error,econnrefused}`, `exception error: undefined function payments_client:charge/2`, a
    // term, or an atom above the frames it prints); Yaws' crash report (`Class: error`, then
    // `Exception: badarith` or `Exception: {orders_db_not_local,…`); and the compiler's errors, as
    // Yaws shows them for a .yaws page (`invoice.yaws:8: variable 'Totl' is unbound`).
    /\bexception (?:error|exit|throw): (?:\{[a-z]\w{0,60},|\[\{[a-z]\w{0,60},|no match of right hand side value |no (?:function|case|try) clause matching |undefined function |bad argument\b|an error occurred when evaluating an arithmetic expression\b|no true branch found when evaluating an if expression\b|no such process or port\b|bad (?:function|map|key|record|receive timeout value)\b|[a-z]\w{0,60}\r?\n {2}in (?:function|call from|operator) )/g,
    /\bClass: (?:error|exit|throw)\r?\nException: (?:\{[a-z]\w{0,60},|[a-z]\w{0,60}\r?\n(?:Req|Stack): )/g,
    /(?<=(?<![\w.-])([\w-][\w.-]{0,100}))\.(?:erl|hrl|yaws):\d{1,7}:(?:\d{1,5}:)? (?:variable '[^'\n]{1,100}' is (?:unbound|unsafe in )|function [^\s/]{1,100}\/\d{1,3} undefined\b|syntax error before: |undefined macro '|record [^\s]{1,100} undefined\b|illegal guard expression\b|head mismatch\b)/dg,
    // EF Core (CoreStrings.TranslationFailed: `The LINQ expression '…' could not be translated.`);
    // the Cosmos DB .NET SDK's CosmosException (`Response status code does not indicate success:
    // RequestTimeout (408); Substatus: 0; …`) and its diagnostics (`Request URI:
    // /apps/<id>/services/<id>/partitions/<id>/replicas/<id>p`, `RequestStats:
    // Microsoft.Azure.Cosmos.…`, `cosmos-netstandard-sdk/3.29.4`).
    /\bThe LINQ expression '[^']{1,3000}' could not be translated\b|\bResponse status code does not indicate success: [A-Z][A-Za-z]{2,40} \(\d{3}\); Substatus: |\bRequest URI: \/apps\/[\w-]{1,100}\/services\/[\w-]{1,100}\/partitions\/|\bRequestStats: Microsoft\.Azure\.|\bcosmos-netstandard-sdk\/\d/g,
    // Hibernate (TransientObjectException: `object references an unsaved transient instance - save
    // the transient instance before flushing`; NonUniqueResultException: `query did not return a
    // unique result: 2`), Spring Data's PropertyReferenceException (`No property 'nmae' found for
    // type 'Order'`; its form before 3.0 reads as prose), Gson's JsonReader
    // (`Expected BEGIN_OBJECT but was STRING at line 1 column 1 path $`, `Expected a string but was
    // BEGIN_OBJECT`).
    /\bobject references an unsaved transient instance\b|\bquery did not return a unique result: \d{1,9}(?![ \t]{0,3}[A-Za-z])|\bNo property '\w{1,100}' found for type '[\w.$]{1,200}'|\bExpected (?:BEGIN_OBJECT|BEGIN_ARRAY|END_OBJECT|END_ARRAY|an? (?:string|boolean|double|long|int|name)|null) but was (?:BEGIN_OBJECT|BEGIN_ARRAY|END_OBJECT|END_ARRAY|NAME|STRING|NUMBER|BOOLEAN|NULL)\b at (?:line \d{1,9} column \d{1,9} )?path \$/g,
    // Laravel's Vite helper (ViteException: `Unable to locate file in Vite manifest:
    // resources/js/app.js.`, ViteManifestNotFoundException: `Vite manifest not found at: /var/…`);
    // the OpenAI and Anthropic Python SDKs' APIStatusError (`Error code: 429 - {'error':
    // {'message': …`), which quotes the API's answer.
    /\bUnable to locate file in Vite manifest: |\bVite manifest not found at: |\bError code: [1-5]\d\d - \{'(?:error': |type': 'error')/g,
  ],
  message: 'shows a raw runtime error message',
  examples: {
    leaky: [
      'error:badarg\n[{erlang,list_to_integer,["two"],[{error_info,#{module => erl_erts_errors}}]}]',
      '{"error":"bad_request","reason":"function_clause"}',
      '/srv/app/shop.lua:35: Expected value but found T_OBJ_END at character 23',
      "/srv/app/shop.lua:46: bad argument #1 to 'decode' (string expected, got nil)",
      'Error { kind: Db, cause: Some(DbError { severity: "ERROR", parsed_severity: Some(Error), code: SqlState(E42P01), message: "relation \\"orders\\" does not exist" }) }',
      'ConfigError { url: "postgres://db.internal:5432/orders" }',
      '<h1>500 Internal Server Error</h1>Prelude.head: empty list',
      '{"error":"Maybe.fromJust: Nothing","message":"Internal Server Error"}',
      'src/Api/Orders.hs:(42,1)-(44,20): Non-exhaustive patterns in function total',
      'SqlError {sqlState = "42P01", sqlExecStatus = FatalError, sqlErrorMsg = "relation \\"orders\\" does not exist", sqlErrorDetail = "", sqlErrorHint = ""}',
      'HttpExceptionRequest Request {\n  host                 = "pricing.internal"\n  port                 = 8080\n}\n (ConnectionFailure Network.Socket.connect: <socket: 5>: does not exist (Connection refused))',
      '<h1>Error Message</h1>\n<pre>The value\n  NIL\nis not of type\n  NUMBER</pre>',
      '<pre>Condition USOCKET:CONNECTION-REFUSED-ERROR was signalled.</pre>',
      '{"error":"/srv/app/uploads/invoice-43.pdf (No such file or directory)"}',
      '{"error":"Is a directory"}',
      '{"error":"Cannot run program \\"ffmpeg\\" (in directory \\"/srv/app/uploads\\"): error=2, No such file or directory"}',
      '{"error":"Illegal base64 character 2d"}',
      '{"error":"Can\'t find resource for bundle java.util.PropertyResourceBundle, key smtp.host"}',
      '{"error":"Given final block not properly padded. Such issues can arise if a bad key is used during decryption."}',
      '{"error":"Tag mismatch!"}',
      '{"error":"Not in GZIP format"}',
      '{"error":"string length not even: 23"}',
      "Unexpected character ('<' (code 60)): expected a valid value",
      "Text '05/14/2024 10:00' could not be parsed at index 0",
      '{"error":"error:1E08010C:DECODER routines::unsupported"}',
      'Error: error:0909006C:PEM routines:get_name:no start line',
      'error:0308010C:digital envelope routines::unsupported',
      '{"error":"error:1C800064:Provider routines::bad decrypt"}',
      '{"error":{"status":401,"code":20003,"moreInfo":"https://www.twilio.com/docs/errors/20003"}}',
      '{"error":"Failed to parse private key."}',
      '<pre>The function SHOP::COMPUTE-DISCOUNT is undefined.</pre>',
      '<pre>The file #P"/var/lib/shop/invoices/1001.pdf" does not exist:\n  No such file or directory</pre>',
      '2: ((FLET "H0" :IN HUNCHENTOOT:HANDLE-REQUEST) #&lt;SIMPLE-ERROR &quot;orders database misconfigured: ~A&quot; {1005AE69E3}&gt;)',
      '3: (SB-KERNEL::%SIGNAL #<USOCKET:CONNECTION-REFUSED-ERROR {100309BAE3}>)',
      '<pre>car: contract violation\n  expected: pair?\n  given: 42</pre>',
      '{"error":"compute-discount: undefined;\\n cannot reference an identifier before its definition\\n  in module: \\"/srv/shop/shop.rkt\\""}',
      '<pre>open-input-file: cannot open input file\n  path: /var/lib/shop/invoices/1001.pdf\n  system error: No such file or directory; errno=2</pre>',
      '<div class="title">Exception</div><p>The application raised an exception with the message:<pre>open-orders-db: no replica</pre></p>',
      '<pre>/: division by zero</pre>',
      "<pre>hash-ref: no value found for key\n  key: 'total</pre>",
      '<H1>Internal Server Error</H1>\n    key not found: :total\n    <HR>',
      '<pre>ConfigError {databaseUrl = &quot;postgres://orders-db:5432/orders&quot;}</pre>',
      '{"error":"Cannot invoke \\"String.length()\\" because \\"<local1>\\" is null"}',
      'Cannot read field "price" because "item" is null',
      '{"error":"Index 3 out of bounds for length 2"}',
      'For input string: "abc"',
      "No qualifying bean of type 'com.acme.payments.PaymentGateway' available: expected single matching bean but found 2: stripeGateway,adyenGateway",
      '<div>An error happened during template parsing (template: &quot;class path resource [templates/orders/show.html]&quot;)</div>',
      'Exception evaluating SpringEL expression: "order.customer.name" (template: "orders/show" - line 12, col 9)',
      '{"message":"Type definition error: [simple type, class com.acme.shop.dto.OrderDto]"}',
      '{"detail":"The instance of entity type \'Order\' cannot be tracked because another instance with the key value \'{Id: 42}\' is already being tracked."}',
      '{"detail":"A second operation was started on this context instance before a previous operation completed."}',
      '{"error":"Response status code does not indicate success: 503 (Service Unavailable)."}',
      "An exception has been raised that is likely due to a transient failure. Consider enabling transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseSqlServer' call.",
      '{"message":"JSON parse error: Cannot construct instance of `com.acme.shop.dto.OrderDto` (no Creators, like default constructor, exist)"}',
      "class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
      'Could not write JSON: failed to lazily initialize a collection of role: com.acme.shop.domain.Order.items: could not initialize proxy - no Session',
      'lateinit property repository has not been initialized',
      "The given key 'tenantId' was not present in the dictionary.",
      'Nullable object must have a value.',
      "Unable to resolve service for type 'Shop.Infrastructure.IPaymentGateway' while attempting to activate 'Shop.Api.Controllers.CheckoutController'.",
      "The input string 'abc' was not in a correct format.",
      'Missing type map configuration or unsupported mapping.',
      '{"message":"Attempt to read property \\"email\\" on null"}',
      'Trying to access array offset on value of type null',
      'Target class [App\\Services\\PaymentGateway] does not exist.',
      'no implicit conversion of nil into String',
      'comparison of Integer with nil failed',
      '{"message":"Exception while fetching data (/order) : boom"}',
      '{"error":"An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"}',
      '{"name":"AccessDeniedException","$fault":"client","$metadata":{"httpStatusCode":400,"attempts":1}}',
      '{"error":"Cannot invoke \\"java.util.List.size()\\" because the return value of \\"com.acme.shop.Order.getItems()\\" is null"}',
      '{"message":"Unable to find com.acme.shop.domain.Order with id 42"}',
      '{"message":"JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \\"2024-13-01\\""}',
      "Validation failed for classes [com.acme.shop.domain.User] during persist time for groups [jakarta.validation.groups.Default, ]\nList of constraint violations:[\n\tConstraintViolationImpl{interpolatedMessage='must not be null', propertyPath=passwordHash}\n]",
      '{"detail":"Unable to locate credentials"}',
      '{"name":"CredentialsProviderError","message":"Could not load credentials from any providers"}',
      '{"error":{"message":"Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.","status":"INTERNAL"}}',
      '{"status":500,"error":"Internal Server Error","message":"Load balancer does not have available server for client: orders-service"}',
      '{"error":"attempt to call a nil value (method \'get_user\')"}',
      '{"message":"/usr/local/share/lua/5.1/kong/plugins/acme-auth/handler.lua:87: attempt to index local \'claims\' (a nil value)"}',
      'lua entry thread aborted: runtime error: attempt to compare number with nil',
      '{"errorMessage":"2024-01-01T10:00:00.000Z c6af9ac6-7b61-11e6-9a41-93e812345678 Task timed out after 3.00 seconds"}',
      '{"message":"No application encryption key has been specified."}',
      'Ask timed out on [Actor[akka://shop/user/inventory#-1021384]] after [3000 ms]. Message of type [shop.Inventory$Reserve].',
      'Failed to inject value for parameter [paymentClient] of class: shop.OrderService\n\nPath Taken: new OrderController(OrderService orderService)',
      'DecodingError: keyNotFound(CodingKeys(stringValue: "total"), Swift.DecodingError.Context(codingPath: [], debugDescription: "No value"))',
      '{"error":"operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: 7Q2, ResourceNotFoundException: Requested resource not found"}',
      '{"error":"An error occurred while saving the entity changes. See the inner exception for details."}',
      '{badarg,[{erlang,binary_to_integer,[<<"abc">>],[]},{order_handler,init,2,[{file,"src/order_handler.erl"},{line,22}]}]}',
      '{"error":"failed to read /etc/orders/config.toml: No such file or directory (os error 2)"}',
      'The system cannot find the path specified. (os error 3)',
      '    ** (Ecto.NoResultsError) expected at least one result but got none in query:',
      '{"message":"One or more parameter values were invalid: Missing the key pk in the item (Service: DynamoDb, Status Code: 400, Request ID: 7O3KQ9V2RDA1SB6H)"}',
      '{"message":"Exception while executing function: Functions.GetOrder -> Invalid object name \'dbo.Orders\'."}',
      '{"errorInfo":{"code":"auth/internal-error","message":"An internal error has occurred. Raw server response: \\"{\\"error\\":{\\"code\\":400,\\"message\\":\\"CONFIGURATION_NOT_FOUND\\"}}\\""},"codePrefix":"auth"}',
      '{"errors":{"detail":"no function clause matching in MyAppWeb.PageController.show/2"}}',
      '{"error":"key :customer_id not found in: %{id: 7, plan: :pro}"}',
      'key :timeout not found in: [pool_size: 10, queue_target: 50]',
      '{"error":"key :customer_id not found in: nil"}',
      '{"error":"protocol Jason.Encoder not implemented for %MyApp.Cart{id: 3} of type MyApp.Cart (a struct)"}',
      '#Ecto.Changeset<action: :update, changes: %{}, errors: [title: {"can\'t be blank", [validation: :required]}], valid?: false>',
      "Illegal input: Field 'sku' is required for type with serial name 'com.acme.catalog.ItemDto', but it was missing at path: $",
      '{"error":"Illegal input: Fields [id, total] are required for type with serial name \'com.acme.InvoiceDto\', but they were missing at path: $"}',
      '{"error":"DecodingFailure at .items[0].price: Missing required field"}',
      'Attempt to decode value on failed cursor: DownField(price),DownArray,DownField(items)',
      'Missing request extension: Extension of type `app::state::Db` was not found. Perhaps you forgot to add it? See `axum::Extension`.',
      '{"error":"no function clause matching in anonymous fn/2 in MyAppWeb.OrderController.create/2"}',
      'no function clause matching in Kernel.+/2',
      '{"error":"%Ecto.Changeset{action: :insert, changes: %{}, errors: [email: {\\"has already been taken\\", []}], valid?: false}"}',
      '{"error":"Serializer for class \'OrderDto\' is not found. Please ensure that class is marked as \'@Serializable\' and that the serialization compiler plugin is applied."}',
      '{"error":"Unexpected JSON token at offset 42: Expected quotation mark \'\\"\', but had \'1\' instead at path: $.items[0].sku"}',
      'DecodingFailure(Int, List(DownField(qty), DownArray, DownField(items)))',
      '{"error":"Custom { kind: Other, error: \\"failed to fill whole buffer\\" }"}',
      '{"message":"\\"App\\\\Entity\\\\Order\\" object not found by the @ParamConverter annotation."}',
      '"App\\Entity\\Order" object not found by "Symfony\\Bridge\\Doctrine\\ArgumentResolver\\EntityValueResolver".',
      'NoSuchBucket: The specified bucket does not exist\n\tstatus code: 404, request id: 8641A613A9B146ED, host id: TjS8',
      '{"message":"Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 4442587FB7D0A2F9)"}',
      'Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object.',
      '404 GET https://storage.googleapis.com/download/storage/v1/b/acme-prod-invoices/o/42.pdf?alt=media: No such object',
      '{"error":"storage: object doesn\'t exist"}',
      'DefaultAzureCredential failed to retrieve a token from the included credentials.',
      'RESPONSE 404: 404 The specified blob does not exist.\nERROR CODE: BlobNotFound\n--------------------------------',
      'The specified blob does not exist.\nRequestId:0b2c4d1e-701e-0032-1c5a-3b4a5e000000\nTime:2024-05-01T10:00:00.0000000Z',
      '{"error":"HTTP 401 error: Unable to create record: Authenticate"}',
      '{"message":"401 Incorrect API key provided: sk-proj-****LEQA."}',
      '429 Rate limit reached for text-embedding-3-small in organization org-Abc123XyZ on tokens per min (TPM): Limit 1000000, Used 999000, Requested 2000.',
      '{"error":"An error occurred with our connection to Stripe. Request was retried 2 times."}',
      '{"http_body":"{\\"error\\":{\\"message\\":\\"Invalid API Key provided: sk_live_****a1B9\\",\\"type\\":\\"invalid_request_error\\"}}"}',
      '401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
      '{"message":"No such customer: \'cus_NffrFeUfNV2Hib\'"}',
      'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth.',
      "<p>Error: Access via 'NULL' object reference not possible. (termination: RABAX_STATE)</p>",
      '<font face="Arial">Microsoft VBScript runtime </font> <font face="Arial">error \'800a01a8\'</font>',
      '<font face="Arial">/shop/orders.asp</font><font face="Arial">, line 42</font>',
      '{"error":"FirebaseError: Missing or insufficient permissions."}',
      'AppwriteException: Document with the requested ID could not be found.',
      "Failed to render 'orders/show.html' Variable `order.customer.name` not found in context while rendering 'orders/show.html'",
      '{"errors":{"detail":"no match of right hand side value: {:error, %Mint.TransportError{reason: :econnrefused}}"}}',
      '{"errors":{"detail":"function Shop.Payments.StripeClient.capture/2 is undefined (module Shop.Payments.StripeClient is not available)"}}',
      'function Shop.Orders.total!/1 is undefined or private',
      '{"error":"%Mint.TransportError{reason: :econnrefused}"}',
      '%MatchError{term: {:error, :nxdomain}}',
      '{"error":"could not read file \\"/srv/app/uploads/invoice-42.pdf\\": no such file or directory"}',
      '{"error":"Erlang error: :enoent"}',
      '{"error":"non-alphabet character found: \\"-\\" (byte 45)"}',
      '{"error":"cannot parse \\"05/14/2024\\" as date, reason: :invalid_format"}',
      '{"error":"errors were found at the given arguments:\\n\\n  * 1st argument: not a textual representation of an integer\\n"}',
      '{"error":"bad argument in arithmetic expression"}',
      '** (exit) exited in: Task.await(%Task{mfa: {:erlang, :apply, 2}}, 300)\n    ** (EXIT) time out',
      '{:timeout, {Task, :await, [%Task{mfa: {:erlang, :apply, 2}}, 300]}}',
      'Os { code: 2, kind: NotFound, message: "No such file or directory" }',
      '{"error":"expected value at line 1 column 1"}',
      'Error("expected value", line: 1, column: 1)',
      '{"error":"invalid digit found in string"}',
      '{"error":"invalid utf-8 sequence of 1 bytes from index 1"}',
      '{"error":"Invalid byte 45, offset 6."}',
      'InvalidByte(6, 45)',
      '{"error":"ring::error::Unspecified"}',
      'ParseError(Invalid)',
      'Elapsed(())',
      'CommandFailed { program: "pg_dump", status: ExitStatus(unix_wait_status(256)) }',
      'FromUtf8Error { bytes: [77, 252], error: Utf8Error { valid_up_to: 1, error_len: Some(1) } }',
      '{:error, %Postgrex.Error{message: nil, postgres: %{code: :undefined_table}}}',
      '{"error":"unexpected byte at position 0: 0x3C (\\"<\\")"}',
      '{"title":"Internal Server Error","status":500,"detail":"The LINQ expression \'DbSet<Order>()\\n    .Where(o => o.CustomerName.Equals(\\n        __name_0,\\n        StringComparison.OrdinalIgnoreCase))\' could not be translated. Either rewrite the query in a form that can be translated, or switch to client evaluation explicitly."}',
      '{"error":"Response status code does not indicate success: RequestTimeout (408); Substatus: 0; ActivityId: 7e12b562-8652-4c44-abfb-da0127cc159c; Reason: (Message: Request timed out."}',
      'ActivityId: 7e12b562-8652-4c44-abfb-da0127cc159c, Request URI: /apps/f9da4d09-1100-4c10-90a1-6fc21fe78005/services/54321fb7-c46a-4e37-996f-ecab4a839820/partitions/8dc6a7a0-a367-4d30-8c0e-75dd4f6adb37/replicas/133417433591298516p',
      'RequestStats: Microsoft.Azure.Cosmos.Tracing.TraceData.ClientSideRequestStatisticsTraceDatum, SDK: Windows/10.0.14393 cosmos-netstandard-sdk/3.29.4',
      '{"message":"object references an unsaved transient instance - save the transient instance before flushing: com.acme.shop.order.Order.customer -> com.acme.shop.customer.Customer"}',
      '{"message":"query did not return a unique result: 2"}',
      '{"status":500,"error":"Internal Server Error","message":"No property \'nmae\' found for type \'Order\'; Did you mean \'name\'","path":"/api/orders"}',
      '{"error":"Expected BEGIN_OBJECT but was STRING at line 1 column 1 path $"}',
      'java.lang.IllegalStateException: Expected a string but was BEGIN_OBJECT at line 1 column 12 path $.name',
      '{"message":"Unable to locate file in Vite manifest: resources/js/Pages/Orders/Show.vue."}',
      'Vite manifest not found at: /var/www/html/public/build/manifest.json',
      "{\"detail\":\"Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota'}}\"}",
      "Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}",
      'exception error: undefined function payments_client:charge/2\n  in function  shop_failures:charge_card/2 (shop_failures.erl, line 47)',
      'exception error: an error occurred when evaluating an arithmetic expression\n  in operator  div/2\n     called as 0 div 0',
      'exception error: no match of right hand side value {error,econnrefused}',
      'exception error: {orders_db_not_local,\n                     [{database_url,\n                          "postgres://orders:****@db"}]}',
      'exception error: no function clause matching \n                 shop_failures:shipping_cost(<<"mars">>) (shop_failures.erl, line 37)',
      'ERROR erlang code threw an uncaught exception:\n File: appmod:0\nClass: error\nException: badarith\nReq: {http_request,\'GET\',{abs_path,"/shop/badarith"},{1,1}}',
      'Class: error\nException: function_clause\nReq: {http_request,\'GET\',{abs_path,"/shop/function-clause"},{1,1}}',
      'Class: error\nException: undef\nReq: {http_request,\'GET\',{abs_path,"/shop/undef"},{1,1}}',
      '<pre>\nClass: error\nException: {orders_db_not_local,\n               [{database_url,\n                    &quot;postgres://orders:****@db&quot;}]}\n</pre>',
      "<pre>\nDynamic compile error:\n/tmp/shop/src/www/invoice.yaws:8: variable 'Totl' is unbound\n</pre>",
    ],
    safe: [
      '<script>fetch(u).then(r => ({error:{message:r.statusText}}))</script>',
      'Prelude.hs is the module every Haskell program imports.',
      '<script>class PaymentError { status = 402 }</script>',
      'The value you entered is not of type "date"; please use 2024-05-01.',
      'Your coupon key not found? Contact support.',
      'Condition of the goods was signalled as damaged by the courier.',
      'The function of this page is undefined until you sign in.',
      'Your upload (is a directory) could not be read; send a file instead.',
      'The text you entered could not be parsed. Check the date format.',
      'error:0A00010B:SSL routines::wrong version number',
      'A contract violation was reported by the supplier; the expected delivery date has moved.',
      'Dividing the bill: division by zero guests is not possible.',
      '<p>We could not open the file you uploaded. Please check its format.</p>',
      '{"code":"NETWORK_ERROR","message":"Connection failed, please retry"}',
      'Your attempt to call a number failed. Please try again.',
      'The attempt to index the catalogue timed out; try again later.',
      '<style>.FieldError { color: #b00020 }</style>',
      '<pre>interface ApiError { code: string; message: string }</pre>',
      'Error { please try again }',
      'Internal Server Error',
      'We could not complete your order because "Express delivery" is not available today.',
      'The value you entered was not in a correct format. Please check the date.',
      'Your comparison of plans failed to load. Please try again.',
      'Page 3 is out of bounds for this list.',
      'We were unable to find your order with id 42. Please check the number.',
      'Unable to find the page you asked for.',
      'Unable to find export.csv with id 42; please create a new export.',
      'Unable to locate credentials for this session. Please sign in again.',
      'Permission denied. Please ask the account owner for access.',
      'Sorry, no function clause matching in our rules applies to this order.',
      'We could not read file uploads larger than 10 MB. Erlang error codes are listed in the guide.',
      'The summer sale could not make directory listings faster; the import exited in: 3 minutes.',
      'The expected value at line 3 of your invoice is missing. Invalid byte order mark in the file you sent.',
      'Use std::error::Error in your own code, as the book explains.',
      'API key "primary" not found in: Settings > API keys.',
      'This payment protocol is not implemented for your bank yet.',
      'Request protocol S3.Select not implemented for archived objects.',
      'Translation key :greeting not found in: %{locale}',
      'Coupon key :spring not found in: nil results. Try another code.',
      'Tagged #Ecto.Changeset in the forum; no details here.',
      'A field is required for this type of product: please add the serial name.',
      'Decoding failure at checkout: please retry.',
      'Attempt to decode the value failed. Please try again.',
      'Missing request extension: please add a phone extension to your request.',
      'The serializer for class schedules is not found on this server.',
      'Unexpected JSON token: please check the file you uploaded.',
      'Custom { kind: of cake } orders are closed today.',
      'The requested object not found by the search service. Try another name.',
      'Ask the %Ecto.Repo maintainers.',
      'Sorry! (status code: 500, request id: 3f1c2a7e)',
      'No such page: please check the address.',
      'Our storage: we are moving to a new warehouse.',
      'You did not provide an API key? Read our guide to get started.',
      'Failed to render the invoice. Please try again.',
      "Failed to render 'Monthly report'. Please retry.",
      "Failed to render 'README.md'. The file may be too large to display.",
      'Request URI: /apps/acme-api/services/worker — reference 4f2a9c1b',
      'Upload failed: unexpected end of input at position 2048. Check your JSON file.',
      'Your query did not return a unique result: 3 customers match.',
      'No property listings found for type Condo!',
      '{"message":"Expected a string but was NUMBER"}',
      'The variable `total` was not found in the form. Please fill it in.',
      'No match found for the right hand side of your equation.',
      'This function is undefined or private in our public API.',
      '<style>.TransportError{color:red}.alert-error{margin:0}</style> 100% done',
      'Unexpected byte order mark at the start of your CSV file.',
      'The LINQ expression tutorial is on our blog.',
      'Request URI: /api/orders. Please try again.',
      'Our object references are unsaved: please save your drawing before you leave.',
      'Your query did not return a unique result. Narrow your search.',
      'No property listings found for type Condo. Try another search.',
      'Expected delivery but was delayed: your parcel arrives tomorrow.',
      'Unable to locate file: please upload it again.',
      'Error code: 500 - Internal Server Error',
      'Exception: none today',
      'Class: error\nException: none today, all orders shipped.',
      'An exception error: please contact support.',
      'We hit an exception error: no match found for your search.',
      'Class: Error handling 101',
      'An exception error: [ERR-42] please retry; exception error: {message} was not filled in.',
      'See invoice.yaws:8: variable names must be unique in a form.',
    ],
  },
})
