import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

// A list of frames opening: `"trace":[{`, `"stackTrace": [ {`, or pretty-printed over lines.
const opening =
  /"(?:trace|backtrace|stack|stackTrace|stack_trace|frames|stackFrames)"\s{0,3}:\s{0,3}\[\s{0,40}\{/g
// The members of a frame that place it in a file: PHP's and Ruby's `file`/`line`, Java's
// `fileName`/`lineNumber` (a serialized StackTraceElement), Python's and Sentry's `filename`/`lineno`.
const fileMember = /"(?:file|fileName|filename|file_name|abs_path)"\s{0,3}:\s{0,3}"[^"\n]{1,400}"/
const lineMember = /"(?:line|lineNumber|lineno|line_number)"\s{0,3}:\s{0,3}\d/
// What makes a file and a line a frame's, not a row of an import report (`"file":"customers.csv"`):
// a path or a source file's name (or a built-in module of Node or Bun, `node:net`, `bun:sqlite`),
// or a function, method, class or callee (Youch's, Bun's `function_name`) beside them.
const sourceFile =
  /^(?:node|bun):[\w/]|[/\\]|\.(?:php|phtml|inc|java|kt|scala|groovy|py|js|mjs|cjs|ts|tsx|jsx|rb|cs|vb|go|rs|ex|exs|erl|pl|pm|swift|dart)\b/
const codeMember =
  /"(?:function|function_name|method|methodName|className|module|callee)"\s{0,3}:|"class"\s{0,3}:\s{0,3}"[\w\\.$:]{1,200}"/
// Files no frame is in: data, media, documents, lock files (`"file":"media/intro.mp4","line":1`).
const dataFile =
  /\.(?:csv|tsv|xlsx?|jpe?g|png|gif|webp|svg|mp4|mov|webm|mp3|wav|pdf|docx?|md|txt|lock|json|ya?ml|xml|zip)$/i

const keywords = [
  '"trace"',
  '"backtrace"',
  '"stack"',
  '"stacktrace"',
  '"stack_trace"',
  '"frames"',
  '"stackframes"',
]

/** How much of the first frame is read: up to its closing brace, at most this many characters. */
const frameReach = 1200

/**
 * Stack frames sent as a JSON list of objects, each with a file and a line: Laravel's and
 * Symfony's debug JSON (`"trace":[{"file":"/var/www/...","line":783,"function":...}]`), Whoops'
 * JSON handler, a Java exception serialized by Jackson (`"stackTrace":[{"fileName":"Order.java",
 * "lineNumber":42,...}]`), Python or Sentry frames (`"filename"`, `"lineno"`) and Hellang
 * ProblemDetails' `"stackFrames"`. A list whose first three objects name no file and line passes,
 * and so does one whose file is no source file and has no function beside it (an import report's
 * `"file":"customers.csv","line":17`).
 *
 * @example
 * ```ts
 * '{"message":"boom","trace":[{"file":"/var/www/app/Order.php","line":31,"function":"total"}]}' // flagged
 * ```
 */
export const stackTraceJsonObjects = defineRule({
  id: 'stack-trace-json-objects',
  category: 'stack-trace',
  description:
    'Stack frames as a JSON list of objects with a file and a line ("trace":[{"file":...,"line":...}], "stackTrace":[{"fileName":...,"lineNumber":...}], "frames":[{"filename":...,"lineno":...}]): Laravel, Symfony, Whoops, Jackson-serialized Java exceptions, Python and Sentry frames, the frames of Bun\'s development page.',
  keywords,
  patterns: [opening, fileMember, lineMember, sourceFile, codeMember, dataFile],
  *detect(subject) {
    for (const view of subject.views) yield* scan(subject, view)
  },
  examples: {
    leaky: [
      '{"message":"SQLSTATE[42S02]: Base table or view not found","exception":"Illuminate\\\\Database\\\\QueryException","trace":[{"file":"/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php","line":783,"function":"runQueryCallback","class":"Illuminate\\\\Database\\\\Connection","type":"->"}]}',
      '{"title":"An error occurred","status":500,"class":"ErrorException","trace":[{"namespace":"","short_class":"","class":"","type":"","function":"","file":"/srv/app/src/Controller/OrderController.php","line":31,"args":[]}]}',
      '{"error":"boom","stackTrace":[{"classLoaderName":"app","methodName":"total","fileName":"Order.java","lineNumber":42,"className":"com.acme.shop.Order","nativeMethod":false}]}',
      '{"exception":{"values":[{"stacktrace":{"frames":[{"filename":"app/orders.py","lineno":12,"function":"show"}]}}]}}',
      '{\n    "message": "SQLSTATE[42P01]: Undefined table",\n    "trace": [\n        {\n            "file": "/usr/share/php/Illuminate/Database/Connection.php",\n            "line": 672,\n            "function": "runQueryCallback"\n        }\n    ]\n}',
      '{"message":"connect ECONNREFUSED 10.0.4.7:5432","name":"Error","status":500,"frames":[{"file":"node:net","filePath":"node:net","line":2021,"callee":"TCPConnectWrap.afterConnect [as oncomplete]","column":16}]}',
      '{"name":"SQLiteError","message":"no such table: invoices","stack":{"frames":[{"function_name":"query","file":"bun:sqlite","scope":3,"position":{"line":386,"column":31}}]}}',
    ],
    safe: [
      '{"error":"Internal Server Error","requestId":"3f1c0d6e"}',
      '{"trace":[{"id":"3f1c0d6e","service":"checkout"}]}',
      '{"frames":[{"file":"logo.png","width":120}]}',
      '{"stackFrames":[{"file":"media/intro.mp4","line":1,"in":0},{"file":"uploads/2025/06/customers.csv","line":17}]}',
      '{"frames":[{"file":"hero.webp","line":1,"class":"rounded shadow-lg"}]}',
      '{"stack":[{"line":"A","text":"Row 1"}]}',
      '{"error":"Import failed","frames":[{"file":"customers.csv","line":17,"reason":"bad date"}]}',
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  for (const m of keywordMatches(subject, view, opening, keywords)) {
    // The first frames may be the framework's, without a file (Hellang's `"file":null`).
    let from = m.index + m[0].length
    for (let n = 0; n < framesRead; n++) {
      const frame = frameAt(view.text, from)
      if (isSourceFrame(frame)) {
        yield {
          message: 'shows stack frames (file and line) as JSON objects',
          view,
          span: [m.index, from + frame.length],
        }
        return
      }
      from = nextFrame(view.text, from + frame.length)
      if (from === -1) break
    }
  }
}

/** How many frames of a list are read for one in a file. */
const framesRead = 3

/** Whether a frame's members place it in a source file at a line. */
function isSourceFrame(frame: string): boolean {
  const file = fileMember.exec(frame)?.[0]
  if (file === undefined || !lineMember.test(frame)) return false
  const name = file
    .slice(file.indexOf(':') + 1)
    .trim()
    .slice(1, -1)
  if (dataFile.test(name)) return false
  return sourceFile.test(name) || codeMember.test(frame)
}

/** A frame's members after its `{`: up to its `}`, at most `frameReach` characters. */
function frameAt(text: string, from: number): string {
  const window = text.slice(from, from + frameReach)
  const close = window.indexOf('}')
  return close === -1 ? window : window.slice(0, close)
}

/**
 * Where the members of the frame after the one ending at `end` (its `}`) start: after `},{`, or
 * `},` and a line break and indentation.
 */
function nextFrame(text: string, end: number): number {
  let i = end + 1
  while (i < text.length && i - end < 40 && isBetweenFrames(text.charCodeAt(i))) i++
  return text[i] === '{' ? i + 1 : -1
}

/** A comma or white space, as stands between two frames of a list. */
function isBetweenFrames(c: number): boolean {
  return c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}
