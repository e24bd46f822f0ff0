import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { inViewScript } from '../audit/script-code.ts'
import { jsonAnswer } from '../example-snapshot.ts'

// zod: an issue's code with the issue's `path` after it (an app's own `"code":"too_big"` has none),
// format()'s `_errors` and flatten()'s `fieldErrors` holding messages (an app's own envelope may
// carry them empty), and its messages naming zod's types (v4's
// `Invalid input: expected number, received string`, v3's `Expected number, received string`).
const zodTypes =
  'string|number|bigint|boolean|date|symbol|undefined|null|array|object|map|set|function|promise|nan|integer|float|unknown|never|void|tuple|record|literal|enum'
const zod = new RegExp(
  String.raw`"code"\s{0,3}:\s{0,3}"(?:invalid_type|invalid_format|invalid_string|invalid_enum_value|invalid_literal|invalid_union|too_small|too_big|unrecognized_keys|not_multiple_of)"(?=[^{}]{0,400}"path"\s{0,3}:\s{0,3}\[)|"_errors"\s{0,3}:\s{0,3}\[\s{0,3}"|"fieldErrors"\s{0,3}:\s{0,3}\{\s{0,3}"|\bInvalid input: expected (?:${zodTypes}), received (?:${zodTypes})\b|\bExpected (?:${zodTypes}), received (?:${zodTypes})\b|\bToo (?:small|big): expected [a-z]{1,20} to (?:have|be) [<>]`,
  'g',
)
// Joi's messages, which start with the quoted label (`"email" must be a valid email. "password"
// …`; fast-json-stringify's `"total" is required!` reads the same; prose that quotes a field,
// `the field "Email" is required`, passes, and so does a page's own hint with a label in
// capitals, `"Email" must be a valid email address`: Joi's label is the key), its details
// (`"path":["password"],"type":"string.min","context":{…}`) and its error serialized whole, with
// the input in `_original`.
const joi =
  /(?:(?<![^"'>\n])|(?<=\. ))"[a-z_$][\w$.[\]-]{0,99}" (?:must be |must have |must not |must contain |length must |is required\b|is not allowed\b|does not match |contains an invalid value\b)|"path"\s{0,3}:\s{0,3}\[[^\]\n]{0,200}\]\s{0,3},\s{0,3}"type"\s{0,3}:\s{0,3}"(?:any|string|number|object|array|boolean|date|alternatives|binary|symbol|function|link)\.[a-z]{2,40}"\s{0,3},\s{0,3}"context"\s{0,3}:|"_original"\s{0,3}:/g
// Ajv: an error's `schemaPath`, errorsText() (`data/email must match format "email", data/…`,
// each at the start or after a comma: not prose's `data/exports must …`), and a schema it could
// not compile; express-openapi-validator's, which check the app's own answer (`/response must NOT
// have additional properties`, `"errorCode":"additionalProperties.openapi.validation"`).
const ajv =
  /"schemaPath"\s{0,3}:\s{0,3}"#|(?:(?<![^"'>\n])|(?<=, ))(?:data\/|\/response(?![\w$.~-]))[\w$./~-]{0,300} must (?:be|have|match|NOT|pass|equal)\b|\bdata must have required property '|\bschema is invalid: data\b|"errorCode"\s{0,3}:\s{0,3}"[A-Za-z]{1,40}\.openapi\.validation"/g
// Mongoose: a document's validation (`Order validation failed: email: Path \`email\` is required.`).
const mongoose = /\bvalidation failed: [\w.]{1,100}: |\bPath `[\w.$]{1,100}` is required\./g
// fast-json-stringify (Fastify's response schema) turning the app's value into the schema's type.
const serializer =
  /\bThe value \\?"[^"\n\\]{0,200}\\?" cannot be converted to (?:an integer|a number|a date-time|a date|a time)\./g
// class-validator: its toString() and its errors serialized (`"constraints":{"isEmail":"…"}`, a
// message; a form's `"constraints":{"maxLength":100}` is a number).
const classValidator =
  /\bAn instance of [\w$]{1,100} has failed the validation:|\bproperty [\w$.[\]]{1,200} has failed the following constraints: |"constraints"\s{0,3}:\s{0,3}\{\s{0,3}"(?:is[A-Z]\w{1,40}|arrayNotEmpty|matches|minLength|maxLength)"\s{0,3}:\s{0,3}"/g
// Yup's cast error and the messages of its locale that no page words so (`customer.tier must be
// one of the following values: basic, plus`, `field has unspecified keys: x`), Superstruct's
// path, Valibot's messages (of its own kinds: `Invalid amount: Expected 10 EUR but received 5 EUR`
// is an app's).
const valibotKinds =
  'type|length|value|key|size|email|url|uuid|date|format|input|entries|bytes|digits|decimal|integer|hexadecimal|regex|base64|ulid|nanoid|cuid2|emoji|iban|bic|mac|ip|ipv4|ipv6|isbn|imei|octal|words|graphemes'
const others = new RegExp(
  String.raw`\bmust be a [\x60'][a-z]{1,20}[\x60'] type, but the final value was: |\bmust (?:not )?be one of the following values: |\bfield has unspecified keys: |\bmust match the following: "|\bfield must have (?:at least|less than or equal to) \d{1,9} items\b|\bAt path: [\w$.[\]-]{1,200} -- Expected\b|\bInvalid (?:${valibotKinds}): Expected [^\n"]{1,100} but received\b|\bInvalid (?:${valibotKinds}): Received "`,
  'g',
)

const patterns = [zod, joi, ajv, mongoose, serializer, classValidator, others]

const keywords = [
  '"code"',
  '"_errors"',
  '"fielderrors"',
  'invalid input: expected ',
  ', received ',
  'too small: expected ',
  'too big: expected ',
  '" must ',
  '" length must',
  '" is required',
  '" is not allowed',
  '" does not match',
  '" contains an invalid',
  '"context"',
  '"_original"',
  '"schemapath"',
  'data/',
  'data must have required property',
  'schema is invalid: data',
  'validation failed: ',
  '/response',
  '.openapi.validation"',
  '" cannot be converted to ',
  '` is required.',
  'has failed the validation',
  'has failed the following constraints',
  '"constraints"',
  'but the final value was',
  'be one of the following values: ',
  'field has unspecified keys: ',
  'must match the following: "',
  'field must have ',
  ' -- expected',
  'but received',
  ': received "',
]

/**
 * The errors of validation libraries in a 5xx, which name the schema's fields and rules and often
 * echo the input (a password among it): zod's issues, `format()` and `flatten()`, Joi's messages
 * and details, Ajv's errors and `errorsText()`, class-validator's, Yup's, Superstruct's and
 * Valibot's, and fast-json-stringify's (Fastify's response schema) `"total" is required!`. A 5xx
 * that carries them validated the server's own data (configuration, a database row, an upstream's
 * answer) and failed. In a 4xx they are the client's feedback on its input, and pass.
 *
 * @example
 * ```ts
 * '{"errors":{"_errors":[],"internalAccountId":{"_errors":["Required"]}}}' // flagged in a 500
 * ```
 */
export const exceptionValidationError = defineRule({
  id: 'exception-validation-error',
  category: 'exception',
  description:
    'Validation library errors in a 5xx (not in a 4xx, where they answer the client): zod issues ("code":"invalid_type", _errors, fieldErrors, Invalid input: expected number, received string), Joi ("x" must be a valid email, details, _original), Ajv (schemaPath, data/x must match format), Mongoose (x validation failed: y: Path `y` is required.), class-validator (has failed the following constraints, constraints), Yup (but the final value was, must be one of the following values: x, field has unspecified keys: x), Superstruct (At path: x -- Expected), Valibot (Invalid type: Expected x but received), fast-json-stringify ("x" is required!, The value "x" cannot be converted to an integer), express-openapi-validator on the app\'s answer (/response/x must be integer, "errorCode":"type.openapi.validation").',
  keywords,
  patterns,
  *detect(subject) {
    if (subject.snapshot.status < 500) return
    for (const view of subject.views)
      for (const pattern of patterns)
        for (const m of keywordMatches(subject, view, pattern, keywords)) {
          const span = [m.index, m.index + m[0].length] as const
          // A page's own script holds its form's messages.
          if (view.header === undefined && inViewScript(subject, view, span[0])) continue
          yield {
            message: "shows a validation library's error, which names the schema's fields",
            view,
            span,
          }
        }
  },
  examples: {
    leaky: [
      '{"error":"[\\n  {\\n    \\"expected\\": \\"number\\",\\n    \\"code\\": \\"invalid_type\\",\\n    \\"path\\": [\\n      \\"internalAccountId\\"\\n    ],\\n    \\"message\\": \\"Invalid input: expected number, received string\\"\\n  }\\n]"}',
      '{"errors":{"_errors":[],"email":{"_errors":["Invalid email address"]},"internalAccountId":{"_errors":["Invalid input: expected number, received string"]}}}',
      '{"formErrors":[],"fieldErrors":{"internalAccountId":["Expected number, received string"]}}',
      '"email" must be a valid email. "internalAccountId" must be a number',
      '{"statusCode":500,"error":"Internal Server Error","message":"\\"internalCostCents\\" is required!"}',
      '{"statusCode":500,"error":"Internal Server Error","message":"The value \\"twelve\\" cannot be converted to an integer."}',
      '{"message":"/response/internalCost must be integer","errors":[{"path":"/response/internalCost","message":"must be integer","errorCode":"type.openapi.validation"}]}',
      '{"message":"/response must NOT have additional properties","errors":[{"path":"/response"}]}',
      '{"details":[{"message":"\\"password\\" length must be at least 24 characters long","path":["password"],"type":"string.min","context":{"limit":24,"label":"password","key":"password"}}]}',
      '{"_original":{"email":"x"},"details":[]}',
      'data/email must match format "email", data/internalAccountId must be integer',
      '{"errors":[{"instancePath":"/internalAccountId","schemaPath":"#/properties/internalAccountId/type","keyword":"type","message":"must be integer"}]}',
      'schema is invalid: data/properties/total/type must be equal to one of the allowed values',
      'An instance of SignupDto has failed the validation:\n - property internalAccountId has failed the following constraints: isInt \n',
      '[{"value":"x","property":"email","children":[],"constraints":{"isEmail":"email must be an email"}}]',
      '{"error":"internalAccountId must be a `number` type, but the final value was: `NaN` (cast from the value `\\"acct_7781\\"`)."}',
      '{"error":"customer.tier must be one of the following values: basic, plus"}',
      '{"message":"User validation failed: email: Path `email` is required."}',
      '{"error":"order field has unspecified keys: internalCostCents"}',
      'At path: password -- Expected a string with a length between `24` and `100` but received one with a length of `19`',
      '{"nested":{"internalAccountId":["Invalid type: Expected number but received \\"acct_7781\\""]}}',
    ],
    safe: [
      'Internal Server Error',
      // The client's own input refused, in a 4xx: feedback, not a leak.
      jsonAnswer(
        422,
        '{"errors":{"_errors":[],"email":{"_errors":["Invalid email address"]}},"fieldErrors":{"email":["Invalid email"]}}',
      ),
      {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: '"email" must be a valid email',
      },
      jsonAnswer(400, '{"error":"size must be one of the following values: S, M, L"}'),
      jsonAnswer(
        400,
        '{"errors":[{"path":"email","message":"Path `email` is required."}],"message":"User validation failed: email: Path `email` is required."}',
      ),
      '{"error":"Internal Server Error","code":"internal_error","requestId":"req_7f3a"}',
      'Your data must be saved again. Please try again in a few minutes.',
      'Expected delivery: Tuesday. We received your order and are looking into the error.',
      'We could not save your changes: the field "Email" is required, and coupon "SPRING24" must be used before May.',
      '{"error":{"code":"internal","message":"Something went wrong","fieldErrors":{},"_errors":[]}}',
      '<script type="application/json" id="form">{"fields":[{"name":"email","constraints":{"maxLength":100,"isEmail":true}}]}</script>',
      'Download it from https://files.example.com/data/export must be opened within 7 days.',
      'Invalid amount: Expected 10 EUR but received 5 EUR. Your card was not charged.',
      '{"error":{"code":"too_big","message":"The upload is larger than we can process right now."}}',
      'Please note: data/exports must be downloaded within 7 days. Expected delivery, received order: yes.',
      '{"errors":[{"message":"Please try again","type":"string.retry","context":{"retryAfter":30}}]}',
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<script>window.__I18N__={"required":"\\"name\\" is required"}</script><p id="hint" hidden>"Email" must be a valid email address</p>',
      },
      '<p>See <a href="/data/export">your data</a>. It must be downloaded within 7 days.</p>',
    ],
  },
})
