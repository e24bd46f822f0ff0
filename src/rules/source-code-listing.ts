import { defineRule } from '../define-rule.ts'

/**
 * Source listings of debug pages: Django context lines, Werkzeug lines, Whoops/Ignition snippets,
 * Rails extracts, Symfony's trace-code blocks, Starlette's and Mojolicious' numbered lines, the
 * source Youch 3 keeps in each frame's `frame-context` and Youch 4 in its `stack-frame-source`, Dancer2's context table, the line table of
 * Rails' extracted source (`<pre class="line_numbers">`), HTML::Mason's context rows, Paste's
 * `<code class="source" source-type="long">`; and
 * the source lines of frames as JSON: Hellang ProblemDetails' `"preContextCode":[...]` after its
 * `"preContextLine"`, Sentry's and Raven's `"pre_context"`/`"context_line"` after a frame's
 * `"lineno"`, and Bun's development page, whose JSON holds each frame's `"source_lines"`.
 */
export const sourceCodeListing = defineRule({
  id: 'source-code-listing',
  category: 'source-code',
  description:
    "Source listings in debug pages: Django pre-context/context-line, Werkzeug source lines, Paste's long source blocks, Whoops code blocks, Ignition code snippets, ASP.NET Core source lines, Symfony trace-code blocks (<ol start=\"N\"> of highlighted <code> lines), Starlette and Mojolicious source lines, Youch 3 frame contexts and Youch 4 frame sources, Dancer2 context tables, Rails' extracted source (<pre class=\"line_numbers\">, and its text for an XHR: #81 and *83 lines), HTML::Mason's context rows, CakePHP's code dump (<pre class=\"cake-code-dump\">), Mako's error page's template lines (syntax-highlightedtable); JSON frames with their source (Hellang's preContextCode, Sentry's context_line after lineno, Bun's source_lines).",
  keywords: [
    'pre-context',
    'context-line',
    'post-context',
    'class="line ',
    'prettyprint',
    'code_snippet',
    'codesnippet',
    'class="highlight"',
    'class="collapsible"',
    'class="trace-code',
    'var(--highlight-',
    'class="lineno"',
    'class="context-value',
    '"precontextline"',
    '"pre_context"',
    '"context_line"',
    'class="frame-context"',
    'class="context"',
    'class="errline"',
    '"source_lines"',
    'class="line_numbers"',
    'class="stack-frame-source"',
    ':</b>&nbsp;</font></td>',
    'source-type="long"',
    'extracted source (around line #',
    'class="cake-code-dump"',
    'class="syntax-highlightedtable"',
  ],
  pattern:
    /<code style="display: none" class="source" source-type="long">|<ol start="\d{1,7}" class="(?:pre-context|context-line|post-context|highlight|collapsible)"|<pre class="line (?:before|current|after)"|class="code-block prettyprint|"code_?[sS]nippet"\s{0,3}:\s{0,3}\{|class="trace-code(?: [\w -]{0,60})?">\s{0,20}<ol start="\d{1,7}">|<li(?: class="selected")?><code><span style="color: var\(--highlight-(?:keyword|default|string|comment|html)\)">|<span class="lineno">\d{1,7}\.<\/span>|<td class="context-value(?: wide)?">\s{0,40}<pre><code>|<div class="frame-context"\s{1,40}data-start="\d{1,7}"\s{1,40}data-line="\d|<pre class="content"><table class="context">\s{0,20}<tr(?: class="errline")?><th>\d{1,7}<\/th><td>|<tr class="errline"><th>\d{1,7}<\/th><td>|"preContextLine"\s{0,3}:\s{0,3}\d{1,7}\s{0,3},\s{0,3}"preContextCode"\s{0,3}:\s{0,3}\[\s{0,3}"|"(?:lineno|colno|module)"\s{0,3}:\s{0,3}(?:\d{1,7}|"[\w.]{1,200}"|null)\s{0,3},\s{0,3}"(?:pre_context"\s{0,3}:\s{0,3}\[\s{0,3}"|context_line"\s{0,3}:\s{0,3}"[^"\n]{0,200}\S)|"source_lines"\s{0,3}:\s{0,3}\[\s{0,3}\{\s{0,3}"line"\s{0,3}:\s{0,3}\d{1,7}\s{0,3},\s{0,3}"text"\s{0,3}:\s{0,3}"|<div class="stack-frame-source">\s{0,40}<pre><code class="shj-lang-|<pre class="line_numbers">\s{0,40}<span>\d{1,7}<\/span>|<b>\d{1,7}:<\/b>&nbsp;<\/font><\/td>\s{0,20}<td align="left" valign="top" nowrap="nowrap"><font |\bExtracted source \(around line #\d{1,7}\):\s{1,4}[#*]\d{1,7} |<pre id="cakeErr\w{1,40}-code" class="cake-code-dump"|<table class="syntax-highlightedtable"><tr><td class="linenos">/g,
  message: 'shows source code from a debug page',
  examples: {
    leaky: [
      '<code style="display: none" class="source" source-type="long"><a class="switch_source" tbid="1" href="#">&lt;&lt;</a>&nbsp; &nbsp; self.connect()</code>',
      '<div class="stack-frame-source">\n        <pre><code class="shj-lang-js"><div class="line-highlight"></div><span class="shj-syn-kwd">const</span> order = orders.get(id)',
      '<div class="sourceline"><div class="syntax-highlighted"><table class="syntax-highlightedtable"><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">3</span></pre></div></td>',
      '<pre id="cakeErr6b064dbc23e8e-code" class="cake-code-dump" style="display: none;"><code><span style="color: #000000"><span style="color: #007700">if&nbsp;(&nbsp;!</span>dbConnect()</span></code></pre>',
      '<pre class="line_numbers">\n<span>623</span>\n<span>624</span>\n</pre>',
      'Extracted source (around line #83):\n\n#81             raise ActiveRecord::NoDatabaseError\n#82           else\n*83             raise ActiveRecord::ConnectionNotEstablished, error.message',
      '<td nowrap="nowrap" align="left" valign="top"><font face="Verdana" size="-2"><b>329:</b>&nbsp;</font></td>\n     <td align="left" valign="top" nowrap="nowrap"><font face="Verdana" size="-2">    eval { tie %session, $class, $id, $attrs };</font></td>',
      '<ol start="10" class="pre-context" id="pre1"><li onclick="toggle(\'pre1\', \'post1\')"><pre>    order = Order.objects.get(pk=pk)</pre></li></ol>',
      '<pre class="line current"><span class="ws">    </span>return d[&#39;user_id&#39;]</pre>',
      '<pre class="code-block prettyprint linenums:10">$order = Order::find($id);</pre>',
      '{"report":{"stacktrace":[{"file":"app/Http/Kernel.php","code_snippet":{"11":"    public function handle()"}}]}}',
      '<ol start="27" class="highlight"><li><span>var order = repo.Get(id);</span></li></ol>',
      '<div id="trace-html-1-0" class="trace-code sf-toggle-content">\n  <ol start="67"><li><code><span style="color: var(--highlight-keyword)"></span><span style="color: var(--highlight-default)">$route&nbsp;</span><span style="color: var(--highlight-keyword)">=&nbsp;</span><span style="color: var(--highlight-default)">parse_url</span></code></li></ol>',
      '<li class="selected"><code><span style="color: var(--highlight-keyword)">&nbsp;&nbsp;&nbsp;&nbsp;echo&nbsp;</span><span style="color: var(--highlight-default)">json_encode</span></code></li>',
      '<p class="center-line"><span class="frame-line center-line">\n<span class="lineno">63.</span> &nbsp&nbsp&nbsp&nbspcur.execute(&quot;SELECT&nbspid&quot;)\n</span></p>',
      '<td class="text-right">35</td>\n<td class="context-value wide">\n  <pre><code>  $c-&gt;render(json =&gt; $rows);</code></pre>',
      '{"stackFrames":[{"file":"C:\\\\build\\\\Startup.cs","line":61,"preContextLine":59,"preContextCode":["            app.UseRouting();"]}]}',
      '{"frames":[{"filename":"app/views.py","lineno":42,"context_line":"    order = Order.objects.get(pk=pk)"}]}',
      '<div class="frame-context"\n  data-start="37"\n  data-line="42"\n  data-file="app&#x2F;failures.js"\n  >const order &#x3D; orders.get(&#39;42&#39;)',
      '<pre class="content"><table class="context">\n<tr><th>28</th><td>    $p{user}, $p{password},</td></tr>',
      '<tr class="errline"><th>33</th><td>  return {id =&gt; $order-&gt;id};</td></tr>',
      '<script id="__bunfallback" type="application/json">{"frames":[{"file":"/srv/app/server.ts","source_lines":[{"line":5,"text":"  const user = globalThis.currentUser; return user.profile.name"}]}]}</script>',
    ],
    safe: [
      '<table class="context"><tr><th>2024</th><td>Revenue grew 12%</td></tr></table>',
      'Internal Server Error',
      '<ol start="1" class="steps"><li>Reload the page</li><li>Contact support@example.com</li></ol>',
      '<pre class="line">Request ID: 3f1c0d6e</pre>',
      '{"stackFrames":[{"function":"Invoke","contextCode":null,"preContextCode":[]}]}',
      '{"tenant":"northwind-de","contextCode":["RETAIL_DE","B2B_EU"]}',
      '{"citations":[{"page":14,"context_line":"The court held that the contract was void."}]}',
      '<div class="trace-code-help">\n  <ol start="2"><li><code>Reload</code> the page</li><li>Contact support@example.com</li></ol>\n</div>',
      '<table class="context"><tr><th>Plan</th><td>Pro</td></tr></table>',
      '<div class="frame-context">Gallery frame, oak</div>',
    ],
  },
})
