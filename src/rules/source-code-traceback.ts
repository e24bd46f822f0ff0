import { defineRule } from '../define-rule.ts'

/**
 * The source line Python prints under each traceback frame (`  File "x.py", line 13, in view`
 * then `    return JsonResponse(...)`), as in Django's text/plain technical 500.
 *
 * @example
 * ```ts
 * '  File "/app/views.py", line 13, in show\n    return order.id' // flagged: return order.id
 * ```
 */
export const sourceCodeTraceback = defineRule({
  id: 'source-code-traceback',
  category: 'source-code',
  description:
    "The source lines of a Python traceback: the indented code line under a `File \"…\", line N, in f` frame (Django's text/plain technical 500, tracebacks in JSON or text, AWS Lambda's stackTrace array), and under each frame of the stack Martini's and Macaron's Recovery print (main.go:90 (0x96f904), then panicWith: panic(err)).",
  keywords: ['", line ', ' (0x'],
  // A frame starts a line, or a string of its own: AWS Lambda's `stackTrace` is an array of them
  // (`["  File \"/var/task/handler.py\", line 27, in lambda_handler\n    cents = …\n"]`).
  // Escaped twice, as JSON inside a JSON string (a Lambda's failure payload an app puts into its
  // message), its new lines still stand as `\n` once the body's escapes are undone.
  pattern: [
    /(?:^|[\n"]) {2}File "[^"\n]{1,300}", line \d{1,7}, in [^\n]{1,200}\n {4}(\S[^\n]{0,300})/g,
    /(?:^|[\n"]) {2}File "[^"\n]{1,300}", line \d{1,7}, in [^\n\\]{1,200}\\n {4}(\S[^\n\\]{0,300})/g,

    // The stack Martini's and Macaron's Recovery print: each frame, then its function and source
    // line (`main.go:90 (0x96f904)` over `\tpanicWith: panic(err)`).
    /\.go:\d{1,7} \(0x[0-9a-f]{1,16}\)\r?\n\t[\w.*()]{1,200}: (\S[^\n]{0,300})/g,
  ],
  group: 1,
  message: 'shows the source line of a traceback frame',
  examples: {
    leaky: [
      '<pre>/srv/shop/main.go:90 (0x96f904)\n\tpanicWith: panic(err)\n/srv/shop/main.go:332 (0x9734de)\n\tmacaronApp.func3: panicWith(ctx.Params(":failure"))</pre>',
      '{"error":"refunds function failed (Unhandled): {\\"errorType\\":\\"KeyError\\",\\"stackTrace\\":[\\"  File \\\\\\"/var/task/refunds/handler.py\\\\\\", line 27, in lambda_handler\\\\n    cents = int(event[\\\\\\"amount\\\\\\"] * 100)\\\\n\\"]}"}',
      'Traceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/django/core/handlers/exception.py", line 47, in inner\n    response = get_response(request)\n  File "/srv/shop/shop_urls.py", line 13, in type_error\n    return JsonResponse({"id": order.id})\n\nException Type: AttributeError at /type-error',
      '{"traceback":"Traceback (most recent call last):\\n  File \\"/app/main.py\\", line 8, in handler\\n    total = order[\\"total\\"]\\nKeyError: \'total\'"}',
      '{"errorMessage":"unsupported operand","errorType":"TypeError","stackTrace":["  File \\"/var/task/refunds/handler.py\\", line 27, in lambda_handler\\n    cents = int(event[\\"amount\\"] * 100)\\n"]}',
    ],
    safe: [
      'Internal Server Error',
      'Attached: File "invoice.pdf", line 3, in the appendix.\n    Thanks for your patience.',
      'Error report:\n  File "report-3f1c0d6e.txt", line 1, in your downloads\n\nPlease attach it when you write to support@example.com.',
    ],
  },
})
