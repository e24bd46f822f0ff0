import type { Category } from 'safe500'
import {
  base64Alphabet,
  base64url,
  hex,
  lowerDigits,
  problemType,
  stringify,
  textType,
  token,
  upperDigits,
} from './page-values.ts'
import type { Page } from './page-values.ts'

// Realistic LEAKY error answers, as runtimes, frameworks, drivers and proxies send them when their
// details are left on: each must give a finding in every category its `leaks` lists
// (test/unit/leaky-pages.test.ts). `leaks` holds what a reviewer expects of the page that the
// catalogue finds today; an expected category it does not find yet is left out, and a page where
// it finds none of them is not here.
//
// No key or token below is written out: each is built at run time from fragments or with
// sampleSecret (seeds 9500 and up, one per value), so secret scanners have nothing to flag.

/** A category that is a leak of detail: every category but status, header and request-id. */
export type LeakCategory = Exclude<Category, 'status' | 'header' | 'request-id'>

/** One leaky answer, and the leak categories it must be flagged in. */
export interface LeakyPage extends Page {
  leaks: readonly LeakCategory[]
}

const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const digits = '0123456789'
/** The alphabet of AWS access key ids after their prefix. */
const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

const jsonType = 'application/json; charset=utf-8'

/** Cloud credentials. */
const awsAccessKeyId = ['AK', 'IA'].join('') + token(16, 9500, base32Alphabet)
const awsSecretKey = token(40, 9501, base64Alphabet)
const awsSessionToken = 'IQoJb3JpZ2luX2Vj' + token(120, 9533, base64Alphabet)
const azureAccountKey = token(86, 9532, base64Alphabet) + '=='
const serviceBusKey = token(43, 9546, base64Alphabet) + '='
const googleAccessToken = 'ya29.a0' + token(60, 9547, base64urlAlphabet)
/** API tokens, each in the shape its issuer gives it. */
const githubToken = ['gh', 'p_'].join('') + token(36, 9502)
const stripeLiveKey = ['sk', '_live_'].join('') + token(32, 9503)
const stripeTestKey = ['sk', '_test_'].join('') + token(24, 9504)
const slackWebhook = `${['https://hooks.', 'slack.com/services/'].join('')}T${token(8, 9505, upperDigits)}/B${token(10, 9506, upperDigits)}/${token(24, 9507)}`
const slackBotToken = `${['xo', 'xb-'].join('')}${token(10, 9508, digits)}-${token(13, 9509, digits)}-${token(24, 9510)}`
const googleApiKey = ['AI', 'za'].join('') + token(35, 9511, base64urlAlphabet)
const sendgridKey = `SG.${token(22, 9516, base64urlAlphabet)}.${token(43, 9517, base64urlAlphabet)}`
const npmToken = ['np', 'm_'].join('') + token(36, 9518)
const openaiKey = ['sk', '-proj-'].join('') + token(48, 9519)
const vaultToken = ['hv', 's.'].join('') + 'CAESI' + token(52, 9539, base64urlAlphabet)
const twilioAuthToken = hex(32, 9536)
/** A public id (Twilio account SID, Sentry DSN key), a Sentry DSN secret, a private key's id. */
const publicId = hex(32, 9535)
const sentrySecret = hex(32, 9538)
const privateKeyId = hex(40, 9530)
/** API keys and secrets an app keeps in its configuration. */
const apiKey = hex(32, 9531)
const queryApiKey = token(32, 9534)
const oauthClientSecret = token(15, 9540)
const djangoSecretKey = `django-insecure-${token(50, 9542, lowerDigits)}`
const jwtSigningKey = token(32, 9543)
const jwtSecret = token(32, 9548)
const encryptionKey = hex(32, 9544)
const laravelAppKey = `base64:${token(43, 9545, base64Alphabet)}=`
const sessionSecret = token(24, 9549, lowerDigits)
const secretKeyBase = hex(128, 9550)
/** The signature of a presigned URL. */
const urlSignature = hex(64, 9541)
/** A signed JWT. */
const jwt = [
  base64url('{"alg":"HS256","typ":"JWT"}'),
  base64url('{"sub":"1234567890","name":"John Doe","iat":1516239022}'),
  token(43, 9512, base64urlAlphabet),
].join('.')
/** PEM armour and a private key body. */
const dashes = '-'.repeat(5)
const pemHeader = `${dashes}BEGIN PRIVATE KEY${dashes}`
const pemFooter = `${dashes}END PRIVATE KEY${dashes}`
const rsaHeader = `${dashes}BEGIN RSA PRIVATE KEY${dashes}`
const rsaFooter = `${dashes}END RSA PRIVATE KEY${dashes}`
const pemBody = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + token(64, 9513, base64Alphabet)
/** Passwords, Basic credentials and session ids. */
const password = token(16, 9514)
const password2 = token(12, 9515)
const basicCredentials = btoa(`admin:${password}`)
const djangoSessionId = token(32, 9522, lowerDigits)
const werkzeugSecret = token(20, 9523)

/** A Django traceback, as DRF and Starlette answers quote it. */
const pythonTraceback = `Traceback (most recent call last):\n  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner\n    response = get_response(request)\n  File "/srv/shop/orders/views.py", line 42, in checkout\n    total = order.items.total()\nAttributeError: 'NoneType' object has no attribute 'items'`
/** A Google service account key file. */
const serviceAccount = {
  type: 'service_account',
  project_id: 'acme-prod',
  private_key_id: privateKeyId,
  private_key: pemHeader + '\n' + pemBody + '\n' + pemFooter + '\n',
  client_email: 'api@acme-prod.iam.gserviceaccount.com',
  client_id: '104857392017465839201',
  token_uri: 'https://oauth2.googleapis.com/token',
}

