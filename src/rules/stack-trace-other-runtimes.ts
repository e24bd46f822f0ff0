import { defineRule } from '../define-rule.ts'

/**
 * Stack traces of runtimes the other stack-trace rules do not read, in the words each prints: a
 * Haskell `CallStack (from HasCallStack):` with its `called at src/Api.hs:42:15 in pkg:Module`
 * lines, Crystal's `from src/app.cr:42:17 in 'handler'`, OCaml's `Raised at … in file "x.ml",
 * line 29, characters 17-33`, Nim's `orders.nim(48)  orders`, Clojure's `:trace [[class method
 * "File.java" 2713] …]` (an exception printed as `#error {…}`), Perl's: Carp's `main::f()
 * called at /srv/app/x.pl line 12` and Plack's StackTrace page's `in Shop::__ANON__ at /x.pm line 23`, Dancer2's `Plack::Runner in /usr/share/perl5/Plack/Runner.pm
 * l. 279`, Lua's (OpenResty, Kong): `stack traceback:` and `handler.lua:87: in function 'access'`,
 * SBCL's `Backtrace for: #<SB-THREAD:THREAD …>` and Racket's `start at:\n  line 7, column 0, in file
 * /srv/shop/shop.rkt`.
 *
 * @example
 * ```ts
 * "  from src/orders_api.cr:42:17 in '->'" // flagged
 * ```
 */
