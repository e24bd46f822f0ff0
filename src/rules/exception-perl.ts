import { defineRule } from '../define-rule.ts'

// Messages perl prints for a runtime error, with the names it quotes in them; Catalyst's words
// above a controller's error (`Caught exception in Shop::Controller::Root->order "…"`).
const messages =
  /\bCan't (?:call method "[\w:]{1,100}" (?:on an undefined value|on unblessed reference|without a package or object reference)|locate object method "|locate [\w/.]{1,200}\.pm in @INC|use an undefined value as an? (?:ARRAY|HASH|SCALAR|CODE|symbol) reference|use string \("|find (?:string terminator|DBI driver))|\bNot (?:an ARRAY|a (?:HASH|CODE|SCALAR|GLOB)) reference\b|\bGlobal symbol "[$@%]\w{1,100}" requires explicit package name|\bUndefined subroutine &[\w:]{1,200} called\b|\bCaught exception in [\w:]{1,200}->\w{1,100} "|\$VAR1 = bless\( \{|\bsyntax error at [^\s"'<>]{1,300} line \d{1,7}, (?:near "|at EOF)|\bMissing right curly or square bracket at /g

// What die adds to a message that does not end with a line break, `at FILE line N.` (with the
// handle it last read: `, <$fh> line 1.`), and autodie's `at FILE line N` without the period,
// at the end of the message (Carp's frames, `called at FILE line N`, are
// stack-trace-other-runtimes'); the messages of perl's warnings made fatal, IO::Uncompress and
// IPC::Run, which say what perl was doing.
const dieLocation =
  /(?<= at )(?<!\bcalled at )[^\s"'<>]{1,300}\.(?:pl|pm|psgi|cgi|t) line \d{1,7}(?:, <[^>\n]{1,100}> (?:line|chunk) \d{1,9})?\.?(?=$|[\n"<\\])|\bDeep recursion on subroutine "|\bArgument "[^"\n]{0,100}" isn't numeric in |\bAttempt to access disallowed key '|\bmalformed JSON string, neither |\bdoes not map to Unicode\b|\bHeader Error: Bad Magic\b|\bIPC::Run: timeout on timer #\d/g

const keywords = [
  "can't call method",
  "can't locate",
  "can't use",
  "can't find",
  'not a hash reference',
  'not an array reference',
  'not a code reference',
  'not a scalar reference',
  'not a glob reference',
  'requires explicit package name',
  'undefined subroutine',
  'caught exception in ',
  '$var1 = bless( {',
  'syntax error at ',
  'missing right curly or square bracket at ',
  '.pl line ',
  '.pm line ',
  '.psgi line ',
  '.cgi line ',
  '.t line ',
  'deep recursion on subroutine "',
  '" isn\'t numeric in ',
  'attempt to access disallowed key ',
  'malformed json string, neither ',
  'does not map to unicode',
  'header error: bad magic',
  'ipc::run: timeout on timer #',
]

/**
 * Perl runtime errors, as a `die` message passes them on, and what was thrown shown whole by
 * Data::Dumper (`$VAR1 = bless( {…}, 'HTTP::Response' )`: a client's response object, the request
 * it sent with its Authorization header among it).
 */
export const exceptionPerl = defineRule({
  id: 'exception-perl',
  category: 'exception',
  description:
    'Perl runtime error messages (Can\'t call method "x" on an undefined value, Can\'t locate Foo.pm in @INC, Not a HASH reference, Global symbol requires explicit package name, a compile error (syntax error at /etc/gitweb.conf line 2, near "1;"), and any message that ends as die ends it: at /path/app.psgi line 42.), Catalyst\'s Caught exception in Controller->action "...", and an object Data::Dumper shows ($VAR1 = bless( {...}, \'HTTP::Response\' ): what was thrown, with its class and insides).',
  keywords,
  pattern: [messages, dieLocation],
  message: 'shows a raw Perl error message',
  examples: {
    leaky: [
      '{"error":"Can\'t call method \\"id\\" on an undefined value at /srv/shop/app.pl line 30.\\n"}',
      "Can't locate Shop/Orders.pm in @INC (you may need to install the Shop::Orders module)",
      'Not a HASH reference at lib/Shop.pm line 12.',
      '{"error":"Error parsing time at /usr/lib/x86_64-linux-gnu/perl/5.36/Time/Piece.pm line 598.\\n"}',
      "{\"error\":\"Can't open '/srv/shop/uploads/invoice-42.pdf' with mode '<:raw': 'No such file or directory' at /srv/shop/app.psgi line 111\\n\"}",
      '{"error":"UTF-8 \\"\\\\xEB\\" does not map to Unicode at /srv/shop/app.psgi line 266, <$fh> line 1.\\n"}',
      '{"error":"gunzip failed: Header Error: Bad Magic\\n"}',
      'Deep recursion on subroutine "Shop::breadcrumb"',
      '<h1>Software error:</h1><pre>syntax error at /etc/gitweb.conf line 2, near "1;"\nMissing right curly or square bracket at /etc/gitweb.conf line 3, at end of line</pre>',
      "{\"error\":\"$VAR1 = bless( {\\n  '_rc' => 500,\\n  '_msg' => 'read timeout'\\n}, 'HTTP::Response' );\\n\"}",
      'Global symbol "$order" requires explicit package name (did you forget to declare "my $order"?)',
      '<p><code class="error">Caught exception in Shop::Controller::Root-&gt;orders &quot;DBD::Pg::db selectall_arrayref failed: ERROR:  relation &quot;orders&quot; does not exist</code></p>',
    ],
    safe: [
      'Internal Server Error',
      "We can't call you back right now; write to support@example.com.",
      'Please quote this reference: 3f1c0d6e.',
      'Caught exception in the payment step; please try again.',
      'Our office is at 12 Main Street line 4.',
      'Download setup.pl from the help page; see notes.pm line by line.',
      "\tShop::charge('card') called at /srv/shop/lib/Shop.pm line 90\n",
    ],
  },
})
