import { defineRule } from '../define-rule.ts'

const names =
  'TypeError|ReferenceError|SyntaxError|RangeError|EvalError|URIError|AggregateError|AbortError|AxiosError|FetchError|UnhandledPromiseRejection|JsonWebTokenError|TokenExpiredError|ZodError|' +
  // The Stripe SDK's error classes, as a serialized error names them in "type".
  'StripeInvalidRequestError|StripeAPIError|StripeAuthenticationError|StripePermissionError|StripeRateLimitError|StripeConnectionError|StripeSignatureVerificationError|StripeIdempotencyError|StripeCardError'

/** JavaScript error names with their raw message: `TypeError: Cannot read ...`, `SyntaxError: Unexpected token`. */
export const exceptionJs = defineRule({
  id: 'exception-js',
  category: 'exception',
  description:
    "JavaScript error class names, and the Stripe SDK's, with a raw message (TypeError: ..., RangeError [ERR_X]: ...) or as a JSON error value.",
  keywords: names.toLowerCase().split('|'),
  // A bare `Error: message` is not flagged: too many safe pages say "Error: please try again".
  pattern: new RegExp(
    String.raw`\b(?:${names})(?: \[[A-Z][A-Z0-9_]{1,60}\])?: \S|"(?:name|type|error|errorType|code|exception)"\s{0,3}:\s{0,3}"(?:${names})"`,
    'g',
  ),
  message: 'shows a JavaScript exception name',
  examples: {
    leaky: [
      "TypeError: Cannot read properties of undefined (reading 'name')",
      'ReferenceError: user is not defined',
      'SyntaxError: Unexpected token \'b\', "{bad" is not valid JSON',
      'RangeError [ERR_OUT_OF_RANGE]: The value of "offset" is out of range.',
      '{"error":{"name":"TypeError","message":"x is not iterable"}}',
      'AxiosError: Request failed with status code 502',
      '{"name":"JsonWebTokenError","message":"invalid signature"}',
      '{"name":"ZodError","issues":[{"code":"invalid_type","path":["customer","internalId"]}]}',
      '{"type":"StripeInvalidRequestError","raw":{"code":"resource_missing","param":"customer"}}',
    ],
    safe: [
      'Internal Server Error',
      'Error: something went wrong, please try again.',
      '{"statusCode":500,"error":"Internal Server Error","message":"An internal server error occurred"}',
      'We fixed a TypeError last week; this is a different problem. Request 3f1c0d6e.',
      '{"type":"https://example.com/problems/internal","title":"Internal Server Error","status":500}',
    ],
  },
})
