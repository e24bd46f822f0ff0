import { defineRule } from '../define-rule.ts'

/**
 * Code frames: numbered source lines (`  12 | const x = y.z`, `> 13 | throw e`) and caret marks
 * under code, also under a line numbered `8:` (Svelte's compiler); Ruby 3.1's error_highlight, which puts the failing line and carets into a
 * NoMethodError's message, so a handler that passes `e.message` on shows source; Chameleon's
 * `- Source:` line with carets, the fragment of Mako's compile error and the template line Smarty's
 * compiler quotes (`on line 4 "<p>{$order.total|money}</p>" unknown modifier 'money'`).
 */
export const sourceCodeFrame = defineRule({
  id: 'source-code-frame',
  category: 'source-code',
  description:
    "Code frames as printed by Babel, Vite, esbuild, Next.js and Node: consecutively numbered source lines with `|`, or a `file.js:12` line followed by code and a ^ mark, or a line numbered `8:` with a ^ mark under it (Svelte's compiler); Ruby's error_highlight (a NoMethodError's message followed by the line of code and ^ marks under the call); Chameleon's - Source: line with ^ marks under it, the fragment Mako's compile error quotes, the template line Smarty's compiler quotes before unknown modifier, Ruby's SyntaxError with the compiled line and its caret, Slim's and Mustache's quoted line with a caret, the expression Liquid's strict parser quotes, and a Tilt or Mustache template's source inspected (@data=, @source=, @src=).",
  keywords: [
    '|',
    '│',
    '^',
    'is not a partial control statement',
    '" unknown ',
    'syntax error, unexpected',
    ', column ',
    '\n  line ',
    'in "{{',
    '@data="',
    '@source="',
    '@src="',
  ],
  // Two numbered lines count only when the second number follows the first (10 |, 11 |): the
  // look-ahead keeps the second line unconsumed, so it can start the next pair.
  pattern:
    /(?:^|\n)[ \t>]{0,8}(\d{1,6}) {0,2}[|│](?=[^\n]{0,300}\n[ \t>]{0,8}(\d{1,6}) {0,2}[|│])|(?:^|\n)[ \t]{0,8}> {0,2}\d{1,6} {0,2}[|│][^\n]{0,300}\n[ \t]{0,12}[|│╵] {0,300}\^|\.(?:js|mjs|cjs|ts|mts|cts|jsx|tsx):\d{1,7}\n[^\n]{1,300}\n[ \t]{0,300}\^|\bundefined (?:method|local variable or method) [\x60'][^'\n]{1,100}' for [^\n]{1,200}\n\n[^\n]{1,300}\n[ \t]{0,300}\^|(?:^|\n)[ \t]{0,8}\d{1,6}: [^\n]{0,300}\n[ \t]{0,300}\^(?=\n|$)|(?:^|\n) - Source: {1,12}\S[^\n]{0,299}\n {10,200}\^|\bFragment '[^\n]{1,200}' is not a partial control statement\b|\bon line \d{1,7} "[^"\n]{1,300}" unknown (?:modifier|tag|attribute|function)\b|: syntax error, unexpected [^\n]{1,200}\n[^\n]{1,300}\n {0,300}\^|(?:, Line \d{1,7}, Column \d{1,7}|\n {2}Line \d{1,7})\r?\n {4}[^\n]{1,300}\r?\n {4,300}\^|\bin "\{\{[^"\n]{1,300}\}\}"|@(?:data|source|src)="[^"\n]{0,40}(?:<%|\{\{|_buf = |extend Haml::)/g,
  message: 'shows source code lines',
  ignore: (m) => m[1] !== undefined && Number(m[2]) !== Number(m[1]) + 1,
  examples: {
    leaky: [
      "/srv/app/views/invoice.erb:13: syntax error, unexpected end-of-input, expecting `end'\nend;end;\n        ^",
      'Unclosed section "order.items"\n  Line 3\n    {{#order.items}}\n                 ^',
      'Liquid syntax error (line 2): Expected id but found pipe in "{{ order.total_cents | | money }}"',
      '@template=#<Tilt::ErubiTemplate @data="<h1>Receipt for order #<%= @order[:id] %></h1>"',
      "Fragment 'for item in order['items']' is not a partial control statement in file '/srv/app/templates/receipt.mako' at line: 4 char: 1",
      'Syntax error in template "file:/srv/app/templates/order.tpl"  on line 4 "<p>Total: {$order.total|money:\'EUR\'}</p>" unknown modifier \'money\'',
      " - Location:   (line 6: col 15)\n - Source:     <p>Placed by ${order['customer'].email}</p>\n                              ^^^^^^^^^^^^^^^^^^^^^^^",
      '  40|   const order = await db.find(id)\n  41|   return order.total\n',
      '  10 |   const order = await db.find(id)\n  11 |   if (!order) throw new Error()\n> 12 |   return order.items.map(toDto)\n     |                ^',
      '> 1 | import { x } from "./y"\n    |          ^',
      '/srv/app/server.js:6\n  res.send(u.name)\n             ^\n\nTypeError: Cannot read properties of undefined',
      '    1 │ export default {\n    2 │   port: env.PORT,\n      ╵ ^',
      '{"frame":"  3 | const a = 1\\n> 4 | const b = a.c.d\\n    |             ^"}',
      '{"frame":" 7:     <li>{item.title}</li>\\n 8:   {/if}\\n        ^\\n 9: </ul>"}',
      '{"errors":[{"message":"undefined method `total\' for nil:NilClass\\n\\n    \'no-method\' => -> { ORDERS[\'42\'].total },\\n                                    ^^^^^^"}]}',
    ],
    safe: [
      'Internal Server Error',
      '500 | Server Error',
      '| Status | Internal Server Error |\n| Request | 3f1c0d6e |',
      'Order 1 | shipped\nPlease try again at 10:30.',
      'Please try again ^^',
      'Steps:\n1: open the page\n2: try again ^^ later',
      "undefined method `total' for nil:NilClass",
      '500 | Internal Server Error\n502 | Bad Gateway\n504 | Gateway Timeout',
    ],
  },
})
