import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { isJsonBlank, valueAfterColon } from '../audit/json-text.ts'

// A non-empty member named after exception internals: `"stack":"…`, `"exception":["…`,
// `"innerException":{"…`, frames as arrays (`"stack":[["Page","/app/x.js",3,11]]`, as React
// Server Components send them) (`"stack":""`, `"exception":null` and `"stack":[]` are harmless).
const member =
  /"(stack|stackTrace|stack_trace|stacktrace|backtrace|traceback|exc_info|innerException|exception|exceptionType|exceptionMessage|exception_class|exceptionClass|errorType)"\s{0,10}:\s{0,10}("[^"\s]|\[\s{0,10}(?:\[\s{0,10})?["{]|\{\s{0,10}")/gi
/** Members that hold a stack or a nested exception: any non-empty value is a leak. */
const stackMembers = new Set([
  'stack',
  'stacktrace',
  'stack_trace',
  'backtrace',
  'traceback',
  'exc_info',
  'innerexception',
])
// What makes an `exception` member technical rather than a sentence for people: a class name
// (TypeError, ErrorException, NotFound), a qualified name (System.IO.IOException, App\Foo,
// ActiveRecord::RecordNotFound), a Ruby inspect (#<NoMethodError…), a frame (at f (…), file.ext:12)
// or a server path.
const technical =
  /\b[A-Z]\w{0,80}(?:Exception|Error)\b|^(?:Exception|Error)$|^[A-Z][a-z0-9]{1,40}[A-Z]\w{0,100}$|\b[A-Za-z_]\w{0,80}(?:\.|\\{1,2}|::)[A-Z]\w{0,80}|#<[A-Z]|\bat [\w$.<>]{1,200} \([^()\s]{1,300}:\d{1,7}|\.(?:js|mjs|cjs|ts|jsx|tsx|py|rb|erb|php|java|kt|scala|go|cs|rs|ex|exs):\d{1,7}\b|\/(?:home|usr|var|srv|opt|app|etc|tmp|root|src|workspace)\/|\/[\w.-]{1,100}\.(?:js|mjs|cjs|ts|py|rb|php|java|go|cs|rs|kt)\b/
// An error class, or a name qualified by a runtime or service (`DynamoDB:DynamoDbException`).
const errorClass = /^"?[\w.:$<>]{0,200}(?:Exception|Error)\b|^"?[A-Za-z]\w{0,60}[.:]/
/** How much of a member's value is looked at. */
const valueLength = 300
// An AWS JSON-protocol error passed on whole: `"__type":"com.amazonaws.dynamodb.v20120810#
// ResourceNotFoundException"` names the service and its API version.
const awsType = /"__type"\s{0,10}:\s{0,10}"com\.amazon(?:aws)?\.[\w.-]{1,200}#[A-Za-z]\w{0,100}"/g
/** Names an app gives its own errors (`InternalError`): they tell nothing of the code alone. */
const genericTypes = new Set(
  [
    'internal',
    'internalserver',
    'server',
    'unknown',
    'unexpected',
    'service',
    'application',
    'generic',
  ].flatMap((name) => [`${name}error`, `${name}exception`]),
)
/** Members that carry the trace of the error beside them in the same object. */
const traceMembers = new Set([
  'stack',
  'stacktrace',
  'stack_trace',
  'trace',
  'backtrace',
  'traceback',
])
/** How far from a member its object's braces are looked for. */
const objectReach = 2000

/**
 * JSON members that carry exception internals: a non-empty `"stack"`, `"stackTrace"`,
 * `"backtrace"`, `"traceback"` or `"innerException"`, or an `"exception"` member whose value is
 * technical (a class name, a frame, a path), not a sentence written for people; an AWS error's
 * `"__type":"com.amazonaws.…#ResourceNotFoundException"`.
 *
 * @example
 * ```ts
 * '{"exception":"ErrorException","file":"/var/www/x.php"}' // flagged
 * '{"exception":"We could not process your payment."}' // passes
 * ```
 */
export const exceptionJsonMember = defineRule({
  id: 'exception-json-member',
  category: 'exception',
  description:
    'JSON members named after exception internals: a non-empty stack, stackTrace, backtrace, traceback, exc_info or innerException, or an exception, exceptionType, exceptionMessage, exceptionClass or errorType (AWS Lambda) member holding a class name, a frame or a server path (a generic errorType like InternalError only beside a trace), and an AWS error\'s "__type":"com.amazonaws.…#…Exception".',
  keywords: [
    'com.amazon',
    '"stack',
    '"backtrace',
    '"traceback',
    '"exc',
    '"exception',
    '"innerexception',
    '"errortype',
  ],
  patterns: [member, technical, errorClass, awsType],
  *detect({ views, mimeType }): Iterable<Hit> {
    // An AWS service's own error (application/x-amz-json-1.0, as DynamoDB Local answers) is how
    // its protocol speaks: only a `__type` echoed by an app counts.
    const awsService = mimeType !== undefined && mimeType.startsWith('application/x-amz-json')
    for (const view of views) {
      const { text } = view
      for (const m of text.matchAll(member)) {
        const name = (m[1] as string).toLowerCase()
        if (!stackMembers.has(name) && !technical.test(valueText(text, m))) continue
        // Lambda's `errorType` also carries names an app chose (`UpstreamUnavailable`): it counts
        // for an error class or a qualified name (`Runtime.ImportModuleError`).
        if (name === 'errortype') {
          const value = valueText(text, m)
          if (!errorClass.test(value)) continue
          // A generic name (`InternalError`) counts only with a trace beside it.
          if (genericTypes.has(value.toLowerCase()) && !objectHasTrace(text, m.index)) continue
        }
        // A bare "stack" also names a platform ("heroku-22") or a tech stack: as a string it
        // counts when it reads like a trace (several lines, a frame, an error class, a path).
        if (name === 'stack' && (m[2] as string).startsWith('"') && !traceLike(valueText(text, m)))
          continue
        yield {
          message: 'has a JSON member with exception details',
          view,
          span: [m.index, m.index + m[0].length],
        }
      }
      if (!awsService)
        for (const m of text.matchAll(awsType))
          yield {
            message: 'has a JSON member with exception details',
            view,
            span: [m.index, m.index + m[0].length],
          }
    }
  },
  examples: {
    leaky: [
      '{"errorType":"AccessDeniedException","errorMessage":"User is not authorized to perform: dynamodb:GetItem"}',
      '{"message":"boom","stack":"Error: boom\\n    at handler (/app/x.js:1:2)"}',
      '{"message":"boom","stack":"TypeError: Cannot read properties of undefined"}',
      '{"Message":"An error has occurred.","ExceptionMessage":"Sequence contains no elements","ExceptionType":"System.InvalidOperationException","StackTrace":"   at Shop.Api"}',
      '{"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR","stacktrace":["Error: boom"]}}]}',
      '{"message":"Server Error","exception":"ErrorException","file":"/var/www/html/app/Http/Kernel.php","line":12}',
      '{"error":"Internal Server Error","traceback":"Traceback (most recent call last)"}',
      '{"status":500,"error":"Internal Server Error","exception":"#<NoMethodError: undefined method `total\' for nil:NilClass>"}',
      '{"exception":{"class":"App\\\\Exceptions\\\\PaymentFailed","message":"declined"}}',
      '{"digest":"3910448862","name":"Error","message":"boom","stack":[["Orders","/srv/app/.next/server/chunks/ssr/page.js",19,11,0,0,false]]}',
      '{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}',
      '{"errorType":"InternalError","errorMessage":"boom","trace":["InternalError: boom","    at Runtime.handler (file:///var/task/index.mjs:9:11)"]}',
    ],
    safe: [
      '{"errorType":"UpstreamUnavailable","errorMessage":"Pricing is temporarily unavailable."}',
      '{"errorType":"InternalError","errorMessage":"Something went wrong. Please try again.","requestId":"3f1c0d6e"}',
      '{"errorType":"UnexpectedException","errorMessage":"Please retry.","trace":[],"meta":{"stack":"heroku-22"}}',
      '{"message":"Requested resource not found","type":"com.acme.orders#NotFound"}',
      {
        headers: { 'content-type': 'application/x-amz-json-1.0' },
        body: '{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"}',
      },
      'Internal Server Error',
      '{"error":"Internal Server Error","stack":"","exception":null}',
      '{"stackTrace":[],"requestId":"3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
      '{"stack":[[]],"digest":"3910448862"}',
      '{"error":{"message":"Internal error"},"meta":{"stack":"heroku-22","region":"eu"}}',
      '{"traceId":"0af7651916cd43dd8448eb211c80319c","error":"Internal Server Error"}',
      'Our stack is healthy; the exception was on our side. Request 3f1c0d6e.',
      '{"exception":"We could not process your payment. Please try again at 10:30.","requestId":"3f1c0d6e"}',
      '{"exception":{"message":"Something went wrong on our side. Error reference 3f1c0d6e."}}',
      '{"exception":"Something went wrong at checkout (step 2). Visit status.example.com:443 for updates."}',
    ],
  },
})

function traceLike(value: string): boolean {
  return (
    value.includes('\\n') ||
    value.includes('\n') ||
    value.startsWith('Error') ||
    technical.test(value)
  )
}

/** The start of a member's value: a string's text up to its closing quote, or an array or object. */
function valueText(text: string, m: RegExpExecArray): string {
  const from = m.index + m[0].length - (m[2] as string).length
  const slice = text.slice(from, from + valueLength)
  if (!slice.startsWith('"')) return slice
  const end = slice.indexOf('"', 1)
  return slice.slice(1, end === -1 ? undefined : end)
}

/** Whether the object around the member at `at` has a non-empty trace member of its own. */
function objectHasTrace(text: string, at: number): boolean {
  // Back to the `{` that opens the object, outside strings (the member's key starts outside one).
  let start = -1
  let depth = 0
  let inString = false
  for (let i = at - 1; i >= Math.max(0, at - objectReach); i--) {
    const c = text[i]
    if (c === '"' && !escaped(text, i)) inString = !inString
    else if (inString) continue
    else if (c === '}' || c === ']') depth++
    else if (c === '{' || c === '[') {
      if (depth === 0) {
        if (c === '{') start = i
        break
      }
      depth--
    }
  }
  if (start === -1) return false
  // On through the object, looking at each key of its own level.
  depth = 0
  inString = false
  let keyStart = -1
  for (let i = start; i < Math.min(text.length, at + objectReach); i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') {
        inString = false
        if (depth === 1 && traceMembers.has(text.slice(keyStart + 1, i).toLowerCase())) {
          const value = valueAfterColon(text, i + 1)
          if (value !== -1 && nonEmpty(text, value)) return true
        }
      }
      continue
    }
    if (c === '"') {
      inString = true
      keyStart = i
    } else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) break
    }
  }
  return false
}

/** Whether the `"` at `i` is escaped: an odd run of backslashes before it. */
function escaped(text: string, i: number): boolean {
  let n = 0
  while (i - n - 1 >= 0 && text[i - n - 1] === '\\') n++
  return n % 2 === 1
}

/** Whether the value at `i` is a non-empty string, array or object. */
function nonEmpty(text: string, i: number): boolean {
  const open = text[i]
  const close = open === '"' ? '"' : open === '[' ? ']' : open === '{' ? '}' : undefined
  if (close === undefined) return false
  let j = i + 1
  if (open !== '"') while (isJsonBlank(text[j])) j++
  return j < text.length && text[j] !== close
}
