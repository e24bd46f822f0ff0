import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

// finalhandler's page: the stack in a <pre>, new lines as <br>, each frame's indent as
// ` &nbsp; &nbsp;`. The frame is found first; the <pre> it stands in is looked for before it, past a
// message of many lines (a validation error's issues, each line a <br>).
const finalhandler = /<br> &nbsp; &nbsp;at /g
// The `errorhandler` middleware's page lists the frames in <ul id="stacktrace">.
const errorhandler = /<ul id="stacktrace"><li>/g
// An error without frames (`TypeError: fetch failed`, a library's error whose stack was cut): the
// page holds err.stack only in development; in production finalhandler writes the status's text.
const frameless =
  /<title>Error<\/title>\s{0,20}<\/head>\s{0,20}<body>\s{0,20}<pre>(?!Error\b)[A-Z][\w$]{0,60}(?:Error|Exception)(?: \[[\w-]{1,60}\])?: /g

// express-generator's error view in development: the message, the status, then err.stack.
const generatorView = /<\/h1><h2>\d{0,3}<\/h2><pre>[\w$.]{0,60}(?:Error|error)\b/g

/**
 * The Express development error page (finalhandler, the errorhandler middleware, or the error view
 * express-generator writes) with its stack.
 */
export const debugPageExpress = defineRule({
  id: 'debug-page-express',
  category: 'debug-page',
  description:
    "The Express development error page: finalhandler's `<title>Error</title>` page with the stack in a <pre> (or an error's name and message without frames, which production never writes there), errorhandler's stack list, or express-generator's error view with err.stack (development only).",
  keywords: ['<title>error</title>', 'id="stacktrace"', '</h2><pre>'],
  patterns: [finalhandler, errorhandler, frameless, generatorView],
  *detect({ views }): Iterable<Hit> {
    const raw = views[0]
    if (!raw || raw.header !== undefined) return
    if (raw.lower.includes('<title>error</title>')) {
      // The last <pre> and </pre> before each frame, found reading forward once.
      const { text } = raw
      let [pre, close] = [-1, -1]
      let [nextPre, nextClose] = [text.indexOf('<pre>'), text.indexOf('</pre>')]
      for (const match of text.matchAll(finalhandler)) {
        while (nextPre !== -1 && nextPre < match.index) {
          pre = nextPre
          nextPre = text.indexOf('<pre>', pre + 5)
        }
        while (nextClose !== -1 && nextClose < match.index) {
          close = nextClose
          nextClose = text.indexOf('</pre>', close + 6)
        }
        if (pre < 0 || close > pre || match.index - pre > 8000) continue
        yield {
          message: 'is the Express development error page (set NODE_ENV=production)',
          view: raw,
          span: [pre, match.index + match[0].length],
        }
        break
      }
      for (const match of raw.text.matchAll(frameless)) {
        yield {
          message: 'is the Express development error page (set NODE_ENV=production)',
          view: raw,
          span: [match.index, match.index + match[0].length],
        }
        break
      }
    }
    for (const match of raw.text.matchAll(errorhandler))
      yield {
        message: "is the errorhandler middleware's development page",
        view: raw,
        span: [match.index, match.index + match[0].length],
      }
    for (const match of raw.text.matchAll(generatorView)) {
      yield {
        message:
          "is express-generator's development error view with the stack (set NODE_ENV=production)",
        view: raw,
        span: [match.index, match.index + match[0].length],
      }
      break
    }
  },
  examples: {
    leaky: [
      '<!DOCTYPE html><html><head><title></title><link rel="stylesheet" href="/stylesheets/style.css"></head><body><h1>relation "orders" does not exist</h1><h2></h2><pre>error: relation "orders" does not exist\n    at /srv/app/node_modules/pg/lib/client.js:694:17</pre></body></html>',
      {
        status: 500,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>TypeError: Cannot read properties of undefined (reading &#39;name&#39;)<br> &nbsp; &nbsp;at file:///srv/app/server.mjs:6:62<br> &nbsp; &nbsp;at Layer.handleRequest (/srv/app/node_modules/router/lib/layer.js:169:33)</pre>\n</body>\n</html>\n',
      },
      {
        status: 500,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Error: Response validation failed: [<br> &nbsp;{<br> &nbsp; &nbsp;&quot;code&quot;: &quot;invalid_type&quot;,<br> &nbsp; &nbsp;&quot;path&quot;: [&quot;total&quot;]<br> &nbsp;}<br>]<br> &nbsp; &nbsp;at validateResponse (file:///srv/app/node_modules/@ts-rest/core/index.esm.mjs:527:19)</pre>\n</body>\n</html>\n',
      },
      '<html><head><title>boom</title></head><body><div id="wrapper"><h1>Shop</h1><h2><em>500</em> Error: boom</h2><ul id="stacktrace"><li> &nbsp; &nbsp;at /app/routes.js:3:9</li></ul></div></body></html>',
      {
        status: 500,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>BetterAuthError: Database schema mismatch<br><br> Missing tables<br> user, session</pre>\n</body>\n</html>\n',
      },
    ],
    safe: [
      '<!DOCTYPE html><html><head><title></title></head><body><h1>Something went wrong</h1><h2></h2><pre></pre></body></html>',
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Internal Server Error</pre>\n</body>\n</html>\n',
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /api/orders/42</pre>\n</body>\n</html>\n',
      '<html><head><title>Error</title></head><body><pre>Something went wrong.<br> &nbsp; &nbsp;Please try again at 10:30.</pre></body></html>',
      '<html><head><title>Error</title></head><body><pre>Internal Server Error</pre><p>Steps:<br> &nbsp; &nbsp;at the top, press Retry.</p></body></html>',
      '<html><head><title>Error</title></head><body><pre>Error: please try again later.</pre></body></html>',
    ],
  },
})
