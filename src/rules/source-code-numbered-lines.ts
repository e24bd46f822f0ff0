import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

// One `N: text` line (Jasper quotes JSP source this way); the next line starts where it ends.
const numbered = /(?:^|\n)[ \t]{0,8}(\d{1,6}):[ \t]([^\n]{0,400})/g
// A line that reads as code: it ends a call with `);`, opens or closes a block, or is a JSP tag.
const codeLike = /\)[ \t]{0,4};[ \t\r]{0,20}$|[{}][ \t\r]{0,20}$|<%|%>|&lt;%|%&gt;/

/** Fewest consecutively numbered lines that make a listing. */
const minLines = 3

const keywords = [': ', ':\t']

/**
 * Source quoted as consecutively numbered `N: code` lines, as Tomcat's Jasper quotes the JSP
 * around a failing line.
 *
 * @example
 * ```ts
 * '2:   String total = orders.get("42");\n3:   out.print(total.length());\n4: %>' // flagged
 * ```
 */
export const sourceCodeNumberedLines = defineRule({
  id: 'source-code-numbered-lines',
  category: 'source-code',
  description:
    'Source quoted as three or more consecutively numbered "N: code" lines, one of which reads as code (ends with ");", "{" or "}", or holds a JSP tag), as Tomcat\'s JasperException shows the JSP around the failing line.',
  keywords,
  patterns: [numbered, codeLike],
  *detect(subject): Iterable<Hit> {
    for (const view of subject.views) {
      if (view.header !== undefined) continue
      const span = listing(subject, view)
      if (span) {
        yield { message: 'shows numbered source code lines', view, span }
        return
      }
    }
  },
  examples: {
    leaky: [
      '10:\tconst secret = process.env.KEY\n11:\treturn secret\n12:\t}\n',
      '<pre>org.apache.jasper.JasperException: An exception occurred processing [&#47;npe.jsp] at line [5]\n\n2:   &#47;&#47; A real bug: the order is missing and the page does not check.\n3:   java.util.Map&lt;String, String&gt; orders = new java.util.HashMap&lt;&gt;();\n4:   String total = orders.get(&quot;42&quot;);\n5:   out.print(&quot;{\\&quot;total\\&quot;:&quot; + total.length() + &quot;}&quot;);\n6: %&gt;\n\n\nStacktrace:</pre>',
      'An error occurred at line: [4] in the jsp file: [/orders.jsp]\nString cannot be resolved to a type\n3:   try {\n4:     Strin total = request.getParameter("id");\n5:   }',
    ],
    safe: [
      'Internal Server Error',
      'What to do:\n1: Reload the page.\n2: Try again at 10:30.\n3: Contact support@example.com (Request 3f1c0d6e).',
      'Status:\n500: Internal Server Error\n502: Bad Gateway\n503: Service Unavailable {retry later}',
      'Steps:\n1: wait a minute;\n2: reload;\n3: retry;',
    ],
  },
})

/** The span of the first run of `minLines` consecutively numbered lines with one that reads as code. */
function listing(subject: Subject, view: TextView): readonly [number, number] | undefined {
  let start = 0
  let end = -1
  let previous = -1
  let lines = 0
  let code = false
  for (const match of keywordMatches(subject, view, numbered, keywords)) {
    const n = Number(match[1])
    const at = match.index + (match[0].startsWith('\n') ? 1 : 0)
    if (match.index === end && n === previous + 1) {
      lines++
    } else {
      start = at
      lines = 1
      code = false
    }
    code ||= codeLike.test(match[2] as string)
    previous = n
    end = match.index + match[0].length
    if (lines >= minLines && code) return [start, end]
  }
  return undefined
}
