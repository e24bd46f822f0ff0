import { defineRule } from '../define-rule.ts'

// Messages perl prints for a runtime error, with the names it quotes in them; Catalyst's words
// above a controller's error (`Caught exception in Shop::Controller::Root->order "…"`).
const messages =
  /\bCan't (?:call method "[\w:]{1,100}" (?:on an undefined value|on unblessed reference|without a package or object reference)|locate object method "|locate [\w/.]{1,200}\.pm in @INC|use an undefined value as an? (?:ARRAY|HASH|SCALAR|CODE|symbol) reference|use string \("|find (?:string terminator|DBI driver))|\bNot an? (?:ARRAY|HASH|CODE|SCALAR|GLOB) reference\b|\bGlobal symbol "[$@%]\w{1,100}" requires explicit package name|\bUndefined subroutine &[\w:]{1,200} called\b|\bCaught exception in [\w:]{1,200}->\w{1,100} "|\$VAR1 = bless\( \{/g

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
    "Perl runtime error messages (Can't call method \"x\" on an undefined value, Can't locate Foo.pm in @INC, Not a HASH reference, Global symbol requires explicit package name), Catalyst's Caught exception in Controller->action \"...\", and an object Data::Dumper shows ($VAR1 = bless( {...}, 'HTTP::Response' ): what was thrown, with its class and insides).",
  keywords,
  pattern: messages,
  message: 'shows a raw Perl error message',
  examples: {
    leaky: [
      '{"error":"Can\'t call method \\"id\\" on an undefined value at /srv/shop/app.pl line 30.\\n"}',
      "Can't locate Shop/Orders.pm in @INC (you may need to install the Shop::Orders module)",
      'Not a HASH reference at lib/Shop.pm line 12.',
      "{\"error\":\"$VAR1 = bless( {\\n  '_rc' => 500,\\n  '_msg' => 'read timeout'\\n}, 'HTTP::Response' );\\n\"}",
      'Global symbol "$order" requires explicit package name (did you forget to declare "my $order"?)',
      '<p><code class="error">Caught exception in Shop::Controller::Root-&gt;orders &quot;DBD::Pg::db selectall_arrayref failed: ERROR:  relation &quot;orders&quot; does not exist</code></p>',
    ],
    safe: [
      'Internal Server Error',
      "We can't call you back right now; write to support@example.com.",
      'Please quote this reference: 3f1c0d6e.',
      'Caught exception in the payment step; please try again.',
    ],
  },
})
