import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { lastIndexWithin } from '../audit/look-back.ts'

/** A V8 frame line: a line break, indentation, `at `. */
const frameLine = /\n[ \t]{0,16}at /g
/**
 * What every frame line holds. Not a keyword of this rule (which needs `error` too), but placed
 * by the gate when another rule running has it, so frame lines are looked for near it only.
 */
const frameWords = ['at ']
/** The line above it, when it is a stack's first line: `SomeError [CODE]: message`. */
const headerLine = /\b[A-Za-z]{0,40}Error(?: \[[A-Z][A-Z0-9_]{1,60}\])?: ([^\n]{1,300})$/
/**
 * Deno's error classes, named without `Error` (`NotFound: Failed to spawn 'ffmpeg'`,
 * `ConnectionRefused: Connection refused (os error 111)`), as the first word of the line.
 */
const classLine = /(?:^|[\s"'>])[A-Z][A-Za-z]{2,40}: ([^\n]{1,300})$/
/** A frame line that ends with a line and column: `at f (ext:deno_net/01_net.js:1:1)`. */
const locatedFrame = /:\d{1,7}:\d{1,7}\)?[ \t]{0,16}$/

/** A line that only says the frames follow. */
const stackTraceLine = /^[ \t]{0,16}Stack trace:[ \t]{0,16}$/

/** The frame line starting with the line break at `at` (at most 400 characters of it). */
function frameText(text: string, at: number): string {
  const end = text.indexOf('\n', at + 1)
  return text.slice(at + 1, Math.min(end === -1 ? text.length : end, at + 401))
}

/** Where the line ending at `end` starts (at most 400 characters back). */
function lineAbove(text: string, end: number): number {
  return Math.max(lastIndexWithin(text, '\n', end - 1, 400) + 1, end - 400)
}

/**
 * The first line of a printed V8 stack: `Error: <the raw message>` right above its `at` frames.
 * A bare `Error: please try again` is not flagged; with a frame under it, the line is the thrown
 * error's own message. Each frame line looks only at the one line above it, so the scan stays
 * linear however many `Error:` the body holds.
 */
export const exceptionStackHeader = defineRule({
  id: 'exception-stack-header',
  category: 'exception',
  description:
    "The raw message of a thrown error, printed as the first line of its stack (Error: ... above the 'at' frames, or a Deno class such as NotFound: ...).",
  // `(ext:`: Deno's stacks, whose classes may not say Error, always pass through its own modules.
  keywords: ['error', '(ext:'],
  patterns: [frameLine, headerLine, classLine, locatedFrame, stackTraceLine],
  *detect(subject) {
    for (const view of subject.views) {
      const { text } = view
      for (const frame of keywordMatches(subject, view, frameLine, frameWords)) {
        let lineEnd = frame.index
        let lineStart = lineAbove(text, lineEnd)
        // Youch's copy of the error puts a blank line and `Stack trace:` between the message and
        // the frames.
        if (stackTraceLine.test(text.slice(lineStart, lineEnd))) {
          for (let up = 0; up < 2 && lineStart > 0; up++) {
            lineEnd = lineStart - 1
            lineStart = lineAbove(text, lineEnd)
            if (text.slice(lineStart, lineEnd).trim() !== '') break
          }
        }
        const line = text.slice(lineStart, lineEnd)
        // Another word than `…Error` counts only above a frame with its line and column.
        const header =
          headerLine.exec(line) ??
          (locatedFrame.test(frameText(text, frame.index)) ? classLine.exec(line) : null)
        const message = header?.[1]
        if (!header || message === undefined) continue
        const start = lineStart + header.index + header[0].length - message.length
        yield {
          message: 'shows the raw message of a thrown error, above its stack',
          view,
          span: [start, start + message.length],
        }
      }
    }
  },
  examples: {
    leaky: [
      'Error: relation "orders" does not exist in /srv/app/src/db.js:41:7\n    at leakyError (file:///srv/app/server.mjs:38:17)',
      '<pre>Error: relation &quot;orders&quot; does not exist<br> &nbsp; &nbsp;at leakyError (file:///srv/app/server.mjs:38:17)</pre>',
      '{"stack":"PaymentError: card declined for account 42\\n    at charge (/srv/app/pay.js:10:5)"}',
      "NotFound: Failed to spawn 'ffmpeg': entity not found\n    at spawnChildInner (ext:runtime/40_process.js:1:1)",
      'ConnectionRefused: Connection refused (os error 111)\n    at async Object.connect (ext:deno_net/01_net.js:1:1)',
      '<button data-error-text="Error: relation &quot;orders&quot; does not exist\n\nStack trace:\n  at listOrders (server/api/orders.ts:12:9)" title="Copy error with stack trace">',
    ],
    safe: [
      'Error: something went wrong, please try again.',
      'Note: we will retry.\nat 10:30 the shop reopens',
      'Internal Server Error\nat 10:30 we will retry',
      '{"error":"Internal Server Error","requestId":"3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
    ],
  },
})
