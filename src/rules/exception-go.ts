import { defineRule } from '../define-rule.ts'

/**
 * Raw Go errors: `runtime error: index out of range`, `context deadline exceeded`, `*url.Error`,
 * html/template's execution errors (`template: layout.html:5:3: executing "layout.html" at
 * <.Config.StripeKey>: ...`) and Echo's `HTTPError` with its internal error
 * (`code=500, message=..., internal=...`), and Revel's (`Runtime Panic (in /app/x.go:50)`, and
 * `Additionally, an error occurred when rendering the error page:` when its templates are missing).
 *
 * @example
 * ```ts
 * 'runtime error: index out of range [3] with length 2' // flagged
 * ```
 */
export const exceptionGo = defineRule({
  id: 'exception-go',
  category: 'exception',
  description:
    "Raw Go error messages and types (runtime error: ..., context deadline exceeded, json: cannot unmarshal, *errors.errorString), template execution errors, Echo's HTTPError with its internal error and Revel's Runtime Panic (in x.go:N) and error page render failure.",
  keywords: [
    'runtime error: ',
    'context deadline exceeded',
    'interface conversion: ',
    'nil map',
    'goroutines are asleep',
    'json: cannot unmarshal',
    'invalid character',
    'error',
    'template: ',
    ', internal=',
    'an error occurred when rendering the error page',
    'runtime panic (in ',
  ],
  pattern:
    /\bAdditionally, an error occurred when rendering the error page:|\bRuntime Panic \(in [^)\n]{1,300}:\d{1,7}\)|\bruntime error: (?:invalid memory address|index out of range|slice bounds out of range|integer divide by zero|makeslice|hash of unhashable type|comparing uncomparable)|\bcontext deadline exceeded\b|\binterface conversion: \S|\bassignment to entry in nil map\b|\ball goroutines are asleep\b|\bjson: cannot unmarshal \w{1,40} into Go |\binvalid character '[^'\n]{1,4}' (?:looking for beginning of|after (?:object key|top-level value|array element)|in string literal)|\*errors\.errorString\b|\*(?:url|net|os|fs|json|strconv|tls|x509|http)\.[A-Z]\w{0,60}Error\b|\btemplate: [\w./-]{1,200}:\d{1,6}(?::\d{1,6})?: (?:executing "|function "|unexpected |undefined variable )|\bcode=\d{3}, message=[^,\n]{1,200}, internal=\S/g,
  message: 'shows a raw Go error',
  examples: {
    leaky: [
      'runtime error: index out of range [3] with length 2',
      '{"error":"Get \\"https://payments.example.com/v1/charge\\": context deadline exceeded"}',
      'json: cannot unmarshal string into Go struct field Order.total of type float64',
      "invalid character 'x' looking for beginning of value",
      'interface conversion: interface {} is nil, not string',
      '&{%!s(*errors.errorString=&{boom})}',
      'strconv.Atoi: parsing "abc": invalid syntax (*strconv.NumError)',
      'template: layout.html:5:3: executing "layout.html" at <.Config.StripeKey>: can\'t evaluate field Config in type main.PageData',
      '{"message":"code=500, message=Internal Server Error, internal=sql: database is closed"}',
      'Runtime Panic (in /myshop/app/controllers/orders.go:50): order total missing',
      'Server Error:\ninternal error\nAdditionally, an error occurred when rendering the error page:\nTemplate errors/500.html not found.',
    ],
    safe: [
      'Internal Server Error',
      'The deadline for this request was exceeded. Please try again.',
      'Invalid character in your name? No: our service failed. Request 3f1c0d6e.',
      '* Please try again at 10:30 *',
      'Choose a template: invoice.html or receipt.html.',
      '{"code":500,"message":"Internal Server Error"}',
    ],
  },
})
