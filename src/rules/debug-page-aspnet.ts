import { defineRule } from '../define-rule.ts'

/**
 * ASP.NET error pages: the "Yellow Screen of Death", the ASP.NET Core Developer Exception Page and
 * Entity Framework Core's database error page (pending migrations), and Mono's page for a local
 * client (its `Exception stack trace:` and `Error source context:` sections). The "Runtime Error" page that
 * `customErrors mode="RemoteOnly"` shows remote visitors hides the details and passes.
 *
 * @example
 * ```ts
 * "<H1>Server Error in '/' Application.</H1>" // flagged
 * ```
 */
export const debugPageAspnet = defineRule({
  id: 'debug-page-aspnet',
  category: 'debug-page',
  description:
    'ASP.NET error pages: "Server Error in \'/\' Application" with the error (not the remote "Runtime Error" page), the ASP.NET Core Developer Exception Page, EF Core\'s database error page and Mono\'s Application Exception page with its stack trace or source.',
  keywords: [
    "server error in '",
    'unhandled exception occurred during the execution',
    'stackpage',
    'rawexception',
    'a database operation failed while processing the request',
    'applying existing migrations for ',
    'update-database',
    'exception stack trace:</strong>',
    'error source context:</strong>',
  ],
  // Mono's page counts by a stack trace with frames in it (its 404 page has the section, empty)
  // or by the source of a page that failed to compile.
  pattern:
    /\bServer Error in '[^'\n]{1,200}' Application\b|\bAn unhandled exception occurred during the execution of the current web request\b|id="stackpage"|class="rawExceptionBlock"|class="rawExceptionStackTrace"|\bA database operation failed while processing the request\.|\bApplying existing migrations for [^<\n]{1,200} may resolve this issue\b|\bPM&gt; Update-Database\b|<strong>Exception stack trace:<\/strong>(?:<\/div>)?\s{0,10}<div class="details">\s{0,20}at |<strong>Error source context:<\/strong>/g,
  // The page remote visitors get under `customErrors mode="RemoteOnly"` says only "Runtime Error"
  // and how to see the details: it hides them.
  ignore: (m) => m.input.slice(m.index, m.index + 300).includes('Runtime Error'),
  message: 'is an ASP.NET error page',
  examples: {
    leaky: [
      "<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>\n<h2> <i>Object reference not set to an instance of an object.</i> </h2></span>",
      '<b> Description: </b>An unhandled exception occurred during the execution of the current web request. Please review the stack trace for more information about the error and where it originated in the code.',
      '<div id="stackpage" class="page"><ul><li><h2 class="stackerror">NullReferenceException: Object reference not set</h2>',
      '<div class="rawExceptionBlock"><pre class="rawExceptionStackTrace">System.Exception: boom</pre></div>',
      "<h1>A database operation failed while processing the request.</h1><p>SqliteException: SQLite Error 1: 'no such table: Orders'.</p><h2>Applying existing migrations for ShopDbContext may resolve this issue</h2>",
      '<div id="header-text">Application Exception</div></div><div id="main"><h1>System.NullReferenceException</h1><div><strong>Exception stack trace:</strong></div>\n<div class="details">  at ASP.customer_aspx.Page_Load (System.Object sender) [0x0000e] in &lt;061e1348cfb64fb5a936f05fdf8aca3b&gt;:0 </div>',
    ],
    safe: [
      'Internal Server Error',
      '{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred while processing your request.","status":500,"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}',
      '<h1 class="text-danger">Error.</h1>\n<h2 class="text-danger">An error occurred while processing your request.</h2>\n<p><strong>Request ID:</strong> <code>00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00</code></p>',
      'Server error in our application. Please try again.',
      '<h1>Runtime error</h1><h2 class="exceptionMessage">The resource cannot be found.</h2><div><strong>Exception stack trace:</strong></div>\n<div class="details"></div>',
      '<div id="header-text">Application Exception</div></div><div id="main"><h1>Runtime Error</h1><h2 class="exceptionMessage">A runtime error has occurred</h2>',
      "<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>\r\n\r\n            <h2> <i>Runtime Error</i> </h2></span>\r\n<b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons).<code><pre>&lt;customErrors mode=&quot;Off&quot;/&gt;</pre></code>",
    ],
  },
})
