import { defineRule } from '../define-rule.ts'

// An R condition as `as.character(err)` and `print` show it: `Error in <call>: <message>`, the
// call deparsed from the app's code (`sum("12.50", 3)`, `curl::curl_fetch_memory(url, …)`, an
// anonymous function's first line `(function () `, a call cut short at a line's end `f(x, `).
const condition =
  /\bError in (?:\(function \(|[A-Za-z.][\w.]{0,60}(?:::{1,2}[A-Za-z.][\w.]{0,60})?\()[^\n]{0,300}?(?: :|\):) \S/g

// Messages of R itself (as `conditionMessage(err)` passes them on), with the names it quotes; the
// S4 dispatch wrapping an error in a generic's argument (DBI's `dbFetch`), and normalizePath's
// missing file.
const messages =
  /\binvalid '\w{1,30}' \(\w{1,30}\) of argument\b|\bcould not find function "[^"\n]{1,100}"|\bcannot open the connection\b|\bnon-numeric argument to (?:binary operator|mathematical function)\b|\bargument "[^"\n]{1,100}" is missing, with no default\b|\bmissing value where TRUE\/FALSE needed\b|\barguments imply differing number of rows\b|\berror in evaluating the argument '[^'\n]{1,100}' in selecting a method for function '|\bpath\[\d{1,6}\]="[^"\n]{1,300}": No such file or directory\b/g

/**
 * R's errors passed on, as plumber's debug mode, a `pr_set_error` handler answering
 * `conditionMessage(err)` and Shiny's error page (unless `shiny.sanitize.errors`) show them: the
 * condition with its call (`Error in sum("12.50", 3): invalid 'type' (character) of argument`) and
 * R's own messages (`could not find function "compute_discount"`, `cannot open the connection`).
 *
 * @example
 * ```ts
 * '{"error":"500 - Internal server error","message":"Error in compute_discount(order): could not find function \\"compute_discount\\"\\n"}' // flagged
 * ```
 */
export const exceptionR = defineRule({
  id: 'exception-r',
  category: 'exception',
  description:
    "R error conditions (Error in <call>: <message>, as plumber's debug mode shows them) and R's own messages (invalid 'type' (character) of argument, could not find function \"x\", cannot open the connection, non-numeric argument to binary operator, argument \"x\" is missing, with no default, S4 dispatch's error in evaluating the argument 'res' in selecting a method for function 'dbFetch', normalizePath's path[1]=\"…\": No such file or directory).",
  keywords: [
    'error in ',
    ') of argument',
    'could not find function "',
    'cannot open the connection',
    'non-numeric argument to ',
    '" is missing, with no default',
    'missing value where true/false needed',
    'arguments imply differing number of rows',
    "' in selecting a method for function '",
    'path[',
  ],
  pattern: [condition, messages],
  message: 'shows a raw R error message',
  examples: {
    leaky: [
      '{"error":"500 - Internal server error","message":"Error in sum(\\"12.50\\", 3): invalid \'type\' (character) of argument\\n"}',
      '{"error":"500 - Internal server error","message":"Error in (function () : Cannot reach the orders database\\n"}',
      '{"message":"Error in curl::curl_fetch_memory(url, handle = handle): Failed to connect to inventory port 8080\\n"}',
      '{"error":["could not find function \\"compute_discount\\""]}',
      '<h1>An error has occurred!</h1>\n<p>cannot open the connection</p>',
      '{"error":["non-numeric argument to binary operator"]}',
      '{"message":"Error in h(simpleError(msg, call)): error in evaluating the argument \'res\' in selecting a method for function \'dbFetch\': relation \\"orders\\" does not exist\\n"}',
      '<p>path[1]="/srv/shiny/app/storage/signing.key": No such file or directory</p>',
    ],
    safe: [
      'Internal Server Error',
      '{"error":"500 - Internal server error"}',
      'An error has occurred. Check your logs or contact the app author for clarification.',
      'Error in payment: please try again later.',
      'Error in step 3 (delivery): the postcode is not valid.',
      'We could not find function keys on your keyboard layout.',
      'The path[1] setting is empty.',
    ],
  },
})
