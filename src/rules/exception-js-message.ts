import { defineRule } from '../define-rule.ts'

// Messages V8 and Node print: with a quoted name or token, and fixed phrases.
const quoted =
  /\bCannot (?:read|set) propert(?:y|ies) (?:'[^'\n]{0,100}' )?of (?:undefined|null)|\bCannot destructure property |\bUnexpected token '[^'\n]{1,10}'|\bCannot access '[^'\n]{1,100}' before initialization/g
const phrases =
  /\(intermediate value\)|\bis not iterable\b|\bUnexpected token \S in JSON|\bUnexpected end of JSON input|\bin JSON at position \d|\bMaximum call stack size exceeded|\bConverting circular structure to JSON|\bAssignment to constant variable\b|\bCannot set headers after they are sent to the client|\bDo not know how to serialize a BigInt|\bInvalid array length\b/g
// `req.user.can is not a function`: a property path right before the phrase (prose has a space).
// Suffix first: the path is captured behind the phrase, so the engine skips to the phrase.
const notAFunction =
  /(?<=(?<![\w$.])([\w$]{1,100}\.[\w$.]{1,200})) is not a (?:function|constructor)\b/dg

const keywords = [
  'cannot read propert',
  'cannot set propert',
  'cannot destructure',
  'is not a ',
  'is not iterable',
  '(intermediate value)',
  'unexpected token',
  'unexpected end of json',
  'in json at position',
  'maximum call stack',
  'circular structure',
  'before initialization',
  'constant variable',
  'headers after they are sent',
  'serialize a bigint',
  'invalid array length',
]

/** Raw V8/Node messages without the class name, as Fastify and Nest pass `err.message` on. */
export const exceptionJsMessage = defineRule({
  id: 'exception-js-message',
  category: 'exception',
  description:
    'Raw V8/Node error messages (Cannot read properties of undefined, x.y is not a function, JSON parse errors, ...).',
  keywords,
  pattern: [quoted, phrases, notAFunction],
  message: 'shows a raw JavaScript error message',
  examples: {
    leaky: [
      '{"statusCode":500,"error":"Internal Server Error","message":"Cannot read properties of undefined (reading \'id\')"}',
      '{"statusCode":500,"message":"Cannot read property \'total\' of null"}',
      'req.user.can is not a function',
      'Unexpected token u in JSON at position 0',
      "Expected property name or '}' in JSON at position 1 (line 1 column 2)",
      'Maximum call stack size exceeded',
      'Cannot set headers after they are sent to the client',
      "Cannot access 'db' before initialization",
    ],
    safe: [
      'Internal Server Error',
      'This is not a function of our service; please contact support@example.com.',
      '{"statusCode":500,"message":"Internal server error"}',
      'Something went wrong. We cannot read your order right now; try again at 10:30.',
      'The token is not valid any more. Unexpected? Contact support.',
    ],
  },
})
