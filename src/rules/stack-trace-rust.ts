import { defineRule } from '../define-rule.ts'

/**
 * Rust panics: `thread 'main' panicked at src/main.rs:2:5`, `stack backtrace:` (anyhow's `Stack
 * backtrace:`), and a panic's message alone, as tower-http's CatchPanicLayer handlers pass it on
 * (``called `Option::unwrap()` on a `None` value``, `index out of bounds: the len is 3 but the
 * index is 7`).
 */
export const stackTraceRust = defineRule({
  id: 'stack-trace-rust',
  category: 'stack-trace',
  description:
    "Rust panic messages and backtraces (`thread 'x' panicked at`, `stack backtrace:`, called `Option::unwrap()` on a `None` value, index out of bounds: the len is 3 but the index is 7).",
  keywords: [
    'panicked at',
    'stack backtrace:',
    'rust_backtrace',
    '::unwrap()',
    '::unwrap_err()',
    'index out of bounds: the len is',
    'out of range for slice of length',
    'with overflow',
    'is not a char boundary',
    'slice index starts at',
    'borrowed: borrow',
  ],
  pattern: [
    /\bthread '[^'\n]{1,100}'(?: \(\d{1,10}\))? panicked at |\b[Ss]tack backtrace:\s{1,5}0: |\bnote: run with `RUST_BACKTRACE=(?:1|full)`/g,
    // The message of a panic without its location.
    /\bcalled `(?:Option|Result)::unwrap(?:_err)?\(\)` on an? `(?:None|Err|Ok)` value\b|\bindex out of bounds: the len is \d{1,20} but the index is \d{1,20}|\brange (?:start|end) index \d{1,20} out of range for slice of length \d{1,20}|\battempt to (?:add|subtract|multiply|divide|calculate the remainder|negate|shift left|shift right) with overflow\b|\bbyte index \d{1,20} is not a char boundary\b|\bslice index starts at \d{1,20} but ends at \d{1,20}|\balready (?:mutably )?borrowed: Borrow(?:Mut)?Error\b/g,
  ],
  message: 'shows a Rust panic or backtrace',
  examples: {
    leaky: [
      '{"error":"panic: attempt to subtract with overflow"}',
      "byte index 5 is not a char boundary; it is inside 'é' (bytes 4..6) of `café au lait`",
      'already mutably borrowed: BorrowError',
      "thread 'main' panicked at src/main.rs:2:5:\ncalled `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }",
      "thread 'tokio-runtime-worker' (6930) panicked at src/handlers/orders.rs:48:23:\nindex out of bounds: the len is 0 but the index is 3",
      'stack backtrace:\n   0: __rustc::rust_begin_unwind\n             at /rustc/59807616/library/std/src/panicking.rs:689:5',
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
      'Something went wrong: config file missing\n\nStack backtrace:\n   0: anyhow::error::<impl anyhow::Error>::msg\n             at ./src/error.rs:83:36',
      '{"error":{"kind":"panic","details":"called `Result::unwrap()` on an `Err` value: ParseIntError { kind: Empty }"}}',
      'called `Option::unwrap()` on a `None` value',
      '{"error":{"kind":"panic","details":"index out of bounds: the len is 2 but the index is 5"}}',
      'range end index 12 out of range for slice of length 4',
    ],
    safe: [
      'Your order total would overflow the card limit. Please try a smaller amount.',
      'This book is already borrowed: please pick another title.',
      'Internal Server Error',
      "The thread 'payments' is busy; we panicked at nothing. Try again at 10:30.",
      'Our stack: backtrace IDs are in the logs. Request ID 3f1c0d6e.',
      '{"error":{"kind":"panic","details":null}}',
      'Fixed in 2.1: the `Option::unwrap()` call on an empty cart no longer fails.',
      'Page index out of bounds: the list has 3 pages.',
    ],
  },
})