export const stackTraceOtherRuntimes = defineRule({
  id: 'stack-trace-other-runtimes',
  category: 'stack-trace',
  description:
    "Stack traces of Haskell (CallStack (from HasCallStack), called at src/X.hs:42:15 in pkg:Module), Crystal (from src/app.cr:42:17 in 'x'), OCaml (Raised at / Called from … in file \"x.ml\", line N, characters a-b), Nim (orders.nim(48)  proc), Clojure (:trace [[class method \"File.java\" N] …]) Perl (Carp's called at /x.pm line N, Dancer2's Package in /x.pm l. N, Plack's StackTrace page's in Package at /x.pm line N), Lua (stack traceback:, x.lua:87: in function 'f'), SBCL (Backtrace for: #<SB-THREAD:THREAD ...>) and Racket (proc at:\\n  line N, column M, in file /x.rkt).",
  keywords: [
    'callstack (from hascallstack)',
    '.hs:',
    '.cr:',
    'in file "',
    '.nim(',
    ':trace',
    'called at ',
    '<li class="frame">in ',
    ' l. ',
    'stack traceback:',
    '.lua:',
    'backtrace for: #<sb-thread',
    ', in file ',
  ],
  pattern: [
    /\bCallStack \(from HasCallStack\):|\bcalled at [\w/.-]{1,300}\.hs:\d{1,7}:\d{1,5} in [\w.-]{1,100}:[A-Z]/g,
    /\bfrom [\w/.-]{1,300}\.cr:\d{1,7}:\d{1,5} in '/g,
    /\b(?:Raised at|Called from|Re-raised at|Raised by primitive operation at) [\w.'$]{1,200} in file "[^"\n]{1,300}", line \d{1,7}, characters \d{1,5}-\d{1,5}/g,
    /(?<![^\s>])[\w/.-]{1,300}\.nim\(\d{1,7}\) {1,40}[A-Za-z_]\w{0,100}(?=[ \t]{0,3}(?:\r?\n|$|<br))/g,
    /:trace\s{1,5}\[\[[\w.$]{1,200} [\w$]{1,200} "[\w$]{1,200}\.(?:java|clj|cljc|kt|scala)" \d{1,7}\]/g,
    /\bcalled at (?:\/|[A-Za-z]:\\)[^\s<>"]{1,300} line \d{1,7}\b/g,
    // Devel::StackTrace::AsHTML's frames (Plack's StackTrace page): `in Shop::__ANON__ at /x.pm line 23`.
    /<li class="frame">in [\w:]{1,200} at (?:\/|[A-Za-z]:\\)[^\s<>"]{1,300} line \d{1,7}\b/g,
    /(?<![^\n>])[\w:]{1,200} in (?:\/|[A-Za-z]:\\)[^\s<>]{1,300} l\. \d{1,7}\b/g,
    // Lua's debug.traceback (OpenResty, Kong): its header and first frame, or a frame of a file.
    // SBCL's backtrace (Hunchentoot's debug page) and Racket's frames (its web server's error page).
    /\bBacktrace for: #<SB-THREAD:THREAD\b|\bat:\r?\n {1,8}line \d{1,7}, column \d{1,5}, in file (?:\/|[A-Za-z]:\\)[^\s<]{1,300}/g,
    /\bstack traceback:\s{1,4}(?:\[C\]: in |\[string "|[\w/.-]{1,300}\.lua:\d{1,7}: in )|(?<![\w/.-])[\w/.-]{1,300}\.lua:\d{1,7}: in (?:function|main chunk|upvalue|local|method|field)\b/g,
  ],
  message: (m) => `shows a ${runtimeOf(m[0])} stack trace`,
  examples: {
    leaky: [
      'Exception: Prelude.head: empty list\nCallStack (from HasCallStack):\n  error, called at libraries/base/GHC/List.hs:1646:3 in base:GHC.List\n  head, called at src/Api/Orders.hs:42:15 in orders-api-0.1.0.0-inplace:Api.Orders',
      "Missing hash key: \"customer_id\" (KeyError)\n  from /usr/share/crystal/src/hash.cr:1077:9 in '[]'\n  from src/orders_api.cr:42:17 in '->'",
      'Failure("boom")\nRaised at Stdlib.failwith in file "stdlib.ml", line 29, characters 17-33\nCalled from Orders.find in file "lib/orders.ml", line 42, characters 4-30',
      'Detail: orders.nim(48)           orders<br/>\nasyncfutures.nim(389)    read<br/>',
      '#error {\n :cause "boom"\n :trace\n [[org.postgresql.core.v3.QueryExecutorImpl receiveErrorResponse "QueryExecutorImpl.java" 2713]\n  [acme.users.db$create_user_BANG_ invokeStatic "db.clj" 41]]}',
      "Died at /srv/shop/lib/Shop.pm line 33.\n\tShop::order('Shop', 42) called at /srv/shop/bin/app.psgi line 12",
      '<pre class="content">main in /usr/bin/plackup l. 7\nPlack::Runner in /usr/share/perl5/Plack/Runner.pm l. 279</pre>',
      '<ol><li class="frame">in Shop::__ANON__ at /srv/shop/lib/Shop.pm line 23<pre class="context"><code>',
      "content_by_lua(nginx.conf:45):7: attempt to index local 'res' (a nil value)\nstack traceback:\n\t[C]: in function 'error'\n\t[string \"content_by_lua\"]:7: in main chunk",
      'Backtrace for: #<SB-THREAD:THREAD "hunchentoot-worker-127.0.0.1:35238" RUNNING {10025B7D73}>\n0: (SB-KERNEL:TWO-ARG-+ NIL 10)\n1: (SHOP::BOOM)',
      '<p>Stack trace:<pre>&lt;unknown procedure&gt; at:\n  line 7, column 0, in file /srv/shop/shop.rkt\n&lt;unknown procedure&gt; at:\n  line 375, column 33, in file /usr/share/racket/collects/racket/contract/private/arrow-higher-order.rkt</pre>',
      '{"message":"handler failed","trace":"\\t/usr/local/share/lua/5.1/kong/plugins/acme-auth/handler.lua:87: in function \'access\'"}',
    ],
    safe: [
      'Internal Server Error',
      'Our call stack is deep today; please try again.',
      'Download orders.nim(48 KB) from the samples page.',
      'fizzbuzz.nim(62) by alice, 3 stars',
      'The claim was raised at the branch in file "claims.pdf", line 3.',
      'Shipped from src/app.cr with love.',
      'Your order was called at 10:30 by our courier.',
      'Smith in /Vol 3 l. 12 of the archive',
      'Read the stack traceback: section of the Lua manual.',
      'Meet us at:\n  line 4, column 2, in file cabinet B of the archive.',
      'Backtrace for: the last order',
    ],
  },
})

/** The runtime a matched frame is written by, from the words only its traces use. */
function runtimeOf(frame: string): string {
  if (frame.startsWith('Backtrace for')) return 'SBCL'
  if (frame.includes(', in file ')) return 'Racket'
  if (frame.startsWith('stack traceback') || frame.includes('.lua:')) return 'Lua'
  if (frame.includes('.hs:') || frame.startsWith('CallStack')) return 'Haskell'
  if (frame.includes('.cr:')) return 'Crystal'
  if (frame.includes(' in file "')) return 'OCaml'
  if (frame.includes('.nim(')) return 'Nim'
  if (!frame.startsWith(':trace')) return 'Perl'
  return 'Clojure'
}
