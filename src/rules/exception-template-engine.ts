import { defineRule } from '../define-rule.ts'

// Handlebars: a missing partial (the whole message: "The partial refund could not be found." in
// prose goes on) or helper, a strict-mode variable and a block that does not close, each with
// where it stands in the template (`- 2:5`), and its parser's error, a line break after its colon.
const handlebars =
  /(?:(?<![^"'>\n])|(?<=Error: ))The partial [\w$./-]{1,100} could not be found(?![^"'<\n\\])|\bMissing helper: "[\w$.-]{1,100}"|"[\w$.-]{1,100}" not defined in [\w$.[\]-]{1,100} - \d{1,7}:\d{1,7}\b|\b[\w-]{1,60} doesn't match [\w-]{1,60} - \d{1,7}:\d{1,7}\b|\bParse error on line \d{1,7}:(?:\r?\n|\\n)/g
// Nunjucks' label with the template it names and its missing template; what liquidjs did not
// know or found unclosed; Mustache's unclosed and unopened sections; Eta's syntax error.
const engines =
  /\bTemplate render error: \(|\btemplate not found: [\w$./-]{1,200}\.[a-z]{1,10}\b|\battempted to output null or undefined value\b|\bundefined (?:variable|filter|tag): [\w$.-]{1,100}|\btag "[\w-]{1,60}" not (?:found|closed)\b|\boutput "[^"\n]{1,100}" not closed\b|\bUnclosed section "[^"\n]{1,100}" at \d{1,7}(?![^"'<\n\\])|\bUnclosed tag at \d{1,7}(?![^"'<\n\\])|\bUnopened section "[^"\n]{1,100}" at \d{1,7}(?![^"'<\n\\])|\bBad template syntax\b/g
// The code a template compiles to, as Eta and lodash's `_.template` show it in their errors.
const compiled = /\b__eta\.res\s{0,3}\+=|\b__p \+= /g
// React's render errors, in development and production builds, and Svelte's error links (in its
// messages, not a page's `<a href>` to them).
const components =
  /\bElement type is invalid: expected a string\b|\bObjects are not valid as a React child\b|\bMinified React error #\d{1,4}\b|\bRendered (?:more|fewer) hooks than\b|\bInvalid hook call\. Hooks can only be called\b|\bToo many re-renders\. React limits\b|(?<!=["']https:\/\/)svelte\.dev\/e\/[a-z_]{2,60}\b/g

const keywords = [
  'the partial ',
  'missing helper: ',
  '" not defined in ',
  "doesn't match ",
  'parse error on line ',
  'template render error: (',
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
]

/**
 * The render errors of template engines and component renderers, as a handler that passes
 * `err.message` on shows them (Fastify's default answer does, in production too): Handlebars'
 * `The partial sidebar could not be found` and `"name" not defined in undefined - 2:5`, Nunjucks'
 * `Template render error: (…)` and `template not found: checkout.njk`, liquidjs' `undefined
 * variable: user, line:2, col:7` and `tag "endif" not found`, Mustache's `Unclosed section
 * "items" at 37`, Eta's `Bad template syntax` and the code Eta and lodash's `_.template` compile to, React's `Objects are not valid as a React
 * child` and `Minified React error #130`, and Svelte's error links (`svelte.dev/e/js_parse_error`).
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
    'Render errors of template engines and component renderers: Handlebars (The partial x could not be found, Missing helper, "x" not defined in y - 2:5, each doesn\'t match if - 2:3), Nunjucks (Template render error: (…), template not found: x.njk), liquidjs (undefined variable: x, tag "x" not found), Mustache (Unclosed section "x" at 37), Eta (Bad template syntax) and the code Eta and lodash templates compile to, React (Objects are not valid as a React child, Minified React error #130, Element type is invalid) and Svelte (svelte.dev/e/…).',
  keywords,
  pattern: [handlebars, engines, compiled, components],
  message: "shows a template engine's render error",
  // A page that inlines React, Svelte, Handlebars or lodash holds their messages in its code.
  scripts: false,
  examples: {
    leaky: [
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
    ],
    safe: [
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
