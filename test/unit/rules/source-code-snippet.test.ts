import { auditSnapshot } from 'safe500'
import { expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

// In HTML, source-code-snippet looks only inside <pre>/<code> blocks: each block is searched on
// its own, with the text a match that starts in it can reach.

const only = { skip: ['status', 'header', 'request-id', 'stack-trace', 'file-path', 'exception'] }

const html = (body: string) =>
  snapshotOf({ status: 500, headers: { 'content-type': 'text/html; charset=utf-8' }, body })

const spansOf = (body: string) =>
  auditSnapshot(html(body), only)
    .findings.filter((f) => f.rule === 'source-code-snippet')
    .map((f) => f.span)

test('finds code in the last of many blocks of a large page, where it stands', () => {
  const prose = '<pre>Something went wrong; please try again later.</pre>\n<p>More text.</p>\n'
  const body = `${prose.repeat(3000)}<pre>  def index(request):\n    return 1</pre>`
  const at = body.indexOf('def index')
  expect(spansOf(body)).toEqual([{ start: at, end: at + 'def index(request):'.length }])
})

test('code outside the blocks does not count; code that starts in a block and runs past it does', () => {
  expect(spansOf(`def index(request):<pre>Sorry.</pre>`)).toEqual([])
  expect(spansOf(`<p>def index(request):</p><pre>Sorry.</pre>`)).toEqual([])
  expect(spansOf(`<pre>Sorry.</pre><p>def index(request):</p>`)).toEqual([])
  // The match starts in the block; its end is past the closing tag.
  const body = `<pre>Sorry. def index(a</pre>, b):`
  const at = body.indexOf('def')
  expect(spansOf(body)).toEqual([{ start: at, end: body.length }])
  // Escaped code in a block is read in the unescaped body and shown where it stands in the body.
  const escaped = `${'<p>filler</p>'.repeat(500)}<code>&lt;?php\n$order = 1;</code>`
  expect(spansOf(escaped)).toEqual([
    { start: escaped.indexOf('&lt;?php'), end: escaped.indexOf('&lt;?php') + '&lt;?php'.length },
  ])
})
