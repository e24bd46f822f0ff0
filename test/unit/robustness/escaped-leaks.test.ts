import type { Snapshot } from 'safe500'
import { auditSnapshot } from 'safe500'
import { expect, test } from 'vitest'

function snapshotOf(text: string, contentType: string): Snapshot {
  return {
    status: 500,
    statusText: '',
    headers: {
      'content-type': contentType,
      'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
    },
    body: new TextEncoder().encode(text),
    text,
    truncated: false,
  }
}

/** The body ranges (as written, escapes and all) where `rule` found something. */
function found(text: string, contentType: string, rule: string): string[] {
  return auditSnapshot(snapshotOf(text, contentType))
    .findings.filter((f) => f.rule === rule)
    .map((f) => {
      expect(f.span, `${rule} gives a body range`).toBeDefined()
      const { start, end } = f.span as { start: number; end: number }
      const before = text.slice(0, start).split('\n')
      expect(f.where).toBe(`body ${before.length}:${(before.at(-1) as string).length + 1}`)
      return text.slice(start, end)
    })
}

test('a stack in a JSON string, with \\n and \\u002F escapes, is found where it is written', () => {
  const body =
    '{"error":"TypeError: x\\n    at handler (\\u002Fsrv\\u002Fapp\\u002Fsrc\\u002Froutes.js:10:5)' +
    '\\n    at next (\\/srv\\/app\\/node_modules\\/express\\/lib\\/router\\/index.js:280:10)"}'
  expect(found(body, 'application/json', 'stack-trace-node')).toEqual([
    'at handler (\\u002Fsrv\\u002Fapp\\u002Fsrc\\u002Froutes.js:10:5)',
    'at next (\\/srv\\/app\\/node_modules\\/express\\/lib\\/router\\/index.js:280:10)',
  ])
})

test('an upstream JSON body quoted in a JSON message, its quotes escaped twice, is read', () => {
  // Spring 6's RestClient puts the upstream's body in the message; the app's JSON escapes it again.
  const upstream = JSON.stringify({ error: 'pq: password authentication failed for user "ledger"' })
  const body = JSON.stringify({
    status: 500,
    message: `503 Service Unavailable: "${upstream}"`,
  })
  expect(body).toContain('\\\\\\"ledger')
  expect(found(body, 'application/json', 'sql-error-postgres')).toEqual([
    'password authentication failed for user \\\\\\"',
  ])
})

test('a stack split by markup, <br>&nbsp;&nbsp;at ..., is found where it is written', () => {
  const body =
    '<pre>Error: boom<br>&nbsp;&nbsp;at next (/app/node_modules/express/lib/router/index.js:280:10)' +
    '<br>&nbsp;&nbsp;at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)</pre>'
  expect(found(body, 'text/html; charset=utf-8', 'stack-trace-node')).toEqual([
    'at next (/app/node_modules/express/lib/router/index.js:280:10)',
    'at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)',
  ])
})

test('a frame whose spaces are entities is found whole, entities included', () => {
  const body = '<p>at&nbsp;handler&nbsp;(/srv/app/x.js:1:2)</p>'
  expect(found(body, 'text/html; charset=utf-8', 'stack-trace-node')).toEqual([
    'at&nbsp;handler&nbsp;(/srv/app/x.js:1:2)',
  ])
})

test('entity-escaped paths are found where they are written', () => {
  const hex = '<p>Cannot open &#x2F;srv&#x2F;app&#x2F;config&#x2F;secrets.json</p>'
  expect(found(hex, 'text/html; charset=utf-8', 'file-path-unix')).toEqual([
    '&#x2F;srv&#x2F;app&#x2F;config',
  ])
  const decimal =
    '<p>Traceback (most recent call last):<br>&nbsp;&nbsp;File &quot;&#47;usr&#47;lib&#47;python3&#47;app.py&quot;, line 3, in f</p>'
  expect(found(decimal, 'text/html; charset=utf-8', 'stack-trace-python')).toContain(
    'File &quot;&#47;usr&#47;lib&#47;python3&#47;app.py&quot;, line 3',
  )
  expect(found(decimal, 'text/html; charset=utf-8', 'file-path-unix')).toEqual([
    '&#47;usr&#47;lib&#47;python3',
  ])
})

test('the same leak seen raw and unescaped is reported once', () => {
  const body = '{"stack":"at handler (/srv/app/x.js:1:2)\\n"}'
  expect(found(body, 'application/json', 'stack-trace-node')).toEqual([
    'at handler (/srv/app/x.js:1:2)',
  ])
})
