import { auditSnapshot } from 'safe500'
import type { Category, RuleExample } from 'safe500'
import { describe, expect, test } from 'vitest'
import { exampleSnapshot } from '../../support/example-response.ts'

// Whole 500 bodies, safe and leaky, for the stack-trace, file-path, exception, debug-page,
// env-dump and source-code rules: the safe ones are what frameworks send in production and what
// people write by hand (request IDs, support addresses, status links, timestamps); the leaky ones
// are what runtimes and frameworks really print.

const categories: readonly Category[] = [
  'stack-trace',
  'file-path',
  'exception',
  'debug-page',
  'env-dump',
  'source-code',
]

const html = (body: string): RuleExample => ({
  status: 500,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
})
const json = (body: string, type = 'application/json; charset=utf-8'): RuleExample => ({
  status: 500,
  headers: { 'content-type': type },
  body,
})
const text = (body: string): RuleExample => ({
  status: 500,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body,
})

const safe: readonly (readonly [string, RuleExample])[] = [
  ['plain status phrase', text('Internal Server Error')],
  ['Koa and Hono default', text('Internal Server Error')],
  [
    'Express in production',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Internal Server Error</pre>\n</body>\n</html>\n',
    ),
  ],
  [
    'Express 404 echoing the request path',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /app/orders/42/items</pre>\n</body>\n</html>\n',
    ),
  ],
  [
    'Hapi (Boom)',
    json(
      '{"statusCode":500,"error":"Internal Server Error","message":"An internal server error occurred"}',
    ),
  ],
  ['NestJS', json('{"statusCode":500,"message":"Internal server error"}')],
  [
    'Fastify with a generic message',
    json('{"statusCode":500,"error":"Internal Server Error","message":"Something went wrong"}'),
  ],
  [
    'Flask in production',
    html(
      '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n',
    ),
  ],
  [
    'Django in production',
    html(
      '\n<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n',
    ),
  ],
  [
    'Rails public/500.html',
    html(
      '<!DOCTYPE html>\n<html>\n<head>\n  <title>We\'re sorry, but something went wrong (500)</title>\n  <meta name="viewport" content="width=device-width,initial-scale=1">\n</head>\n<body class="rails-default-error-page">\n  <div class="dialog">\n    <div>\n      <h1>We\'re sorry, but something went wrong.</h1>\n    </div>\n    <p>If you are the application owner check the logs for more information.</p>\n  </div>\n</body>\n</html>\n',
    ),
  ],
  [
    'Laravel 11 in production',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Server Error</title>\n<style>body{font-family:ui-sans-serif,system-ui,sans-serif}</style>\n</head>\n<body class="antialiased">\n<div class="relative flex items-top justify-center min-h-screen sm:items-center sm:pt-0">\n<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">500</div>\n<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Server Error</div>\n</div>\n</body>\n</html>\n',
    ),
  ],
  [
    'Laravel 5 in production ("Whoops" without details)',
    html(
      '<!DOCTYPE html>\n<html>\n<head>\n<title>Whoops, looks like something went wrong.</title>\n</head>\n<body>\n<div class="container"><div class="content"><div class="title">Whoops, looks like something went wrong.</div></div></div>\n</body>\n</html>\n',
    ),
  ],
  [
    'Symfony in production',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8" />\n    <meta name="robots" content="noindex,nofollow,noarchive" />\n    <title>An Error Occurred: Internal Server Error</title>\n</head>\n<body>\n<div class="container">\n    <h1>Oops! An Error Occurred</h1>\n    <h2>The server returned a "500 Internal Server Error".</h2>\n    <p>\n        Something is broken. Please let us know what you were doing when this error occurred.\n        We will fix it as soon as possible. Sorry for any inconvenience caused.\n    </p>\n</div>\n</body>\n</html>\n',
    ),
  ],
  [
    'Spring Boot /error JSON',
    json(
      '{"timestamp":"2026-05-12T10:30:00.000+00:00","status":500,"error":"Internal Server Error","path":"/api/orders/42"}',
    ),
  ],
  [
    'Spring Whitelabel page without the trace',
    html(
      "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Tue May 12 10:30:00 UTC 2026</div><div>There was an unexpected error (type=Internal Server Error, status=500).</div></body></html>",
    ),
  ],
  [
    'Tomcat without the report',
    html(
      '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;}</style></head><body><h1>HTTP Status 500 – Internal Server Error</h1></body></html>',
    ),
  ],
  [
    'ASP.NET Core problem details',
    json(
      '{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred while processing your request.","status":500,"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}',
      'application/problem+json; charset=utf-8',
    ),
  ],
  [
    'ASP.NET MVC Error view',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head><title>Error - Shop</title></head>\n<body>\n<h1 class="text-danger">Error.</h1>\n<h2 class="text-danger">An error occurred while processing your request.</h2>\n<p><strong>Request ID:</strong> <code>00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00</code></p>\n<h3>Development Mode</h3>\n<p>Swapping to the <strong>Development</strong> environment displays detailed information about the error that occurred.</p>\n</body>\n</html>\n',
    ),
  ],
  [
    'Next.js production error page',
    html(
      '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>500: Internal Server Error</title></head><body><div id="__next"><div style="font-family:system-ui;height:100vh;text-align:center"><h1 class="next-error-h1">500</h1><div><h2>Internal Server Error<!-- -->.</h2></div></div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"Xn3lV8qkq2aRzP0","nextExport":true,"isFallback":false,"err":{"name":"Internal Server Error.","message":"500 - Internal Server Error.","statusCode":500},"gip":true,"scriptLoader":[]}</script></body></html>',
    ),
  ],
  [
    'GraphQL with masked errors',
    json(
      '{"errors":[{"message":"Unexpected error.","locations":[{"line":2,"column":3}],"path":["order"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}',
    ),
  ],
  ['SvelteKit', json('{"message":"Internal Error"}')],
  ['AWS API Gateway', json('{"message": "Internal server error"}')],
  [
    'problem+json with an opaque instance',
    json(
      '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"The request could not be completed. Quote the reference below to support@example.com.","instance":"urn:uuid:3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c","timestamp":"2026-05-12T10:30:00Z"}',
      'application/problem+json',
    ),
  ],
  [
    'hand-made JSON with request ID and status link',
    json(
      '{"error":{"code":"ERR_INTERNAL","message":"Something went wrong. Please try again at 10:30.","requestId":"01J9ZQ4T7B8N3K5M6P2R4S6V8X","status":"https://status.example.com/incidents/123","help":"/api/orders"}}',
    ),
  ],
  [
    'hand-made HTML with analytics script, request ID and support address',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Something went wrong | Shop</title>\n<script async src="/static/js/analytics.js"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n  gtag(\'js\', new Date());\n  const page = { status: 500 };\n</script>\n<link rel="stylesheet" href="/assets/app/main.css">\n</head>\n<body>\n<h1>Something went wrong</h1>\n<p>Error 500. Our team has been notified at 2026-05-12T10:30:00Z.</p>\n<p>Request ID: <code>3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c</code></p>\n<p>Check <a href="https://status.example.com">status.example.com</a> or write to <a href="mailto:support@example.com">support@example.com</a>.</p>\n<p><a href="/home/feed">Back to your feed</a> · <a href="/status">Status</a></p>\n</body>\n</html>\n',
    ),
  ],
  [
    'MDN-style page',
    html(
      '<!doctype html>\n<html lang="en">\n<head>\n  <title>500 Internal Server Error</title>\n</head>\n<body>\n  <h1>Internal Server Error</h1>\n  <p>The server was unable to complete your request. Please try again later.</p>\n  <p>If this problem persists, please <a href="https://example.com/support">contact support</a>.</p>\n  <p>Server logs contain details of this error with request ID: ABC-123.</p>\n</body>\n</html>\n',
    ),
  ],
  [
    'Apache default 500',
    html(
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>500 Internal Server Error</title>\n</head><body>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error or\nmisconfiguration and was unable to complete\nyour request.</p>\n<p>Please contact the server administrator at \n webmaster@example.com to inform them of the time this error occurred,\n and the actions you performed just before this error.</p>\n<p>More information about this error may be available\nin the server error log.</p>\n</body></html>\n',
    ),
  ],
  [
    'nginx 502 page',
    html(
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    ),
  ],
  [
    'CloudFront 502',
    html(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">\n<TITLE>ERROR: The request could not be satisfied</TITLE>\n</HEAD><BODY>\n<H1>502 ERROR</H1>\n<H2>The request could not be satisfied.</H2>\n<HR noshade size="1px">\nWe can\'t connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.\n<BR clear="all">\n<HR noshade size="1px">\n<PRE>\nGenerated by cloudfront (CloudFront)\nRequest ID: 2X7e4N9cQk0bG1sVfM3pLzYd8uHw5aJtR6iOqE_yKxUn3Bv==\n</PRE>\n<ADDRESS>\n</ADDRESS>\n</BODY></HTML>',
    ),
  ],
  [
    'Vercel function failure',
    text(
      'A server error has occurred\n\nFUNCTION_INVOCATION_FAILED\n\ncdg1::7mkxq-1715509800000-4c8e2b1f9a6d\n',
    ),
  ],
  [
    'text with key=value support details',
    text(
      'Something went wrong.\nSTATUS=500\nREQUEST_ID=3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c\nTIME=2026-05-12T10:30:00Z\nSUPPORT=support@example.com\n',
    ),
  ],
  [
    'dates, MIME types and a relative path in a sentence',
    text(
      'Error 500 on 12/05/2026 at 10:30. We accept text/html and application/json; see /status or https://status.example.com/incidents/123 for updates.',
    ),
  ],
]

