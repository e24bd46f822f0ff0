import { defineRule } from '../define-rule.ts'

// Handlebars: a missing partial (the whole message: "The partial refund could not be found." in
// prose goes on) or helper, a strict-mode variable and a block that does not close, each with
// where it stands in the template (`- 2:5`), and its parser's error, a line break after its colon.
const handlebars =
  /(?:(?<![^"'>\n])|(?<=Error: ))The partial [\w$./-]{1,100} could not be found(?![^"'<\n\\])|\bMissing helper: "[\w$.-]{1,100}"|"[\w$.-]{1,100}" not defined in [\w$.[\]-]{1,100} - \d{1,7}:\d{1,7}\b|\b[\w-]{1,60} doesn't match [\w-]{1,60} - \d{1,7}:\d{1,7}\b|\bParse error on line \d{1,7}:(?:\r?\n|\\n)/g
// Nunjucks' label with the template it names (or as a serialized error's name), its missing
// template, filter and function; what liquidjs did not know or found unclosed; Mustache's
// unclosed and unopened sections; Eta's syntax error.
const engines =
  /\bTemplate render error(?:: \(|(?=\\?"))|(?<=Error: )filter not found: [\w$.-]{1,100}|\bUnable to call \x60[^\x60\n]{1,100}\x60, which is undefined or falsey\b|\btemplate not found: [\w$./-]{1,200}\.[a-z]{1,10}\b|\battempted to output null or undefined value\b|\bundefined (?:variable|filter|tag): [\w$.-]{1,100}|\btag "[\w-]{1,60}" not (?:found|closed)\b|\boutput "[^"\n]{1,100}" not closed\b|\bUnclosed section "[^"\n]{1,100}" at \d{1,7}(?![^"'<\n\\])|\bUnclosed tag at \d{1,7}(?![^"'<\n\\])|\bUnopened section "[^"\n]{1,100}" at \d{1,7}(?![^"'<\n\\])|\bBad template syntax\b/g
// Pug's error codes (`PUG:NO_END_BRACKET`, as its error serialized holds them) and the messages of
// its lexer and parser.
const pug =
  /\bPUG:[A-Z_]{3,40}\b|\bThe end of the string reached with no closing bracket \) found\b|\bInconsistent indentation\. Expecting either \d{1,3} or \d{1,3} spaces\/tabs\b|\bInvalid indentation, you can use tabs or spaces but not both\b|\bUnexpected token \x60[\w-]{1,40}\x60 expected \x60|\bOnly named blocks and mixins can appear at the top level of an extending template\b|\bthe "basedir" option is required to use includes and extends with "absolute" paths\b/g
// The code a template compiles to, as Eta and lodash's `_.template` show it in their errors.
const compiled = /\b__eta\.res\s{0,3}\+=|\b__p \+= /g
// React's render errors, in development and production builds, and Svelte's error links (in its
// messages, not a page's `<a href>` to them).
const components =
  /\bElement type is invalid: expected a string\b|\bObjects are not valid as a React child\b|\bMinified React error #\d{1,4}\b|\bRendered (?:more|fewer) hooks than\b|\bInvalid hook call\. Hooks can only be called\b|\bToo many re-renders\. React limits\b|(?<!=["']https:\/\/)svelte\.dev\/e\/[a-z_]{2,60}\b/g

// Python engines: Mako, Jinja2, Genshi, Chameleon and Django's, as `str(e)` passes them on.
const python =
  /\bis not a partial control statement in file '|\bCan't locate template for uri '|\bEncountered unknown tag '[\w.]{1,60}'|'[\w.]{1,100}' is undefined\b|'[^'\n]{1,100}' has no attribute '\w{1,100}'|\bmismatched tag: line \d{1,7}, column \d{1,7}|"\w{1,100}" not defined(?=$|[.\n"'<])|\b\w{1,100} has no member named "|\bTemplate "[^"\n]{1,200}" not found\b|\bInvalid block tag on line \d{1,7}: '|\binvalid syntax\n\n - (?:String|Expression): |\bTemplate not found: [^\s]{1,200}\.(?:pt|cpt|zpt)\b|\b(?:genshi|mako|jinja2|chameleon)\.[a-z][\w.]{0,100}\.[A-Z]\w{1,60}: /g
// PHP's: Smarty's and Twig's messages, and PHP's own TypeError and ParseError texts.
const php =
  /-->\s{1,3}Smarty(?: Compiler)?: |\bSyntax error in template "(?:file|string):|\bUnable to load template '(?:file|string|extends):|\bunknown modifier '\w{1,60}'|\bunable to write file (?:\/|[A-Za-z]:\\)|\b[Uu]nexpected end of template\b|\bUnknown "[\w.]{1,60}" (?:filter|function|test|tag)\b|\bVariable "[\w.]{1,60}" does not exist\b|\bUnable to find template "[^"\n]{1,200}" \(looked into: |\bUnable to create the cache directory \(|\bAn exception has been thrown during the rendering of a template \("|\bmust be of type [\w|?\\]{1,60}, [\w\\]{1,60} given\b|\bsyntax error, unexpected (?:end of file|token "|identifier "|variable ")/g
// Ruby's: Haml's, Liquid's strict errors, Mustache's, Slim's, and Ruby's SyntaxError in a template.
const ruby =
  /\bIllegal nesting: |\bLiquid syntax error \(line \d{1,7}\): |\bLiquid error \(line \d{1,7}\): undefined (?:variable|filter) |\bCan't find \w{1,100} in \[#<|\bUnclosed section "[^"\n]{1,100}"\r?\n {2}Line \d{1,7}|\bUnknown line indicator\r?\n|\.(?:erb|rhtml|haml|slim|rb|ru):\d{1,7}: syntax errors?(?: found|, unexpected )/g

const keywords = [
  'the partial ',
  'missing helper: ',
  '" not defined in ',
  "doesn't match ",
  'parse error on line ',
  'template render error',
  'filter not found: ',
  'unable to call `',
  'pug:',
  'no closing bracket',
  'inconsistent indentation',
  'invalid indentation, you can use',
  '` expected `',
  'only named blocks and mixins',
  '"basedir" option is required',
  'template not found: ',
  'attempted to output null',
  'tag "',
  'output "',
  'undefined variable: ',
  'undefined filter: ',
  'undefined tag: ',
  'unclosed section "',
  'unclosed tag at',
  'unopened section "',
  'bad template syntax',
  '__eta.res',
  '__p += ',
  'element type is invalid',
  'not valid as a react child',
  'minified react error #',
  'hooks than',
  'invalid hook call',
  'too many re-renders',
  'svelte.dev/e/',
  'is not a partial control statement',
  "can't locate template for uri",
  'encountered unknown tag',
  "' is undefined",
  "' has no attribute '",
  'mismatched tag: line',
  '" not defined',
  ' has no member named "',
  '" not found',
  'invalid block tag on line',
  'invalid syntax\n\n - ',
  'template not found: ',
  'genshi.',
  'mako.',
  'jinja2.',
  'chameleon.',
  'smarty',
  'syntax error in template "',
  'unable to load template ',
  'unknown modifier ',
  'unable to write file ',
  'unexpected end of template',
  'unknown "',
  '" does not exist',
  '(looked into: ',
  'unable to create the cache directory (',
  'during the rendering of a template ("',
  ' given',
  'syntax error, unexpected ',
  'illegal nesting: ',
  'liquid syntax error (line ',
  'liquid error (line ',
  "can't find ",
  'unclosed section "',
  'unknown line indicator',
  ': syntax error',
]

/**
 * The render errors of template engines and component renderers, as a handler that passes
 * `err.message` on shows them (Fastify's default answer does, in production too): Handlebars'
 * `The partial sidebar could not be found` and `"name" not defined in undefined - 2:5`, Nunjucks'
 * `Template render error: (…)`, `template not found: checkout.njk` and `filter not found: price`,
 * Pug's codes (`PUG:NO_END_BRACKET`) and messages, liquidjs' `undefined
 * variable: user, line:2, col:7` and `tag "endif" not found`, Mustache's `Unclosed section
 * "items" at 37`, Eta's `Bad template syntax` and the code Eta and lodash's `_.template` compile to, React's `Objects are not valid as a React
 * child` and `Minified React error #130`, and Svelte's error links (`svelte.dev/e/js_parse_error`);
 * Python's engines (Mako's `… is not a partial control statement in file '…'`, Jinja2's `'customer'
 * is undefined`, Genshi's, Chameleon's, Django's) and PHP's (Smarty's ` --> Smarty Compiler: Syntax
 * error in template "file:/…/order.tpl"`, Twig's `Variable "customer" does not exist.`, PHP's
 * TypeError and ParseError texts).
 *
 * @example
 * ```ts
 * '{"message":"The partial sidebar could not be found"}' // flagged
 * ```
 */
export const exceptionTemplateEngine = defineRule({
  id: 'exception-template-engine',
  category: 'exception',
  description:
    'Render errors of template engines and component renderers: Handlebars (The partial x could not be found, Missing helper, "x" not defined in y - 2:5, each doesn\'t match if - 2:3), Nunjucks (Template render error: (…), template not found: x.njk, filter not found: x), Pug (PUG:NO_END_BRACKET, its lexer\'s and parser\'s messages), liquidjs (undefined variable: x, tag "x" not found), Mustache (Unclosed section "x" at 37), Eta (Bad template syntax) and the code Eta and lodash templates compile to, React (Objects are not valid as a React child, Minified React error #130, Element type is invalid) and Svelte (svelte.dev/e/…). Python engines: Mako (is not a partial control statement in file), Jinja2 (x is undefined, Encountered unknown tag), Genshi (mismatched tag, not defined, has no member named), Chameleon (invalid syntax with its position block), Django (Invalid block tag on line N), their classes in a traceback; Ruby engines: Haml (Illegal nesting), Liquid (its strict errors with the line), Mustache (Can not find x in [#<view>], Unclosed section), Slim (Unknown line indicator), the Ruby SyntaxError of a template; PHP engines: Smarty (--> Smarty Compiler:, Syntax error in template file:…, unknown modifier), Twig (Unknown filter, Variable does not exist, Unable to find template … looked into), and the TypeError and ParseError texts of PHP.',
  keywords,
  pattern: [handlebars, engines, pug, compiled, components, python, php, ruby],
  message: "shows a template engine's render error",
  // A page that inlines React, Svelte, Handlebars or lodash holds their messages in its code.
  scripts: false,
  examples: {
    leaky: [
      "Fragment 'for item in order['items']' is not a partial control statement in file '/srv/app/templates/receipt.mako' at line: 4 char: 1",
      "Can't locate template for uri 'invoice.mako'",
      "Encountered unknown tag 'endif'. Jinja was looking for the following tags: 'endfor' or 'else'.",
      "'shipping_address' is undefined",
      "'None' has no attribute 'email'",
      'mismatched tag: line 9, column 2 (/srv/app/templates/receipt.html, line 9)',
      '"shipping_address" not defined',
      'None has no member named "email"',
      'Template "invoice.html" not found',
      "Invalid block tag on line 9: 'endif', expected 'empty' or 'endfor'. Did you forget to register or load this tag?",
      'invalid syntax\n\n - String:     "item[\'qty\'] +"',
      'Template not found: invoice.pt.',
      'genshi.template.loader.TemplateNotFound: Template "invoice.html" not found',
      ' --> Smarty Compiler: Syntax error in template "file:/srv/app/templates/order.tpl"  on line 7 "" unclosed {if} tag <-- ',
      "Unable to load template 'file:invoice.tpl'",
      "<p>Total: {$order.total|money:'EUR'}</p>\" unknown modifier 'money'",
      'unable to write file /srv/app/var/smarty-compile/wrt6b065b4174bd20_54213927',
      'Unexpected end of template.',
      'Unknown "money" filter.',
      '{"error":"Variable \\"customer\\" does not exist."}',
      'Unable to find template "invoice.twig" (looked into: /srv/app/templates/twig).',
      'Unable to create the cache directory (/srv/app/var/twig-cache/61).',
      'An exception has been thrown during the rendering of a template ("Invoice service unavailable").',
      'number_format(): Argument #1 ($num) must be of type float, string given',
      'syntax error, unexpected end of file, expecting "elseif" or "else" or "endif"',
      "Illegal nesting: content can't be both given on the same line as %p and nested within it.",
      "Liquid syntax error (line 5): Unknown tag 'paginate'",
      'Liquid error (line 2): undefined variable name',
      "Can't find customer_name in [#<OrderView:0x00007f12e6977868 @options={}>]",
      'Unclosed section "order.items"\n  Line 3\n    {{#order.items}}',
      'Unknown line indicator\n  /srv/app/views/invoice.slim, Line 2, Column 0',
      "/srv/app/views/invoice.erb:13: syntax error, unexpected end-of-input, expecting `end'",
      '{"statusCode":500,"error":"Internal Server Error","message":"The partial sidebar could not be found"}',
      '{"statusCode":500,"error":"Internal Server Error","message":"\\"name\\" not defined in undefined - 2:5"}',
      '{"message":"each doesn\'t match if - 2:3"}',
      'Error: The partial orderTable could not be found',
      '{"message":"Missing helper: \\"formatDate\\""}',
      "Parse error on line 2:\n...{{#each items}}\n---------------------^\nExpecting 'ID', got 'EOF'",
      '<pre>Template render error: (unknown path)\n  Error: template not found: njk/checkout.njk</pre>',
      '{"message":"tag \\"endif\\" not found"}',
      '{"message":"undefined variable: user, line:2, col:7"}',
      '{"message":"undefined filter: dateformat"}',
      '{"message":"Unclosed section \\"items\\" at 37"}',
      "Bad template syntax\n\nUnexpected token ')'",
      '{"source":"function(obj) {\\nobj || (obj = {});\\nvar __t, __p = \'\';\\nwith (obj) {\\n__p += \'Total: \' +\\n((__t = ( order.total + ))"}',
      '{"message":"Objects are not valid as a React child (found: object with keys {title, id}). If you meant to render a collection of children, use an array instead."}',
      '{"error":"Minified React error #130; visit https://react.dev/errors/130?args[]=undefined for the full message"}',
      '{"message":"Element type is invalid: expected a string (for built-in components) or a class/function (for composite components) but got: undefined."}',
      '{"message":"Unexpected token\\nhttps://svelte.dev/e/js_parse_error"}',
      '{"error":{"name":"Template render error"}}',
      '{"error":"(/app/views/order.njk)\\n  Error: filter not found: price"}',
      '{"message":"Unable to call `formatPrice`, which is undefined or falsey"}',
      '{"error":"/app/views/order.pug:8:1\\n    7|     p(class=\\"total\\" Total: #{order.total}\\n  > 8| \\n-------^\\n\\nThe end of the string reached with no closing bracket ) found."}',
      '{"error":{"code":"PUG:NO_END_BRACKET","line":8,"column":1}}',
      '{"message":"Inconsistent indentation. Expecting either 2 or 4 spaces/tabs."}',
    ],
    safe: [
      '{"error":"Internal Server Error","requestId":"3f1c0d6e"}',
      'The page you asked for was not found.',
      'Your discount code is not defined for this shop.',
      '{"error":"Field \\"email\\" not defined for this form"}',
      'The file "invoice.pdf" was not found.',
      'Please check the form: the email field must be filled in.',
      'Unknown error. Please try again later.',
      '<p>Total: Liquid error (line 2): internal</p>',
      'The order "A-1042" does not exist.',
      'Internal Server Error',
      'The page could not be found. The partial refund is on its way.',
      'Your file could not be uploaded: line 2 of the form is missing.',
      '<p>Your template was saved. We render it again in a few minutes.</p>',
      'Your basket does not match your order. Missing items are listed below.',
      '<p>Built with React and Svelte. Questions? support@example.com</p>',
      '<a href="https://svelte.dev/docs">Svelte docs</a> · col: 2, line: 4 of the invoice',
      'The partial refund could not be found. Please contact support.',
      'Row 12 of invoices.csv, line:12, col:3, has no amount. Parse error on line 2: check your file.',
      'Template render error. Please try again later.',
      'Filter not found: size. Showing all products instead.',
      '{"error":{"code":"not_found","message":"filter not found: saved-filter-8812"}}',
      'Missing helper: "Ask a colleague" is down. The Billing desk (Unclosed section "Billing" at 3 p.m.) opens tomorrow.',
      '<p>See <a href="https://svelte.dev/e/hydration_mismatch">the Svelte error guide</a>.</p>',
      // A page that inlines a library's build holds its messages in its code.
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<script>function f(e){throw Error("Objects are not valid as a React child (found: "+e+")")}var u="https://svelte.dev/e/hydration_mismatch";</script><p>Something went wrong.</p>',
      },
    ],
  },
})
