import { defineRule } from '../define-rule.ts'

/** A Perl hash of settings under a `Config:` label, as Mojolicious' development page dumps it. */
export const envDumpPerlConfig = defineRule({
  id: 'env-dump-perl-config',
  category: 'env-dump',
  description:
    "The application's configuration dumped as a Perl hash under Config: (Mojolicious' development page shows its config).",
  keywords: ['config:'],
  pattern: /\bConfig:\s{1,60}\{\s{0,20}"[\w.-]{1,100}" => /g,
  message: "dumps the application's configuration",
  examples: {
    leaky: [
      '<td class="key text-right">Config:</td>\n<td class="value"><pre>{\n  &quot;orders_db&quot; =&gt; &quot;postgres://db.internal:5432/orders&quot;,\n  &quot;stock_api&quot; =&gt; &quot;http://stock.internal:8080/v1&quot;\n}</pre></td>',
    ],
    safe: [
      'Internal Server Error',
      'Config: {"theme": "dark"} is not valid here. Request 3f1c0d6e.',
      'Config: default',
    ],
  },
})
