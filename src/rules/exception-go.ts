import { defineRule } from '../define-rule.ts'

/**
 * Raw Go errors: `runtime error: index out of range`, `context deadline exceeded`, `*url.Error`,
 * the standard library's own words (`open /srv/app/x.pdf: no such file or directory`, `exec:
 * "ffmpeg": executable file not found in $PATH`, `strconv.Atoi: parsing "2.5": invalid syntax`),
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
    "Raw Go error messages and types (runtime error: ..., context deadline exceeded, json: cannot unmarshal, *errors.errorString), the standard library's own words (open /x: no such file or directory, exec: ... executable file not found in $PATH, illegal base64 data at input byte N, gzip: invalid header, parsing time ... cannot parse, strconv.Atoi: parsing, cipher: message authentication failed, json: unsupported value, XML syntax error on line N), template execution errors, Echo's HTTPError with its internal error and Revel's Runtime Panic (in x.go:N) and error page render failure.",
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
    ': no such file or directory',
    ': is a directory',
    ': file exists',
    ': permission denied',
    ': not a directory',
    ': directory not empty',
    'executable file not found in $path',
    'illegal base64 data at input byte',
    'encoding/hex: ',
    'gzip: invalid ',
    'flate: corrupt input',
    'parsing time "',
    'strconv.',
    'cipher: message authentication failed',
    'json: unsupported ',
    'xml syntax error on line ',
  ],
  pattern: [
    /\bAdditionally, an error occurred when rendering the error page:|\bRuntime Panic \(in [^)\n]{1,300}:\d{1,7}\)|\bruntime error: (?:invalid memory address|index out of range|slice bounds out of range|integer divide by zero|makeslice|hash of unhashable type|comparing uncomparable)|\bcontext deadline exceeded\b|\binterface conversion: \S|\bassignment to entry in nil map\b|\ball goroutines are asleep\b|\bjson: cannot unmarshal \w{1,40} into Go |\binvalid character '[^'\n]{1,4}' (?:looking for beginning of|after (?:object key|top-level value|array element)|in string literal)|\*errors\.errorString\b|\*(?:url|net|os|fs|json|strconv|tls|x509|http)\.[A-Z]\w{0,60}Error\b|\btemplate: [\w./-]{1,200}:\d{1,6}(?::\d{1,6})?: (?:executing "|function "|unexpected |undefined variable )|\bcode=\d{3}, message=[^,\n]{1,200}, internal=\S/g,
    // The standard library's own words: os's PathError (`open /srv/app/x.pdf: no such file or
    // directory`), os/exec, encoding/base64 and encoding/hex, compress/gzip, time.Parse,
    // strconv, crypto/cipher's GCM, encoding/json and encoding/xml.
    /\b(?:open|read|write|mkdir|stat|lstat|remove|rename|chmod|chown|unlinkat|readdirent|opendir) \/[^\s:"]{1,300}: (?:no such file or directory|is a directory|file exists|permission denied|not a directory|directory not empty)\b|\bexec: "[^"\n]{1,200}": executable file not found in \$PATH|\billegal base64 data at input byte \d|\bencoding\/hex: (?:invalid byte|odd length)|\bgzip: invalid (?:header|checksum)\b|\bflate: corrupt input before offset \d|\bparsing time "[^"\n]{0,100}" as "[^"\n]{1,100}": cannot parse\b|\bstrconv\.(?:Atoi|ParseInt|ParseUint|ParseFloat|ParseBool|ParseComplex): parsing "|\bcipher: message authentication failed\b|\bjson: unsupported (?:value|type): |\bXML syntax error on line \d{1,9}: /g,
  ],
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
      '{"error":"load invoice 42: open /srv/app/uploads/invoice-42.pdf: no such file or directory"}',
      '{"error":"exec: \\"ffmpeg\\": executable file not found in $PATH"}',
      '{"error":"illegal base64 data at input byte 6"}',
      "encoding/hex: invalid byte: U+0073 's'",
      '{"error":"gzip: invalid header"}',
      'parsing time "05/14/2024 10:00" as "2006-01-02T15:04:05Z07:00": cannot parse "4/2024 10:00" as "2006"',
      '{"error":"cipher: message authentication failed"}',
      '{"error":"json: unsupported value: encountered a cycle via *main.Category"}',
      '{"error":"XML syntax error on line 2: invalid UTF-8"}',
      'Server Error:\ninternal error\nAdditionally, an error occurred when rendering the error page:\nTemplate errors/500.html not found.',
    ],
    safe: [
      'Internal Server Error',
      'The deadline for this request was exceeded. Please try again.',
      'Invalid character in your name? No: our service failed. Request 3f1c0d6e.',
      '* Please try again at 10:30 *',
      'Choose a template: invoice.html or receipt.html.',
      'Please open /account: your session file exists but has expired.',
      'We could not read your upload: no such file or directory was attached.',
      '{"code":500,"message":"Internal Server Error"}',
    ],
  },
})
