import { defineRule } from '../define-rule.ts'

/**
 * A Perl hash of settings under a `Config:` label, as Mojolicious' development page dumps it, and
 * the Settings section of Dancer2's (`<span class="key">appdir</span> =&gt; '/srv/shop/'`), and the
 * Request (the PSGI environment) and Config dumps of Catalyst's debug page.
 */
export const envDumpPerlConfig = defineRule({
  id: 'env-dump-perl-config',
  category: 'env-dump',
  description:
    "The application's configuration dumped as a Perl hash: under Config: on Mojolicious' development page, under Settings on Dancer2's; the Request (PSGI environment) and Config dumps of Catalyst's debug page.",
  keywords: ['config:', 'class="title">settings<', "toggledump('dump_"],
  pattern:
    /\bConfig:\s{1,60}\{\s{0,20}"[\w.-]{1,100}" => |<div class="title">Settings<\/div>\s{0,10}<pre class="content">\s{0,10}<span class="key">[\w.-]{1,100}<\/span> =&gt; |\btoggleDump\('dump_\d{1,3}'\); return false">(?:Request|Config)<\/a><\/h2>\s{0,20}<div id="dump_\d{1,3}">\s{0,20}<pre wrap="">\{/g,
  message: "dumps the application's configuration",
  examples: {
    leaky: [
      '<td class="key text-right">Config:</td>\n<td class="value"><pre>{\n  &quot;orders_db&quot; =&gt; &quot;postgres://db.internal:5432/orders&quot;,\n  &quot;stock_api&quot; =&gt; &quot;http://stock.internal:8080/v1&quot;\n}</pre></td>',
      '<h2><a href="#" onclick="toggleDump(\'dump_3\'); return false">Config</a></h2>\n<div id="dump_3">\n    <pre wrap="">{\n  home =&gt; &quot;/srv/shop/lib/Shop&quot;,\n  orders_db =&gt; &quot;postgres://db.internal:5432/orders&quot;,\n}</pre>',
      '<div class="title">Settings</div><pre class="content">\n<span class="key">appdir</span> =&gt; &#39;/srv/shop/&#39;,\n<span class="key">orders_db</span> =&gt; &#39;postgres://db.internal:5432/orders&#39;,',
    ],
    safe: [
      'Internal Server Error',
      'Config: {"theme": "dark"} is not valid here. Request 3f1c0d6e.',
      'Config: default',
      '<h2><a href="#" onclick="toggleDump(\'dump_2\'); return false">Stash</a></h2>\n<div id="dump_2">\n    <pre wrap="">{}</pre>',
      '<div class="title">Settings</div><pre class="content">Open the menu to change them.</pre>',
    ],
  },
})
