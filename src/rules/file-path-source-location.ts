import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { suffixMatches } from '../audit/suffix-matches.ts'
import { isTokenChar } from '../secrets/token-char.ts'

const extensions =
  'js|mjs|cjs|jsx|ts|mts|cts|tsx|vue|svelte|astro|py|rb|erb|java|kt|kts|scala|groovy|go|rs|cs|fs|vb|php|phtml|ex|exs|erl|swift|c|cc|cpp|h|hpp|m|pl|pm|lua|dart|jsp|cshtml|pug|jade|ejs|eta|hbs|handlebars|mustache|njk|twig|haml|liquid|jinja|j2|marko|edge|hs|clj|nim|rkt'
// Extensions that are also country domains (.rs Serbia, .py Paraguay, ...): `api.example.rs:8443` is a host.
const alsoDomains = new Set(['rs', 'py', 'pl', 'cc', 'ms', 'sh', 'so'])

// Suffix first: the match starts at `.ext:line` (or `.php(line)`) and the file name, a whole run of
// [\w.-] after none, is captured behind it, so the engine skips from dot to dot instead of trying
// every word. The colon or parenthesis ends the run, so each suffix has one name behind it.
// Two choices, each with the name behind it: as one group after a shared `\.`, the keyword
// analysis would have to combine all 44 suffixes, more than it follows.
const name = String.raw`(?<=(?<![\w.-])([\w-][\w.-]{0,100}))`
const located = new RegExp(
  String.raw`${name}\.(${extensions}):\d{1,7}(?::\d{1,7})?\b|${name}\.php\(\d{1,7}\)`,
  'dg',
)
// Perl's `die` and `warn` end the message with where they ran: `at /srv/app/lib/Shop.pm line 30.`
const perlLocation = /(?<= at )(?:\/|[A-Za-z]:\\)[^\s"'<>]{1,300}\.p[lm] line \d{1,7}\b/g
const perlKeywords = ['.pl line ', '.pm line ']
// PHP's notices and fatal errors end with where they happened: `in /srv/app/index.php on line 139`
// (`<b>` around the path and line in HTML, read without tags, a blank where each tag was).
const phpLocation =
  /(?<= in {1,2})(?:\/|[A-Za-z]:\\)[^\s"'<>]{1,300}\.(?:php|phtml|inc) {1,2}on line {1,2}\d{1,7}\b/g
const phpKeywords = [' on line ']
// Erlang's source locations: erl_error:format_exception/3's `(shop_failures.erl, line 47)` and a
// stack frame's `{file,"shop_failures.erl"}` (before its `{line,47}`), as Yaws' crash page shows it.
const erlangLocation =
  /\([^()\s,]{1,300}\.(?:erl|hrl|exs?), line \d{1,7}\)|\{file,"[^"\n]{0,300}\.(?:erl|hrl|exs?|yaws)"\}/g
const erlangKeywords = ['.erl, line ', '.hrl, line ', '.ex, line ', '.exs, line ', '{file,"']
// A Python frame's file, as a traceback names it whatever its folder (`File "/work/app/x.py", line
// 20`, Paste's `File '/…/errormiddleware.py', line 142 in __call__`, Werkzeug's debugger's
// `<cite class="filename">"/…/app.py"</cite>`).
const pythonLocation =
  /\bFile ["'](?:\/|[A-Za-z]:\\)[^"'\n<>]{1,300}\.py["'], line \d{1,7}|<cite class="filename">"(?:\/|[A-Za-z]:\\)[^"\n<>]{1,300}\.py"<\/cite>/g
const pythonKeywords = ['file "', "file '", '<cite class="filename">"']
// Path aliases PHP frameworks print for their directories, not inside a URL: CodeIgniter's
// `APPPATH/Controllers/Users.php`, `SYSTEMPATH/…`, `VENDORPATH/…`, CakePHP's `APP/…`, `ROOT/src/…`
// and `CORE/src/…`; Drupal's `(line 201 of core/lib/Drupal/…php)`.
const aliasPath =
  /(?<![\w/.\\-])(?:APPPATH|SYSTEMPATH|ROOTPATH|FCPATH|WRITEPATH|VENDORPATH|ROOT|CORE|APP)[/\\][\w./\\-]{1,300}\.php\b|\(line\s{1,3}\d{1,7}\s{1,3}of\s{1,3}[\w.-]{1,100}\/[\w./-]{1,300}\.(?:php|module|inc|install|theme)\s{0,3}\)/g
// In lower case, so found in any case: capitals would each be a class of the keyword automaton
// of their own, and a larger table slows the pass over every body.
const aliasKeywords = [
  ...[
    'apppath',
    'systempath',
    'rootpath',
    'fcpath',
    'writepath',
    'vendorpath',
    'root',
    'core',
    'app',
  ].flatMap((alias) => [`${alias}/`, `${alias}\\`]),
  '(line',
]
const keywords = [
  ...extensions.split('|').map((e) => `.${e}:`),
  '.php(',
  ...perlKeywords,
  ...phpKeywords,
  ...pythonKeywords,
  ...erlangKeywords,
  ...aliasKeywords,
]

/**
 * Source locations `file.ext:line(:col)`: `server.js:12:5`, `Main.java:42`, `index.php(12)`; Perl's
 * `at /srv/app.pl line 30.`, PHP's `in /srv/app/index.php on line 139`, a Python frame's `File
 * "/work/app/x.py", line 20`, Erlang's `(shop_failures.erl, line 47)` and `{file,"x.erl"}`, and the
 * path aliases of CodeIgniter, CakePHP and Drupal.
 */
export const filePathSourceLocation = defineRule({
  id: 'file-path-source-location',
  category: 'file-path',
  description:
    "Source locations `name.ext:line(:column)` for common source files (server.ts:12:5, app.py:40, Main.java:7), Perl's `at /path/app.pl line 30.`, PHP's `in /path/index.php on line 139`, a Python frame's `File \"/path/x.py\", line 20`, Erlang's `(x.erl, line 47)` (erl_error) and the file tuple of a stack frame ({file, x.erl}, as Yaws prints it), the path aliases of CodeIgniter (APPPATH/, SYSTEMPATH/, FCPATH/) and CakePHP (ROOT/, CORE/), and Drupal's `(line 201 of core/lib/…php)`.",
  keywords,
  patterns: [located, perlLocation, phpLocation, pythonLocation, erlangLocation, aliasPath],
  *detect(subject): Iterable<Hit> {
    for (const view of subject.views) {
      const { text } = view
      for (const { match, start, end } of suffixMatches(subject, view, located, keywords)) {
        const before = text.slice(Math.max(0, start - 2), start)
        if (before === '//' || before.endsWith('@')) continue
        // `ext:deno_web/14_compression.js:1:1855`: a module built into Deno, not a file.
        if (inDenoExtension(text, start)) continue
        // `shop.example.rs:8443` is a host and port; a source file rarely has a dot in its stem.
        const ext = match[2]
        if (ext !== undefined && alsoDomains.has(ext) && text.indexOf('.', start) < match.index)
          continue
        yield { message: 'shows a source file location', view, span: [start, end] }
      }
      for (const [pattern, words] of [
        [perlLocation, perlKeywords],
        [phpLocation, phpKeywords],
        [pythonLocation, pythonKeywords],
        [erlangLocation, erlangKeywords],
        [aliasPath, aliasKeywords],
      ] as const) {
        for (const match of keywordMatches(subject, view, pattern, words)) {
          const start = match.index
          yield {
            message: 'shows a source file location',
            view,
            span: [start, start + match[0].length],
          }
        }
      }
    }
  },
  examples: {
    leaky: [
      'Maybe.fromJust: Nothing\nCallStack (from HasCallStack):\n  fromJust, called at ./Failures.hs:51:18 in main:Failures',
      'Error in server.js:12:5',
      '<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 2097152 bytes) in <b>/work/app/index.php</b> on line <b>139</b><br />',
      'OrderService.java:42',
      '{"where":"handlers\\/orders.go:88"}',
      'Error: /app/views/order.pug:4\n  2| block content\n> 4|   p= user.email',
      'TypeError: orders.ejs:12',
      // Marko's compile error, the template's path relative to the app.
      '{"message":"\\n    at views/marko/syntax.marko:3:11\\n      1 | <ul>"}',
      'views.py:40 in index',
      'Traceback (most recent call last):\n  File "/work/shop/app.py", line 20, in application',
      "  File '/usr/lib/python3/dist-packages/paste/exceptions/errormiddleware.py', line 142 in __call__",
      'index.php(12): App\\Kernel->handle()',
      'Unhandled error at routes.ts:7',
      'panicked at main.rs:4:48',
      '{"error":"Can\'t call method \\"id\\" on an undefined value at \\/srv\\/shop\\/app.pl line 30.\\n"}',
      '<p><b>APPPATH/Controllers/Users.php</b> at line <b>27</b></p>',
      '<span class="stack-frame-file">CORE/src/Controller/Controller.php</span>, line 560',
      'APP/Controller/OrdersController.php, line 42',
      'APPPATH\\Controllers\\Users.php at line 27',
      'Error: Call to a member function getHandler() on null (line <em class="placeholder">201</em> of <em class="placeholder">core/lib/Drupal/Core/Entity/EntityTypeManager.php</em>).',
      'exception error: undefined function payments_client:charge/2\n  in function  shop_failures:charge_card/2 (shop_failures.erl, line 47)',
      '<pre>Stack: [{shop_failures,order_total,1,[{file,&quot;shop_failures.erl&quot;},{line,33}]},</pre>',
      'Stack: [{shop_failures,stock_level_http,1,\n                       [{file,"shop_failures.erl"},{line,64}]},',
    ],
    safe: [
      'File "report.py", line 2 of the form is missing.',
      'Internal Server Error',
      'Please try again at 10:30.',
      'Reach us at https://shop.example.rs:8443/help or support@example.com.',
      'Incident 2026-05-12T10:30:00Z, see https://status.example.com:443/incidents/123',
      'Powered by Node.js: fast and friendly.',
      'version 1.2.3:45',
      'See ROOT/README for the layout; (line 4 of the form) is required.',
      '<a href="/CORE/help.php">Help</a> <a href="https://www.example.gov/ROOT/index.php">Home</a>',
      'Import failed (line 14 of contacts.inc): check the file you uploaded.',
      'Stack: [1,2,3]',
      'Upload your {file,"report.pdf"} and see (page 2, line 4) of the guide.',
      'The {file,"notes"} field is required.',
      '    at Object.transform (ext:deno_web/14_compression.js:1:1855)',
    ],
  },
})

/** Whether the name at `start` ends a specifier of Deno's own modules (`ext:deno_web/…`). */
function inDenoExtension(text: string, start: number): boolean {
  let i = start
  while (i > 0 && start - i < 100) {
    const c = text.charCodeAt(i - 1)
    if (!isTokenChar(c) && c !== 0x2f) break
    i--
  }
  return text.startsWith('ext:', i - 4)
}