const leaky: readonly (readonly [string, Category, RuleExample])[] = [
  [
    'Express 5 development page',
    'debug-page',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>TypeError: Cannot read properties of undefined (reading &#39;name&#39;)<br> &nbsp; &nbsp;at file:///srv/app/server.mjs:6:62<br> &nbsp; &nbsp;at Layer.handleRequest (/srv/app/node_modules/router/lib/layer.js:169:33)<br> &nbsp; &nbsp;at next (/srv/app/node_modules/router/lib/route.js:163:13)<br> &nbsp; &nbsp;at Route.dispatch (/srv/app/node_modules/router/lib/route.js:123:3)</pre>\n</body>\n</html>\n',
    ),
  ],
  [
    'Express 4 development page frames',
    'stack-trace',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>ReferenceError: user is not defined<br> &nbsp; &nbsp;at /usr/src/app/routes/orders.js:14:20<br> &nbsp; &nbsp;at Layer.handle [as handle_request] (/usr/src/app/node_modules/express/lib/router/layer.js:95:5)</pre>\n</body>\n</html>\n',
    ),
  ],
  [
    'Fastify passing err.message on',
    'exception',
    json(
      '{"statusCode":500,"error":"Internal Server Error","message":"Cannot read properties of undefined (reading \'id\')"}',
    ),
  ],
  [
    'JSON with the stack',
    'stack-trace',
    json(
      '{"message":"boom","stack":"Error: boom\\n    at handler (/app/src/routes/checkout.ts:41:11)\\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)"}',
    ),
  ],
  [
    'AWS Lambda error',
    'exception',
    json(
      '{"errorType":"TypeError","errorMessage":"Cannot read properties of undefined (reading \'items\')","trace":["TypeError: Cannot read properties of undefined (reading \'items\')","    at Runtime.handler (file:///var/task/index.mjs:3:20)"]}',
    ),
  ],
  [
    'Apollo error with stacktrace extension',
    'stack-trace',
    json(
      '{"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR","stacktrace":["Error: boom","    at Object.order (/srv/graphql/resolvers.js:12:13)"]}}],"data":{"order":null}}',
    ),
  ],
  [
    'ERR_HTTP_HEADERS_SENT message',
    'exception',
    text('Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client'),
  ],
  [
    'ENOENT naming a config file',
    'file-path',
    json(
      '{"statusCode":500,"error":"Internal Server Error","message":"ENOENT: no such file or directory, open \'/srv/app/config/payments.json\'"}',
    ),
  ],
  [
    'Python traceback',
    'stack-trace',
    text(
      'Traceback (most recent call last):\n  File "/srv/app/svc.py", line 4, in load\n    return json.loads(raw)\n           ^^^^^^^^^^^^^^^\n  File "/usr/local/lib/python3.12/json/__init__.py", line 346, in loads\n    return _default_decoder.decode(s)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^\njson.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File "/srv/app/svc.py", line 7, in <module>\n    load("{x")\nRuntimeError: bad payload\n',
    ),
  ],
  ['FastAPI detail with a KeyError', 'exception', json('{"detail":"KeyError(\'user_id\')"}')],
  [
    'Werkzeug debugger',
    'debug-page',
    html(
      '<!doctype html>\n<html lang=en>\n  <head>\n    <title>KeyError: &#39;user_id&#39;\n // Werkzeug Debugger</title>\n    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">\n  </head>\n  <body style="background-color: #fff">\n    <div class="debugger">\n<h1>KeyError</h1>\n<div class="detail">\n  <p class="errormsg">KeyError: &#39;user_id&#39;\n</p>\n</div>\n<h2 class="traceback">Traceback <em>(most recent call last)</em></h2>\n<div class="traceback">\n  <ul><li><div class="frame" id="frame-140521469225584">\n  <h4>File <cite class="filename">"/srv/app/app.py"</cite>,\n      line <em class="line">6</em>,\n      in <code class="function">index</code></h4>\n  <div class="source "><pre class="line before"><span class="ws">    </span>d = {}</pre>\n<pre class="line current"><span class="ws">    </span>return d[&#39;user_id&#39;]</pre></div>\n</div>\n</ul>\n</div>\n',
    ),
  ],
  [
    'Werkzeug source lines',
    'source-code',
    html(
      '<div class="source "><pre class="line before"><span class="ws"></span>@app.route(&#39;/&#39;)</pre>\n<pre class="line before"><span class="ws"></span>def index():</pre>\n<pre class="line current"><span class="ws">    </span>return d[&#39;user_id&#39;]</pre></div>',
    ),
  ],
  [
    'Django DEBUG page',
    'debug-page',
    html(
      '<header id="summary">\n  <h1>KeyError\n       at /orders/42/</h1>\n  <pre class="exception_value">&#x27;user_id&#x27;</pre>\n  <table class="meta">\n    <tr>\n      <th scope="row">Django Version:</th>\n      <td>5.1.2</td>\n    </tr>\n  </table>\n</header>\n<div id="explanation">\n  <p>\n    You’re seeing this error because you have <code>DEBUG = True</code> in your\n    Django settings file.\n  </p>\n</div>',
    ),
  ],
  [
    'Django settings listing',
    'env-dump',
    html(
      '<h2>Settings</h2>\n<h3 id="settings-info">Using settings module <code>shop.settings</code></h3>\n<table class="req"><tbody><tr><td>ALLOWED_HOSTS</td><td class="code"><pre>[]</pre></td></tr></tbody></table>',
    ),
  ],
  [
    'Java stack trace',
    'stack-trace',
    text(
      'java.lang.IllegalStateException: Could not load order 42\n\tat com.acme.shop.OrderService.load(OrderService.java:7)\n\tat com.acme.shop.OrderService.main(OrderService.java:10)\nCaused by: java.lang.NullPointerException: Cannot invoke "String.trim()" because the return value of "java.util.Map.get(Object)" is null\n\tat com.acme.shop.OrderService.find(OrderService.java:4)\n\tat com.acme.shop.OrderService.load(OrderService.java:6)\n\t... 1 more\n',
    ),
  ],
  [
    'Spring Boot JSON with the trace',
    'debug-page',
    json(
      '{"timestamp":"2026-05-12T10:30:00.000+00:00","status":500,"error":"Internal Server Error","trace":"java.lang.IllegalStateException: boom\\n\\tat com.acme.shop.OrderController.show(OrderController.java:27)\\n","message":"boom","path":"/orders/42"}',
    ),
  ],
  [
    'Tomcat exception report',
    'debug-page',
    html(
      '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p><p><b>Message</b> For input string: &quot;abc&quot;</p><p><b>Description</b> The server encountered an unexpected condition that prevented it from fulfilling the request.</p><p><b>Exception</b></p><pre>java.lang.NumberFormatException: For input string: &quot;abc&quot;\n\tjava.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)\n</pre><hr class="line" /><h3>Apache Tomcat/9.0.41</h3></body></html>',
    ),
  ],
  [
    'ASP.NET yellow screen',
    'debug-page',
    html(
      '<html>\n<head><title>Object reference not set to an instance of an object.</title></head>\n<body bgcolor="white">\n<span><H1>Server Error in \'/\' Application.<hr width=100% size=1 color=silver></H1>\n<h2> <i>Object reference not set to an instance of an object.</i> </h2></span>\n<b> Description: </b>An unhandled exception occurred during the execution of the current web request.\n<b> Exception Details: </b>System.NullReferenceException: Object reference not set to an instance of an object.<br><br>\n<pre>[NullReferenceException: Object reference not set to an instance of an object.]\n   Shop.Web.Controllers.OrdersController.Show(Int32 id) in C:\\Sites\\Shop\\Controllers\\OrdersController.cs:27\n</pre></body></html>',
    ),
  ],
  [
    '.NET stack trace',
    'stack-trace',
    text(
      'System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Shop.Api.Controllers.OrdersController.Get(Int32 id) in /src/Shop.Api/Controllers/OrdersController.cs:line 27\n--- End of stack trace from previous location ---\n',
    ),
  ],
  [
    'Go panic',
    'stack-trace',
    text(
      'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6f1d2a]\n\ngoroutine 18 [running]:\nmain.(*Server).order(0xc000112000, {0x8a1f00, 0xc0001a2000}, 0xc000196000)\n\t/app/cmd/api/main.go:42 +0x2a\nnet/http.HandlerFunc.ServeHTTP(0xc000114000, {0x8a1f00, 0xc0001a2000}, 0xc000196000)\n\t/usr/local/go/src/net/http/server.go:2220 +0x29\n',
    ),
  ],
  [
    'Rust panic',
    'stack-trace',
    text(
      "thread 'tokio-runtime-worker' panicked at src/handlers/orders.rs:48:23:\ncalled `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
    ),
  ],
  [
    'Rails development page',
    'debug-page',
    html(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8" />\n  <title>Action Controller: Exception caught</title>\n</head>\n<body>\n<header><h1>NoMethodError in OrdersController#show</h1></header>\n<main role="main" id="container">\n<h2>undefined method `total\' for nil:NilClass</h2>\n<div class="source" id="frame-source-0-0"><div class="info">Extracted source (around line <strong>#12</strong>):</div></div>\n<p><code>Rails.root: /app</code></p>\n</main></body></html>',
    ),
  ],
  [
    'Ruby backtrace in JSON',
    'stack-trace',
    json(
      '{"status":500,"error":"Internal Server Error","exception":"#<NoMethodError: undefined method `total\' for nil:NilClass>","traces":{"Application Trace":[{"id":0,"trace":"app/controllers/orders_controller.rb:12:in `show\'"}]}}',
    ),
  ],
  [
    'PHP display_errors',
    'debug-page',
    html(
      '<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:7\nStack trace:\n#0 /var/www/html/index.php(3): require()\n#1 {main}\n  thrown in <b>/var/www/html/db.php</b> on line <b>7</b><br />\n',
    ),
  ],
  [
    'Laravel JSON in debug mode',
    'exception',
    json(
      '{"message":"Undefined array key \\"user\\"","exception":"ErrorException","file":"/var/www/html/app/Http/Controllers/OrderController.php","line":27,"trace":[{"file":"/var/www/html/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php","line":255,"function":"handleError","class":"Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions","type":"->"}]}',
    ),
  ],
  [
    'Laravel Whoops page',
    'debug-page',
    html(
      '<!DOCTYPE html><html><head><title>Undefined array key "user"</title></head><body><div class="Whoops container"><div class="stack-container"><div class="left-panel cf"><header><div class="exception"><div class="exc-title"><span class="exc-title-primary">ErrorException</span></div></div></header><div class="frames-container"></div></div></div></div></body></html>',
    ),
  ],
  [
    'Symfony debug page',
    'debug-page',
    html(
      '<!DOCTYPE html><html lang="en"><head><title>Call to a member function getName() on null (500 Internal Server Error)</title></head><body><header><div class="container"><h1 class="logo">Symfony Exception</h1></div></header><div class="exception-summary"><div class="exception-message-wrapper"><div class="container"><h1 class="break-long-words exception-message">Call to a member function getName() on null</h1></div></div></div></body></html>',
    ),
  ],
  [
    'phpinfo()',
    'env-dump',
    html(
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<title>phpinfo()</title><meta name="ROBOTS" content="NOINDEX,NOFOLLOW,NOARCHIVE" /></head>\n<body><div class="center">\n<table>\n<tr class="h"><td>\n<h1 class="p">PHP Version 8.3.4</h1>\n</td></tr>\n</table>\n</div></body></html>',
    ),
  ],
  [
    'environment in JSON',
    'env-dump',
    json(
      '{"error":"config missing","env":{"NODE_ENV":"development","PATH":"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin","HOME":"/home/node","HOSTNAME":"api-7d9f8c6b5-x2x9k"}}',
    ),
  ],
  [
    'environment as lines',
    'env-dump',
    text(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nHOSTNAME=api-7d9f8c6b5-x2x9k\nNODE_VERSION=24.1.0\nYARN_VERSION=1.22.22\nHOME=/root\n',
    ),
  ],
  [
    'Spring actuator /env',
    'env-dump',
    json(
      '{"activeProfiles":["prod"],"propertySources":[{"name":"server.ports","properties":{"local.server.port":{"value":8080}}},{"name":"systemEnvironment","properties":{"JAVA_HOME":{"value":"/opt/java/openjdk","origin":"System Environment Property \\"JAVA_HOME\\""}}}]}',
      'application/vnd.spring-boot.actuator.v3+json',
    ),
  ],
  [
    'Babel code frame',
    'source-code',
    text(
      'SyntaxError: /srv/app/src/routes/orders.ts: Unexpected token (12:18)\n\n  10 |   const order = await db.order.find(id)\n  11 |   if (!order) throw new NotFound()\n> 12 |   return order.items.map(\n     |                   ^\n  13 | }\n',
    ),
  ],
  [
    'Node uncaught exception with the source line',
    'source-code',
    text(
      "/srv/app/server.js:6\n  res.send(u.name)\n             ^\n\nTypeError: Cannot read properties of undefined (reading 'name')\n    at /srv/app/server.js:6:14\n",
    ),
  ],
  [
    'source code in a JSON member',
    'source-code',
    json(
      '{"error":"Template failed","source":"import { db } from \'../lib/db\'\\nexport default async function handler(req, res) {\\n  const order = await db.order.find(req.query.id)\\n}"}',
    ),
  ],
  [
    'Next.js development error page',
    'debug-page',
    html(
      '<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"development","isFallback":false,"err":{"name":"Error","source":"server","message":"boom","stack":"Error: boom\\n    at getServerSideProps (webpack-internal:///./pages/orders.js:12:11)"},"gip":true}</script></body></html>',
    ),
  ],
  [
    'Windows path in a message',
    'file-path',
    json(
      '{"Message":"An error has occurred.","ExceptionMessage":"Could not find a part of the path \'C:\\\\inetpub\\\\wwwroot\\\\App_Data\\\\orders.xml\'."}',
    ),
  ],
  [
    'Go raw error',
    'exception',
    json(
      '{"error":"Post \\"https://payments.example.com/v1/charges\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}',
    ),
  ],
  [
    'Java exception name in a message',
    'exception',
    json(
      '{"status":500,"message":"org.springframework.dao.DataIntegrityViolationException: could not execute statement"}',
    ),
  ],
]

describe('safe 500 bodies give no finding in these categories', () => {
  test('there are enough of them', () => {
    expect(safe.length).toBeGreaterThanOrEqual(25)
  })
  test.each(safe)('%s', (_name, example) => {
    const { findings } = auditSnapshot(exampleSnapshot(example))
    const ours = findings.filter((f) => categories.includes(f.category))
    expect(ours.map((f) => `${f.rule} at ${f.where}: ${f.excerpt}`)).toEqual([])
  })
})

describe('leaky 500 bodies are found in the expected category', () => {
  test('there are enough of them', () => {
    expect(leaky.length).toBeGreaterThanOrEqual(25)
  })
  test.each(leaky)('%s: %s', (_name, category, example) => {
    const { findings } = auditSnapshot(exampleSnapshot(example))
    expect(findings.map((f) => f.category)).toContain(category)
  })
})
