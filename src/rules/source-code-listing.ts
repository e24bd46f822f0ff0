import { defineRule } from '../define-rule.ts'

/** Source listings of debug pages: Django context lines, Werkzeug lines, Whoops/Ignition snippets, Rails extracts. */
export const sourceCodeListing = defineRule({
  id: 'source-code-listing',
  category: 'source-code',
  description:
    'Source listings in debug pages: Django pre-context/context-line, Werkzeug source lines, Whoops code blocks, Ignition code snippets, ASP.NET Core source lines.',
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
  ],
  pattern:
    /<ol start="\d{1,7}" class="(?:pre-context|context-line|post-context|highlight|collapsible)"|<pre class="line (?:before|current|after)"|class="code-block prettyprint|"code_?[sS]nippet"\s{0,3}:\s{0,3}\{/g,
  message: 'shows source code from a debug page',
  examples: {
    leaky: [
      '<ol start="10" class="pre-context" id="pre1"><li onclick="toggle(\'pre1\', \'post1\')"><pre>    order = Order.objects.get(pk=pk)</pre></li></ol>',
      '<pre class="line current"><span class="ws">    </span>return d[&#39;user_id&#39;]</pre>',
      '<pre class="code-block prettyprint linenums:10">$order = Order::find($id);</pre>',
      '{"report":{"stacktrace":[{"file":"app/Http/Kernel.php","code_snippet":{"11":"    public function handle()"}}]}}',
      '<ol start="27" class="highlight"><li><span>var order = repo.Get(id);</span></li></ol>',
    ],
    safe: [
      'Internal Server Error',
      '<ol start="1" class="steps"><li>Reload the page</li><li>Contact support@example.com</li></ol>',
      '<pre class="line">Request ID: 3f1c0d6e</pre>',
    ],
  },
})
