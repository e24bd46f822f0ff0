import { defineRule } from '../define-rule.ts'

/** Raw Go errors: `runtime error: index out of range`, `context deadline exceeded`, `*url.Error`. */
export const exceptionGo = defineRule({
  id: 'exception-go',
  category: 'exception',
  description:
    'Raw Go error messages and types (runtime error: ..., context deadline exceeded, json: cannot unmarshal, *errors.errorString).',
  keywords: [
    'runtime error: ',
    'context deadline exceeded',
    'interface conversion: ',
    'nil map',
    'goroutines are asleep',
    'json: cannot unmarshal',
    'invalid character',
    'error',
  ],
  pattern:
    /\bruntime error: (?:invalid memory address|index out of range|slice bounds out of range|integer divide by zero|makeslice|hash of unhashable type|comparing uncomparable)|\bcontext deadline exceeded\b|\binterface conversion: \S|\bassignment to entry in nil map\b|\ball goroutines are asleep\b|\bjson: cannot unmarshal \w{1,40} into Go |\binvalid character '[^'\n]{1,4}' (?:looking for beginning of|after (?:object key|top-level value|array element)|in string literal)|\*errors\.errorString\b|\*(?:url|net|os|fs|json|strconv|tls|x509|http)\.[A-Z]\w{0,60}Error\b/g,
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
    ],
    safe: [
      'Internal Server Error',
      'The deadline for this request was exceeded. Please try again.',
      'Invalid character in your name? No: our service failed. Request 3f1c0d6e.',
      '* Please try again at 10:30 *',
    ],
  },
})