export const leakyPages: readonly LeakyPage[] = [
  // Runtimes: raw exception messages and stack traces of Node, Bun, Deno, Python, the JVM, .NET,
  // Go, Rust, Ruby, PHP and Elixir, as an app answers with error.message, str(e) or the stack.
  {
    name: 'Node ERR_MODULE_NOT_FOUND',
    contentType: textType,
    body: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'pg' imported from /usr/src/app/dist/db.js",
    leaks: ['file-path', 'exception'],
  },
  {
    name: 'Bun stack format',
    contentType: textType,
    body: "TypeError: undefined is not an object (evaluating 'user.profile.name')\n      at <anonymous> (/home/app/src/index.ts:14:22)\n      at processTicksAndRejections (native:7:39)",
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Deno stack',
    contentType: textType,
    body: "error: Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (file:///app/main.ts:8:24)\n    at ext:deno_http/00_serve.ts:409:26",
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Python ModuleNotFoundError',
    contentType: textType,
    body: "ModuleNotFoundError: No module named 'stripe'",
    leaks: ['exception'],
  },
  {
    name: 'Python TypeError missing arg',
    contentType: jsonType,
    body: stringify({
      error: "create_order() missing 1 required positional argument: 'customer_id'",
    }),
    leaks: ['exception'],
  },
  {
    name: 'Python KeyError repr',
    contentType: jsonType,
    body: stringify({ error: "KeyError('STRIPE_API_KEY')" }),
    leaks: ['exception'],
  },
  {
    name: 'Java NPE helpful text',
    contentType: textType,
    body: 'Cannot invoke "String.length()" because "<local1>" is null',
    leaks: ['exception'],
  },
  {
    name: 'Java stack with Caused by',
    contentType: textType,
    body: 'jakarta.servlet.ServletException: Request processing failed: java.lang.IllegalStateException: No instances available for inventory-service\n\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1022)\nCaused by: java.lang.IllegalStateException: No instances available for inventory-service\n\t... 48 more',
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Kotlin exception',
    contentType: textType,
    body: 'kotlin.KotlinNullPointerException\n\tat com.acme.api.UserRoutesKt$userRoutes$1.invokeSuspend(UserRoutes.kt:31)',
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Kotlin lateinit',
    contentType: jsonType,
    body: stringify({ message: 'lateinit property repository has not been initialized' }),
    leaks: ['exception'],
  },
  {
    name: 'Scala MatchError',
    contentType: textType,
    body: 'scala.MatchError: Some(42) (of class scala.Some)\n\tat controllers.OrderController.$anonfun$show$1(OrderController.scala:18)',
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Java OOM',
    contentType: textType,
    body: 'java.lang.OutOfMemoryError: Java heap space',
    leaks: ['exception'],
  },
  {
    name: 'Ruby Net::ReadTimeout',
    contentType: jsonType,
    body: stringify({ error: 'Net::ReadTimeout with #<TCPSocket:(closed)>' }),
    leaks: ['exception'],
  },
  {
    name: 'Go panic goroutine',
    contentType: textType,
    body: 'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b1f2a]\n\ngoroutine 42 [running]:\nmain.(*Server).handleOrder(0xc0000a4000, {0x7f3c20, 0xc0001b2000}, 0xc0001c0000)\n\t/build/cmd/api/orders.go:57 +0x8a\nnet/http.HandlerFunc.ServeHTTP(0x0?, {0x7f3c20?, 0xc0001b2000?}, 0x0?)\n\t/usr/local/go/src/net/http/server.go:2136 +0x29',
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Go json unmarshal',
    contentType: jsonType,
    body: stringify({
      error: 'json: cannot unmarshal string into Go struct field Order.total of type float64',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Go compile error (go run dev)',
    contentType: textType,
    body: '# github.com/acme/shop/internal/orders\ninternal/orders/service.go:42:9: undefined: repo\ninternal/orders/service.go:51:2: declared and not used: total',
    leaks: ['file-path'],
  },
  {
    name: 'Rust panic',
    contentType: textType,
    body: "thread 'tokio-runtime-worker' panicked at src/handlers/orders.rs:42:31:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Rust backtrace frames',
    contentType: textType,
    body: 'stack backtrace:\n   0: rust_begin_unwind\n             at /rustc/82e1608dfa6e0b5569232559e3d385fea5a93112/library/std/src/panicking.rs:645:5\n   1: shop_api::handlers::orders::get_order\n             at ./src/handlers/orders.rs:42:31',
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Elixir text exception',
    contentType: textType,
    body: '** (KeyError) key :email not found in: %{name: "Ann"}\n    (shop 0.1.0) lib/shop/accounts.ex:33: Shop.Accounts.notify/1\n    (phoenix 1.7.10) lib/phoenix/router.ex:432: Phoenix.Router.__call__/5',
    leaks: ['exception', 'stack-trace'],
  },
  {
    name: 'Node Cannot find module require stack',
    contentType: textType,
    body: "Error: Cannot find module './config/prod.json'\nRequire stack:\n- /usr/src/app/dist/server.js",
    leaks: ['file-path'],
  },
  {
    name: 'Java NPE field',
    contentType: jsonType,
    body: stringify({ error: 'Cannot read field "price" because "item" is null' }),
    leaks: ['exception'],
  },
  {
    name: 'Java AIOOBE',
    contentType: jsonType,
    body: stringify({ error: 'Index 3 out of bounds for length 2' }),
    leaks: ['exception'],
  },
  {
    name: 'Java NumberFormat',
    contentType: jsonType,
    body: stringify({ error: 'For input string: "abc"' }),
    leaks: ['exception'],
  },
  {
    name: 'Java ClassCast',
    contentType: jsonType,
    body: stringify({
      error:
        "class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
    }),
    leaks: ['exception'],
  },
  {
    name: 'Python dict attr',
    contentType: jsonType,
    body: stringify({ error: "'dict' object has no attribute 'user_id'" }),
    leaks: ['exception'],
  },
  {
    name: 'Python operand',
    contentType: jsonType,
    body: stringify({ error: "unsupported operand type(s) for +: 'int' and 'str'" }),
    leaks: ['exception'],
  },
  {
    name: 'Python zero div',
    contentType: jsonType,
    body: stringify({ error: 'division by zero' }),
    leaks: ['exception'],
  },
  {
    name: 'Python list idx',
    contentType: jsonType,
    body: stringify({ error: 'list index out of range' }),
    leaks: ['exception'],
  },
  {
    name: '.NET sequence',
    contentType: jsonType,
    body: stringify({ error: 'Sequence contains no elements' }),
    leaks: ['exception'],
  },
  {
    name: '.NET key not present',
    contentType: jsonType,
    body: stringify({ error: "The given key 'tenantId' was not present in the dictionary." }),
    leaks: ['exception'],
  },
  {
    name: '.NET input string',
    contentType: jsonType,
    body: stringify({ error: "The input string 'abc' was not in a correct format." }),
    leaks: ['exception'],
  },
  {
    name: '.NET value null',
    contentType: jsonType,
    body: stringify({ error: "Value cannot be null. (Parameter 'source')" }),
    leaks: ['exception'],
  },
  {
    name: '.NET nullable',
    contentType: jsonType,
    body: stringify({ error: 'Nullable object must have a value.' }),
    leaks: ['exception'],
  },
  {
    name: 'Go interface conversion',
    contentType: jsonType,
    body: stringify({ error: 'interface conversion: interface {} is nil, not string' }),
    leaks: ['exception'],
  },
  {
    name: 'Go nil map',
    contentType: jsonType,
    body: stringify({ error: 'assignment to entry in nil map' }),
    leaks: ['exception'],
  },
  {
    name: 'Ruby uninitialized constant',
    contentType: jsonType,
    body: stringify({ error: 'uninitialized constant PaymentGateway' }),
    leaks: ['exception'],
  },
  {
    name: 'Ruby nil conversion',
    contentType: jsonType,
    body: stringify({ error: 'no implicit conversion of nil into String' }),
    leaks: ['exception'],
  },
  {
    name: 'Ruby comparison',
    contentType: jsonType,
    body: stringify({ error: 'comparison of Integer with nil failed' }),
    leaks: ['exception'],
  },
  {
    name: 'PHP member on null',
    contentType: jsonType,
    body: stringify({ error: 'Call to a member function getId() on null' }),
    leaks: ['exception'],
  },
  {
    name: 'PHP array offset',
    contentType: jsonType,
    body: stringify({ error: 'Trying to access array offset on value of type null' }),
    leaks: ['exception'],
  },
  {
    name: 'PHP memory',
    contentType: jsonType,
    body: stringify({
      error: 'Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)',
    }),
    leaks: ['exception'],
  },
  {
    name: 'PHP max exec',
    contentType: jsonType,
    body: stringify({ error: 'Maximum execution time of 30 seconds exceeded' }),
    leaks: ['exception'],
  },
  {
    name: 'JS destructure',
    contentType: jsonType,
    body: stringify({
      error: "Cannot destructure property 'id' of 'req.body' as it is undefined.",
    }),
    leaks: ['exception'],
  },
  {
    name: 'JS JSON parse',
    contentType: jsonType,
    body: stringify({ error: 'Unexpected token < in JSON at position 0' }),
    leaks: ['exception'],
  },
  {
    name: 'JS JSON parse v20',
    contentType: jsonType,
    body: stringify({ error: `Unexpected token '<', "<!DOCTYPE "... is not valid JSON` }),
    leaks: ['exception'],
  },
  {
    name: 'JS circular',
    contentType: jsonType,
    body: stringify({
      error:
        "Converting circular structure to JSON\n    --> starting at object with constructor 'Socket'\n    |     property 'parser' -> object with constructor 'HTTPParser'\n    --- property 'socket' closes the circle",
    }),
    leaks: ['exception'],
  },
  {
    name: 'JS call stack',
    contentType: jsonType,
    body: stringify({ error: 'Maximum call stack size exceeded' }),
    leaks: ['exception'],
  },
  {
    name: 'JS BigInt',
    contentType: jsonType,
    body: stringify({ error: 'Do not know how to serialize a BigInt' }),
    leaks: ['exception'],
  },
  {
    name: 'JS const assign',
    contentType: jsonType,
    body: stringify({ error: 'Assignment to constant variable.' }),
    leaks: ['exception'],
  },
  {
    name: 'Windows NetBIOS/UNC host',
    contentType: jsonType,
    body: stringify({
      error: "Could not find a part of the path '\\\\FILESRV01\\invoices$\\2024\\1.pdf'.",
    }),
    leaks: ['file-path'],
  },

  // Frameworks and libraries: error answers of Express, Nest, Fastify, Koa, Django, FastAPI,
  // Spring, Quarkus, ASP.NET Core, Laravel, Symfony, Rails, Gin, Apollo, tRPC, Remix, Nuxt and
  // others with details left on, and library errors (JWT, Zod, pydantic) passed through.
  {
    name: 'JsonWebTokenError',
    contentType: jsonType,
    body: stringify({ name: 'JsonWebTokenError', message: 'invalid signature' }),
    leaks: ['exception'],
  },
  {
    name: 'TokenExpiredError',
    contentType: jsonType,
    body: stringify({
      name: 'TokenExpiredError',
      message: 'jwt expired',
      expiredAt: '2024-01-01T00:00:00.000Z',
    }),
    leaks: ['exception'],
  },
  {
    name: 'ZodError issues',
    contentType: jsonType,
    body: stringify({
      name: 'ZodError',
      issues: [
        {
          code: 'invalid_type',
          expected: 'string',
          received: 'undefined',
          path: ['internalTenantId'],
          message: 'Required',
        },
      ],
    }),
    leaks: ['exception'],
  },
  {
    name: 'Nest raw error message in 500',
    contentType: jsonType,
    body: stringify({
      statusCode: 500,
      message: "Cannot read properties of undefined (reading 'tenantId')",
      error: 'Internal Server Error',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Fastify default 500 with raw message',
    contentType: jsonType,
    body: stringify({
      statusCode: 500,
      code: 'ERR_INVALID_ARG_TYPE',
      error: 'Internal Server Error',
      message: 'The "path" argument must be of type string. Received undefined',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Koa ctx.throw expose raw',
    contentType: textType,
    body: "ENOENT: no such file or directory, open '/srv/koa/uploads/tmp/8f2a.json'",
    leaks: ['exception'],
  },
  {
    name: 'DRF exception traceback in JSON',
    contentType: jsonType,
    body: stringify({
      detail: "'NoneType' object has no attribute 'items'",
      traceback: pythonTraceback,
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Flask-RESTX 500 message',
    contentType: jsonType,
    body: stringify({ message: "KeyError: 'user_id'" }),
    leaks: ['exception'],
  },
  {
    name: 'FastAPI custom handler str(exc) repr',
    contentType: jsonType,
    body: stringify({ detail: "ValueError('invalid literal for int() with base 10: \\'abc\\'')" }),
    leaks: ['exception'],
  },
  {
    name: 'pydantic response validation FastAPI',
    contentType: textType,
    body: "fastapi.exceptions.ResponseValidationError: 1 validation errors:\n  {'type': 'missing', 'loc': ('response', 'internal_cost'), 'msg': 'Field required', 'input': {'id': 1}}",
    leaks: ['exception'],
  },
  {
    name: 'Starlette plain traceback text',
    contentType: textType,
    body: pythonTraceback,
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Django ImproperlyConfigured',
    contentType: textType,
    body: 'django.core.exceptions.ImproperlyConfigured: Set the SECRET_KEY environment variable',
    leaks: ['exception'],
  },
  {
    name: 'aiohttp debug text',
    contentType: textType,
    body: '500 Internal Server Error\n\nServer got itself in trouble\n\nTraceback (most recent call last):\n  File "/app/handlers.py", line 12, in handle\n    raise RuntimeError("boom")\nRuntimeError: boom',
    leaks: ['stack-trace'],
  },
  {
    name: 'Tornado debug traceback',
    body: '<html><title>500: Internal Server Error</title><body>Traceback (most recent call last):\n  File &quot;/usr/lib/python3/dist-packages/tornado/web.py&quot;, line 1702, in _execute\n    result = method(*self.path_args, **self.path_kwargs)\n  File &quot;/opt/svc/main.py&quot;, line 33, in get\n    row = db.fetch(id)\nNameError: name &#x27;db&#x27; is not defined\n</body></html>',
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Pyramid exception text',
    contentType: textType,
    body: 'pyramid.httpexceptions.HTTPInternalServerError: sqlalchemy.exc.NoResultFound: No row was found when one was required',
    leaks: ['exception'],
  },
  {
    name: 'python-jose JWTError',
    contentType: jsonType,
    body: stringify({ detail: 'Signature verification failed.', type: 'jose.exceptions.JWTError' }),
    leaks: ['exception'],
  },
  {
    name: 'Spring Boot include-message only',
    contentType: jsonType,
    body: stringify({
      timestamp: '2024-01-01T10:00:00.000+00:00',
      status: 500,
      error: 'Internal Server Error',
      message: 'Cannot invoke "com.acme.shop.Customer.getEmail()" because "customer" is null',
      path: '/api/orders',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Spring include-exception',
    contentType: jsonType,
    body: stringify({
      timestamp: '2024-01-01T10:00:00.000+00:00',
      status: 500,
      error: 'Internal Server Error',
      exception: 'org.springframework.dao.DataIntegrityViolationException',
      path: '/api/users',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Spring could not write JSON lazy init',
    contentType: jsonType,
    body: stringify({
      timestamp: '2024-01-01T10:00:00.000+00:00',
      status: 500,
      error: 'Internal Server Error',
      message:
        'Could not write JSON: failed to lazily initialize a collection of role: com.acme.shop.domain.Order.items: could not initialize proxy - no Session',
      path: '/api/orders/1',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Micronaut error JSON',
    contentType: jsonType,
    body: stringify({
      message: 'Internal Server Error',
      _links: { self: { href: '/orders/1', templated: false } },
      _embedded: {
        errors: [
          {
            message:
              'Internal Server Error: Cannot invoke "io.micronaut.data.Repository.findById(Object)" because "this.repo" is null',
          },
        ],
      },
    }),
    leaks: ['exception'],
  },
  {
    name: 'Quarkus dev error JSON',
    contentType: jsonType,
    body: stringify({
      details:
        'Error id 5c3e4f2a-1b2c-4d5e-8f9a-0b1c2d3e4f5a-1, org.hibernate.exception.SQLGrammarException: could not prepare statement',
      stack:
        'org.hibernate.exception.SQLGrammarException: could not prepare statement\n\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:89)',
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Quarkus prod "Error id" plus class',
    contentType: jsonType,
    body: stringify({
      details:
        'Error id 5c3e4f2a-1b2c-4d5e-8f9a-0b1c2d3e4f5a-1, java.lang.IllegalArgumentException: id must be positive',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Ktor default exception text',
    contentType: textType,
    body: 'io.ktor.server.plugins.BadRequestException: Failed to convert request body to class com.acme.CreateOrder',
    leaks: ['exception'],
  },
  {
    name: 'Vert.x default 500',
    body: '<html><body><h1>Resource not found</h1></body></html>\njava.lang.RuntimeException: boom\n\tat io.vertx.core.impl.ContextInternal.dispatch(ContextInternal.java:264)',
    leaks: ['stack-trace'],
  },
  {
    name: 'Jetty error page',
    body: '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>\n<title>Error 500 java.lang.IllegalStateException: boom</title>\n</head>\n<body><h2>HTTP ERROR 500 java.lang.IllegalStateException: boom</h2>\n<table>\n<tr><th>URI:</th><td>/api/x</td></tr>\n<tr><th>STATUS:</th><td>500</td></tr>\n<tr><th>MESSAGE:</th><td>java.lang.IllegalStateException: boom</td></tr>\n<tr><th>SERVLET:</th><td>dispatcherServlet</td></tr>\n<tr><th>CAUSED BY:</th><td>java.lang.IllegalStateException: boom</td></tr>\n</table>\n<h3>Caused by:</h3><pre>java.lang.IllegalStateException: boom\n\tat com.acme.Api.get(Api.java:12)\n</pre>\n<hr/><a href="https://eclipse.org/jetty">Powered by Jetty:// 10.0.18</a><hr/>\n\n</body>\n</html>\n',
    leaks: ['stack-trace', 'exception', 'version-disclosure'],
  },
  {
    name: 'JBoss/WildFly Undertow',
    body: '<html><head><title>Error</title></head><body>Internal Server Error</body></html>\nio.undertow.servlet.api.DeploymentManager: UT010062: Failed to start\n\tat io.undertow.servlet.core.DeploymentManagerImpl.deploy(DeploymentManagerImpl.java:247)',
    leaks: ['stack-trace'],
  },
  {
    name: 'WebLogic error page',
    body: '<HTML><HEAD><TITLE>Error 500--Internal Server Error</TITLE></HEAD><BODY><H2>Error 500--Internal Server Error</H2><PRE>weblogic.servlet.jsp.CompilationException: Failed to compile JSP /index.jsp\nindex.jsp:12:5: The method getUser() is undefined for the type Session</PRE></BODY></HTML>',
    leaks: ['exception'],
  },
  {
    name: 'WebSphere Error 500',
    body: 'Error 500: javax.servlet.ServletException: java.lang.NullPointerException',
    leaks: ['exception'],
  },
  {
    name: 'graphql-java error',
    contentType: jsonType,
    body: stringify({
      errors: [
        {
          message:
            'Exception while fetching data (/order) : Cannot invoke "com.acme.Order.getId()" because "order" is null',
          locations: [{ line: 2, column: 3 }],
          path: ['order'],
          extensions: { classification: 'DataFetchingException' },
        },
      ],
      data: { order: null },
    }),
    leaks: ['exception'],
  },
  {
    name: 'Groovy/Grails',
    contentType: textType,
    body: 'groovy.lang.MissingMethodException: No signature of method: com.acme.OrderService.place() is applicable for argument types: (java.lang.String) values: [42]',
    leaks: ['exception'],
  },
  {
    name: 'ASP.NET Core dev page text/plain',
    contentType: textType,
    body:
      'System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Shop.Api.Controllers.OrdersController.Get(Int32 id) in /src/Shop.Api/Controllers/OrdersController.cs:line 31\n   at lambda_method5(Closure, Object, Object[])\n\nHEADERS\n=======\nAccept: */*\nHost: localhost:5000\nAuthorization: Bearer ' +
      jwt +
      '\n',
    leaks: ['stack-trace', 'file-path', 'exception'],
  },
  {
    name: '.NET 8 ProblemDetails exceptionDetails',
    contentType: problemType,
    body: stringify({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
      title: 'System.InvalidOperationException',
      status: 500,
      detail: 'Sequence contains no elements',
      exception: {
        details:
          'System.InvalidOperationException: Sequence contains no elements\r\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\r\n   at Shop.Api.OrdersController.Get(Int32 id) in C:\\src\\Shop.Api\\OrdersController.cs:line 31',
        headers: { Host: ['localhost:5000'] },
        path: '/orders/1',
        endpoint: 'Shop.Api.OrdersController.Get (Shop.Api)',
        routeValues: { action: 'Get', controller: 'Orders' },
      },
      traceId: '00-8f2a4a7e9c1b2d3e4f5a6b7c8d9e0f1a-1b2c3d4e5f6a7b8c-00',
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: '.NET ProblemDetails title only exception type',
    contentType: problemType,
    body: stringify({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
      title: 'An error occurred while processing your request.',
      status: 500,
      detail: 'Object reference not set to an instance of an object.',
      traceId: '00-8f2a4a7e9c1b2d3e4f5a6b7c8d9e0f1a-1b2c3d4e5f6a7b8c-00',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Hot Chocolate GraphQL exception',
    contentType: jsonType,
    body: stringify({
      errors: [
        {
          message: 'Unexpected Execution Error',
          locations: [{ line: 1, column: 3 }],
          path: ['orders'],
          extensions: {
            message: 'Object reference not set to an instance of an object.',
            stackTrace:
              '   at Shop.Api.Query.GetOrders(ShopDbContext db) in /src/Shop.Api/Query.cs:line 14\n   at HotChocolate.Resolvers.Expressions.ExpressionHelper.AwaitTaskHelper[T](Task`1 task)',
          },
        },
      ],
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'AutoMapper',
    contentType: jsonType,
    body: stringify({
      error:
        'Missing type map configuration or unsupported mapping.\n\nMapping types:\nOrder -> OrderDto\nShop.Domain.Order -> Shop.Api.Dtos.OrderDto',
    }),
    leaks: ['exception'],
  },
  {
    name: '.NET DI error',
    contentType: jsonType,
    body: stringify({
      error:
        "Unable to resolve service for type 'Shop.Infrastructure.IPaymentGateway' while attempting to activate 'Shop.Api.Controllers.CheckoutController'.",
    }),
    leaks: ['exception'],
  },
  {
    name: 'Laravel Ignition JSON debug',
    contentType: jsonType,
    body: stringify({
      message:
        "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.orders' doesn't exist (Connection: mysql, SQL: select * from `orders` where `id` = 1 limit 1)",
      exception: 'Illuminate\\Database\\QueryException',
      file: '/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php',
      line: 829,
      trace: [
        {
          file: '/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php',
          line: 783,
          function: 'runQueryCallback',
          class: 'Illuminate\\Database\\Connection',
          type: '->',
        },
      ],
    }),
    leaks: ['exception', 'file-path', 'stack-trace'],
  },
  {
    name: 'Laravel JSON debug non-SQL',
    contentType: jsonType,
    body: stringify({
      message: 'Attempt to read property "email" on null',
      exception: 'ErrorException',
      file: '/var/www/html/app/Http/Controllers/OrderController.php',
      line: 42,
      trace: [
        {
          file: '/var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Controller.php',
          line: 54,
          function: 'show',
          class: 'App\\Http\\Controllers\\OrderController',
          type: '->',
        },
      ],
    }),
    leaks: ['exception', 'file-path', 'stack-trace'],
  },
  {
    name: 'Laravel JSON message only',
    contentType: jsonType,
    body: stringify({ message: 'Attempt to read property "email" on null' }),
    leaks: ['exception'],
  },
  {
    name: 'Laravel JSON message Target class',
    contentType: jsonType,
    body: stringify({ message: 'Target class [App\\Services\\PaymentGateway] does not exist.' }),
    leaks: ['exception'],
  },
  {
    name: 'Symfony JSON debug',
    contentType: problemType,
    body: stringify({
      type: 'https://tools.ietf.org/html/rfc2616#section-10',
      title: 'An error occurred',
      status: 500,
      detail: 'Warning: Undefined array key "user"',
      class: 'ErrorException',
      trace: [
        {
          namespace: '',
          short_class: '',
          class: '',
          type: '',
          function: '',
          file: '/srv/app/src/Controller/OrderController.php',
          line: 31,
          args: [],
        },
      ],
    }),
    leaks: ['exception', 'stack-trace', 'file-path'],
  },
  {
    name: 'CodeIgniter 4 JSON',
    contentType: jsonType,
    body: stringify({
      title: 'ErrorException',
      type: 'ErrorException',
      code: 500,
      message: 'Undefined variable $data',
      file: 'APPPATH/Controllers/Home.php',
      line: 12,
      trace: [
        {
          file: 'SYSTEMPATH/CodeIgniter.php',
          line: 933,
          function: 'index',
          class: 'App\\Controllers\\Home',
          type: '->',
          args: [],
        },
      ],
    }),
    leaks: ['exception'],
  },
  {
    name: 'Slim JSON error',
    contentType: jsonType,
    body: stringify({
      message: 'Slim Application Error',
      exception: [
        {
          type: 'RuntimeException',
          code: 0,
          message: 'Unable to connect',
          file: '/var/www/src/Action/OrderAction.php',
          line: 27,
        },
      ],
    }),
    leaks: ['file-path', 'exception'],
  },
  {
    name: 'Whoops JSON',
    contentType: jsonType,
    body: stringify({
      error: {
        type: 'Illuminate\\Database\\QueryException',
        message: 'could not find driver',
        file: '/app/vendor/laravel/framework/src/Illuminate/Database/Connection.php',
        line: 760,
      },
    }),
    leaks: ['file-path', 'exception'],
  },
  {
    name: 'Rails JSON dev error',
    contentType: jsonType,
    body: stringify({
      status: 500,
      error: 'Internal Server Error',
      exception: "#<NoMethodError: undefined method `email' for nil:NilClass>",
      traces: {
        'Application Trace': [
          {
            exception_object_id: 8960,
            id: 0,
            trace: "app/controllers/orders_controller.rb:12:in `show'",
          },
        ],
        'Framework Trace': [
          {
            exception_object_id: 8960,
            id: 1,
            trace:
              "actionpack (7.0.8) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'",
          },
        ],
        'Full Trace': [],
      },
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Rails 3.4 message undefined method',
    contentType: jsonType,
    body: stringify({ error: "undefined method 'email' for nil" }),
    leaks: ['exception'],
  },
  {
    name: 'Sinatra plain backtrace',
    contentType: textType,
    body: "NoMethodError: undefined method `[]' for nil:NilClass\n\t/srv/app/app.rb:22:in `block in <class:App>'\n\t/usr/local/bundle/gems/sinatra-3.1.0/lib/sinatra/base.rb:1706:in `call'",
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Hanami error',
    contentType: textType,
    body: "Hanami::Action::MissingSessionError: Hanami::Action::Session is not included\n/app/slices/main/actions/orders/show.rb:9:in `handle'",
    leaks: ['stack-trace'],
  },
  {
    name: 'Rails secret_key_base missing',
    contentType: textType,
    body: "ArgumentError: Missing `secret_key_base` for 'production' environment, set this string with `bin/rails credentials:edit`",
    leaks: ['exception'],
  },
  {
    name: 'Gin recovery debug',
    contentType: textType,
    body: '[Recovery] 2024/01/01 - 10:00:00 panic recovered:\nruntime error: index out of range [3] with length 2\n/go/src/app/handlers/order.go:33 (0x8a1b2c)\n\tGetOrder: item := items[3]\n/go/pkg/mod/github.com/gin-gonic/gin@v1.9.1/context.go:174 (0x8a0f1d)\n\t(*Context).Next: c.handlers[c.index](c)',
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Fiber default error',
    contentType: textType,
    body: 'runtime error: invalid memory address or nil pointer dereference',
    leaks: ['exception'],
  },
  {
    name: 'Apollo 2 stacktrace',
    contentType: jsonType,
    body: stringify({
      errors: [
        {
          message: 'Cannot return null for non-nullable field Order.total.',
          locations: [{ line: 3, column: 5 }],
          path: ['order', 'total'],
          extensions: {
            code: 'INTERNAL_SERVER_ERROR',
            exception: {
              stacktrace: [
                'Error: Cannot return null for non-nullable field Order.total.',
                '    at completeValue (/app/node_modules/graphql/execution/execute.js:559:13)',
              ],
            },
          },
        },
      ],
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Apollo 4 stacktrace',
    contentType: jsonType,
    body: stringify({
      errors: [
        {
          message: 'connect ECONNREFUSED 10.0.0.7:5432',
          extensions: {
            code: 'INTERNAL_SERVER_ERROR',
            stacktrace: [
              'Error: connect ECONNREFUSED 10.0.0.7:5432',
              '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
            ],
          },
        },
      ],
    }),
    leaks: ['stack-trace'],
  },
  {
    name: 'Lambda unhandled error via API GW',
    contentType: jsonType,
    status: 502,
    body: stringify({
      errorType: 'TypeError',
      errorMessage: "Cannot read properties of undefined (reading 'body')",
      trace: [
        "TypeError: Cannot read properties of undefined (reading 'body')",
        '    at Runtime.handler (file:///var/task/index.mjs:4:28)',
        '    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)',
      ],
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Lambda python error',
    contentType: jsonType,
    status: 502,
    body: stringify({
      errorMessage: "'Records'",
      errorType: 'KeyError',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      stackTrace: [
        '  File "/var/task/lambda_function.py", line 5, in lambda_handler\n    for r in event[\'Records\']:\n',
      ],
    }),
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'tRPC error shape dev',
    contentType: jsonType,
    body: stringify([
      {
        error: {
          json: {
            message: "Cannot read properties of undefined (reading 'id')",
            code: -32603,
            data: {
              code: 'INTERNAL_SERVER_ERROR',
              httpStatus: 500,
              stack:
                "TypeError: Cannot read properties of undefined (reading 'id')\n    at /app/.next/server/chunks/812.js:1:4021",
              path: 'order.byId',
            },
          },
        },
      },
    ]),
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Elysia error',
    contentType: textType,
    body: "TypeError: undefined is not an object (evaluating 'body.items.length')",
    leaks: ['exception'],
  },
  {
    name: 'Remix dev error',
    body: '<main style="font-family:system-ui,sans-serif;padding:2rem"><h1>Application Error</h1><pre style="padding:2rem;background:hsla(10, 50%, 50%, 0.1);color:red;overflow:auto">Error: DATABASE_URL is not set\n    at getClient (file:///app/build/server/index.js:88:11)\n    at loader (file:///app/build/server/index.js:120:18)</pre></main>',
    leaks: ['stack-trace', 'file-path'],
  },
  {
    name: 'Nuxt/h3 error JSON dev',
    contentType: jsonType,
    body: stringify({
      url: '/api/orders',
      statusCode: 500,
      statusMessage: '',
      message: 'fetch failed',
      stack:
        '<pre><span class="stack internal">at node:internal/deps/undici/undici:12618:11</span>\n<span class="stack">at async Object.handler (/app/server/api/orders.get.ts:3:1)</span></pre>',
    }),
    leaks: ['stack-trace'],
  },
  {
    name: 'Perl Dancer',
    body: '<h2>Error 500 - Internal Server Error</h2><div class="message">Runtime Error: Can\'t locate object method "email" via package "Shop::Model::User" at /srv/shop/lib/Shop/Routes.pm line 42.</div>',
    leaks: ['file-path', 'exception'],
  },
  {
    name: 'OpenResty Lua error',
    body: "<html><head><title>500 Internal Server Error</title></head><body><center><h1>500 Internal Server Error</h1></center><hr><center>openresty/1.21.4.1</center><p>lua entry thread aborted: runtime error: /usr/local/openresty/lualib/app/auth.lua:27: attempt to index local 'user' (a nil value)</p></body></html>",
    leaks: ['file-path', 'version-disclosure'],
  },
  {
    name: 'Yii2 debug JSON',
    contentType: jsonType,
    body: stringify({
      name: 'Exception',
      message: 'Getting unknown property: app\\models\\Order::customr',
      code: 0,
      type: 'yii\\base\\UnknownPropertyException',
      file: '/app/vendor/yiisoft/yii2/base/Component.php',
      line: 154,
      'stack-trace': [
        "#0 /app/vendor/yiisoft/yii2/db/BaseActiveRecord.php(296): yii\\base\\Component->__get('customr')",
        '#1 {main}',
      ],
    }),
    leaks: ['exception', 'file-path', 'stack-trace'],
  },
  {
    name: 'CakePHP debug JSON',
    contentType: jsonType,
    body: stringify({
      message: 'Table class for alias `Orderz` could not be found.',
      url: '/orders',
      code: 500,
      file: '/var/www/html/vendor/cakephp/cakephp/src/ORM/Locator/TableLocator.php',
      line: 240,
    }),
    leaks: ['file-path'],
  },
  {
    name: 'Express errorhandler JSON dev',
    contentType: jsonType,
    body: stringify({
      error: { message: 'boom', stack: 'Error: boom\n    at /srv/app/routes/orders.js:12:11' },
    }),
    leaks: ['stack-trace'],
  },
  {
    name: 'Angular SSR error text',
    contentType: textType,
    body: "ERROR TypeError: Cannot read properties of undefined (reading 'id')\n    at OrderComponent_Template (/app/dist/shop/server/main.js:1:238871)",
    leaks: ['stack-trace', 'file-path'],
  },

  // Databases: ORM, driver and server errors that quote SQL, constraint names or the database's own
  // error text (Prisma, Sequelize, TypeORM, Knex, Mongo, Redis, SQLAlchemy, Hibernate, EF Core,
  // PDO, ActiveRecord, Go and Rust drivers, Ecto, PostgREST, Oracle, SQLite).
  {
    name: 'Prisma P2002 JSON',
    contentType: jsonType,
    body: stringify({
      name: 'PrismaClientKnownRequestError',
      code: 'P2002',
      clientVersion: '5.14.0',
      meta: { modelName: 'User', target: ['email'] },
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Prisma P2002 minimal code/meta only',
    contentType: jsonType,
    body: stringify({ code: 'P2002', clientVersion: '5.14.0', meta: { target: 'User_email_key' } }),
    leaks: ['sql-error'],
  },
  {
    name: 'Prisma invalid invocation text',
    contentType: textType,
    body: "\nInvalid `prisma.user.create()` invocation in\n/app/src/routes/users.ts:27:39\n\n  24 })\n  25 \n  26 router.post('/', async (req, res) => {\n→ 27   const user = await prisma.user.create(\nUnique constraint failed on the fields: (`email`)",
    leaks: ['file-path', 'sql-error', 'source-code'],
  },
  {
    name: 'Prisma validation error',
    contentType: jsonType,
    body: stringify({
      message:
        '\nInvalid `prisma.order.findMany()` invocation:\n\n{\n  where: {\n    customerId: "42"\n               ~~~~\n  }\n}\n\nArgument `customerId`: Invalid value provided. Expected Int, provided String.',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'SequelizeUniqueConstraintError JSON',
    contentType: jsonType,
    body: stringify({
      name: 'SequelizeUniqueConstraintError',
      errors: [
        {
          message: 'email must be unique',
          type: 'unique violation',
          path: 'email',
          value: 'a@b.com',
          origin: 'DB',
          validatorKey: 'not_unique',
        },
      ],
      parent: {
        code: '23505',
        detail: 'Key (email)=(a@b.com) already exists.',
        constraint: 'users_email_key',
        table: 'users',
      },
      sql: 'INSERT INTO "users" ("id","email","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3) RETURNING "id","email","createdAt","updatedAt";',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Sequelize parent detail only',
    contentType: jsonType,
    body: stringify({
      message: 'Validation error',
      detail: 'Key (email)=(a@b.com) already exists.',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'TypeORM QueryFailedError',
    contentType: jsonType,
    body: stringify({
      query: 'INSERT INTO "user"("email", "name") VALUES ($1, $2) RETURNING "id"',
      parameters: ['a@b.com', 'Ann'],
      driverError: {
        length: 208,
        name: 'error',
        severity: 'ERROR',
        code: '23505',
        detail: 'Key (email)=(a@b.com) already exists.',
        schema: 'public',
        table: 'user',
        constraint: 'UQ_e12875dfb3b1d92d7d7c5377e22',
        file: 'nbtinsert.c',
        line: '666',
        routine: '_bt_check_unique',
      },
      code: '23505',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'TypeORM message only duplicate key',
    contentType: jsonType,
    body: stringify({
      statusCode: 500,
      message: 'duplicate key value violates unique constraint "UQ_e12875dfb3b1d92d7d7c5377e22"',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Knex error message with SQL',
    contentType: jsonType,
    body: stringify({
      error:
        'insert into `orders` (`total`, `user_id`) values (19.99, 42) - ER_NO_REFERENCED_ROW_2: Cannot add or update a child row: a foreign key constraint fails (`shop`.`orders`, CONSTRAINT `orders_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'MongoServerError E11000',
    contentType: jsonType,
    body: stringify({
      message:
        'E11000 duplicate key error collection: db.users index: email_1 dup key: { email: "a@b.com" }',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Mongo E11000 structured keyPattern',
    contentType: jsonType,
    body: stringify({
      index: 0,
      code: 11000,
      keyPattern: { email: 1 },
      keyValue: { email: 'a@b.com' },
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Mongoose CastError',
    contentType: jsonType,
    body: stringify({
      stringValue: '"abc"',
      valueType: 'string',
      kind: 'ObjectId',
      value: 'abc',
      path: '_id',
      reason: {},
      name: 'CastError',
      message:
        'Cast to ObjectId failed for value "abc" (type string) at path "_id" for model "Order"',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'redis NOAUTH',
    contentType: jsonType,
    body: stringify({ error: 'NOAUTH Authentication required.' }),
    leaks: ['sql-error'],
  },
  {
    name: 'redis WRONGPASS',
    contentType: jsonType,
    body: stringify({ error: 'WRONGPASS invalid username-password pair or user is disabled.' }),
    leaks: ['sql-error'],
  },
  {
    name: 'Nest TypeORM EntityNotFound',
    contentType: jsonType,
    body: stringify({
      statusCode: 500,
      message:
        'Could not find any entity of type "User" matching: {\n    "where": {\n        "id": 42\n    }\n}',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'SQLAlchemy IntegrityError psycopg2',
    contentType: jsonType,
    body: stringify({
      error:
        "(psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(a@b.com) already exists.\n\n[SQL: INSERT INTO users (email, name) VALUES (%(email)s, %(name)s) RETURNING users.id]\n[parameters: {'email': 'a@b.com', 'name': 'Ann'}]\n(Background on this error at: https://sqlalche.me/e/20/gkpj)",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'SQLAlchemy pymysql',
    contentType: jsonType,
    body: stringify({
      detail:
        "(pymysql.err.IntegrityError) (1062, \"Duplicate entry 'a@b.com' for key 'users.email'\")",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'SQLAlchemy asyncpg',
    contentType: jsonType,
    body: stringify({
      detail:
        '(sqlalchemy.dialects.postgresql.asyncpg.IntegrityError) <class \'asyncpg.exceptions.UniqueViolationError\'>: duplicate key value violates unique constraint "ix_users_email"',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'SQLAlchemy SQL and parameters',
    contentType: jsonType,
    body: stringify({
      detail:
        "[SQL: SELECT users.id, users.email FROM users WHERE users.id = %(pk_1)s]\n[parameters: {'pk_1': 5}]",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Flask debug off but returns str(e)',
    body: '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>(sqlite3.OperationalError) no such table: users</p>\n',
    leaks: ['sql-error'],
  },
  {
    name: 'psycopg3 error',
    contentType: jsonType,
    body: stringify({
      detail:
        'psycopg.errors.UndefinedColumn: column "deleted_at" does not exist\nLINE 1: SELECT id FROM orders WHERE deleted_at IS NULL\n                                    ^',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Spring Hibernate message',
    contentType: jsonType,
    body: stringify({
      status: 500,
      error: 'Internal Server Error',
      message:
        'could not execute statement; SQL [n/a]; constraint [uk_users_email]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement',
      path: '/api/users',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Spring 6 Hibernate message',
    contentType: jsonType,
    body: stringify({
      status: 500,
      error: 'Internal Server Error',
      message:
        'could not execute statement [ERROR: duplicate key value violates unique constraint "uk_users_email"\n  Detail: Key (email)=(a@b.com) already exists.] [insert into users (email,name,id) values (?,?,?)]; SQL [insert into users (email,name,id) values (?,?,?)]; constraint [uk_users_email]',
      path: '/api/users',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'PSQLException text',
    contentType: textType,
    body: 'org.postgresql.util.PSQLException: ERROR: relation "invoices" does not exist\n  Position: 15',
    leaks: ['sql-error'],
  },
  {
    name: 'MyBatis exception',
    contentType: textType,
    body: "### Error querying database.  Cause: java.sql.SQLSyntaxErrorException: Unknown column 'o.deleted' in 'where clause'\n### The error may exist in com/acme/mapper/OrderMapper.xml\n### SQL: SELECT * FROM orders o WHERE o.deleted = 0\n### Cause: java.sql.SQLSyntaxErrorException: Unknown column 'o.deleted' in 'where clause'",
    leaks: ['sql-error'],
  },
  {
    name: 'Oracle JDBC',
    contentType: textType,
    body: 'java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist',
    leaks: ['sql-error'],
  },
  {
    name: 'EF Core DbUpdateException',
    contentType: jsonType,
    body: stringify({
      error:
        'An error occurred while saving the entity changes. See the inner exception for details.',
      inner:
        "Cannot insert duplicate key row in object 'dbo.Users' with unique index 'IX_Users_Email'. The duplicate key value is (a@b.com).",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'SqlException login failed',
    contentType: jsonType,
    body: stringify({ error: "Login failed for user 'shop_app'." }),
    leaks: ['sql-error'],
  },
  {
    name: 'Npgsql PostgresException',
    contentType: jsonType,
    body: stringify({
      error: '23505: duplicate key value violates unique constraint "IX_Users_Email"',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'PHP fatal PDOException',
    body: "<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[08006] [7] connection to server at &quot;10.0.0.5&quot;, port 5432 failed: FATAL:  password authentication failed for user &quot;shop&quot; in /var/www/html/db.php:8\nStack trace:\n#0 /var/www/html/db.php(8): PDO-&gt;__construct('pgsql:host=10.0...', 'shop', Object(SensitiveParameterValue))\n#1 {main}\n  thrown in <b>/var/www/html/db.php</b> on line <b>8</b><br />\n",
    leaks: ['stack-trace', 'file-path', 'sql-error', 'driver-error'],
  },
  {
    name: 'PHP 7 PDOException older constructor leak with password',
    body:
      "<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'root'@'172.18.0.3' (using password: YES) in /var/www/html/db.php:5\nStack trace:\n#0 /var/www/html/db.php(5): PDO->__construct('mysql:host=mysq...', 'root', '" +
      password2 +
      "')\n#1 {main}\n  thrown in <b>/var/www/html/db.php</b> on line <b>5</b><br />",
    leaks: ['sql-error'],
  },
  {
    name: 'Symfony Doctrine message',
    contentType: jsonType,
    body: stringify({
      error:
        "An exception occurred while executing a query: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'a@b.com' for key 'UNIQ_1483A5E9E7927C74'",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'WordPress database error',
    body: '<div id="error"><p class="wpdberror"><strong>WordPress database error:</strong> [Table \'wp.wp_acme_orders\' doesn\'t exist]<br /><code>SELECT * FROM wp_acme_orders WHERE user_id = 5</code></p></div>',
    leaks: ['sql-error'],
  },
  {
    name: 'Drupal error',
    body: '<em class="placeholder">Drupal\\Core\\Database\\DatabaseExceptionWrapper</em>: SQLSTATE[42S02]: Base table or view not found: 1146 Table &#039;drupal.cache_config&#039; doesn&#039;t exist: SELECT cid, data FROM {cache_config} WHERE cid IN ( :cids__0 ); Array\n(\n    [:cids__0] =&gt; system.site\n)\n in <em class="placeholder">Drupal\\Core\\Cache\\DatabaseBackend-&gt;getMultiple()</em> (line <em class="placeholder">171</em> of <em class="placeholder">core/lib/Drupal/Core/Cache/DatabaseBackend.php</em>).',
    leaks: ['sql-error'],
  },
  {
    name: 'ActiveRecord PG error',
    contentType: jsonType,
    body: stringify({
      error:
        'PG::UndefinedTable: ERROR:  relation "orders" does not exist\nLINE 1: SELECT "orders".* FROM "orders" WHERE "orders"."id" = $1 LIMIT $2\n                              ^\n',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Go err.Error() pq',
    contentType: jsonType,
    body: stringify({
      error: 'pq: duplicate key value violates unique constraint "users_email_key"',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Go pgx error',
    contentType: jsonType,
    body: stringify({ error: 'ERROR: relation "orders" does not exist (SQLSTATE 42P01)' }),
    leaks: ['sql-error'],
  },
  {
    name: 'Go mysql driver',
    contentType: jsonType,
    body: stringify({
      error: "Error 1062 (23000): Duplicate entry 'a@b.com' for key 'users.email'",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Go sql no rows',
    contentType: jsonType,
    body: stringify({ error: 'sql: no rows in result set' }),
    leaks: ['sql-error'],
  },
  {
    name: 'actix default error sqlx',
    contentType: textType,
    body: 'error returned from database: duplicate key value violates unique constraint "users_email_key"',
    leaks: ['sql-error'],
  },
  {
    name: 'axum anyhow Debug',
    contentType: textType,
    body: 'Something went wrong: error returned from database: relation "orders" does not exist\n\nCaused by:\n    relation "orders" does not exist',
    leaks: ['sql-error'],
  },
  {
    name: 'diesel error',
    contentType: textType,
    body: 'DatabaseError(UniqueViolation, "duplicate key value violates unique constraint \\"users_email_key\\"")',
    leaks: ['sql-error'],
  },
  {
    name: 'Ecto Postgrex error',
    contentType: textType,
    body: '** (Postgrex.Error) ERROR 23505 (unique_violation) duplicate key value violates unique constraint "users_email_index"\n\n    table: users\n    constraint: users_email_index\n\nKey (email)=(a@b.com) already exists.',
    leaks: ['sql-error'],
  },
  {
    name: 'Hasura internal SQL statement',
    contentType: jsonType,
    body: stringify({
      errors: [
        {
          extensions: {
            path: '$',
            code: 'unexpected',
            internal: {
              statement:
                'SELECT  coalesce(json_agg("root" ), \'[]\' ) AS "root" FROM  (SELECT  row_to_json((SELECT  "_e"  FROM  (SELECT  "_root.base"."id" AS "id"       ) AS "_e"      ) ) AS "root" FROM  (SELECT  *  FROM "public"."orders"  WHERE (\'true\')     ) AS "_root.base"      ) AS "_root"      ',
              prepared: true,
              error: {
                exec_status: 'FatalError',
                hint: null,
                message: 'permission denied for table orders',
                status_code: '42501',
                description: null,
              },
              arguments: [],
            },
          },
          message: 'database query error',
        },
      ],
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'PostgREST error',
    contentType: jsonType,
    body: stringify({
      code: '42P01',
      details: null,
      hint: null,
      message: 'relation "public.orders" does not exist',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Supabase/PostgREST 23505',
    contentType: jsonType,
    body: stringify({
      code: '23505',
      details: 'Key (email)=(a@b.com) already exists.',
      hint: null,
      message: 'duplicate key value violates unique constraint "profiles_email_key"',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Classic ASP error',
    body: '<font face="Arial" size=2>\n<p>Microsoft OLE DB Provider for ODBC Drivers</font> <font face="Arial" size=2>error \'80040e14\'</font>\n<p>\n<font face="Arial" size=2>[Microsoft][ODBC SQL Server Driver][SQL Server]Unclosed quotation mark after the character string \'\'.</font>\n<p>\n<font face="Arial" size=2>/shop/product.asp</font><font face="Arial" size=2>, line 33</font>',
    leaks: ['sql-error'],
  },
  {
    name: 'mysql2 error object',
    contentType: jsonType,
    body: stringify({
      code: 'ER_ACCESS_DENIED_ERROR',
      errno: 1045,
      sqlState: '28000',
      sqlMessage: "Access denied for user 'shop'@'10.0.3.4' (using password: YES)",
    }),
    leaks: ['sql-error', 'internal-address'],
  },
  {
    name: 'ClickHouse',
    contentType: textType,
    body: 'Code: 60. DB::Exception: Table default.events does not exist. (UNKNOWN_TABLE) (version 23.8.2.7 (official build))',
    leaks: ['sql-error'],
  },
  {
    name: 'Snowflake',
    contentType: jsonType,
    body: stringify({
      error:
        "SQL compilation error:\nObject 'ANALYTICS.PUBLIC.ORDERS' does not exist or not authorized.",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'BigQuery',
    contentType: jsonType,
    body: stringify({
      error: 'Not found: Table acme-prod:analytics.orders was not found in location EU',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Neo4j',
    contentType: jsonType,
    body: stringify({
      code: 'Neo.ClientError.Statement.SyntaxError',
      message:
        'Invalid input \'RETRUN\': expected ... (line 1, column 22 (offset: 21))\n"MATCH (u:User {id:$id}) RETRUN u"',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Oracle via node-oracledb',
    contentType: jsonType,
    body: stringify({
      errorNum: 942,
      offset: 14,
      message:
        'ORA-00942: table or view does not exist\nHelp: https://docs.oracle.com/error-help/db/ora-00942/',
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'SQLite better-sqlite3',
    contentType: jsonType,
    body: stringify({
      code: 'SQLITE_CONSTRAINT_UNIQUE',
      message: 'UNIQUE constraint failed: users.email',
    }),
    leaks: ['sql-error'],
  },

  // Drivers and clients: connection failures and timeouts of database drivers, caches, brokers,
  // HTTP clients and cloud SDKs, often naming the host they could not reach; axios and AWS SDK
  // errors serialized whole.
  {
    name: 'axios error toJSON() with in-cluster URL and bearer token',
    contentType: jsonType,
    body: stringify({
      message: 'Request failed with status code 503',
      name: 'AxiosError',
      stack:
        'AxiosError: Request failed with status code 503\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)',
      config: {
        transitional: {
          silentJSONParsing: true,
          forcedJSONParsing: true,
          clarifyTimeoutError: false,
        },
        adapter: ['xhr', 'http', 'fetch'],
        transformRequest: [null],
        transformResponse: [null],
        timeout: 0,
        xsrfCookieName: 'XSRF-TOKEN',
        xsrfHeaderName: 'X-XSRF-TOKEN',
        maxContentLength: -1,
        maxBodyLength: -1,
        env: {},
        headers: {
          Accept: 'application/json, text/plain, */*',
          Authorization: 'Bearer ' + jwt,
          'User-Agent': 'axios/1.7.2',
          'Accept-Encoding': 'gzip, compress, deflate, br',
        },
        method: 'get',
        url: 'http://inventory.shop.svc.cluster.local:8080/v1/items/42',
      },
      code: 'ERR_BAD_RESPONSE',
      status: 503,
    }),
    leaks: ['stack-trace', 'driver-error', 'secret', 'internal-address'],
  },
  {
    name: 'axios error toJSON() with private IP and x-api-key',
    contentType: jsonType,
    body: stringify({
      message: 'Request failed with status code 401',
      name: 'AxiosError',
      config: {
        headers: { Accept: 'application/json, text/plain, */*', 'x-api-key': apiKey },
        method: 'post',
        url: 'http://10.12.4.7:9000/internal/score',
        data: '{"userId":42}',
      },
      code: 'ERR_BAD_REQUEST',
      status: 401,
    }),
    leaks: ['secret', 'internal-address'],
  },
  {
    name: 'axios ECONNREFUSED message',
    contentType: jsonType,
    body: stringify({ error: 'connect ECONNREFUSED 172.20.0.5:3001' }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'axios timeout error',
    contentType: jsonType,
    body: stringify({
      error: { message: 'timeout of 5000ms exceeded', name: 'AxiosError', code: 'ECONNABORTED' },
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'fetch failed cause ECONNREFUSED util.inspect',
    contentType: textType,
    body: `TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n    at async getUser (/srv/api/dist/users.js:14:17) {\n  [cause]: Error: connect ECONNREFUSED 10.0.1.23:8080\n      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n    errno: -111,\n    code: 'ECONNREFUSED',\n    syscall: 'connect',\n    address: '10.0.1.23',\n    port: 8080\n  }\n}`,
    leaks: ['stack-trace', 'driver-error', 'internal-address'],
  },
  {
    name: 'fetch cause JSON',
    contentType: jsonType,
    body: stringify({
      error: 'fetch failed',
      cause: {
        errno: -3008,
        code: 'ENOTFOUND',
        syscall: 'getaddrinfo',
        hostname: 'users-api.prod.internal',
      },
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'undici HeadersTimeoutError',
    contentType: jsonType,
    body: stringify({
      name: 'HeadersTimeoutError',
      code: 'UND_ERR_HEADERS_TIMEOUT',
      message: 'Headers Timeout Error',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'got RequestError',
    contentType: jsonType,
    body: stringify({
      name: 'RequestError',
      code: 'ECONNRESET',
      message: 'read ECONNRESET',
      options: { url: 'http://payments.default.svc.cluster.local/charge' },
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'Prisma P1001 cannot reach db',
    contentType: jsonType,
    body: stringify({
      error:
        "Can't reach database server at `postgres-primary.db.svc.cluster.local`:`5432`\n\nPlease make sure your database server is running at `postgres-primary.db.svc.cluster.local`:`5432`.",
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'SequelizeConnectionRefusedError message',
    contentType: jsonType,
    body: stringify({
      error: 'SequelizeConnectionRefusedError: connect ECONNREFUSED 10.4.0.12:3306',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'MongooseServerSelectionError',
    contentType: jsonType,
    body: stringify({
      name: 'MongooseServerSelectionError',
      message: 'connect ECONNREFUSED 127.0.0.1:27017',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'MongoNetworkError',
    contentType: textType,
    body: 'MongoNetworkError: connection 3 to mongo-0.mongo.data.svc.cluster.local:27017 closed',
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'ioredis ECONNREFUSED',
    contentType: textType,
    body: '[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.5.9:6379',
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'redis ClusterAllFailedError',
    contentType: jsonType,
    body: stringify({
      name: 'ClusterAllFailedError',
      message: 'Failed to refresh slots cache.',
      lastNodeError: { message: 'connect ETIMEDOUT' },
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'ES ConnectionError',
    contentType: jsonType,
    body: stringify({ name: 'ConnectionError', message: 'connect ECONNREFUSED 10.2.3.4:9200' }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'AWS SDK v3 AccessDenied ARN',
    contentType: jsonType,
    body: stringify({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: {
        httpStatusCode: 400,
        requestId: '7f0b7a2e-1c9b-4c3e-9a7a-2f4f2d3b1a90',
        attempts: 1,
        totalRetryDelay: 0,
      },
      __type: 'com.amazon.coral.service#AccessDeniedException',
      message:
        'User: arn:aws:sts::123456789012:assumed-role/api-task-role/3f0e8d7c is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders because no identity-based policy allows the dynamodb:PutItem action',
    }),
    leaks: ['exception'],
  },
  {
    name: 'AWS S3 NoSuchBucket',
    contentType: jsonType,
    body: stringify({
      Code: 'NoSuchBucket',
      name: 'NoSuchBucket',
      $fault: 'client',
      $metadata: {
        httpStatusCode: 404,
        requestId: 'X1Y2Z3A4B5C6',
        extendedRequestId: 'abc/def+ghi=',
        attempts: 1,
      },
      BucketName: 'acme-prod-invoices-internal',
      message: 'The specified bucket does not exist',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Fastify serialization error',
    contentType: jsonType,
    body: stringify({
      statusCode: 500,
      code: 'FST_ERR_FAILED_ERROR_SERIALIZATION',
      error: 'Internal Server Error',
      message:
        'Failed to serialize an error. Error: "total" is required!. Original error: ECONNREFUSED',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'SQLAlchemy OperationalError conn refused',
    contentType: jsonType,
    body: stringify({
      error:
        '(psycopg2.OperationalError) connection to server at "10.0.3.14", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'Celery OperationalError broker',
    contentType: jsonType,
    body: stringify({
      error: 'kombu.exceptions.OperationalError: [Errno 111] Connection refused',
      broker: 'amqp://guest:**@rabbitmq.internal:5672//',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'redis-py ConnectionError',
    contentType: jsonType,
    body: stringify({
      detail:
        'Error 111 connecting to redis-master.cache.svc.cluster.local:6379. Connection refused.',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'requests ConnectionError',
    contentType: jsonType,
    body: stringify({
      detail:
        "HTTPConnectionPool(host='10.1.2.3', port=8000): Max retries exceeded with url: /internal/prices (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f1c2b3a4d50>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'httpx ConnectError',
    contentType: jsonType,
    body: stringify({ detail: 'httpx.ConnectError: [Errno -2] Name or service not known' }),
    leaks: ['driver-error'],
  },
  {
    name: 'boto3 ClientError',
    contentType: jsonType,
    body: stringify({
      detail:
        'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
    }),
    leaks: ['exception'],
  },
  {
    name: 'botocore EndpointConnectionError',
    contentType: jsonType,
    body: stringify({
      detail:
        'Could not connect to the endpoint URL: "http://localstack:4566/orders-bucket/invoice.pdf"',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Django OperationalError MySQLdb',
    contentType: jsonType,
    body: stringify({
      detail: "(2003, \"Can't connect to MySQL server on 'mysql.internal' (111)\")",
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'JDBC connection refused',
    contentType: textType,
    body: 'org.postgresql.util.PSQLException: Connection to pg-primary.db.svc.cluster.local:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'HikariCP timeout',
    contentType: jsonType,
    body: stringify({
      message: 'HikariPool-1 - Connection is not available, request timed out after 30000ms.',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'MySQL Communications link failure',
    contentType: textType,
    body: 'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    leaks: ['driver-error'],
  },
  {
    name: 'Java sun.net timeout',
    contentType: textType,
    body: 'I/O error on GET request for "http://inventory:8080/api/stock/42": Connect timed out; nested exception is java.net.SocketTimeoutException: Connect timed out',
    leaks: ['driver-error'],
  },
  {
    name: 'Feign error',
    contentType: jsonType,
    body: stringify({
      message:
        '[503 Service Unavailable] during [GET] to [http://inventory-service/api/stock/42] [InventoryClient#getStock(Long)]: [upstream connect error or disconnect/reset before headers. reset reason: connection failure]',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'WebClient error',
    contentType: jsonType,
    body: stringify({
      message:
        'Connection refused: inventory/10.96.14.2:8080; nested exception is io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: inventory/10.96.14.2:8080',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'SqlException network',
    contentType: jsonType,
    body: stringify({
      error:
        'A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server)',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Npgsql connection',
    contentType: jsonType,
    body: stringify({ error: 'Failed to connect to 10.0.0.21:5432' }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: '.NET HttpRequestException',
    contentType: jsonType,
    body: stringify({
      error:
        'No connection could be made because the target machine actively refused it. (inventory-api:8080)',
    }),
    leaks: ['driver-error'],
  },
  {
    name: '.NET HttpRequestException linux',
    contentType: jsonType,
    body: stringify({ error: 'Connection refused (inventory-api:8080)' }),
    leaks: ['driver-error'],
  },
  {
    name: '.NET TaskCanceled HttpClient timeout',
    contentType: jsonType,
    body: stringify({
      error:
        'The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'StackExchange.Redis',
    contentType: jsonType,
    body: stringify({
      error:
        'It was not possible to connect to the redis server(s). UnableToConnect on redis.internal:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'PHP mysqli warning',
    body: '<br />\n<b>Warning</b>:  mysqli::__construct(): (HY000/2002): Connection refused in <b>/var/www/html/inc/db.php</b> on line <b>4</b><br />\n',
    leaks: ['file-path', 'driver-error'],
  },
  {
    name: 'ActiveRecord ConnectionNotEstablished',
    contentType: jsonType,
    body: stringify({
      error:
        'connection to server at "10.0.2.5", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Ruby Redis error',
    contentType: jsonType,
    body: stringify({ error: 'Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)' }),
    leaks: ['driver-error'],
  },
  {
    name: 'Rails Faraday error',
    contentType: jsonType,
    body: stringify({
      error:
        'Failed to open TCP connection to inventory:3000 (Connection refused - connect(2) for "inventory" port 3000)',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Go pgx conn',
    contentType: jsonType,
    body: stringify({
      error:
        'failed to connect to `host=10.0.0.9 user=app database=shop`: dial error (dial tcp 10.0.0.9:5432: connect: connection refused)',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'Go net/http client',
    contentType: jsonType,
    body: stringify({
      error:
        'Get "http://inventory:8080/stock/42": dial tcp: lookup inventory on 127.0.0.11:53: no such host',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Go context deadline client',
    contentType: jsonType,
    body: stringify({
      error:
        'Post "http://payments.internal/charge": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Go mongo driver',
    contentType: jsonType,
    body: stringify({
      error:
        'server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: mongo:27017, Type: Unknown, Last error: dial tcp: lookup mongo on 127.0.0.11:53: no such host }, ] }',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Go redis',
    contentType: jsonType,
    body: stringify({ error: 'dial tcp 172.19.0.4:6379: connect: connection refused' }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'sqlx pool timeout',
    contentType: textType,
    body: 'pool timed out while waiting for an open connection',
    leaks: ['driver-error'],
  },
  {
    name: 'reqwest error',
    contentType: textType,
    body: 'error sending request for url (http://inventory:8080/stock/42): error trying to connect: tcp connect error: Connection refused (os error 111)',
    leaks: ['driver-error'],
  },
  {
    name: 'DBConnection error',
    contentType: textType,
    body: '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms.',
    leaks: ['driver-error'],
  },
  {
    name: 'Envoy with TLS reason',
    contentType: textType,
    status: 503,
    body: 'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end',
    leaks: ['driver-error'],
  },
  {
    name: 'Nuxt production error with ECONNREFUSED message',
    contentType: jsonType,
    body: stringify({
      url: '/api/orders',
      statusCode: 500,
      statusMessage: 'Server Error',
      message: 'connect ECONNREFUSED ::1:5432',
      stack: '',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Node unhandled AggregateError pg',
    contentType: jsonType,
    body: stringify({
      error: 'AggregateError [ECONNREFUSED]: \n    at internalConnectMultiple (node:net:1117:18)',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'pg pool error',
    contentType: jsonType,
    body: stringify({ error: 'timeout exceeded when trying to connect' }),
    leaks: ['driver-error'],
  },
  {
    name: 'mongoose buffering',
    contentType: jsonType,
    body: stringify({ error: 'Operation `orders.findOne()` buffering timed out after 10000ms' }),
    leaks: ['driver-error'],
  },
  {
    name: 'KafkaJS connection error',
    contentType: jsonType,
    body: stringify({
      error: 'KafkaJSConnectionError: Connection error: connect ECONNREFUSED 10.0.8.2:9092',
      broker: 'kafka-0.kafka-headless.data.svc.cluster.local:9092',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'amqplib ACCESS_REFUSED handshake',
    contentType: jsonType,
    body: stringify({
      error:
        'Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile."',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Cassandra driver all hosts failed',
    contentType: jsonType,
    body: stringify({
      error:
        'All host(s) tried for query failed. First host tried, 10.0.6.3:9042: Error: connect ECONNREFUSED 10.0.6.3:9042. See innerErrors.',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'DynamoDB validation',
    contentType: jsonType,
    body: stringify({
      name: 'ValidationException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400, requestId: 'X1Y2Z3' },
      message: 'One or more parameter values were invalid: Missing the key pk in the item',
    }),
    leaks: ['exception'],
  },
  {
    name: 'MSSQL tedious',
    contentType: jsonType,
    body: stringify({
      code: 'ESOCKET',
      message: 'Failed to connect to mssql:1433 - getaddrinfo ENOTFOUND mssql',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'Memcached connection refused',
    contentType: jsonType,
    body: stringify({ error: 'Memcached: connection to memcached:11211 failed: ECONNREFUSED' }),
    leaks: ['driver-error'],
  },

  // Secrets: credentials in echoed configs, connection strings, URLs, headers and error messages:
  // passwords, cloud and API keys, tokens, private keys.
  {
    name: 'axios error with basic auth in config.auth',
    contentType: jsonType,
    body: stringify({
      message: 'Request failed with status code 500',
      name: 'AxiosError',
      config: {
        auth: { username: 'svc-billing', password: password },
        method: 'get',
        url: 'https://billing.example.com/api/v2/invoices',
      },
      code: 'ERR_BAD_RESPONSE',
      status: 500,
    }),
    leaks: ['secret'],
  },
  {
    name: 'AWS creds in echoed config',
    contentType: jsonType,
    body: stringify({
      error: 'UnrecognizedClientException',
      config: {
        region: 'us-east-1',
        credentials: { accessKeyId: awsAccessKeyId, secretAccessKey: awsSecretKey },
      },
    }),
    leaks: ['secret'],
  },
  {
    name: 'AWS SignatureDoesNotMatch XML',
    contentType: 'application/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>${awsAccessKeyId}</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20240101T000000Z</StringToSign><RequestId>4442587FB7D0A2F9</RequestId></Error>`,
    leaks: ['secret'],
  },
  {
    name: 'Stripe auth error full key',
    contentType: jsonType,
    body: stringify({ error: 'Invalid API Key provided: ' + stripeTestKey }),
    leaks: ['secret'],
  },
  {
    name: 'Python logging with repr of settings',
    contentType: jsonType,
    body: stringify({
      detail:
        "Settings(database_url=PostgresDsn('postgresql://app:" +
        password2 +
        "@10.0.0.8:5432/app'), debug=False)",
    }),
    leaks: ['secret'],
  },
  {
    name: '.NET connection string in exception',
    contentType: textType,
    body: `System.ArgumentException: Keyword not supported: 'trustservercertifcate'.\nConnection string: Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=shop;User ID=shopadmin;Password=${password};Encrypt=True;TrustServerCertifcate=False;`,
    leaks: ['secret'],
  },
  {
    name: 'Azure storage conn string',
    contentType: jsonType,
    body: stringify({
      error: 'Settings must be of the form "name=value".',
      connectionString:
        'DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=' +
        azureAccountKey +
        ';EndpointSuffix=core.windows.net',
    }),
    leaks: ['secret'],
  },
  {
    name: 'MySQL connection URL with password',
    contentType: jsonType,
    body: stringify({
      error: `Access denied connecting with mysql://root:${password2}@db:3306/shop`,
    }),
    leaks: ['secret'],
  },
  {
    name: 'MongoDB mongodb+srv URI with password',
    contentType: jsonType,
    body: stringify({
      error: `MongoParseError: URI malformed mongodb+srv://admin:${password2}@cluster0.ab1cd.mongodb.net/shop?retryWrites=true&w=majority`,
    }),
    leaks: ['secret'],
  },
  {
    name: 'RabbitMQ amqp URL with password',
    contentType: jsonType,
    body: stringify({
      error: `Socket closed abruptly during opening handshake amqp://svc:${password2}@rabbitmq:5672/%2F`,
    }),
    leaks: ['secret'],
  },
  {
    name: 'Redis URL with password',
    contentType: jsonType,
    body: stringify({ error: `Invalid URL redis://:${password2}@redis:6379/0` }),
    leaks: ['secret'],
  },
  {
    name: 'SQL Server ADO.NET connection string with password',
    contentType: textType,
    body: `Format of the initialization string does not conform to specification starting at index 87.\nServer=sql01;Database=Shop;User Id=sa;Password=${password2};`,
    leaks: ['secret'],
  },
  {
    name: 'JDBC URL with password parameter',
    contentType: textType,
    body: `Unable to open JDBC Connection for DDL execution [jdbc:postgresql://db:5432/shop?user=app&password=${password2}]`,
    leaks: ['secret'],
  },
  {
    name: 'AWS access key id in signing error',
    contentType: textType,
    body: `Unable to sign request with access key ${awsAccessKeyId}`,
    leaks: ['secret'],
  },
  {
    name: 'AWS secret in JSON',
    contentType: jsonType,
    body: stringify({
      config: { accessKeyId: awsAccessKeyId, secretAccessKey: awsSecretKey, region: 'eu-west-1' },
    }),
    leaks: ['secret'],
  },
  {
    name: 'AWS secret key alone (camelCase)',
    contentType: jsonType,
    body: stringify({
      credentials: { secretAccessKey: awsSecretKey, sessionToken: awsSessionToken },
    }),
    leaks: ['secret'],
  },
  {
    name: 'GitHub token in echoed upstream url',
    contentType: jsonType,
    body: stringify({
      error: `GET https://${githubToken}@api.github.com/repos/acme/shop failed: 401`,
    }),
    leaks: ['secret'],
  },
  {
    name: 'GitHub token header',
    contentType: jsonType,
    body: stringify({ request: { headers: { authorization: 'token ' + githubToken } } }),
    leaks: ['secret'],
  },
  {
    name: 'Slack webhook',
    contentType: jsonType,
    body: stringify({ error: 'invalid_payload posting to ' + slackWebhook }),
    leaks: ['secret'],
  },
  {
    name: 'Slack bot token',
    contentType: jsonType,
    body: stringify({ error: 'not_authed', token: slackBotToken }),
    leaks: ['secret'],
  },
  {
    name: 'Google SA JSON',
    contentType: jsonType,
    body: stringify({
      error: 'invalid_grant: Invalid JWT Signature.',
      credentials: serviceAccount,
    }),
    leaks: ['secret'],
  },
  {
    name: 'Google SA private_key only escaped',
    contentType: jsonType,
    body: stringify({ private_key: serviceAccount.private_key }),
    leaks: ['secret'],
  },
  {
    name: 'PEM RSA in error',
    contentType: textType,
    body:
      'error:0909006C:PEM routines:get_name:no start line\nkey was:\n' +
      rsaHeader +
      '\n' +
      pemBody +
      '\n' +
      rsaFooter,
    leaks: ['secret'],
  },
  {
    name: 'Basic auth echoed header',
    contentType: jsonType,
    body: stringify({
      error: 'upstream 401',
      request: { headers: { Authorization: 'Basic ' + basicCredentials } },
    }),
    leaks: ['secret'],
  },
  {
    name: 'Google key in URL',
    contentType: jsonType,
    body: stringify({
      error:
        'Request failed: https://maps.googleapis.com/maps/api/geocode/json?address=x&key=' +
        googleApiKey,
    }),
    leaks: ['secret'],
  },
  {
    name: 'api_key query parameter in echoed URL',
    contentType: jsonType,
    body: stringify({
      error: 'GET https://api.sendgrid.com/v3/mail/send?api_key=' + queryApiKey + ' 403',
    }),
    leaks: ['secret'],
  },
  {
    name: 'SendGrid key',
    contentType: jsonType,
    body: stringify({ error: 'Unauthorized', apiKey: sendgridKey }),
    leaks: ['secret'],
  },
  {
    name: 'OpenAI key in error',
    contentType: jsonType,
    body: stringify({
      error: {
        message:
          'Incorrect API key provided: ' +
          openaiKey +
          '. You can find your API key at https://platform.openai.com/account/api-keys.',
        type: 'invalid_request_error',
        code: 'invalid_api_key',
      },
    }),
    leaks: ['secret'],
  },
  {
    name: 'npm token',
    contentType: textType,
    body: 'npm ERR! 401 Unauthorized //registry.npmjs.org/:_authToken=' + npmToken,
    leaks: ['secret'],
  },
  {
    name: 'JWT in body',
    contentType: jsonType,
    body: stringify({ error: 'jwt malformed', token: jwt }),
    leaks: ['secret'],
  },
  {
    name: 'x-api-key echoed in JSON',
    contentType: jsonType,
    body: stringify({ error: 'forbidden', headers: { 'x-api-key': apiKey } }),
    leaks: ['secret'],
  },
  {
    name: 'Stripe secret in axios config',
    contentType: jsonType,
    body: stringify({ config: { headers: { Authorization: 'Bearer ' + stripeLiveKey } } }),
    leaks: ['secret'],
  },
  {
    name: 'SQL Server sqlserver:// URL with password',
    contentType: jsonType,
    body: stringify({
      error: `Failed to connect to sqlserver://sa:${password2}@mssql:1433?database=shop`,
    }),
    leaks: ['secret'],
  },
  {
    name: 'Twilio auth token',
    contentType: jsonType,
    body: stringify({
      error: 'Authenticate',
      accountSid: 'AC' + publicId,
      authToken: twilioAuthToken,
    }),
    leaks: ['secret'],
  },
  {
    name: 'Sentry DSN server-side with secret (legacy)',
    contentType: jsonType,
    body: stringify({
      error: 'sentry init failed',
      dsn: 'https://' + publicId + ':' + sentrySecret + '@o12345.ingest.sentry.io/67890',
    }),
    leaks: ['secret'],
  },
  {
    name: 'HashiCorp Vault token',
    contentType: jsonType,
    body: stringify({ error: 'permission denied', token: vaultToken }),
    leaks: ['secret'],
  },
  {
    name: 'client_secret in OAuth error',
    contentType: jsonType,
    body: stringify({
      error: 'invalid_client',
      request:
        'grant_type=client_credentials&client_id=shop-api&client_secret=' + oauthClientSecret,
    }),
    leaks: ['secret'],
  },
  {
    name: 'private key PEM escaped newline in JSON',
    contentType: jsonType,
    body: stringify({ config: { jwtPrivateKey: rsaHeader + '\n' + pemBody + '\n' + rsaFooter } }),
    leaks: ['secret'],
  },
  {
    name: 'S3 presigned url',
    contentType: jsonType,
    body: stringify({
      error: 'fetch failed',
      url:
        `https://acme.s3.amazonaws.com/x.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${awsAccessKeyId}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=` +
        urlSignature,
    }),
    leaks: ['secret'],
  },
  {
    name: 'Mailgun/SMTP password in nodemailer error',
    contentType: jsonType,
    body: stringify({
      code: 'EAUTH',
      response: '535 Authentication failed',
      command: 'AUTH PLAIN',
      config: {
        host: 'smtp.mailgun.org',
        auth: { user: 'postmaster@mg.acme.com', pass: password2 },
      },
    }),
    leaks: ['secret'],
  },
  {
    name: 'DB password in Sequelize config dump',
    contentType: jsonType,
    body: stringify({
      name: 'SequelizeAccessDeniedError',
      config: { database: 'shop', username: 'app', password: password2, host: 'db', port: 5432 },
    }),
    leaks: ['secret'],
  },
  {
    name: 'pg client dump',
    contentType: jsonType,
    body: stringify({
      client: {
        user: 'app',
        database: 'shop',
        port: 5432,
        host: 'db',
        password: password2,
        ssl: false,
      },
    }),
    leaks: ['secret'],
  },
  {
    name: 'Django SECRET_KEY dict repr',
    contentType: textType,
    body: "{'SECRET_KEY': '" + djangoSecretKey + "'}",
    leaks: ['secret'],
  },
  {
    name: 'secretKey JSON',
    contentType: jsonType,
    body: stringify({ jwt: { secretKey: jwtSigningKey } }),
    leaks: ['secret'],
  },
  {
    name: 'signingKey JSON',
    contentType: jsonType,
    body: stringify({ signingKey: jwtSigningKey }),
    leaks: ['secret'],
  },
  {
    name: 'encryptionKey JSON',
    contentType: jsonType,
    body: stringify({ encryptionKey: encryptionKey }),
    leaks: ['secret'],
  },
  {
    name: 'APP_KEY env line',
    contentType: textType,
    body: 'APP_KEY=' + laravelAppKey,
    leaks: ['secret'],
  },
  {
    name: 'Service Bus SharedAccessKey',
    contentType: textType,
    body:
      'Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=' +
      serviceBusKey,
    leaks: ['secret'],
  },
  {
    name: 'Basic credentials and session cookie in dumped request headers',
    contentType: textType,
    body:
      'Request headers:\nAuthorization: Basic ' +
      basicCredentials +
      `\nCookie: sessionid=${djangoSessionId}`,
    leaks: ['secret'],
  },
  {
    name: 'Google access_token in redirect URL fragment',
    contentType: jsonType,
    body: stringify({
      error: 'redirect failed',
      location: 'https://app.acme.com/cb#access_token=' + googleAccessToken + '&token_type=Bearer',
    }),
    leaks: ['secret'],
  },

  // Internal addresses: private IPs, cluster and cloud-internal DNS names, cloud metadata
  // endpoints, and proxy headers that name the upstream.
  {
    name: 'Cloud metadata IP in error',
    contentType: jsonType,
    body: stringify({ error: 'connect ETIMEDOUT 169.254.169.254:80' }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'Cloud metadata URL',
    contentType: jsonType,
    body: stringify({
      error: 'failed to fetch http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    }),
    leaks: ['internal-address'],
  },
  {
    name: 'GCP metadata host',
    contentType: jsonType,
    body: stringify({
      error:
        'Get "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token": dial tcp: lookup metadata.google.internal: no such host',
    }),
    leaks: ['internal-address'],
  },
  {
    name: 'Consul service address',
    contentType: jsonType,
    body: stringify({ error: 'no healthy instances of payments.service.consul' }),
    leaks: ['internal-address'],
  },
  {
    name: 'Consul dc',
    contentType: jsonType,
    body: stringify({
      error: 'dial tcp: lookup payments.service.dc1.consul on 10.0.0.2:53: no such host',
    }),
    leaks: ['internal-address'],
  },
  {
    name: 'k8s short svc name',
    contentType: jsonType,
    body: stringify({ error: 'getaddrinfo ENOTFOUND payments.billing.svc' }),
    leaks: ['internal-address'],
  },
  {
    name: 'docker internal host',
    contentType: jsonType,
    body: stringify({ error: 'connect ECONNREFUSED host.docker.internal:5432' }),
    leaks: ['internal-address'],
  },
  {
    name: 'ECS hostname',
    contentType: jsonType,
    body: stringify({ error: 'connection to ip-10-0-12-34.eu-west-1.compute.internal failed' }),
    leaks: ['internal-address'],
  },
  {
    name: 'GCP internal dns',
    contentType: jsonType,
    body: stringify({ error: 'dial tcp: lookup db-1.c.acme-prod.internal: no such host' }),
    leaks: ['internal-address'],
  },
  {
    name: 'RDS endpoint',
    contentType: jsonType,
    body: stringify({
      error: 'connect ETIMEDOUT shop-prod.cluster-c9akciq32.eu-west-1.rds.amazonaws.com:5432',
    }),
    leaks: ['internal-address', 'driver-error'],
  },
  {
    name: 'private IPv4 upstream without port',
    contentType: jsonType,
    body: stringify({ error: 'upstream 192.168.10.21 returned 500' }),
    leaks: ['internal-address'],
  },
  {
    name: 'X-Upstream-Addr header with private IP',
    contentType: jsonType,
    headers: { 'x-upstream-addr': '10.0.3.7:8080' },
    body: stringify({ error: 'Internal Server Error' }),
    leaks: ['internal-address'],
  },
  {
    name: 'X-Served-By internal',
    contentType: jsonType,
    headers: { 'x-served-by': 'api-7d9f8c6b5-x2lqp.shop.svc.cluster.local' },
    body: stringify({ error: 'Internal Server Error' }),
    leaks: ['internal-address'],
  },
  {
    name: 'X-Envoy-Upstream-Host header with private IP',
    contentType: textType,
    headers: { 'x-envoy-upstream-host': '10.12.3.4:8080' },
    body: 'Internal Server Error',
    leaks: ['internal-address'],
  },
  {
    name: 'Consul service host with port',
    contentType: jsonType,
    body: stringify({ error: 'upstream payments.service.consul:8443 unavailable' }),
    leaks: ['internal-address'],
  },
  {
    name: 'Docker bridge IP 172.17',
    contentType: jsonType,
    body: stringify({ error: 'upstream 172.17.0.2 unavailable' }),
    leaks: ['internal-address'],
  },
  {
    name: 'k8s pod DNS',
    contentType: jsonType,
    body: stringify({ error: 'upstream 10-244-1-17.shop.pod.cluster.local unavailable' }),
    leaks: ['internal-address'],
  },
  {
    name: 'k8s svc short with port',
    contentType: jsonType,
    body: stringify({ error: 'upstream payments.billing.svc:8080 unavailable' }),
    leaks: ['internal-address'],
  },
  {
    name: 'Traefik with service name',
    contentType: textType,
    status: 500,
    body: 'Internal Server Error: dial tcp 10.42.0.17:8080: connect: connection refused',
    leaks: ['internal-address'],
  },

  // Environment and configuration dumps: printenv, process.env, os.environ, ENV, System.getenv(),
  // Spring actuator, Django, Flask, Laravel and Rails settings, phpinfo, $_SERVER.
  {
    name: 'Django text meta/settings section',
    contentType: textType,
    body: `Request information:\nUSER: AnonymousUser\n\nGET: No GET data\n\nPOST: No POST data\n\nFILES: No FILES data\n\nCOOKIES:\nsessionid = '${djangoSessionId}'\ncsrftoken = '********************'\n\nMETA:\nDATABASE_URL = 'postgres://shop:${password}@db.internal:5432/shop'\nHOME = '/root'\nPATH = '/usr/local/bin:/usr/bin:/bin'\n\nSettings:\nUsing settings module shop.settings\nALLOWED_HOSTS = ['*']\nDEBUG = True\n`,
    leaks: ['secret', 'env-dump'],
  },
  {
    name: 'Django settings secret key in debug',
    body: `<table class="req"><thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody><tr><td>ALLOWED_HOSTS</td><td class="code"><pre>[&#x27;*&#x27;]</pre></td></tr><tr><td>DATABASES</td><td class="code"><pre>{&#x27;default&#x27;: {&#x27;ENGINE&#x27;: &#x27;django.db.backends.postgresql&#x27;, &#x27;HOST&#x27;: &#x27;db.internal&#x27;, &#x27;NAME&#x27;: &#x27;shop&#x27;, &#x27;PASSWORD&#x27;: &#x27;${password}&#x27;}}</pre></td></tr><tr><td>EMAIL_HOST_PASSWORD</td><td class="code"><pre>&#x27;${password2}&#x27;</pre></td></tr></tbody></table>`,
    leaks: ['secret'],
  },
  {
    name: 'Spring actuator env',
    contentType: jsonType,
    body: stringify({
      activeProfiles: ['prod'],
      propertySources: [
        {
          name: 'systemEnvironment',
          properties: {
            SPRING_DATASOURCE_PASSWORD: {
              value: password,
              origin: 'System Environment Property "SPRING_DATASOURCE_PASSWORD"',
            },
            PATH: { value: '/usr/local/bin' },
          },
        },
      ],
    }),
    leaks: ['env-dump'],
  },
  {
    name: 'phpinfo fragment',
    body: '<table><tr class="h"><td><a href="http://www.php.net/"><img border="0" src="data:image/png;base64,iVBORw0KGgo=" alt="PHP logo" /></a><h1 class="p">PHP Version 8.2.12</h1></td></tr></table><table><tr><td class="e">System </td><td class="v">Linux web-01 5.15.0 #1 SMP x86_64 </td></tr><tr><td class="e">Server API </td><td class="v">FPM/FastCGI </td></tr></table>',
    leaks: ['version-disclosure', 'env-dump'],
  },
  {
    name: 'Ignition env tab JSON-ish share',
    contentType: jsonType,
    body: stringify({
      context: {
        env: {
          laravel_version: '10.48.4',
          laravel_locale: 'en',
          laravel_config_cached: false,
          app_debug: true,
          app_env: 'local',
          php_version: '8.2.12',
        },
        request: { url: 'http://shop.test/orders', method: 'GET' },
      },
      env: { APP_KEY: laravelAppKey, DB_PASSWORD: password2, DB_HOST: 'mysql' },
    }),
    leaks: ['secret', 'env-dump'],
  },
  {
    name: 'printenv output in a container',
    contentType: textType,
    body: 'HOSTNAME=api-7d9f8c6b5-x2lqp\nHOME=/root\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nNODE_VERSION=20.11.0\nKUBERNETES_SERVICE_HOST=10.96.0.1\nKUBERNETES_PORT=tcp://10.96.0.1:443\n',
    leaks: ['env-dump'],
  },
  {
    name: 'process.env JSON with secrets',
    contentType: jsonType,
    body: stringify({
      env: {
        NODE_ENV: 'production',
        PORT: '3000',
        DATABASE_URL: `postgres://app:${password2}@db:5432/shop`,
        JWT_SECRET: jwtSecret,
        HOSTNAME: 'api-7d9f',
      },
    }),
    leaks: ['secret', 'env-dump'],
  },
  {
    name: 'process.env without PATH/HOME (container minimal)',
    contentType: jsonType,
    body: stringify({
      NODE_ENV: 'production',
      DATABASE_URL: `postgres://app:${password2}@db:5432/shop`,
      REDIS_URL: 'redis://redis:6379',
      STRIPE_SECRET_KEY: stripeTestKey,
      SESSION_SECRET: sessionSecret,
    }),
    leaks: ['secret', 'env-dump'],
  },
  {
    name: 'process.env dump with app-specific names only',
    contentType: jsonType,
    body: stringify({
      env: {
        APP_ENV: 'prod',
        DB_HOST: 'db.internal',
        DB_USER: 'app',
        DB_NAME: 'shop',
        S3_BUCKET: 'acme-prod',
        AWS_REGION: 'eu-west-1',
        LOG_LEVEL: 'info',
      },
    }),
    leaks: ['env-dump'],
  },
  {
    name: 'Docker inspect Env array',
    contentType: jsonType,
    body: stringify({
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'NODE_ENV=production',
        'DATABASE_URL=postgres://db:5432/shop',
        'HOME=/home/node',
      ],
    }),
    leaks: ['env-dump'],
  },
  {
    name: 'Python os.environ repr',
    contentType: textType,
    body: "environ({'PATH': '/usr/local/bin:/usr/bin', 'HOSTNAME': 'web-5f7c', 'LANG': 'C.UTF-8', 'PYTHON_VERSION': '3.11.6', 'DJANGO_SETTINGS_MODULE': 'shop.settings.prod', 'HOME': '/root'})",
    leaks: ['env-dump'],
  },
  {
    name: 'Ruby ENV inspect',
    contentType: textType,
    body: '{"PATH"=>"/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin", "HOSTNAME"=>"web-1", "RAILS_ENV"=>"production", "HOME"=>"/root", "BUNDLE_PATH"=>"/usr/local/bundle"}',
    leaks: ['env-dump'],
  },
  {
    name: 'PHP $_SERVER print_r',
    body: '<pre>Array\n(\n    [HOSTNAME] => web-01\n    [PATH] => /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n    [DOCUMENT_ROOT] => /var/www/html\n    [SERVER_SOFTWARE] => Apache/2.4.57 (Debian)\n    [SCRIPT_FILENAME] => /var/www/html/index.php\n    [SERVER_ADDR] => 172.18.0.3\n)\n</pre>',
    leaks: ['env-dump', 'file-path'],
  },
  {
    name: 'Java System.getenv map',
    contentType: textType,
    body: '{PATH=/usr/local/openjdk-17/bin:/usr/local/sbin:/usr/bin, HOSTNAME=api-6f8d, JAVA_HOME=/usr/local/openjdk-17, HOME=/root, SPRING_PROFILES_ACTIVE=prod}',
    leaks: ['env-dump'],
  },
  {
    name: 'Spring actuator configprops',
    contentType: jsonType,
    body: stringify({
      contexts: {
        application: {
          beans: {
            'spring.datasource-org.springframework.boot.autoconfigure.jdbc.DataSourceProperties': {
              prefix: 'spring.datasource',
              properties: {
                url: 'jdbc:postgresql://db.internal:5432/shop',
                username: 'app',
                password: password2,
              },
            },
          },
        },
      },
    }),
    leaks: ['env-dump', 'secret'],
  },
  {
    name: 'Spring actuator /env property',
    contentType: jsonType,
    body: stringify({
      property: { source: 'systemEnvironment', value: 'jdbc:postgresql://db.internal:5432/shop' },
      activeProfiles: ['prod'],
      propertySources: [{ name: 'server.ports' }],
    }),
    leaks: ['env-dump'],
  },
  {
    name: 'Laravel config dump',
    contentType: jsonType,
    body: stringify({
      app: { name: 'Shop', env: 'production', debug: true, key: laravelAppKey },
      database: {
        default: 'mysql',
        connections: {
          mysql: {
            driver: 'mysql',
            host: 'mysql',
            database: 'shop',
            username: 'shop',
            password: password2,
          },
        },
      },
    }),
    leaks: ['env-dump', 'secret'],
  },
  {
    name: 'Rails config inspect',
    contentType: textType,
    body: `#<ActiveSupport::OrderedOptions secret_key_base="${secretKeyBase}">`,
    leaks: ['secret'],
  },
  {
    name: 'Flask config repr',
    contentType: textType,
    body: `<Config {'DEBUG': False, 'TESTING': False, 'SECRET_KEY': '${sessionSecret}', 'SQLALCHEMY_DATABASE_URI': 'postgresql://app:${password2}@db/shop', 'SESSION_COOKIE_NAME': 'session', 'PERMANENT_SESSION_LIFETIME': datetime.timedelta(days=31)}>`,
    leaks: ['env-dump', 'secret'],
  },
  {
    name: 'Django settings text dump',
    contentType: textType,
    body: "Settings:\nUsing settings module shop.settings.prod\nABSOLUTE_URL_OVERRIDES = {}\nADMINS = []\nALLOWED_HOSTS = ['*']\nAUTH_USER_MODEL = 'accounts.User'\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db', 'PASSWORD': '********************'}}\nINSTALLED_APPS = ['django.contrib.admin']\nROOT_URLCONF = 'shop.urls'\n",
    leaks: ['env-dump'],
  },
  {
    name: 'Django HTML settings table realistic',
    body: '<div id="settings"><h2>Settings</h2><h3 id="settings-info">Using settings module <code>shop.settings</code></h3><table class="req"><thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody><tr><td>ABSOLUTE_URL_OVERRIDES</td><td class="code"><pre>{}</pre></td></tr><tr><td>ALLOWED_HOSTS</td><td class="code"><pre>[&#x27;*&#x27;]</pre></td></tr></tbody></table></div>',
    leaks: ['env-dump'],
  },

  // Debug pages: development error pages left on (finalhandler, Django, Werkzeug, Spring, Tomcat,
  // ASP.NET, IIS, PHP display_errors, Next.js, Quarkus, Grails, CherryPy, Slim, Laminas,
  // ColdFusion).
  {
    name: 'Express finalhandler dev page',
    body: `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>ReferenceError: usr is not defined<br> &nbsp; &nbsp;at /home/deploy/shop/routes/index.js:12:22<br> &nbsp; &nbsp;at Layer.handle [as handle_request] (/home/deploy/shop/node_modules/express/lib/router/layer.js:95:5)</pre>\n</body>\n</html>\n`,
    leaks: ['stack-trace', 'file-path', 'debug-page'],
  },
  {
    name: 'Django technical_500 text',
    contentType: textType,
    body: `AttributeError at /checkout/\n'NoneType' object has no attribute 'items'\n\nRequest Method: POST\nRequest URL: http://shop.example.com/checkout/\nDjango Version: 4.2.7\nPython Executable: /usr/local/bin/python\nPython Version: 3.11.6\nPython Path: ['/srv/shop', '/usr/local/lib/python311.zip', '/usr/local/lib/python3.11']\nServer time: Mon, 01 Jan 2024 10:00:00 +0000\nInstalled Applications:\n['django.contrib.admin',\n 'orders']\n\n${pythonTraceback}\n`,
    leaks: ['stack-trace', 'file-path', 'exception', 'debug-page', 'version-disclosure'],
  },
  {
    name: 'Werkzeug debugger page',
    body: `<!doctype html>\n<html lang=en>\n  <head>\n    <title>KeyError: 'user_id'\n // Werkzeug Debugger</title>\n    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">\n    <script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script>\n    <script>\n      var CONSOLE_MODE = false,\n          EVALEX = true,\n          EVALEX_TRUSTED = false,\n          SECRET = "${werkzeugSecret}";\n    </script>\n  </head>\n  <body style="background-color: #fff">\n    <div class="debugger">\n<h1>KeyError</h1>\n<div class="detail">\n  <p class="errormsg">KeyError: &#39;user_id&#39;\n</p>\n</div>\n<h2 class="traceback">Traceback <em>(most recent call last)</em></h2>\n<div class="traceback">\n  <ul><li><div class="frame" id="frame-140234"><h4>File <cite class="filename">"/srv/app/app.py"</cite>, line <em class="line">21</em>, in <code class="function">profile</code></h4><div class="source "><pre class="line current"><span class="ws">    </span>uid = session[&#39;user_id&#39;]</pre></div></div></li></ul>`,
    leaks: ['stack-trace', 'debug-page'],
  },
  {
    name: 'Spring Boot include-stacktrace',
    contentType: jsonType,
    body: stringify({
      timestamp: '2024-01-01T10:00:00.000+00:00',
      status: 500,
      error: 'Internal Server Error',
      trace:
        'java.lang.NullPointerException: Cannot invoke "String.length()" because "<local1>" is null\n\tat com.acme.shop.OrderService.place(OrderService.java:42)\n\tat com.acme.shop.OrderController.create(OrderController.java:27)',
      message: 'Cannot invoke "String.length()" because "<local1>" is null',
      path: '/api/orders',
    }),
    leaks: ['stack-trace', 'exception', 'debug-page'],
  },
  {
    name: 'Tomcat error report',
    body: '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p><p><b>Message</b> Request processing failed</p><p><b>Description</b> The server encountered an unexpected condition that prevented it from fulfilling the request.</p><p><b>Exception</b></p><pre>jakarta.servlet.ServletException: Request processing failed\n\torg.apache.jasper.servlet.JspServlet.service(JspServlet.java:385)\n</pre><p><b>Note</b> The full stack trace of the root cause is available in the server logs.</p><hr class="line" /><h3>Apache Tomcat/10.1.16</h3></body></html>',
    leaks: ['stack-trace', 'debug-page', 'version-disclosure'],
  },
  {
    name: 'ASP.NET classic YSOD',
    body: '<html><head><title>Object reference not set to an instance of an object.</title></head><body bgcolor="white"><span><H1>Server Error in \'/\' Application.<hr width=100% size=1 color=silver></H1><h2> <i>Object reference not set to an instance of an object.</i> </h2></span><b> Description: </b>An unhandled exception occurred during the execution of the current web request.<br><br><b> Exception Details: </b>System.NullReferenceException: Object reference not set to an instance of an object.<br><br><b>Source File: </b> c:\\inetpub\\wwwroot\\Shop\\Default.aspx.cs<b> &nbsp;&nbsp; Line: </b> 42<br><br><b>Stack Trace:</b> <br><br><table width=100% bgcolor="#ffffcc"><tr><td><code><pre>\n[NullReferenceException: Object reference not set to an instance of an object.]\n   Shop._Default.Page_Load(Object sender, EventArgs e) in c:\\inetpub\\wwwroot\\Shop\\Default.aspx.cs:42\n   System.Web.UI.Control.OnLoad(EventArgs e) +92\n   System.Web.UI.Page.ProcessRequestMain(Boolean includeStagesBeforeAsyncPoint, Boolean includeStagesAfterAsyncPoint) +1522\n</pre></code></td></tr></table><hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4686.0</body></html>',
    leaks: ['debug-page', 'stack-trace', 'version-disclosure', 'file-path'],
  },
  {
    name: 'IIS detailed error',
    body: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>IIS 10.0 Detailed Error - 500.19 - Internal Server Error</title></head><body><div id="content"><div class="content-container"><h3>HTTP Error 500.19 - Internal Server Error</h3><h4>The requested page cannot be accessed because the related configuration data for the page is invalid.</h4></div><div class="content-container"><fieldset><h4>Detailed Error Information:</h4><div id="details-left"><table border="0" cellpadding="0" cellspacing="0"><tr class="alt"><th>Module</th><td>&nbsp;&nbsp;&nbsp;IIS Web Core</td></tr><tr><th>Notification</th><td>&nbsp;&nbsp;&nbsp;BeginRequest</td></tr><tr class="alt"><th>Handler</th><td>&nbsp;&nbsp;&nbsp;Not yet determined</td></tr><tr><th>Error Code</th><td>&nbsp;&nbsp;&nbsp;0x8007000d</td></tr><tr class="alt"><th>Config Error</th><td>&nbsp;&nbsp;&nbsp;</td></tr><tr><th>Config File</th><td>&nbsp;&nbsp;&nbsp;\\\\?\\C:\\inetpub\\wwwroot\\shop\\web.config</td></tr></table></div><div id="details-right"><table border="0" cellpadding="0" cellspacing="0"><tr class="alt"><th>Requested URL</th><td>&nbsp;&nbsp;&nbsp;http://localhost:80/</td></tr><tr><th>Physical Path</th><td>&nbsp;&nbsp;&nbsp;C:\\inetpub\\wwwroot\\shop</td></tr><tr class="alt"><th>Logon Method</th><td>&nbsp;&nbsp;&nbsp;Not yet determined</td></tr><tr><th>Logon User</th><td>&nbsp;&nbsp;&nbsp;Not yet determined</td></tr></table></div></fieldset></div></div></body></html>',
    leaks: ['file-path', 'debug-page'],
  },
  {
    name: 'IIS 500.0 IsapiModule',
    body: '<html><head><title>IIS 8.5 Detailed Error - 500.0 - Internal Server Error</title></head><body><h3>HTTP Error 500.0 - Internal Server Error</h3><table><tr><th>Module</th><td>IsapiModule</td></tr><tr><th>Handler</th><td>PHP74_via_FastCGI</td></tr><tr><th>Physical Path</th><td>D:\\sites\\portal\\index.php</td></tr></table></body></html>',
    leaks: ['file-path'],
  },
  {
    name: 'PHP 8 warning undefined var',
    body: '<br />\n<b>Warning</b>:  Undefined variable $user in <b>/var/www/html/index.php</b> on line <b>12</b><br />\n',
    leaks: ['file-path', 'debug-page'],
  },
  {
    name: 'PHP display_errors plain text warning',
    body: 'PHP Warning:  file_get_contents(/etc/app/secrets.json): Failed to open stream: Permission denied in /var/www/app/src/Config.php on line 27\n',
    leaks: ['file-path'],
  },
  {
    name: 'PHP deprecated',
    body: '\nDeprecated: Creation of dynamic property App\\Models\\User::$legacy is deprecated in /var/www/html/app/Models/User.php on line 33\n',
    leaks: ['file-path'],
  },
  {
    name: 'Slim error page',
    body: '<!doctype html><html><head><meta charset="utf-8"><title>Slim Application Error</title></head><body><h1>Slim Application Error</h1><div><p>The application could not run because of the following error:</p><h2>Details</h2><div><strong>Type:</strong> RuntimeException</div><div><strong>Code:</strong> 0</div><div><strong>Message:</strong> Unable to connect</div><div><strong>File:</strong> /var/www/src/Action/OrderAction.php</div><div><strong>Line:</strong> 27</div><h2>Trace</h2><pre>#0 /var/www/vendor/slim/slim/Slim/Handlers/Strategies/RequestResponse.php(38): App\\Action\\OrderAction->__invoke()\n#1 {main}</pre></div><a href="#" onClick="window.history.go(-1)">Go Back</a></body></html>',
    leaks: ['debug-page', 'file-path', 'stack-trace'],
  },
  {
    name: 'WordPress critical error debug',
    body: '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>\n<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function wc_get_order() in /var/www/html/wp-content/plugins/acme-sync/acme-sync.php:88',
    leaks: ['file-path'],
  },
  {
    name: 'PHP ParseError',
    body: '<br />\n<b>Parse error</b>:  syntax error, unexpected token &quot;}&quot;, expecting &quot;;&quot; in <b>/var/www/html/checkout.php</b> on line <b>33</b><br />',
    leaks: ['file-path', 'debug-page'],
  },
  {
    name: 'ColdFusion error',
    body: '<font style="COLOR: black; FONT: 16pt/18pt verdana">The web site you are accessing has experienced an unexpected error.<br>Please contact the website administrator.</font><br><br><table><tr><td>The following information is meant for the website developer for debugging purposes.</td></tr><tr><td><h4>Error Occurred While Processing Request</h4></td></tr><tr><td>Element USER is undefined in SESSION.</td></tr><tr><td>The error occurred in <b>D:/inetpub/wwwroot/shop/checkout.cfm: line 12</b></td></tr></table>',
    leaks: ['file-path'],
  },
  {
    name: 'Laminas/Zend exception page text',
    body: '<h1>An error occurred</h1><h2>An error occurred during execution; please try again later.</h2><hr/><h2>Additional information:</h2><h3>Laminas\\ServiceManager\\Exception\\ServiceNotFoundException</h3><dl><dt>File:</dt><dd><pre>/var/www/vendor/laminas/laminas-servicemanager/src/ServiceManager.php:586</pre></dd><dt>Message:</dt><dd><pre>Unable to resolve service &quot;Application\\Service\\Payment&quot; to a factory</pre></dd><dt>Stack trace:</dt><dd><pre>#0 /var/www/vendor/laminas/laminas-servicemanager/src/ServiceManager.php(195): Laminas\\ServiceManager\\ServiceManager-&gt;getFactory()\n#1 {main}</pre></dd></dl>',
    leaks: ['stack-trace', 'exception'],
  },
  {
    name: 'Quarkus dev error page HTML',
    body: '<!doctype html><html lang="en"><head><title>Internal Server Error - Error id 7c3c-1</title></head><body><div class="header"><h1 class="container">Internal Server Error</h1><div class="exception-message"><h2 class="container">Error handling 7c3c-1, org.jboss.resteasy.spi.UnhandledException: java.lang.NullPointerException</h2></div></div><div class="trace hidden"><pre>java.lang.NullPointerException\n\tat org.acme.OrderResource.get(OrderResource.java:21)</pre></div></body></html>',
    leaks: ['stack-trace'],
  },
  {
    name: 'Grails error page',
    body: '<h1>Error</h1><ul class="errors"><li>Error 500: Internal Server Error</li><li>URI: /orders/show/1</li><li>Class: groovy.lang.MissingPropertyException</li><li>Message: No such property: customr for class: shop.Order</li></ul>',
    leaks: ['exception'],
  },
  {
    name: 'CherryPy traceback page',
    body: '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h2>500 Internal Server Error</h2><p>The server encountered an unexpected condition which prevented it from fulfilling the request.</p><pre id="traceback">Traceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/cherrypy/_cprequest.py", line 638, in respond\n    self._do_respond(path_info)\nKeyError: \'id\'\n</pre><div id="powered_by"><span>Powered by <a href="http://www.cherrypy.dev">CherryPy 18.9.0</a></span></div></body></html>',
    leaks: ['stack-trace', 'version-disclosure'],
  },
  {
    name: 'Next.js pages error HTML',
    body: '<!DOCTYPE html><html><head></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/_error","query":{},"buildId":"development","isFallback":false,"err":{"name":"Error","source":"server","message":"ECONNREFUSED","stack":"Error: ECONNREFUSED\\n    at getServerSideProps (webpack-internal:///./pages/orders.tsx:21:15)"},"gip":true,"scriptLoader":[]}</script></body></html>',
    leaks: ['stack-trace', 'debug-page'],
  },
  {
    name: 'ASP.NET Core DeveloperExceptionPage HTML',
    body: '<!DOCTYPE html><html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8" /><title>Internal Server Error</title></head><body><h1>An unhandled exception occurred while processing the request.</h1><div class="titleerror">InvalidOperationException: Sequence contains no elements</div><p class="location">System.Linq.ThrowHelper.ThrowNoElementsException()</p><ul id="header"><li id="stack" tabindex="1" class="selected">Stack</li><li id="query" tabindex="2">Query</li><li id="cookies" tabindex="3">Cookies</li><li id="headers" tabindex="4">Headers</li><li id="routing" tabindex="5">Routing</li></ul><div id="stackpage" class="page"><ul><li><h2 class="stackerror">InvalidOperationException: Sequence contains no elements</h2><ul><li class="frame" id="frame1"><div class="source"><ol start="29" class="collapsible"><li><span>        var order = _db.Orders.Where(o =&gt; o.Id == id).First();</span></li></ol></div></li></ul></li></ul></div></body></html>',
    leaks: ['debug-page', 'source-code'],
  },

  // Source code: code frames and snippets from tracebacks, compilers, bundlers, template engines
  // and debug tools.
  {
    name: 'Node code frame from SyntaxError in require',
    contentType: textType,
    body: "/usr/src/app/config.js:12\n  password: process.env.DB_PASS,,\n                                 ^\n\nSyntaxError: Unexpected token ','",
    leaks: ['file-path', 'source-code'],
  },
  {
    name: 'Babel code frame',
    contentType: textType,
    body: 'SyntaxError: /app/src/api.ts: Unexpected token (12:14)\n\n  10 | export async function charge(req) {\n  11 |   const key = process.env.STRIPE_KEY\n> 12 |   const x = ;\n     |             ^\n  13 | }',
    leaks: ['source-code'],
  },
  {
    name: 'Ignition JSON with snippet',
    contentType: jsonType,
    body: stringify({
      stacktrace: [
        {
          file: '/var/www/html/app/Http/Controllers/OrderController.php',
          line_number: 42,
          method: 'show',
          class: 'App\\Http\\Controllers\\OrderController',
          code_snippet: {
            '40': '    public function show($id)',
            '41': '    {',
            '42': '        $order = Order::findOrFail($id)->user->email;',
            '43': "        return view('orders.show', compact('order'));",
            '44': '    }',
          },
        },
      ],
    }),
    leaks: ['file-path', 'source-code'],
  },
  {
    name: 'Whoops HTML code block',
    body: '<div class="frame-code-container"><div class="frame-code active" id="frame-code-0"><div class="frame-file"><strong>/var/www/app/src/Order.php</strong></div><pre class="code-block prettyprint linenums:40"><code>    public function total()\n    {\n        return $this-&gt;items-&gt;sum(&#039;price&#039;);\n    }</code></pre></div></div>',
    leaks: ['source-code', 'debug-page'],
  },
  {
    name: 'Python traceback with code lines in JSON array',
    contentType: jsonType,
    body: stringify({
      traceback: [
        'Traceback (most recent call last):\n',
        '  File "/app/main.py", line 41, in create_order\n    db.execute("INSERT INTO orders VALUES (%s)", (total,))\n',
        'psycopg2.errors.UndefinedTable: relation "orders" does not exist\n',
      ],
    }),
    leaks: ['stack-trace'],
  },
  {
    name: 'Python 3.11 traceback with carets',
    contentType: textType,
    body: 'Traceback (most recent call last):\n  File "/app/api/orders.py", line 27, in get_order\n    return ORDERS[order_id]["total"] * TAX\n           ~~~~~~~~~~~~~~~~^^^^^^^^^\nKeyError: \'total\'',
    leaks: ['stack-trace', 'source-code'],
  },
  {
    name: 'Rust compile error',
    contentType: textType,
    body: 'error[E0308]: mismatched types\n  --> src/handlers/orders.rs:42:20\n   |\n42 |     let total: i64 = order.total;\n   |                ---   ^^^^^^^^^^^ expected `i64`, found `f64`\n   |                |\n   |                expected due to this',
    leaks: ['file-path'],
  },
  {
    name: 'TypeScript tsc error (ts-node dev)',
    contentType: textType,
    body: "TSError: ⨯ Unable to compile TypeScript:\nsrc/routes/orders.ts:14:7 - error TS2322: Type 'string' is not assignable to type 'number'.\n\n14       total: req.body.total,\n         ~~~~~",
    leaks: ['file-path'],
  },
  {
    name: 'Vite/esbuild error overlay JSON',
    contentType: jsonType,
    body: stringify({
      type: 'error',
      err: {
        message:
          'Transform failed with 1 error:\n/app/src/server/db.ts:8:23: ERROR: Expected ";" but found "pool"',
        frame:
          '6  |  import pg from "pg"\n7  |  \n8  |  const connectionString pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })\n   |                         ^\n9  |  export default pool',
        id: '/app/src/server/db.ts',
        loc: { file: '/app/src/server/db.ts', line: 8, column: 23 },
      },
    }),
    leaks: ['file-path', 'source-code'],
  },
  {
    name: 'Jinja2 TemplateSyntaxError with source',
    contentType: textType,
    body: 'jinja2.exceptions.TemplateSyntaxError: unexpected \'}\'\n  File "/app/templates/receipt.html", line 12, in template\n    {{ order.total | currency }}}',
    leaks: ['exception', 'source-code'],
  },
  {
    name: 'ERB/Rails ActionView template error text',
    contentType: textType,
    body: "ActionView::Template::Error (undefined method `name' for nil):\n    10:   <h1><%= @order.id %></h1>\n    11:   <p><%= @order.customer.name %></p>\n    12: </div>\n\napp/views/orders/show.html.erb:11",
    leaks: ['exception', 'source-code'],
  },
  {
    name: 'Handlebars/Pug template error',
    contentType: textType,
    body: "/app/views/order.pug:4\n    2| block content\n    3|   h1= order.id\n  > 4|   p= order.customer.name\n    5|   p= order.total\n\nCannot read properties of undefined (reading 'name')",
    leaks: ['source-code', 'file-path'],
  },
  {
    name: 'EJS error',
    body: '<pre>TypeError: /app/views/order.ejs:4<br>    2| &lt;h1&gt;&lt;%= order.id %&gt;&lt;/h1&gt;<br>    3| <br> &gt;&gt; 4| &lt;p&gt;&lt;%= order.customer.name %&gt;&lt;/p&gt;<br>    5| <br><br>Cannot read properties of undefined (reading &#39;name&#39;)<br> &nbsp; &nbsp;at eval (&quot;/app/views/order.ejs&quot;:12:33)</pre>',
    leaks: ['source-code', 'file-path'],
  },
  {
    name: 'Python source echoed in JSON field',
    contentType: jsonType,
    body: stringify({
      error: 'Compilation failed',
      source:
        'def charge(order):\n    stripe.api_key = settings.STRIPE_KEY\n    return stripe.Charge.create(amount=order.total)',
    }),
    leaks: ['source-code'],
  },

  // Versions: server software and versions in headers and in proxy and server error pages.
  {
    name: 'Tomcat status page only version',
    body: '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><h3>Apache Tomcat/9.0.83</h3></body></html>',
    leaks: ['version-disclosure'],
  },
  {
    name: 'X-AspNet-Version header',
    contentType: textType,
    headers: { 'x-aspnet-version': '4.0.30319', 'x-powered-by': 'ASP.NET' },
    body: 'An error occurred.',
    leaks: ['version-disclosure', 'framework-disclosure'],
  },
  {
    name: 'Kong 502 with version in Server and Via',
    contentType: jsonType,
    status: 502,
    headers: { via: 'kong/3.4.2', server: 'kong/3.4.2' },
    body: stringify({
      message: 'An invalid response was received from the upstream server',
      request_id: 'a1b2c3',
    }),
    leaks: ['version-disclosure'],
  },
  {
    name: 'Kong Via header with version',
    contentType: jsonType,
    status: 502,
    headers: { via: 'kong/3.4.2' },
    body: stringify({ message: 'An invalid response was received from the upstream server' }),
    leaks: ['version-disclosure'],
  },
  {
    name: 'nginx 502 with version',
    status: 502,
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0 (Ubuntu)</center>\r\n</body>\r\n</html>\r\n',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Apache 500 with address',
    body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>500 Internal Server Error</title>\n</head><body>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error or\nmisconfiguration and was unable to complete\nyour request.</p>\n<p>Please contact the server administrator at \n webmaster@localhost to inform them of the time this error occurred,\n and the actions you performed just before this error.</p>\n<p>More information about this error may be available\nin the server error log.</p>\n<hr>\n<address>Apache/2.4.41 (Ubuntu) Server at 10.0.1.15 Port 80</address>\n</body></html>\n',
    leaks: ['internal-address', 'version-disclosure'],
  },
  {
    name: 'Apache proxy error',
    status: 502,
    body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n<p>The proxy server received an invalid\r\nresponse from an upstream server.<br />\r\nThe proxy server could not handle the request<p>Reason: <strong>Error reading from remote server</strong></p></p>\n<hr>\n<address>Apache/2.4.57 (Debian) Server at app01.corp Port 443</address>\n</body></html>\n',
    leaks: ['internal-address', 'version-disclosure'],
  },
  {
    name: 'Varnish guru meditation',
    status: 503,
    headers: { 'x-varnish': '45678', via: '1.1 varnish (Varnish/7.4)' },
    body: '<!DOCTYPE html>\n<html>\n  <head>\n    <title>503 Backend fetch failed</title>\n  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n    <p>Backend fetch failed</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: 45678</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Squid error with hostname',
    status: 503,
    body: '<p>The following error was encountered while trying to retrieve the URL: <a href="http://inventory:8080/">http://inventory:8080/</a></p><blockquote id="error"><p><b>Connection to 10.0.4.12 failed.</b></p></blockquote><p id="sysmsg">The system returned: <i>(111) Connection refused</i></p><p>Your cache administrator is <a href="mailto:root">root</a>.</p><div id="footer"><p>Generated Mon, 01 Jan 2024 10:00:00 GMT by proxy-01.corp (squid/5.7)</p></div>',
    leaks: ['internal-address', 'version-disclosure'],
  },
  {
    name: 'Varnish Via header with version',
    contentType: jsonType,
    headers: { via: '1.1 varnish (Varnish/6.0)' },
    body: stringify({ error: 'Internal Server Error' }),
    leaks: ['version-disclosure'],
  },
  {
    name: 'Server header OpenResty version',
    contentType: textType,
    headers: { server: 'openresty/1.21.4.1' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Server: Werkzeug Python',
    contentType: textType,
    headers: { server: 'Werkzeug/3.0.1 Python/3.12.0' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'X-Generator Drupal',
    contentType: textType,
    headers: { 'x-generator': 'Drupal 10 (https://www.drupal.org)' },
    body: 'Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'X-Powered-By PHP version',
    contentType: textType,
    headers: { 'x-powered-by': 'PHP/8.1.2-1ubuntu2.14' },
    body: 'Error',
    leaks: ['version-disclosure', 'framework-disclosure'],
  },
  {
    name: 'X-Powered-By Next.js',
    contentType: textType,
    headers: { 'x-powered-by': 'Next.js' },
    body: 'Internal Server Error',
    leaks: ['framework-disclosure'],
  },
  {
    name: 'Server Jetty version',
    contentType: textType,
    headers: { server: 'Jetty(9.4.53.v20231009)' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Server Microsoft-HTTPAPI',
    contentType: textType,
    headers: { server: 'Microsoft-HTTPAPI/2.0' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Server gunicorn version',
    contentType: textType,
    headers: { server: 'gunicorn/20.1.0' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Server TornadoServer',
    contentType: textType,
    headers: { server: 'TornadoServer/6.4' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'X-Powered-By Servlet Payara',
    contentType: textType,
    headers: {
      'x-powered-by': 'Servlet/4.0 JSP/2.3 (Payara Server 5.2022.5 Java/Oracle Corporation/1.8)',
    },
    body: 'Internal Server Error',
    leaks: ['framework-disclosure', 'version-disclosure'],
  },
  {
    name: 'Server Apache-Coyote',
    contentType: textType,
    headers: { server: 'Apache-Coyote/1.1' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'X-AspNetMvc-Version',
    contentType: textType,
    headers: { 'x-aspnetmvc-version': '5.2' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Server IIS',
    contentType: textType,
    headers: { server: 'Microsoft-IIS/10.0' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Kong Via header with protocol and version',
    contentType: textType,
    headers: { via: '1.1 kong/3.6.1' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Via Apache proxy with version',
    contentType: textType,
    headers: { via: '1.1 app01 (Apache/2.4.41)' },
    body: 'Internal Server Error',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Body "Powered by" Spring Boot version',
    body: '<footer>Spring Boot v3.2.1</footer>',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Body Node.js version',
    contentType: textType,
    body: 'Error: boom (node v20.11.0)',
    leaks: ['version-disclosure'],
  },
  {
    name: 'nginx-ingress upstream text',
    status: 502,
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.21.6</center>\r\n</body>\r\n</html>\r\n',
    leaks: ['version-disclosure'],
  },
  // More messages of runtimes, libraries and cloud SDKs passed through, development error pages by
  // their own markup, environment dumps as PHP and Go print them, and signed URLs.
  {
    name: 'Mongoose ValidationError',
    contentType: jsonType,
    body: '{"errors":{"email":{"name":"ValidatorError","message":"Path `email` is required.","properties":{"message":"Path `email` is required.","type":"required","path":"email"},"kind":"required","path":"email"}},"_message":"User validation failed","name":"ValidationError","message":"User validation failed: email: Path `email` is required."}',
    leaks: ['exception'],
  },
  {
    name: 'AWS CredentialsProviderError',
    contentType: jsonType,
    body: '{"name":"CredentialsProviderError","message":"Could not load credentials from any providers","tryNextLink":false}',
    leaks: ['exception'],
  },
  {
    name: 'Stripe error raw',
    contentType: jsonType,
    body: '{"type":"StripeInvalidRequestError","raw":{"code":"resource_missing","doc_url":"https://stripe.com/docs/error-codes/resource-missing","message":"No such customer: \'cus_Nf3kL9\'","param":"customer","request_log_url":"https://dashboard.stripe.com/test/logs/req_8Jh2kL?t=1700000000","type":"invalid_request_error","headers":{"request-id":"req_8Jh2kL"},"statusCode":400},"rawType":"invalid_request_error","code":"resource_missing","statusCode":400,"requestId":"req_8Jh2kL"}',
    leaks: ['exception'],
  },
  {
    name: 'jwt secretOrPrivateKey',
    contentType: jsonType,
    body: '{"error":"secretOrPrivateKey must have a value"}',
    leaks: ['exception'],
  },
  {
    name: 'Fastify FST_ERR',
    contentType: jsonType,
    body: '{"statusCode":500,"code":"FST_ERR_REP_INVALID_PAYLOAD_TYPE","error":"Internal Server Error","message":"Attempted to send payload of invalid type \'object\'. Expected a string or Buffer."}',
    leaks: ['exception'],
  },
  {
    name: 'pydantic ValidationError str',
    contentType: jsonType,
    body: '{"detail":"1 validation error for Settings\\nDATABASE_URL\\n  Field required [type=missing, input_value={}, input_type=dict]\\n    For further information visit https://errors.pydantic.dev/2.5/v/missing"}',
    leaks: ['exception'],
  },
  {
    name: 'boto3 NoCredentialsError',
    contentType: jsonType,
    body: '{"detail":"Unable to locate credentials"}',
    leaks: ['exception'],
  },
  {
    name: 'Python jinja2 TemplateNotFound',
    contentType: textType,
    body: 'jinja2.exceptions.TemplateNotFound: emails/receipt.html',
    leaks: ['exception'],
  },
  {
    name: 'Python UnicodeDecodeError',
    contentType: jsonType,
    body: '{"detail":"\'utf-8\' codec can\'t decode byte 0xff in position 0: invalid start byte"}',
    leaks: ['exception'],
  },
  {
    name: 'Play dev page',
    body: '<!DOCTYPE html><html lang="en"><head><title>Execution exception</title></head><body id="play-error-page"><h1>Execution exception</h1><p id="detail" class="texts">[NoSuchElementException: None.get]</p><h2>In /home/dev/shop/app/controllers/OrderController.scala:18</h2><div id="source-code"><pre data-file="/home/dev/shop/app/controllers/OrderController.scala" data-line="18"><span class="line">17</span><span class="code">  def show(id: Long) = Action {</span>\n<span class="line marker">18</span><span class="code">    val o = repo.find(id).get</span></pre></div></body></html>',
    leaks: ['debug-page'],
  },
  {
    name: 'JPA EntityNotFound',
    contentType: jsonType,
    body: '{"message":"Unable to find com.acme.shop.domain.Order with id 42"}',
    leaks: ['exception'],
  },
  {
    name: 'Jackson error',
    contentType: jsonType,
    body: '{"message":"JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \\"2024-13-01\\": Failed to deserialize java.time.LocalDate"}',
    leaks: ['exception'],
  },
  {
    name: 'Jakarta validation in 500',
    contentType: jsonType,
    body: '{"message":"Validation failed for classes [com.acme.shop.domain.User] during persist time for groups [jakarta.validation.groups.Default, ]\\nList of constraint violations:[\\n\\tConstraintViolationImpl{interpolatedMessage=\'must not be null\', propertyPath=passwordHash, rootBeanClass=class com.acme.shop.domain.User, messageTemplate=\'{jakarta.validation.constraints.NotNull.message}\'}\\n]"}',
    leaks: ['exception'],
  },
  {
    name: 'EF Core migrations pending',
    body: "<html><body><h1>A database operation failed while processing the request.</h1><p>SqliteException: SQLite Error 1: 'no such table: Orders'.</p><h2>Applying existing migrations may resolve this issue</h2><p>There are migrations that have not been applied to the following database(s):</p><h3>ShopDbContext</h3><pre>20240101120000_Initial</pre><p>In Visual Studio, you can use the Package Manager Console to apply pending migrations to the database:</p><pre>PM&gt; Update-Database</pre></body></html>",
    leaks: ['debug-page'],
  },
  {
    name: 'Laravel missing APP_KEY',
    contentType: jsonType,
    body: '{"message":"No application encryption key has been specified."}',
    leaks: ['exception'],
  },
  {
    name: 'Echo default error with internal',
    contentType: jsonType,
    body: '{"message":"code=500, message=Internal Server Error, internal=template: orders.html:12:14: executing \\"orders.html\\" at <.User.Email>: nil pointer evaluating *models.User.Email"}',
    leaks: ['exception'],
  },
  {
    name: 'Go template error',
    contentType: textType,
    body: 'template: layout.html:5:3: executing "layout.html" at <.Config.StripeKey>: can\'t evaluate field Config in type main.PageData',
    leaks: ['exception'],
  },
  {
    name: 'Phoenix debug page',
    body: '<!DOCTYPE html><html lang="en"><head><title>Ecto.NoResultsError at GET /orders/42</title></head><body><header class="exception-info"><h5 class="struct">Ecto.NoResultsError <small>at GET /orders/42</small></h5><pre class="message">expected at least one result but got none in query:\n\nfrom o0 in Shop.Orders.Order,\n  where: o0.id == ^42</pre></header><div class="stack-trace"><ul><li class="stack-trace-entry"><span class="app">lib/shop_web/controllers/order_controller.ex:12: ShopWeb.OrderController.show/2</span></li></ul></div></body></html>',
    leaks: ['debug-page'],
  },
  {
    name: 'Lambda timeout message',
    contentType: jsonType,
    body: '{"errorMessage":"2024-01-01T10:00:00.000Z c6af9ac6-7b61-11e6-9a41-93e812345678 Task timed out after 3.00 seconds"}',
    leaks: ['exception'],
  },
  {
    name: 'Azure SAS token',
    contentType: jsonType,
    body: `{"error":"AuthenticationFailed","url":"https://acmeprod.blob.core.windows.net/invoices/1.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${token(40, 9551, base64Alphabet)}%3D"}`,
    leaks: ['secret'],
  },
  {
    name: 'GCS signed URL',
    contentType: jsonType,
    body: `{"error":"upload failed","url":"https://storage.googleapis.com/acme/x?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=api%40acme.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Signature=${hex(128, 9552)}"}`,
    leaks: ['secret'],
  },
  {
    name: 'PHP var_dump $_ENV',
    body: `array(4) {\n  ["APP_ENV"]=>\n  string(4) "prod"\n  ["DB_PASSWORD"]=>\n  string(16) "${password}"\n  ["PATH"]=>\n  string(60) "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n  ["HOME"]=>\n  string(8) "/var/www"\n}\n`,
    leaks: ['env-dump'],
  },
  {
    name: 'Go os.Environ() print',
    contentType: textType,
    body: '[PATH=/usr/local/go/bin:/usr/bin HOSTNAME=api-5c8d HOME=/root GOPATH=/go DATABASE_URL=postgres://db/shop]',
    leaks: ['env-dump'],
  },
  {
    name: 'Perl Catalyst',
    body: '<title>Shop on Catalyst 5.90130</title><div class="error"><p><code class="error">Caught exception in Shop::Controller::Orders-&gt;show &quot;DBIx::Class::Storage::DBI::_dbh_execute(): DBI Exception: DBD::Pg::st execute failed: ERROR:  column &quot;deleted&quot; does not exist at /srv/shop/lib/Shop/Controller/Orders.pm line 33</code></p></div>',
    leaks: ['debug-page'],
  },
  {
    name: 'nodemailer',
    contentType: jsonType,
    body: '{"error":"Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a05600c0a0100b0040e3635ca65sm1234567wmq.1 - gsmtp"}',
    leaks: ['driver-error'],
  },
  {
    name: 'Firebase admin',
    contentType: jsonType,
    body: '{"errorInfo":{"code":"app/invalid-credential","message":"Credential implementation provided to initializeApp() via the \\"credential\\" property failed to fetch a valid Google OAuth2 access token with the following error: \\"invalid_grant: Invalid JWT Signature.\\""},"codePrefix":"app"}',
    leaks: ['exception'],
  },
  {
    name: 'Java NPE return value',
    contentType: jsonType,
    body: '{"error":"Cannot invoke \\"java.util.List.size()\\" because the return value of \\"com.acme.shop.Order.getItems()\\" is null"}',
    leaks: ['exception'],
  },
  {
    name: 'JS not a function',
    contentType: jsonType,
    body: '{"error":"db.collection(...).findOne is not a function"}',
    leaks: ['exception'],
  },
  {
    name: 'JS undefined var',
    contentType: jsonType,
    body: '{"error":"stripe is not defined"}',
    leaks: ['exception'],
  },
  {
    name: 'X-Amz-Security-Token',
    contentType: textType,
    body: `x-amz-security-token: ${awsSessionToken}`,
    leaks: ['secret'],
  },
  {
    name: 'Tracy bluescreen',
    body: '<!DOCTYPE html><html><head><title>Nette\\Database\\DriverException: SQLSTATE[HY000] [2002] Connection refused</title></head><body><div id="tracy-bs"><div class="tracy-bs-main"><div id="tracy-bs-error" class="panel"><p>Nette\\Database\\DriverException</p><h1>SQLSTATE[HY000] [2002] Connection refused</h1></div></div></div></body></html>',
    leaks: ['debug-page'],
  },
  {
    name: 'Dart NoSuchMethodError with frames',
    contentType: jsonType,
    body: stringify({
      error:
        "NoSuchMethodError: The method 'toUpperCase' was called on null.\nReceiver: null\nTried calling: toUpperCase()",
      stack:
        '#0      Object.noSuchMethod (dart:core-patch/object_patch.dart:38:5)\n#1      OrderService.find (package:shop/orders.dart:42:7)\n#2      _RootZone.runUnary (dart:async/zone.dart:1664:54)',
    }),
    leaks: ['exception', 'stack-trace', 'file-path'],
  },
  {
    name: 'Dart terse chain',
    contentType: textType,
    body: 'Null check operator used on a null value\npackage:shop/orders.dart 42:7  OrderService.find\ndart:async/zone.dart 1664:54  _RootZone.runUnary',
    leaks: ['exception', 'stack-trace'],
  },
  {
    name: 'Dart SocketException',
    contentType: jsonType,
    body: stringify({
      error:
        'SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = redis.internal, port = 51234',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'GCS permission error naming the service account',
    contentType: jsonType,
    body: stringify({
      error: {
        code: 403,
        message:
          "orders-api@acme-prod-3f2a.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object. Permission 'storage.objects.create' denied on resource (or it may not exist).",
      },
    }),
    leaks: ['internal-address'],
  },
  {
    name: 'Kubernetes Forbidden status for a service account',
    contentType: jsonType,
    body: stringify({
      error: 'failed to scale worker',
      cause: {
        kind: 'Status',
        status: 'Failure',
        message:
          'deployments.apps "invoice-worker" is forbidden: User "system:serviceaccount:payments:orders-sa" cannot patch resource "deployments/scale" in API group "apps" in the namespace "payments"',
        reason: 'Forbidden',
        code: 403,
      },
    }),
    leaks: ['internal-address'],
  },
  {
    name: 'IIS Express X-SourceFiles',
    headers: {
      'X-SourceFiles': `=?UTF-8?B?${btoa('C:\\Users\\jdoe\\source\\repos\\Orders.Api\\api\\orders')}?=`,
    },
    body: 'An error occurred while processing your request.',
    leaks: ['debug-page'],
  },
  {
    name: 'Spring datasource in a YAML dump',
    contentType: textType,
    body: `spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/shop\n    username: app\n    password: ${password2}\n`,
    leaks: ['secret'],
  },
  {
    name: 'Rust file error',
    contentType: jsonType,
    body: stringify({ error: 'No such file or directory (os error 2)' }),
    leaks: ['exception'],
  },
  {
    name: 'SwiftNIO error naming an internal host',
    contentType: jsonType,
    body: stringify({
      error: true,
      reason: 'NIOConnectionError(host: "db.internal.acme.net", port: 5432, dnsAError: nil)',
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'Firebase Admin error serialized whole',
    contentType: jsonType,
    body: stringify({
      errorInfo: {
        code: 'auth/internal-error',
        message:
          'An internal error has occurred. Raw server response: "{"error":{"code":400,"message":"CONFIGURATION_NOT_FOUND","errors":[{"message":"CONFIGURATION_NOT_FOUND","domain":"global","reason":"invalid"}]}}"',
      },
      codePrefix: 'auth',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Spring RestClient quoting the upstream body',
    contentType: jsonType,
    body: stringify({
      status: 500,
      error: 'Internal Server Error',
      message: `503 Service Unavailable: "${stringify({ error: 'pq: password authentication failed for user "ledger"' })}"`,
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'PHP 7 stack trace with the PDO constructor arguments',
    body: `<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'root'@'172.18.0.3' (using password: YES) in /var/www/html/db.php:5\nStack trace:\n#0 /var/www/html/db.php(5): PDO->__construct('mysql:host=mysq...', 'root', '${token(12, 9603)}')\n#1 {main}\n  thrown in <b>/var/www/html/db.php</b> on line <b>5</b><br />\n`,
    leaks: ['secret', 'sql-error', 'stack-trace', 'file-path', 'exception', 'internal-address'],
  },
  {
    name: 'API Platform error trace with PDO arguments',
    contentType: 'application/ld+json; charset=utf-8',
    body: stringify({
      '@type': 'hydra:Error',
      'hydra:title': 'An error occurred',
      'hydra:description':
        'An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "10.0.3.4", port 5432 failed: FATAL:  password authentication failed for user "app"',
      trace: [
        {
          class: 'PDO',
          type: '->',
          function: '__construct',
          file: '/srv/api/vendor/doctrine/dbal/src/Driver/PDO/PgSQL/Driver.php',
          line: 45,
          args: [
            ['string', 'pgsql:host=10.0.3.4;port=5432;dbname=app;'],
            ['string', 'app'],
            ['string', token(16, 9604)],
            ['array', []],
          ],
        },
      ],
    }),
    leaks: ['secret', 'sql-error', 'stack-trace', 'internal-address'],
  },
  {
    name: 'Laravel debug JSON for a Predis connection error',
    contentType: jsonType,
    body: stringify({
      message: 'Connection refused [tcp://10.0.6.9:6379]',
      exception: 'Predis\\Connection\\ConnectionException',
      file: '/var/www/html/vendor/predis/predis/src/Connection/AbstractConnection.php',
      line: 155,
    }),
    leaks: ['driver-error', 'internal-address', 'file-path', 'exception'],
  },
  {
    name: 'Go error printed with pkg/errors %+v',
    contentType: textType,
    body: 'sql: no rows in result set\nget order 42\ngithub.com/acme/orders/internal/store.(*Store).GetOrder\n\t/app/internal/store/orders.go:42\ngithub.com/acme/orders/internal/api.(*Handler).getOrder\n\t/app/internal/api/orders.go:88\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2136\n',
    leaks: ['stack-trace', 'file-path', 'sql-error'],
  },
  {
    name: 'Hellang ProblemDetails with stack frames and their source',
    contentType: problemType,
    body: stringify({
      title: 'InvalidOperationException',
      status: 500,
      errors: [
        {
          type: 'System.InvalidOperationException',
          stackFrames: [
            {
              file: null,
              function:
                'Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(IServiceProvider sp)',
              line: null,
            },
            {
              file: 'C:\\build\\src\\Orders.Api\\Startup.cs',
              function: 'Orders.Api.Startup.Configure(IApplicationBuilder app)',
              line: 61,
              preContextLine: 59,
              preContextCode: ['            app.UseRouting();'],
              contextCode: ['            app.UseEndpoints(e => e.MapControllers());'],
            },
          ],
        },
      ],
    }),
    leaks: ['stack-trace', 'source-code', 'exception', 'file-path'],
  },
  {
    name: 'Plug debugger in markdown',
    contentType: 'text/markdown; charset=utf-8',
    body: '# Postgrex.Error at GET /api/orders/42\n\nException:\n\n    ** (Postgrex.Error) ERROR 42703 (undefined_column) column o0.discount_code does not exist\n        (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1\n        (shop 0.1.0) lib/shop/orders.ex:31: Shop.Orders.get_order!/1\n\nCode:\n\n`lib/shop/orders.ex`\n\n    30       Order\n    31>      |> Repo.get!(id)\n\n## Connection details\n\n### Params\n\n    %{"id" => "42"}\n\n### Request info\n\n  * URI: http://localhost:4000/api/orders/42\n',
    leaks: ['debug-page', 'exception', 'sql-error', 'stack-trace', 'file-path'],
  },
  {
    name: 'Phoenix JSON error from DBConnection',
    contentType: jsonType,
    body: stringify({
      errors: {
        detail:
          'tcp connect (orders-db.prod.svc.cluster.local:5432): connection refused - :econnrefused',
      },
    }),
    leaks: ['driver-error', 'internal-address'],
  },
  {
    name: 'axum error printing a sqlx io error with {:?}',
    contentType: textType,
    body: 'error communicating with database: Io(Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })',
    leaks: ['driver-error'],
  },
  {
    name: 'Prisma pool timeout',
    contentType: jsonType,
    body: stringify({
      error:
        'Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 5)',
    }),
    leaks: ['driver-error'],
  },
  {
    name: 'ioredis Lua script error',
    contentType: jsonType,
    body: stringify({
      error:
        "ERR user_script:14: Script attempted to access nonexistent global variable 'cjson2' script: 5e1f7a, on @user_script:14.",
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Ecto cast error quoting its query',
    contentType: jsonType,
    body: stringify({
      errors: {
        detail:
          'value `"abc"` in `where` cannot be cast to type :id in query:\n\nfrom o0 in Shop.Orders.Order,\n  where: o0.id == ^"abc",\n  select: o0',
      },
    }),
    leaks: ['sql-error'],
  },
  {
    name: 'Confluent.Kafka generic exception name',
    contentType: jsonType,
    body: stringify({
      error:
        'Confluent.Kafka.ProduceException`2[System.String,System.String]: Local: Message timed out',
    }),
    leaks: ['exception'],
  },
  {
    name: 'Clojure #error map with its trace',
    contentType: 'text/plain; charset=utf-8',
    body: '#error {\n :cause "ERROR: duplicate key value violates unique constraint \\"users_email_key\\"\\n  Detail: Key (email)=(ann.lee@example.com) already exists."\n :via\n [{:type org.postgresql.util.PSQLException\n   :message "ERROR: duplicate key value violates unique constraint \\"users_email_key\\"\\n  Detail: Key (email)=(ann.lee@example.com) already exists."\n   :at [org.postgresql.core.v3.QueryExecutorImpl receiveErrorResponse "QueryExecutorImpl.java" 2713]}]\n :trace\n [[org.postgresql.core.v3.QueryExecutorImpl receiveErrorResponse "QueryExecutorImpl.java" 2713]\n  [org.postgresql.core.v3.QueryExecutorImpl processResults "QueryExecutorImpl.java" 2401]\n  [next.jdbc.result_set$stmt__GT_result_set invokeStatic "result_set.clj" 678]\n  [acme.users.db$create_user_BANG_ invokeStatic "db.clj" 41]\n  [clojure.lang.AFn applyToHelper "AFn.java" 154]]}',
    leaks: ['stack-trace', 'sql-error', 'exception'],
  },
  {
    name: 'Warp debug output with a Haskell CallStack',
    contentType: 'text/plain; charset=utf-8',
    body: 'Exception: Prelude.head: empty list\nCallStack (from HasCallStack):\n  error, called at libraries/base/GHC/List.hs:1646:3 in base:GHC.List\n  errorEmptyList, called at libraries/base/GHC/List.hs:85:11 in base:GHC.List\n  badHead, called at libraries/base/GHC/List.hs:81:28 in base:GHC.List\n  head, called at src/Api/Orders.hs:42:15 in orders-api-0.1.0.0-inplace:Api.Orders',
    leaks: ['stack-trace'],
  },
  {
    name: 'Kemal development error page',
    contentType: 'text/html; charset=utf-8',
    headers: { 'x-powered-by': 'Kemal' },
    body: "<!DOCTYPE html>\n<html>\n<head>\n  <style type=\"text/css\">\n  body { text-align:center;font-family:helvetica,arial;font-size:22px;\n    color:#888;margin:20px}\n  #c {margin:0 auto;width:500px;text-align:left}\n  </style>\n</head>\n<body>\n  <h2>Kemal has encountered an error. (500)</h2>\n  <pre>Missing hash key: &quot;customer_id&quot; (KeyError)\n  from /usr/share/crystal/src/hash.cr:1077:9 in '[]'\n  from src/orders_api.cr:42:17 in '-&gt;'\n  from lib/kemal/src/kemal/route.cr:13:9 in '-&gt;'\n  from /usr/share/crystal/src/primitives.cr:266:3 in 'call'\n  from lib/kemal/src/kemal/route_handler.cr:27:12 in 'process_request'\n  from /usr/share/crystal/src/http/server/request_processor.cr:51:11 in 'process'\n  from ???\n</pre>\n</body>\n</html>\n",
    leaks: ['debug-page', 'stack-trace', 'file-path'],
  },
  {
    name: 'Jester route exception page',
    contentType: 'text/html; charset=utf-8',
    body: '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Jester route exception</title></head><body><h1>An error has occured in one of your routes.</h1><p><b>Detail: </b>orders.nim(48)           orders<br/>\nasyncfutures.nim(389)    read<br/>\nasyncfutures.nim(389)    read<br/>\ndb_postgres.nim(154)     getRow<br/>\ndb_postgres.nim(95)      dbError<br/>\nERROR:  relation &quot;orders&quot; does not exist\nLINE 1: SELECT id, total FROM orders WHERE id = $1\n                              ^</p></body></html>',
    leaks: ['debug-page', 'stack-trace', 'sql-error'],
  },
  {
    name: 'Dream debug error page with an OCaml backtrace',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>500 Internal Server Error</title>\n</head>\n<body>\n<h1>An error occured!</h1>\n<h2>500 Internal Server Error</h2>\n<p>\nThis error page has been generated by Dream\'s error handler.<br />\nMake sure to turn debugging mode off when deploying your application in\nproduction.\n</p>\n<h3>Debug Dump</h3>\n<pre><code>Failure(&quot;boom&quot;)\nRaised at Stdlib.failwith in file &quot;stdlib.ml&quot;, line 29, characters 17-33\nCalled from Orders.find in file &quot;lib/orders.ml&quot;, line 42, characters 4-30\n</code></pre>\n</body>\n</html>\n',
    leaks: ['debug-page', 'stack-trace'],
  },
  {
    name: 'Kong balancer resolve failure',
    contentType: 'application/json; charset=utf-8',
    headers: { server: 'kong/2.8.1', 'x-kong-response-latency': '513' },
    body: '{"message":"failed the initial dns/balancer resolve for \'orders-svc.shop.svc.cluster.local\' with: dns server error: 3 name error"}',
    leaks: ['internal-address', 'driver-error'],
  },
  {
    name: 'Java Lambda error with its stackTrace strings',
    contentType: 'application/json; charset=utf-8',
    headers: {
      'x-amzn-requestid': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      'x-amz-apigw-id': 'Ue3kXH2LoAMEbXw=',
      'x-amzn-trace-id': 'Root=1-65f2c1a7-3f1c0d6e8f2a4a7e9c1b2d3e',
    },
    body: '{"errorMessage":"Index 0 out of bounds for length 0","errorType":"java.lang.ArrayIndexOutOfBoundsException","stackTrace":["com.acme.orders.Handler.handleRequest(Handler.java:42)","java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(Unknown Source)","java.base/java.lang.reflect.Method.invoke(Unknown Source)"]}',
    leaks: ['exception', 'stack-trace'],
  },
  {
    name: 'Node Lambda error naming a role and a table',
    contentType: 'application/json; charset=utf-8',
    headers: {
      'x-amzn-requestid': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      'x-amz-apigw-id': 'Ue3kXH2LoAMEbXw=',
      'x-amzn-trace-id': 'Root=1-65f2c1a7-3f1c0d6e8f2a4a7e9c1b2d3e',
    },
    body: '{"errorType":"AccessDeniedException","errorMessage":"User: arn:aws:sts::731942085566:assumed-role/orders-api-prod-role/orders-api-prod-handler is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:eu-west-1:731942085566:table/orders-prod because no identity-based policy allows the dynamodb:GetItem action","trace":["AccessDeniedException: User: arn:aws:sts::731942085566:assumed-role/orders-api-prod-role/orders-api-prod-handler is not authorized to perform: dynamodb:GetItem","    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)","    at async Runtime.handler (file:///var/task/index.mjs:22:18)"]}',
    leaks: ['exception', 'internal-address', 'stack-trace'],
  },
  {
    name: 'API Gateway passing on the backend Server header',
    status: 502,
    contentType: 'application/json; charset=utf-8',
    headers: {
      'x-amzn-requestid': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      'x-amz-apigw-id': 'Ue3kXH2LoAMEbXw=',
      'x-amzn-trace-id': 'Root=1-65f2c1a7-3f1c0d6e8f2a4a7e9c1b2d3e',
      'x-amzn-errortype': 'InternalServerErrorException',
      'x-amzn-remapped-server': 'nginx/1.18.0 (Ubuntu)',
      'x-amzn-remapped-date': 'Fri, 14 Mar 2025 10:32:07 GMT',
    },
    body: '{"message": "Internal server error"}',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Apache mod_proxy DNS lookup failure',
    status: 502,
    contentType: 'text/html; charset=iso-8859-1',
    headers: { server: 'Apache/2.4.57 (Debian)' },
    body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n<p>The proxy server received an invalid\r\nresponse from an upstream server.<br />\r\nThe proxy server could not handle the request<p>Reason: <strong>DNS lookup failure for: orders-backend.prod.internal</strong></p></p>\n<hr>\n<address>Apache/2.4.57 (Debian) Server at shop.acme.com Port 443</address>\n</body></html>\n',
    leaks: ['internal-address', 'version-disclosure', 'driver-error'],
  },
  {
    name: 'Cloudflare Worker answering with err.stack',
    contentType: 'text/plain; charset=utf-8',
    headers: { server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f6a7b-FRA' },
    body: "TypeError: Cannot read properties of undefined (reading 'filter')\n    at handleRequest (index.js:14:33)\n    at async Object.fetch (index.js:4:12)",
    leaks: ['exception', 'stack-trace', 'file-path'],
  },
  {
    name: 'BFF passing on a Spring data access error',
    status: 502,
    contentType: 'application/json; charset=utf-8',
    body: '{"error":"upstream_error","upstream":{"url":"http://orders.shop.svc.cluster.local:8080/v2/orders/42","status":500,"body":"{\\"timestamp\\":\\"2025-03-14T10:32:07.391+00:00\\",\\"status\\":500,\\"error\\":\\"Internal Server Error\\",\\"message\\":\\"could not execute statement; SQL [n/a]; constraint [orders_pkey]\\",\\"path\\":\\"/v2/orders/42\\"}"}}',
    leaks: ['internal-address', 'sql-error'],
  },
  {
    name: 'AppSync DynamoDB resolver error',
    contentType: 'application/json; charset=utf-8',
    body: '{"data":{"createOrder":null},"errors":[{"path":["createOrder"],"data":null,"errorType":"DynamoDB:DynamoDbException","errorInfo":null,"locations":[{"line":2,"column":3,"sourceName":null}],"message":"One or more parameter values were invalid: Missing the key pk in the item (Service: DynamoDb, Status Code: 400, Request ID: 7O3KQ9V2RDA1SB6HPE2M4C8NJFVV4KQNSO5AEMVJF66Q9ASUAAJG)"}]}',
    leaks: ['exception'],
  },
  {
    name: 'Outlook on the web naming its Exchange servers in headers',
    headers: {
      'X-CalculatedBETarget': 'ex19-01.domain.corp',
      'X-FEServer': 'EX19-FE01',
      'X-BEServer': 'EX19-MBX02',
    },
    body: '<html><head><title>Something went wrong</title></head><body><h1>:-( Something went wrong</h1><p>Please try again later.</p></body></html>',
    leaks: ['internal-address'],
  },
  {
    name: 'SharePoint version header',
    headers: { MicrosoftSharePointTeamServices: '16.0.0.24817' },
    body: '<html><body><h1>Sorry, something went wrong</h1><p>Correlation ID: 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c</p></body></html>',
    leaks: ['version-disclosure'],
  },
  // Variants of the same families written otherwise: escaped, in <pre>, other casing and forms.
  {
    name: 'Go <1.14 url.Error (L-go-old-url)',
    contentType: 'application/json',
    body: '{"error":"Get http://inventory:8080/items/42: EOF"}',
    leaks: ['driver-error'],
  },
  {
    name: 'Go url.Error html-escaped (L-go-html)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>Get &quot;http://inventory:8080/items/42&quot;: EOF</pre>',
    leaks: ['driver-error'],
  },
  {
    name: 'RestTemplate Spring 5.2 [..] form (L-rt-bracket)',
    contentType: 'application/json',
    body: '{"message":"500 Internal Server Error: [{\\"timestamp\\":\\"2026-01-01T00:00:00.000+00:00\\",\\"status\\":500,\\"path\\":\\"/inventory/items/42\\"}]"}',
    leaks: ['driver-error'],
  },
  {
    name: 'RestTemplate upstream 4xx (L-rt-4xx)',
    contentType: 'application/json',
    body: '{"message":"404 Not Found: \\"{\\"error\\":\\"no such item\\",\\"path\\":\\"/internal/items/42\\"}\\""}',
    leaks: ['driver-error'],
  },
  {
    name: 'RestTemplate empty reason phrase (L-rt-empty-reason)',
    contentType: 'application/json',
    body: '{"message":"500 : \\"{\\"error\\":\\"boom\\",\\"path\\":\\"/inventory/items/42\\"}\\""}',
    leaks: ['driver-error'],
  },
  {
    name: 'RestTemplate html-escaped (L-rt-lowercase-pre)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>503 Service Unavailable: &quot;&lt;html&gt;&lt;title&gt;inventory down&lt;/title&gt;&quot;</pre>',
    leaks: ['driver-error'],
  },
  {
    name: 'WebClient in pre (L-wc-html)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>500 Internal Server Error from GET http://rule-inspector:8000/api/v1/rules</pre>',
    leaks: ['driver-error'],
  },
  {
    name: 'Envoy/Istio retried form (L-envoy-retried)',
    contentType: 'text/plain; charset=utf-8',
    body: 'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111',
    leaks: ['driver-error'],
  },
  {
    name: 'Envoy capital R (L-envoy-json)',
    contentType: 'application/json',
    body: '{"message":"upstream connect error or disconnect/reset before headers. Reset reason: connection failure, transport failure reason: delayed connect error: 113"}',
    leaks: ['driver-error'],
  },
  {
    name: 'Go x509 other msg (L-x509-cn)',
    contentType: 'application/json',
    body: '{"error":"x509: certificate relies on legacy Common Name field, use SANs instead"}',
    leaks: ['driver-error'],
  },
  {
    name: 'Go x509 other msg (L-x509-ipsans)',
    contentType: 'application/json',
    body: '{"error":"x509: cannot validate certificate for ledger because it doesn\'t contain any IP SANs"}',
    leaks: ['driver-error'],
  },
  {
    name: 'Go tls alert (L-tls-remote)',
    contentType: 'application/json',
    body: '{"error":"remote error: tls: bad certificate"}',
    leaks: ['driver-error'],
  },
  {
    name: 'Go tls mismatch (L-tls-first-record)',
    contentType: 'application/json',
    body: '{"error":"http: server gave HTTP response to HTTPS client"}',
    leaks: ['driver-error'],
  },
  {
    name: 'Hibernate 6 (L-hib6)',
    contentType: 'application/json',
    body: '{"message":"JDBC exception executing SQL [select o1_0.id from orders o1_0 where o1_0.id=?] [ERROR: relation \\"orders\\" does not exist]"}',
    leaks: ['sql-error'],
  },
  {
    name: 'Hibernate bare (sibling of could not extract ResultSet) (L-hib-bare-exec)',
    contentType: 'application/json',
    body: '{"message":"could not execute statement"}',
    leaks: ['sql-error'],
  },
  {
    name: 'EF Core (L-efcore-transient)',
    contentType: 'application/json',
    body: '{"error":"An exception has been raised that is likely due to a transient failure. Consider enabling transient error resiliency by adding \'EnableRetryOnFailure\' to the \'UseSqlServer\' call."}',
    leaks: ['exception'],
  },
  {
    name: 'Jackson (L-jackson-ctor)',
    contentType: 'application/json',
    body: '{"message":"Cannot construct instance of `com.acme.shop.dto.OrderDto` (no Creators, like default constructor, exist)"}',
    leaks: ['exception'],
  },
  {
    name: 'Go mongo topology (L-mongo-topology)',
    contentType: 'application/json',
    body: '{"error":"server selection error: context deadline exceeded, current topology: { Type: ReplicaSetNoPrimary, Servers: [{ Addr: mongo-0.mongo:27017, Type: Unknown }, ] }"}',
    leaks: ['exception'],
  },
  {
    name: 'Go mongo (L-mongo-html)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>mongo: no documents in result</p>',
    leaks: ['sql-error'],
  },
  {
    name: 'ClickHouse new analyzer (L-ch-analyzer)',
    contentType: 'application/json',
    body: '{"error":"Unknown expression identifier \'totl\' in scope SELECT totl FROM orders. (UNKNOWN_IDENTIFIER)"}',
    leaks: ['sql-error'],
  },
  {
    name: 'clickhouse-go (caught?) (L-ch-go)',
    contentType: 'application/json',
    body: '{"error":"code: 47, message: Missing columns: \'totl\' while processing query: \'SELECT totl FROM orders\'"}',
    leaks: ['sql-error'],
  },
  {
    name: 'clickhouse-go 24.x analyzer (L-ch-go-analyzer)',
    contentType: 'application/json',
    body: '{"error":"code: 47, message: Unknown expression identifier \'totl\' in scope SELECT totl FROM orders"}',
    leaks: ['sql-error'],
  },
  {
    name: 'CakePHP APP/ alias (L-cake-app)',
    contentType: 'text/html; charset=utf-8',
    body: '<span class="stack-frame-file">APP/Controller/OrdersController.php</span>, line 42',
    leaks: ['file-path'],
  },
  {
    name: 'CI4 VENDORPATH alias (L-ci-vendorpath)',
    contentType: 'text/html; charset=utf-8',
    body: '<p><b>VENDORPATH/guzzlehttp/guzzle/src/Client.php</b> at line <b>187</b></p>',
    leaks: ['file-path'],
  },
  {
    name: 'CI4 on Windows (L-ci-winsep)',
    contentType: 'text/html; charset=utf-8',
    body: '<p><b>APPPATH\\Controllers\\Users.php</b> at line <b>27</b></p>',
    leaks: ['file-path'],
  },
  {
    name: 'CI4 json escaped slashes (L-ci-json)',
    contentType: 'application/json',
    body: '{"file":"APPPATH\\/Controllers\\/Users.php","line":27}',
    leaks: ['file-path'],
  },
  {
    name: 'Drupal json (L-drupal-json)',
    contentType: 'application/json',
    body: '{"message":"Error: Call to a member function id() on null (line 201 of core\\/lib\\/Drupal\\/Core\\/Entity\\/EntityTypeManager.php)."}',
    leaks: ['file-path', 'exception'],
  },
  {
    name: 'Drupal .module (L-drupal-html-markup)',
    contentType: 'text/html; charset=utf-8',
    body: 'Error: Call to a member function id() on null (line <em class="placeholder">201</em> of <em class="placeholder">modules/custom/shop/shop.module</em>).',
    leaks: ['file-path', 'exception'],
  },
  {
    name: 'UNC long path (L-unc-long)',
    contentType: 'text/plain; charset=utf-8',
    body: 'Could not open \\\\?\\UNC\\fileserver01\\exports\\orders.csv',
    leaks: ['file-path'],
  },
  {
    name: 'long path JSON (L-win-long-json)',
    contentType: 'application/json',
    body: '{"error":"Could not find a part of the path \'\\\\\\\\?\\\\D:\\\\sites\\\\shop\\\\web.config\'."}',
    leaks: ['file-path'],
  },
  {
    name: 'anyhow json (L-rust-json)',
    contentType: 'application/json',
    body: '{"error":"config file missing\\n\\nStack backtrace:\\n   0: anyhow::error::<impl anyhow::Error>::msg\\n   1: shop::config::load\\n"}',
    leaks: ['stack-trace'],
  },
  {
    name: 'anyhow html br (L-rust-br)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>config file missing<br><br>Stack backtrace:<br>   0: anyhow::error::&lt;impl anyhow::Error&gt;::msg<br>   1: shop::config::load</pre>',
    leaks: ['stack-trace'],
  },
  {
    name: 'CI footer nbsp (L-php-nbsp)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Displayed at 14:41:25pm &mdash; PHP:&nbsp;8.1.2 &mdash; CodeIgniter:&nbsp;4.2.10</p>',
    leaks: ['debug-page', 'version-disclosure'],
  },
  {
    name: 'PHP version with space (L-php-space)',
    contentType: 'text/html; charset=utf-8',
    body: '<footer>Powered by PHP 8.2.14</footer>',
    leaks: ['version-disclosure'],
  },
  {
    name: 'versions json (L-ci-ver-json)',
    contentType: 'application/json',
    body: '{"php":"PHP: 8.1.2","framework":"CodeIgniter: 4.4.3"}',
    leaks: ['version-disclosure'],
  },
  {
    name: 'Bun attr order (L-bun-attr-order)',
    contentType: 'text/html; charset=utf-8',
    body: '<script type="binary/peechy" id="__bunfallback">AQVFcnJvcgZ3b29wcyEC</script>',
    leaks: ['debug-page'],
  },
  {
    name: 'Bun single quotes (L-bun-single)',
    contentType: 'text/html; charset=utf-8',
    body: "<script id='__bunfallback' type='binary/peechy'>AQVFcnJvcgZ3b29wcyEC</script>",
    leaks: ['debug-page'],
  },
  {
    name: '.NET HttpClient (L-dotnet-html)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Response status code does not indicate success: 503 (Service Unavailable).</p>',
    leaks: ['exception'],
  },
  {
    name: 'Spring bean html (L-bean-html)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>No qualifying bean of type &#39;com.acme.payments.PaymentGateway&#39; available</pre>',
    leaks: ['exception'],
  },
  {
    name: 'a password with & and parentheses, HTML-escaped in <pre>',
    contentType: 'text/html; charset=utf-8',
    body: `<pre>{&quot;password&quot;:&quot;${token(4, 9605)}&amp;${token(3, 9606)}(${token(3, 9607)})&quot;}</pre>`,
    leaks: ['secret'],
  },
  {
    name: 'a password with symbols in JSON inside a JSON message',
    contentType: 'application/json',
    body: `{"message":"config: {\\"DB_PASSWORD\\":\\"${token(4, 9608)}&${token(3, 9609)}(${token(3, 9610)})\\"}"}`,
    leaks: ['secret'],
  },
  {
    name: 'a Phoenix session cookie echoed in JSON',
    contentType: 'application/json',
    body: `{"headers":{"cookie":"_shop_key=${['SFMy', 'NTY.'].join('')}${token(40, 9611)}.${token(43, 9612)}"}}`,
    leaks: ['secret'],
  },
]
