import { defineRule } from '../define-rule.ts'

/** JSON members that carry exception internals: `"stack"`, `"exception"`, `"stackTrace"`, `"innerException"`. */
export const exceptionJsonMember = defineRule({
  id: 'exception-json-member',
  category: 'exception',
  description:
    'Non-empty JSON members named after exception internals: stack, stackTrace, backtrace, traceback, exception, exceptionType, exceptionMessage, innerException.',
  keywords: ['"stack', '"backtrace', '"traceback', '"exc', '"exception', '"innerexception'],
  // Only non-empty values: `"stack":""`, `"exception":null` and `"stack":[]` are harmless.
  pattern:
    /"(?:stack|stackTrace|stack_trace|stacktrace|backtrace|traceback|exc_info|exception|exceptionType|exceptionMessage|exception_class|exceptionClass|innerException)"\s{0,10}:\s{0,10}(?:"[^"\s]|\[\s{0,10}["{]|\{\s{0,10}")/gi,
  message: 'has a JSON member with exception details',
  examples: {
    leaky: [
      '{"message":"boom","stack":"Error: boom\\n    at handler (/app/x.js:1:2)"}',
      '{"Message":"An error has occurred.","ExceptionMessage":"Sequence contains no elements","ExceptionType":"System.InvalidOperationException","StackTrace":"   at Shop.Api"}',
      '{"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR","stacktrace":["Error: boom"]}}]}',
      '{"message":"Server Error","exception":"ErrorException","file":"/var/www/html/app/Http/Kernel.php","line":12}',
      '{"error":"Internal Server Error","traceback":"Traceback (most recent call last)"}',
    ],
    safe: [
      'Internal Server Error',
      '{"error":"Internal Server Error","stack":"","exception":null}',
      '{"stackTrace":[],"requestId":"3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
      '{"traceId":"0af7651916cd43dd8448eb211c80319c","error":"Internal Server Error"}',
      'Our stack is healthy; the exception was on our side. Request 3f1c0d6e.',
    ],
  },
})
