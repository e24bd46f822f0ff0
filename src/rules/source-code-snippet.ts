import type { Hit, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { patternExtent } from '../audit/pattern-reach.ts'

interface Construct {
  readonly pattern: RegExp
  /** Enough alone; the others count only when two different ones occur. */
  readonly strong: boolean
}

const constructs: readonly Construct[] = [
  // JavaScript / TypeScript
  { pattern: /\brequire\(\s{0,3}['"][^'"\n]{1,200}['"]\s{0,3}\)/g, strong: true },
  {
    pattern: /\bimport (?:[\w$]{1,100}|\{[^{}\n]{1,200}\}|\* as [\w$]{1,100}) from ['"]/g,
    strong: true,
  },
  { pattern: /\bmodule\.exports\s{0,3}=/g, strong: true },
  {
    pattern: /\bexport (?:default|const|function|class|async function|interface|type) /g,
    strong: false,
  },
  { pattern: /\b(?:const|let|var) [\w$]{1,100}\s{0,3}=\s{0,3}[^\s=>]/g, strong: false },
  {
    pattern: /\bfunction(?:\s{1,3}[\w$]{1,100})?\s{0,3}\([^()\n]{0,200}\)\s{0,3}\{/g,
    strong: false,
  },
  { pattern: /\)\s{0,3}=>\s{0,3}\{/g, strong: false },
  { pattern: /\bawait [\w$.]{1,100}\(/g, strong: false },
  { pattern: /\bthrow new [A-Z][\w$]{0,100}\(/g, strong: false },
  { pattern: /\bconsole\.(?:log|error|warn|info)\(/g, strong: false },
  // Python
  { pattern: /\bdef \w{1,100}\([^()\n]{0,200}\)(?: -> [^:\n]{1,100})?:/g, strong: true },
  { pattern: /\bfrom [\w.]{1,100} import [\w*(]/g, strong: true },
  { pattern: /\bself\.\w{1,100}/g, strong: false },
  { pattern: /\braise [A-Z]\w{0,100}\(/g, strong: false },
  { pattern: /\bexcept(?: [\w.]{1,100}(?: as \w{1,100})?)?:/g, strong: false },
  // PHP
  { pattern: /<\?php\b/g, strong: true },
  { pattern: /\b(?:public|private|protected) (?:static )?function \w{1,100}\(/g, strong: true },
  { pattern: /^namespace [A-Z][\w\\]{1,200};/gm, strong: true },
  { pattern: /\$this->\w{1,100}/g, strong: false },
  { pattern: /\$[a-z_]\w{0,60} = [^=]/g, strong: false },
  // Ruby
  { pattern: /\bdo \|[\w, ]{1,100}\|/g, strong: false },
  { pattern: /@[a-z_]\w{0,60} = [^=]/g, strong: false },
  // Java / C#
  {
    pattern:
      /\b(?:public|private|protected) (?:static )?(?:final |async |override )?[\w<>[\],]{1,100} \w{1,100}\([^()\n]{0,200}\)\s{0,3}(?:\{|throws )/g,
    strong: true,
  },
]

/** The opening tag of an HTML code block: `<pre>`, `<code class="x">`, not `<prefix>`. */
const codeBlockOpen = /<(pre|code|textarea|xmp)[\s>]/gi
/** The closing tag of each code block. */
const codeBlockClose: Readonly<Record<string, RegExp>> = {
  pre: /<\/pre/gi,
  code: /<\/code/gi,
  textarea: /<\/textarea/gi,
  xmp: /<\/xmp/gi,
}

/**
 * `[start, end)` ranges of <pre>/<code>/<textarea> contents in an HTML body (a linear scan). The
 * tags are found by regexes rather than `indexOf('<pre')`, which crawls through runs of `<`.
 */
function codeRegions(html: string): (readonly [number, number])[] {
  const regions: (readonly [number, number])[] = []
  codeBlockOpen.lastIndex = 0
  for (let open = codeBlockOpen.exec(html); open !== null; open = codeBlockOpen.exec(html)) {
    const tag = (open[1] as string).toLowerCase()
    const start = html.indexOf('>', open.index)
    if (start === -1) break
    const close = codeBlockClose[tag] as RegExp
    close.lastIndex = start
    const end = close.exec(html)?.index ?? html.length
    regions.push([start + 1, end])
    codeBlockOpen.lastIndex = end
  }
  return regions
}

/**
 * `regions` of the body as ranges of `view`: the characters of the view that come from inside
 * them (`toBody` maps the view onto the body in order, so a binary search finds each end).
 */
function inView(
  view: TextView,
  regions: readonly (readonly [number, number])[],
): [number, number][] {
  const n = view.text.length
  const first = (at: number) => {
    let lo = 0
    let hi = n
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (view.toBody(mid, mid)[0] < at) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return regions.map(([start, end]) => [first(start), first(end)])
}

/**
 * How far past its start a construct's match, and what its assertions look at, can reach: read
 * from its source the first time a body with code blocks needs it.
 */
const reaches = new Map<RegExp, number | undefined>()
function reachOf(pattern: RegExp): number | undefined {
  if (!reaches.has(pattern)) {
    const extent = patternExtent(pattern)
    reaches.set(pattern, extent ? extent.length + extent.context : undefined)
  }
  return reaches.get(pattern)
}

/**
 * The first match of `pattern` in `text` that starts in one of `ranges` (sorted), or anywhere when
 * there are none. Each range is searched on its own, with the character before it and the text a
 * match from it can reach: what a scan of the whole text finds there.
 */
function firstMatch(
  text: string,
  pattern: RegExp,
  ranges: readonly (readonly [number, number])[] | undefined,
): RegExpExecArray | undefined {
  const reach = ranges && reachOf(pattern)
  // The patterns are this module's own, and nothing else runs between setting and reading
  // `lastIndex`; `matchAll` would copy the pattern on every call.
  if (ranges === undefined || reach === undefined) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (!ranges || ranges.some(([s, e]) => match.index >= s && match.index < e)) return match
      // The patterns never match empty text, so each search moves on.
    }
    return undefined
  }
  for (const [start, end] of ranges) {
    if (start >= end) continue
    const from = Math.max(0, start - 1)
    pattern.lastIndex = start - from
    const match = pattern.exec(text.slice(from, Math.min(text.length, end + reach)))
    if (match && match.index < end - from) {
      match.index += from
      return match
    }
  }
  return undefined
}

/** Statements of source code (JS/TS, Python, PHP, Ruby, Java, C#) in a JSON or text body, or an HTML code block. */
export const sourceCodeSnippet = defineRule({
  id: 'source-code-snippet',
  category: 'source-code',
  description:
    'Source code statements (require/import, def, <?php, method signatures, or two different statement kinds) in a JSON or text body or inside an HTML <pre>/<code> block; <script> tags are not looked at.',
  patterns: [...constructs.map((c) => c.pattern), codeBlockOpen, ...Object.values(codeBlockClose)],
  *detect({ views, mimeType, snapshot }): Iterable<Hit> {
    const raw = views[0]
    if (!raw) return
    const html = mimeType === 'text/html' || snapshot.text.trimStart().startsWith('<')
    // In HTML only code blocks count, so an inline <script> on a safe page is not source code.
    const regions = html ? codeRegions(raw.text) : undefined
    if (regions?.length === 0) return
    for (const view of views) {
      if (view.header !== undefined) continue
      const found = scan(view, regions)
      if (found) {
        yield { message: 'shows source code', view, span: found }
        return
      }
    }
  },
  examples: {
    leaky: [
      '{"source":"const db = require(\'./db\')\\nmodule.exports = async (req, res) => {"}',
      '<pre>import { db } from &#39;../lib/db&#39;\nexport default async function handler(req, res) {\n  const order = await db.order.find(req.query.id)</pre>',
      '<pre class="line before"><span class="ws">    </span>def index(request):</pre>',
      'from django.shortcuts import render\n\ndef show(request, pk):\n    return render(request, "x.html")',
      '<code>&lt;?php\n$order = Order::find($id);\nreturn $this-&gt;view($order);</code>',
      'public Order show(Long id) throws NotFoundException {',
    ],
    safe: [
      'Internal Server Error',
      '<!DOCTYPE html><html><head><script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} const id = 1;</script></head><body><h1>Something went wrong</h1><p>Request ID: <code>3f1c0d6e</code></p></body></html>',
      '{"message":"Please return to the previous page; we will fix it soon."}',
      'We import goods from many countries. Please try again at 10:30.',
      '<pre>Internal Server Error</pre>',
    ],
  },
})

/** The first construct's span when the view holds a strong one or two different ones. */
function scan(
  view: TextView,
  regions: readonly (readonly [number, number])[] | undefined,
): readonly [number, number] | undefined {
  const ranges = regions && inView(view, regions)
  let first: readonly [number, number] | undefined
  let kinds = 0
  for (const { pattern, strong } of constructs) {
    const match = firstMatch(view.text, pattern, ranges)
    if (!match) continue
    const span = [match.index, match.index + match[0].length] as const
    if (strong) return span
    first ??= span
    kinds++
    if (kinds >= 2) return first
  }
  return undefined
}
