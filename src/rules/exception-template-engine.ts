import { defineRule } from '../define-rule.ts'

// Handlebars: a missing partial or helper, a strict-mode variable and a block that does not close,
// each with where it stands in the template (`- 2:5`), and its parser's error.
const handlebars =
  /\bThe partial [\w$./-]{1,100} could not be found\b|\bMissing helper: "|"[\w$.-]{1,100}" not defined in [\w$.[\]-]{1,100} - \d{1,7}:\d{1,7}\b|\b[\w-]{1,60} doesn't match [\w-]{1,60} - \d{1,7}:\d{1,7}\b|\bParse error on line \d{1,7}:/g
// Nunjucks' label and its missing template; liquidjs' place in the template (`, line:2, col:7`)
// and what it did not know; Mustache's unclosed and unopened sections; Eta's syntax error.
const engines =
  /\bTemplate render error\b|\btemplate not found: [\w$./-]{1,200}\.[a-z]{1,10}\b|\battempted to output null or undefined value\b|, line:\d{1,7}, col:\d{1,7}\b|\bundefined (?:variable|filter|tag): [\w$.-]{1,100}|\bUnclosed section "[^"\n]{1,100}" at \d{1,7}\b|\bUnclosed tag at \d{1,7}\b|\bUnopened section "[^"\n]{1,100}" at \d{1,7}\b|\bBad template syntax\b/g
// The code a template compiles to, as Eta and lodash's `_.template` show it in their errors.
const compiled = /\b__eta\.res\s{0,3}\+=|\b__p \+= /g
// React's render errors, in development and production builds, and Svelte's error links.
const components =
  /\bElement type is invalid: expected a string\b|\bObjects are not valid as a React child\b|\bMinified React error #\d{1,4}\b|\bRendered (?:more|fewer) hooks than\b|\bInvalid hook call\. Hooks can only be called\b|\bToo many re-renders\. React limits\b|\bsvelte\.dev\/e\/[a-z_]{2,60}\b/g

const keywords = [
  'the partial ',
  'missing helper: ',
  '" not defined in ',
  "doesn't match ",
  'parse error on line ',
  'template render error',
  'template not found: ',
  'attempted to output null',
  ', line:',
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
 * `Template render error` and `template not found: checkout.njk`, liquidjs' `undefined variable:
 * user, line:2, col:7`, Mustache's `Unclosed section "items" at 37`, Eta's `Bad template syntax`
 * and the code Eta and lodash's `_.template` compile to, React's `Objects are not valid as a React
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
    'Render errors of template engines and component renderers: Handlebars (The partial x could not be found, Missing helper, "x" not defined in y - 2:5, each doesn\'t match if - 2:3), Nunjucks (Template render error, template not found: x.njk), liquidjs (undefined variable: x, line:2, col:7), Mustache (Unclosed section "x" at 37), Eta (Bad template syntax) and the code Eta and lodash templates compile to, React (Objects are not valid as a React child, Minified React error #130, Element type is invalid) and Svelte (svelte.dev/e/…).',
  keywords,
  pattern: [handlebars, engines, compiled, components],
  message: "shows a template engine's render error",
  examples: {
    leaky: [
      '{"statusCode":500,"error":"Internal Server Error","message":"The partial sidebar could not be found"}',
      '{"statusCode":500,"error":"Internal Server Error","message":"\\"name\\" not defined in undefined - 2:5"}',
      '{"message":"each doesn\'t match if - 2:3"}',
      '{"message":"Missing helper: \\"formatDate\\""}',
      "Parse error on line 2:\n...{{#each items}}\n---------------------^\nExpecting 'ID', got 'EOF'",
      '<pre>Template render error: (unknown path)\n  Error: template not found: njk/checkout.njk</pre>',
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
    ],
  },
})
