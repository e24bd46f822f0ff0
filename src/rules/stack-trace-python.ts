import { defineRule } from '../define-rule.ts'

/** Python tracebacks: `Traceback (most recent call last):` and `File "/x.py", line 12, in f` frames. */
export const stackTracePython = defineRule({
  id: 'stack-trace-python',
  category: 'stack-trace',
  description:
    'Python tracebacks: the "Traceback (most recent call last)" header, File/line frames (also as Paste\'s ErrorMiddleware prints them) and chained-exception notes.',
  keywords: [
    'traceback',
    'file',
    'the above exception',
    'during handling of the above',
    '.py</code> in <code>',
    '.py in ',
    'class="module" title="',
    'class="location">',
  ],
  // `\s` runs allow the Werkzeug and Django pages, whose frames are split by tags; Starlette's
  // page names the file unquoted, in a span; Quart's debug page the file and the line each in a
  // span; web.py's names it in <code> (`<code>/srv/app.py</code> in <code>GET</code>`) and heads the
  // page with `/srv/app.py in GET, line 14`; Paste's ErrorMiddleware names the module with its file
  // in a title (`Module <span class="module" title="/…/x.py">pkg.x</span>:<b>142</b> in <code>`),
  // and its text version the file in single quotes (`File '/…/x.py', line 142 in __call__`).
  pattern:
    /\bModule <span class="module" title="[^"<>\n]{1,300}">[\w.]{1,200}<\/span>:<b>\d{1,7}<\/b> in <code>|\bFile '[^'\n]{1,300}', line \d{1,7} in \w|\bTraceback\s{1,5}\(most recent call last\)|\bFile\s{1,5}"[^"\n]{1,300}"\s{0,5}(?:,\s{1,20}line\s{1,5}\d{1,7}| in [\w<])|\bThe above exception was the direct cause of the following exception|\bDuring handling of the above exception|\bFile\s{1,5}(?:<span class="frame-filename">)?(?:\/|[A-Za-z]:\\)[^\s,"<>]{0,300}\.py(?:<\/span>)?,\s{1,20}line\s{1,5}(?:<i>)?\d{1,7}\b|\bFile <span class="info">[^<\n]{1,300}<\/span>,\s{1,20}line <span class="info">\d{1,7}<\/span>|<code>(?:\/|[A-Za-z]:\\)[^<\n]{0,300}\.py<\/code> in <code>\w{1,100}<\/code>|(?:\/|[A-Za-z]:\\)[^\s,"<>]{0,300}\.py in \w{1,100}, line \d{1,7}\b|<div class="location">[^<\n]{1,300}, line \d{1,7}:<\/div>/g,
  message: 'shows a Python traceback',
  examples: {
    leaky: [
      '<div class="stacktrace">\n    <div class="location">/srv/app/templates/order.mako, line 3:</div>',
      '<div class="header">\n  File <span class="info">/srv/shop/app.py</span>,\n  line <span class="info">38</span>, in\n</div>',
      'File\t"/srv/app/views.py", line 8, in checkout',
      "Traceback (most recent call last):\n  File \"/srv/app/views.py\", line 6, in index\n    return d['user_id']\nKeyError: 'user_id'",
      '  File "/root/.pyenv/versions/3.11.7/lib/python3.11/json/decoder.py", line 353, in raw_decode',
      '{"detail":"Traceback (most recent call last):\\n  File \\"/app/main.py\\", line 12, in handler\\n"}',
      '<h4>File <cite class="filename">"/usr/lib/python3/site-packages/flask/app.py"</cite>,\n      line <em class="line">1536</em>,</h4>',
      'File "/app/orders/views.py" in get_response\n  12. response = self.process(request)',
      '<h2 class="traceback">Traceback <em>(most recent call last)</em></h2>',
      '<p class="frame-title">File <span class="frame-filename">/app/main.py</span>,\n    line <i>63</i>,\n    in <b>show_order</b>',
      '<li class="frame">\n<code>/srv/shop/shop.py</code> in <code>GET</code>',
      '<th>Python</th>\n    <td>/srv/shop/shop.py in GET, line 14</td>',
      'Module <span class="module" title="/usr/lib/python3/dist-packages/paste/exceptions/errormiddleware.py">paste.exceptions.errormiddleware</span>:<b>142</b> in <code>__call__</code><br>',
      "  File '/usr/lib/python3/dist-packages/paste/exceptions/errormiddleware.py', line 142 in __call__",
    ],
    safe: [
      'Internal Server Error',
      'File "report.pdf" is too large to process. Request ID 3f1c0d6e.',
      'We keep a traceback ID for every error: 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
      'Please try again at 10:30. File a ticket at https://status.example.com if it persists.',
      'Run <code>setup.py</code> in <code>bash</code> to install. Our guide.py in English, line by line.',
    ],
  },
})
