import { defineRule } from '../define-rule.ts'
import { jsonAnswer } from '../example-snapshot.ts'

// Messages V8 and Node print, and JavaScriptCore (Bun, Safari: `undefined is not an object
// (evaluating 'user.profile')`, `Can't find variable: stripe`): with a quoted name or token, and fixed phrases (`Invalid time value`
// as a whole message: a booking page's sentence goes on; structuredClone's `… could not be
// cloned.` after the function, object or symbol it names: `}`, an arrow function's body,
// `#<Promise>`, `[object Foo]`, `Symbol(x)`; Node's ERR_OUT_OF_RANGE, `The value of "offset" is
// out of range. It must be >= 0 …`; zlib's, `incorrect header check`; V8's refusal of `eval` and `new Function` where the runtime forbids
// them, Workers' and edge runtimes', `Code generation from strings disallowed for this context`;
// Web Crypto's getRandomValues over 64 KiB, in Node's and workerd's words).
const quoted =
  /\bCannot (?:read|set) propert(?:y|ies) (?:'[^'\n]{0,100}' )?of (?:undefined|null)|\bCannot destructure property |\bUnexpected token '[^'\n]{1,10}'|\bCannot access '[^'\n]{1,100}' before initialization/g
const phrases =
  /\b(?:undefined|null) is not an object \(evaluating '|\bCan't find variable: [\w$]{1,100}(?![^"'<\n\\])|\bis not a function\. \(In '[^'\n]{1,200}', '[^'\n]{1,200}' is (?:undefined|null)\)|\(intermediate value\)|\bis not iterable\b|\bUnexpected token \S in JSON|\bUnexpected end of JSON input|\bin JSON at position \d|\bMaximum call stack size exceeded|\bThe requested module '[^'\n]{1,300}' does not provide an export named '|\bConverting circular structure to JSON|\bAssignment to constant variable\b|\bCannot set headers after they are sent to the client|\bDo not know how to serialize a BigInt|\bInvalid array length\b|\bInvalid typed array length: |\bInvalid currency code : |\bCurrency code is required with currency style\b|(?:(?<![^"'>\n])|(?<=Error: ))Invalid time value(?![^"'<\n\\])|\bInvalid language tag: [\w-]{1,40}(?![^"'<\n\\])|\bIncorrect locale information provided\b|\bInvalid time zone specified: [\w/+-]{1,60}(?![^"'<\n\\])|(?<=\}|=>[^\n]{1,200}|#<\w{1,60}>|\[object \w{1,60}\]|Symbol\([^)\n]{0,60}\)) could not be cloned\.|\bThe value of "[^"\n]{1,100}" is out of range\. It must be |\b(?:incorrect header check|invalid stored block lengths|invalid distance too far back|invalid block type|unknown compression method)\b|\bCode generation from strings disallowed for this context\b|\bThe requested length exceeds 65,536 bytes\b|\bgetRandomValues\(\) only accepts buffers of size <= 64K\b/g
// `req.user.can is not a function`: a property path right before the phrase (prose has a space).
// Suffix first: the path is captured behind the phrase, so the engine skips to the phrase.
// V8 writes a call inside the path as `(...)`: `db.collection(...).findOne is not a function`.
const notAFunction =
  /(?<=(?<![\w$.])([\w$]{1,100}(?:\(\.\.\.\))?\.[\w$.()]{1,200})) is not a (?:function|constructor)\b/dg
// `stripe is not defined` as a whole message: a name alone between quotes, tags or lines. A name
// with a capital first is a variable only in camelCase or as a global scripts use (`React`); a
// capitalised word alone is a label ("Currency is not defined").
// Suffix first, as above.
const notDefined =
  /(?<=(?<![^"'>\n])([a-z_$][\w$]{0,59}|[A-Z][a-z\d]{0,30}[A-Z][\w$]{0,30}|React|Vue|Buffer|Stripe|Sentry|Prisma|Intl|URL|Headers|Request|Response|FormData|Blob|WebSocket|TextEncoder|TextDecoder|Deno|Bun)) is not defined(?![^"'<\n])/dg
// The messages of jsonwebtoken without a key or naming what it expected, of openid-client naming
// the issuer or audience it expected, of t3-env, envalid, env-var or an app naming the
// environment variables it misses, of Node not finding a module (with its require stack, or
// the ES module that imported it), and of configuration libraries: node-config's missing
// property, convict's `: value was "…"` (the value itself), Joi validating the environment as
// @nestjs/config does (`Config validation error: "DATABASE_URL" is required`).
const libraries =
  /\bsecretOrP(?:rivate|ublic)Key (?:must (?:have a value|be provided|be an asymmetric key when using|be a symmetric key when using)|has a minimum key size of)\b|\bdata and (?:hash|salt) arguments required\b|\bIllegal arguments: (?:undefined|object|number|string|boolean|function), (?:undefined|object|number|string|boolean|function)\b|\bsecret or public key must be provided\b|\bInvalid environment variables:|\bMissing environment variables:|\benv-var: "[A-Z][A-Z0-9_]{1,60}" is a required variable, but it was not set\b|\bMissing required environment variables?:? [A-Z][A-Z0-9_]{2,60}\b|\bjwt (?:issuer|audience|subject|jwtid) invalid\. expected: |\b(?:unexpected (?:iss|alg|typ|JWT alg received)(?: value)?|(?:aud|azp|nonce|state|iss) mismatch), expected |\bToken used too (?:late|early), \d{1,12}(?:\.\d{1,6})? [<>] \d{1,12}|\bsecret option required for sessions\b|\bmisconfigured csrf\b|\bUnknown authentication strategy "[\w-]{1,60}"|\bTrying to query by not existing property |\bRequires \w{2,10} access to "|\bCannot find module '[^'\n]{1,300}'(?:\r?\n|\\n)Require stack:|\bCannot find (?:module|package) '[^'\n]{1,300}' imported from |\bConfiguration property "[^"\n]{1,200}" is not defined\b|: value was (?:"|-?\d|true\b|false\b|null\b)|\bConfig validation error: |"[A-Z][A-Z0-9]{0,30}_[A-Z0-9_]{1,60}" is required\b/g
// Puppeteer's and Playwright's own messages, as a PDF or screenshot service passes them on: a
// crashed page or browser, a wait that failed, a browser that is not installed (with the path it
// looked at), and Playwright's API call heading its message (`page.waitForSelector: Timeout
// 1000ms exceeded.`, `browserType.launch: Executable doesn't exist at …`).
const browsers =
  /(?<![^"'>\n])Page crashed!(?![^"'<\n\\])|\bwaitFor(?:Function|Selector) failed: |\bWaiting for selector `[^`\n]{1,200}` failed\b|\bAn `executablePath` or `channel` must be specified for `puppeteer-core`|\bBrowser was not found at the configured executablePath \(|\bCould not find (?:Google Chrome executable for channel '|Chrome \(ver\. )|\b(?:page|frame|locator|browserType|browserContext|browser|elementHandle)\.[a-z][A-Za-z]{1,40}: (?:Timeout \d{1,7}ms exceeded|Target (?:page, context or browser has been closed|crashed)|Failed to launch |Executable doesn't exist at )/g
// The messages of file, image, document and parser libraries, as `err.message` passes them on:
// sharp's (`Input file is missing: /srv/…`, `Input buffer contains unsupported image format`),
// pdf-lib's, JSZip's (exceljs' workbooks), adm-zip's and yauzl's on a corrupt file, csv-parse's
// with the line, fast-xml-parser's and sax's (xml2js) with the line and column, js-yaml's with
// the file and position, iconv-lite's, bcrypt's and argon2's on a malformed hash, and
// csv-parse's CsvError serialized (its `code`).
const files =
  /\bInput (?:file is missing: |(?:buffer|file) contains unsupported image format\b)|\bFailed to parse PDF document \(line:\d{1,9} col:\d{1,9} offset=\d{1,12}\): |\bCorrupted zip: |\bADM-ZIP: |\bEnd of central directory record signature not found\b|\bInvalid Record Length: (?:columns length is|expect) \d{1,9}, got \d{1,9} on line \d{1,9}\b|\bExpected closing tag '[^'\n]{1,100}' \(opened in line \d{1,9}, col \d{1,9}\) instead of closing tag '|\nLine: \d{1,9}\nColumn: \d{1,9}\nChar: |\b(?:deficient indentation|bad indentation of a (?:mapping|sequence) entry|end of the stream or a document separator is expected|duplicated mapping key) (?:in "[^"\n]{1,300}" )?\(\d{1,9}:\d{1,9}\)|\bEncoding not recognized: '[^'\n]{1,60}' \(searched as: '|\bInvalid salt\. Salt must be in the form of: |\bpchstr must (?:contain a \$ as first char|be a non-empty string)\b|"code"\s{0,3}:\s{0,3}"CSV_(?:RECORD_INCONSISTENT_(?:COLUMNS|FIELDS_LENGTH)|RECORD_DONT_MATCH_COLUMNS_LENGTH|QUOTE_NOT_CLOSED|INVALID_CLOSING_QUOTE|MAX_RECORD_SIZE|NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE|INVALID_COLUMN_(?:MAPPING|DEFINITION))"/g
// Server rendering's messages: preact/debug's (`Undefined component passed to createElement()`,
// `Hook can only be invoked from render methods.`, `Objects are not valid as a child.
// Encountered an object with the keys {id,total}`) and Vue's template compiler's.
const rendering =
  /\bUndefined component passed to createElement\(\)|\bHook can only be invoked from render methods\b|\bObjects are not valid as a child\. Encountered an object with the keys \{|\bInterpolation end sign was not found\b/g
// Deno's and Bun's own messages, as `err.message` gives them: a program that is not there
// (Deno.Command's `Failed to spawn 'ffmpeg': entity not found`, Bun.spawn's `Executable not found
// in $PATH: "ffmpeg"`), atob's, DecompressionStream's, a fatal TextDecoder's, Deno KV's (`Value
// too large (max 65536 bytes)`; its SQLite's words are sql-error-sqlite's), Web Crypto's
// `Decryption failed` as a whole message, JavaScriptCore's JSON.parse (`JSON Parse error:
// Unrecognized token '<'`), Bun.password's and Bun.S3Client's.
const runtimes =
  /\bFailed to spawn '[^'\n]{1,200}': |\bExecutable not found in \$PATH: "|\bFailed to decode base64\b|\binvalid gzip header\b|\bThe encoded data (?:is|was) not valid\b|\bValue too large \(max \d{1,12} bytes\)|(?<=^|["\n>]|: )Decryption failed(?=$|["\n\\<.])|\bJSON Parse error: (?:Unrecognized token|Unexpected identifier|Unterminated string|Unexpected EOF|Expected )|\bPassword verification failed with error "|\bMissing S3 credentials\. /g

const keywords = [
  'cannot read propert',
  'cannot set propert',
  'cannot destructure',
  'is not a ',
  'is not iterable',
  'is not an object (evaluating',
  "can't find variable: ",
  ". (in '",
  '(intermediate value)',
  'unexpected token',
  'unexpected end of json',
  'in json at position',
  'maximum call stack',
  'circular structure',
  'before initialization',
  'constant variable',
  'headers after they are sent',
  'serialize a bigint',
  'invalid array length',
  'invalid typed array length: ',
  'invalid currency code : ',
  'currency code is required',
  'invalid time value',
  'invalid language tag: ',
  'incorrect locale information',
  'invalid time zone specified: ',
  ' could not be cloned.',
  'is out of range. it must be ',
  'incorrect header check',
  'invalid stored block lengths',
  'invalid distance too far back',
  'invalid block type',
  'unknown compression method',
  'code generation from strings disallowed',
  'the requested length exceeds 65,536 bytes',
  'only accepts buffers of size <= 64k',
  'is not defined',
  'key must',
  'key has a minimum',
  'arguments required',
  'illegal arguments: ',
  'invalid environment variables',
  'missing environment variables:',
  'is a required variable, but',
  'missing required environment variable',
  ' invalid. expected: ',
  ', expected ',
  'token used too ',
  'secret option required',
  'misconfigured csrf',
  'unknown authentication strategy',
  'not existing property',
  ' access to "',
  'require stack:',
  "' imported from ",
  "failed to spawn '",
  'failed to decode base64',
  'invalid gzip header',
  'the encoded data ',
  'value too large (max ',
  'decryption failed',
  'executable not found in $path: "',
  'json parse error: ',
  'configuration property "',
  ': value was ',
  'config validation error: ',
  '" is required',
  'page crashed!',
  'function failed: ',
  'selector failed: ',
  'waiting for selector `',
  'must be specified for `puppeteer-core`',
  'browser was not found at the configured executablepath (',
  'could not find google chrome executable',
  'could not find chrome (ver. ',
  'ms exceeded',
  'target page, context or browser has been closed',
  'target crashed',
  'failed to launch ',
  "executable doesn't exist at ",
  'input file is missing: ',
  'contains unsupported image format',
  'failed to parse pdf document (',
  'corrupted zip: ',
  'adm-zip: ',
  'end of central directory record signature not found',
  'invalid record length: ',
  'expected closing tag ',
  '\ncolumn: ',
  'deficient indentation ',
  'bad indentation of a ',
  'end of the stream or a document separator is expected',
  'duplicated mapping key ',
  'encoding not recognized: ',
  'invalid salt. salt must be in the form of: ',
  'pchstr must ',
  '"csv_',
  'the requested module ',
  'undefined component passed to createelement()',
  'hook can only be invoked from render methods',
  'objects are not valid as a child. ',
  'interpolation end sign was not found',
  'password verification failed with error "',
  'missing s3 credentials. ',
]

/** True for what JSON.parse says of text that is not JSON (`Unexpected token } in JSON`). */
function isJsonParseMessage(text: string): boolean {
  return (
    text.startsWith('Unexpected token') ||
    text.startsWith('Unexpected end of JSON') ||
    text.startsWith('in JSON at position') ||
    text.startsWith('JSON Parse error:')
  )
}

/**
 * Raw V8/Node messages without the class name, as Fastify and Nest pass `err.message` on, and the
 * messages of libraries as common: jsonwebtoken without its key or naming the issuer or audience
 * it expected, express-session, csurf and Passport misconfigured, the environment variables
 * t3-env, envalid, env-var or an app miss (`Missing required environment variable STRIPE_KEY`), Intl's and structuredClone's errors (`Invalid currency code : US`, `async
 * function charge(card) {…} could not be cloned.`), Node's `Cannot find module` with its
 * require stack, and the messages of file, image, document and parser libraries (sharp, pdf-lib,
 * JSZip, adm-zip, yauzl, csv-parse, fast-xml-parser, sax, js-yaml, iconv-lite) and of bcrypt and
 * argon2 given a malformed hash, an ES module without the export asked for, and server
 * rendering's (preact/debug, Vue's template compiler). Validation libraries' errors (Mongoose's among them) are
 * `exception-validation-error`'s.
 *
 * @example
 * ```ts
 * '{"error":"db.collection(...).findOne is not a function"}' // flagged
 * ```
 */
export const exceptionJsMessage = defineRule({
  id: 'exception-js-message',
  category: 'exception',
  description:
    "Raw V8/Node error messages and JavaScriptCore's (Bun's) (Cannot read properties of undefined, undefined is not an object (evaluating 'x'), Can't find variable: x, x.y is not a function, a name alone 'is not defined', JSON parse errors, Intl's Invalid currency code : X, Invalid time value, structuredClone's could not be cloned, Node's The value of ... is out of range, zlib's incorrect header check, ...), Deno's and Bun's (Failed to spawn 'x': entity not found, Executable not found in $PATH, Failed to decode base64, invalid gzip header, Value too large (max N bytes), Decryption failed as a whole message, JSON Parse error: Unrecognized token, Password verification failed with error, Missing S3 credentials), jsonwebtoken's missing-key and expected issuer or audience messages, openid-client's (unexpected iss value, expected …; aud mismatch, expected …), google-auth-library's (Token used too late, …), express-session, csurf and Passport misconfigured, missing environment variables (t3-env, envalid, env-var, Missing required environment variable X), Cannot find module with its require stack or the module that imported it, and the messages of file, image, document and parser libraries (sharp's Input file is missing: and unsupported image format, pdf-lib's, JSZip's, adm-zip's and yauzl's corrupt files, csv-parse's Invalid Record Length and its serialized CSV_ codes, fast-xml-parser's and sax's with line and column, js-yaml's with the file and position, iconv-lite's Encoding not recognized, bcrypt's Invalid salt and argon2's pchstr messages), an ES module without the export asked for, preact/debug's (Undefined component passed to createElement(), Hook can only be invoked from render methods, Objects are not valid as a child) and Vue's template compiler's, and configuration libraries' (node-config's Configuration property \"x\" is not defined, convict's : value was \"…\", Config validation error: and an environment variable \"X_Y\" is required).",
  keywords,
  pattern: [
    quoted,
    phrases,
    notAFunction,
    notDefined,
    libraries,
    files,
    rendering,
    runtimes,
    browsers,
  ],
  // In a 4xx, JSON.parse's message is about the body the client sent (body-parser, Fastify 4).
  ignore: (match, subject) => subject.snapshot.status < 500 && isJsonParseMessage(match[0]),
  message: 'shows a raw JavaScript error message',
  // A page that inlines date-fns or core-js holds `Invalid time value` in its code.
  scripts: false,
  examples: {
    leaky: [
      '{"statusCode":500,"error":"Internal Server Error","message":"Cannot read properties of undefined (reading \'id\')"}',
      '{"status":500,"error":"Code generation from strings disallowed for this context"}',
      '{"status":500,"error":"The requested length exceeds 65,536 bytes"}',
      'QuotaExceededError: getRandomValues() only accepts buffers of size <= 64K but provided 65537 bytes.',
      '{"error":"Page crashed!"}',
      '{"error":"waitForFunction failed: frame got detached."}',
      '{"error":"Waiting for selector `#invoice-total` failed"}',
      '{"error":"Browser was not found at the configured executablePath (/usr/bin/google-chrome-stable)"}',
      '{"error":"page.waitForSelector: Timeout 1000ms exceeded.\\nCall log:\\n  - waiting for locator(\'#invoice-total\')"}',
      '{"error":"browserType.launch: Executable doesn\'t exist at /home/app/.cache/ms-playwright/chromium-1255/chrome-linux/chrome"}',
      // A failed route's state as TanStack Start streams it (seroval): the message is data.
      '<script>$R[12]={s:"error",e:$R[13]=new Error("Cannot read properties of undefined (reading \'id\')"),ssr:!0}</script>',
      '{"statusCode":500,"message":"Cannot read property \'total\' of null"}',
      'req.user.can is not a function',
      '{"error":"(n) => `€${n.toFixed(2)}` could not be cloned."}',
      '{"error":"The value of \\"offset\\" is out of range. It must be >= 0 and <= 3. Received 8"}',
      '{"error":"incorrect header check"}',
      '{"error":"Input file is missing: /srv/app/uploads/products/kettle-42.jpg"}',
      '{"error":"Input buffer contains unsupported image format"}',
      '{"error":"Failed to parse PDF document (line:12 col:0 offset=116): No PDF header found"}',
      '{"error":"Corrupted zip: can\'t find end of central directory"}',
      '{"error":"Invalid Record Length: columns length is 3, got 2 on line 3"}',
      '{"error":"Expected closing tag \'price\' (opened in line 4, col 5) instead of closing tag \'prce\'.:4:32"}',
      '{"error":"Unexpected close tag\\nLine: 3\\nColumn: 38\\nChar: >"}',
      '{"error":"deficient indentation in \\"/srv/app/config/settings.yml\\" (7:3)"}',
      '{"error":"Encoding not recognized: \'utf8mb4\' (searched as: \'utf8mb4\')"}',
      '{"error":"Invalid salt. Salt must be in the form of: $Vers$log2(NumRounds)$saltvalue"}',
      '{"error":"pchstr must contain a $ as first char"}',
      '{"error":"The requested module \'./OrderSummary.svelte.js\' does not provide an export named \'OrderSummary\'"}',
      '{"error":"Undefined component passed to createElement()\\n\\nYou likely forgot to export your component"}',
      '{"error":"Hook can only be invoked from render methods."}',
      '{"error":"Objects are not valid as a child. Encountered an object with the keys {id,total}."}',
      '{"error":"Interpolation end sign was not found."}',
      '{"error":"Configuration property \\"db.password\\" is not defined"}',
      '{"error":"mail.port: ports must be within range 0 - 65535: value was 70000"}',
      '{"error":"Config validation error: \\"DATABASE_URL\\" is required. \\"REDIS_URL\\" is required"}',
      '{"error":"\\"DATABASE_URL\\" is required"}',
      '{"error":{"code":"CSV_RECORD_INCONSISTENT_COLUMNS","lines":3,"record":["TOA-7","Toaster"]}}',
      '{"error":"Failed to spawn \'ffmpeg\': entity not found"}',
      'Failed to decode base64',
      '{"error":"invalid gzip header"}',
      '{"error":"The encoded data is not valid"}',
      '{"error":"Value too large (max 65536 bytes)"}',
      '{"error":"Decryption failed"}',
      'OperationError: Decryption failed\n    at decrypt (ext:deno_crypto/00_crypto.js:1:1)',
      '{"error":"Executable not found in $PATH: \\"ffmpeg\\""}',
      '{"error":"JSON Parse error: Unrecognized token \'<\'"}',
      '{"error":"Password verification failed with error \\"InvalidEncoding\\""}',
      "{\"error\":\"Missing S3 credentials. 'accessKeyId', 'secretAccessKey', 'bucket', and 'endpoint' are required\"}",
      "Cannot find module '/srv/app/plugins/pdf.mjs' imported from /srv/app/server.mjs",
      "undefined is not an object (evaluating 'globalThis.__currentUser.profile')",
      'Missing required environment variable STRIPE_SECRET_KEY',
      '{"error":"aud mismatch, expected conf-client-7f3a9c, got: some-other-client"}',
      'Token used too late, 1795494645.242 > 1795487745: {"email":"alice@acme.example","aud":"conf-client-7f3a9c"}',
      '{"error":"env-var: \\"STRIPE_SECRET_KEY\\" is a required variable, but it was not set"}',
      'Missing environment variables:\n    STRIPE_SECRET_KEY: undefined',
      '{"error":"Can\'t find variable: stripe"}',
      "req.user.can is not a function. (In 'req.user.can(\"refund\")', 'req.user.can' is undefined)",
      'Unexpected token u in JSON at position 0',
      "Expected property name or '}' in JSON at position 1 (line 1 column 2)",
      'Maximum call stack size exceeded',
      'Cannot set headers after they are sent to the client',
      "Cannot access 'db' before initialization",
      '{"error":"db.collection(...).findOne is not a function"}',
      '{"error":"stripe is not defined"}',
      '{"error":"React is not defined"}',
      '{"error":"secretOrPrivateKey must have a value"}',
      'secretOrPrivateKey must be an asymmetric key when using RS256',
      '{"error":"data and hash arguments required"}',
      'Error: Illegal arguments: undefined, string',
      '{"error":"❌ Invalid environment variables: { DATABASE_URL: [ \'Required\' ] }"}',
      "Error: Cannot find module './config/prod.json'\nRequire stack:\n- /usr/src/app/dist/server.js",
      '{"message":"jwt issuer invalid. expected: https://auth.internal.acme.net/realms/staff"}',
      '{"statusCode":500,"error":"Internal Server Error","message":"Invalid currency code : US"}',
      'RangeError: Invalid time value',
      'async function chargeCard(card) { return db.charge(card.pan, process.env.STRIPE_KEY); } could not be cloned.',
      '{"error":"#<Promise> could not be cloned."}',
      '{"error":"jwt audience invalid. expected: internal-billing-api"}',
      '{"error":"secret option required for sessions"}',
      '<h1>misconfigured csrf</h1>',
      'Unknown authentication strategy "saml-staff"',
      'PermissionDenied: Requires env access to "DATABASE_URL", run again with the --allow-env flag',
    ],
    safe: [
      'Internal Server Error',
      '{"error":"The repository could not be cloned. Check the URL and try again."}',
      'The value you entered is out of range; use 1 to 10.',
      jsonAnswer(
        400,
        '{"statusCode":400,"error":"Bad Request","message":"Unexpected token } in JSON at position 51"}',
      ),
      'This is not a function of our service; please contact support@example.com.',
      "Can't find variable: rates for your region are updating. Try again soon.",
      'Missing required environment variable. Please contact support@example.com.',
      '{"statusCode":500,"message":"Internal server error"}',
      'Something went wrong. We cannot read your order right now; try again at 10:30.',
      'The token is not valid any more. Unexpected? Contact support.',
      'The delivery slot for this order is not defined yet.',
      '{"error":"The price is not defined for this region"}',
      '{"error":"Timezone is not defined"}',
      '<script>window.i18n={"region":"Region is not defined","currency":"Currency is not defined"}</script>',
      '{"errors":[{"field":"email","message":"Email is required."}],"context":"checkout"}',
      'We cannot find the module you asked for. Please try again.',
      'Your email is required. Path: Settings > Account.',
      'Prices in this currency could not be shown. The time you chose is not valid.',
      'Your basket could not be cloned. Please try again.',
      'Sign in with your company account: this authentication strategy is not available.',
      'Invalid time value for your booking: please pick another slot. The site (acme/site) could not be cloned.',
      '<p>The template <b>blog-starter</b> could not be cloned.</p><p>Repository [acme/site] could not be cloned.</p>',
      'Invalid language tag: we show the page in English. Invalid time zone specified: your calendar uses UTC. Unknown authentication strategy "" here.',
      '{"error":"Decryption failed for your saved card; please enter it again."}',
      'The upload is too large (max 10 MB). Value too large for this field.',
      '<p>Your file could not be read: the image format is not supported. Upload a JPEG or PNG.</p>',
      '{"error":"The spreadsheet is corrupted; export it again as .xlsx.","line":3}',
      '{"errors":[{"message":"\\"email\\" is required"},{"message":"\\"SKU\\" is required"}]}',
      'The value was updated: value was saved at 10:30.',
    ],
  },
})
