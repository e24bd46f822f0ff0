import { expect, test } from 'vitest'
import { auditSnapshot } from '../../../src/index.ts'
import type { Snapshot } from '../../../src/capture/snapshot.ts'
import { dataUrlViews } from '../../../src/audit/data-urls.ts'
import { sampleSecret } from '../../../src/secrets/sample-secret.ts'

const encoder = new TextEncoder()
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

/** An HTML 500 of `text`. */
function page(text: string): Snapshot {
  return {
    status: 500,
    statusText: 'Internal Server Error',
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-request-id': 'req-3f1c0d6e' },
    body: encoder.encode(text),
    text,
    truncated: false,
  }
}

/** A development page that loads its error page into an iframe, as Nuxt's overlay does. */
function overlay(inner: string, type = 'text/html'): string {
  return `<html><body><nuxt-error-overlay></nuxt-error-overlay><script>const iframe = el('iframe'); iframe.src = 'data:${type};base64,${base64(inner)}';</script></body></html>`
}

const youch =
  '<!DOCTYPE html><html><body><h1>TypeError</h1><p>Cannot read properties of undefined (reading &#39;id&#39;)</p><pre>TypeError: Cannot read properties of undefined\n    at setup (/srv/shop/app/pages/orders.vue:14:18)\n    at callWithErrorHandling (/srv/shop/node_modules/@vue/runtime-core/dist/runtime-core.cjs.js:200:19)</pre></body></html>'

test('a base64 data: URL of a text type is read as a document: its text, and its text with escapes undone', () => {
  const body = overlay(youch)
  const views = dataUrlViews(body)
  expect(views.map((v) => v.text)).toEqual([
    youch,
    expect.stringContaining("Cannot read properties of undefined (reading 'id')"),
  ])
  // Every range maps to the base64 characters that encode it.
  const start = body.indexOf(';base64,') + 8
  const end = body.indexOf("'", start)
  for (const view of views) {
    const at = view.text.indexOf('at setup (')
    const [from, to] = view.toBody(at, at + 'at setup ('.length)
    expect(from).toBeGreaterThanOrEqual(start)
    expect(to).toBeLessThanOrEqual(end)
    expect(Buffer.from(body.slice(from, to), 'base64').toString('utf8')).toContain('at setup (')
  }
})

test('ranges after characters of several bytes still map to the base64 that encodes them', () => {
  const inner = `${'<p>Déjà vu — 日本 🚀 </p>'.repeat(20)}<pre>Error: boom\n    at run (/srv/app/x.js:1:2)</pre>`
  const body = overlay(inner)
  const [view] = dataUrlViews(body)
  const at = view?.text.indexOf('at run (') ?? -1
  expect(at).toBeGreaterThan(0)
  const [from, to] = view?.toBody(at, at + 8) ?? [0, 0]
  expect(Buffer.from(body.slice(from, to), 'base64').toString('utf8')).toContain('at run (')
})

test('images, fonts, short payloads and URLs past the eighth are passed over', () => {
  const png = `<img src="data:image/png;base64,${base64('x'.repeat(200))}">`
  const font = `@font-face{src:url(data:font/woff2;base64,${base64('y'.repeat(200))})}`
  const tiny = `<iframe src="data:text/html;base64,${base64('<b>hi</b>')}">`
  expect(dataUrlViews(png + font + tiny)).toEqual([])
  const pages = Array.from(
    { length: 10 },
    (_, i) =>
      `<iframe src="data:text/plain;charset=utf-8;base64,${base64(`page ${i} `.repeat(20))}">`,
  ).join('')
  expect(dataUrlViews(pages).map((v) => v.text.slice(0, 6))).toEqual(
    Array.from({ length: 8 }, (_, i) => `page ${i}`),
  )
  expect(dataUrlViews('<p>no data URLs here</p>')).toEqual([])
})

test("audit finds the leaks of a data: URL's document, quotes its decoded text and says where it stands", () => {
  const body = overlay(youch)
  const report = auditSnapshot(page(body))
  const inside = report.findings.filter((f) => f.message.endsWith('(in a base64 data: URL)'))
  expect(inside.map((f) => f.category)).toEqual(
    expect.arrayContaining(['stack-trace', 'file-path', 'exception']),
  )
  const start = body.indexOf(';base64,') + 8
  const end = body.indexOf("'", start)
  for (const f of inside) {
    expect(f.span?.start).toBeGreaterThanOrEqual(start)
    expect(f.span?.end).toBeLessThanOrEqual(end)
    // The excerpt is the document's text, not base64.
    expect(f.excerpt).not.toContain(base64(youch).slice(0, 20))
  }
  const frame = inside.find((f) => f.rule === 'stack-trace-node')
  expect(frame?.excerpt).toContain('at setup (/srv/shop/app/pages/orders.vue')
  // The same page without its data: URL shows only the overlay.
  const bare = auditSnapshot(page(overlay('')))
  expect(bare.findings.filter((f) => f.category === 'stack-trace')).toEqual([])
})

test("a secret in a data: URL's document is masked in excerpts and messages", () => {
  const key = ['AKIA', sampleSecret(16, 1402, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')].join('')
  const secret = sampleSecret(40, 1403)
  const inner = `<pre>AWS_ACCESS_KEY_ID=${key}\nAWS_SECRET_ACCESS_KEY=${secret}\nError: upload failed\n    at put (/srv/app/s3.js:9:3)</pre>`
  const report = auditSnapshot(page(overlay(inner, 'text/plain')))
  const secrets = report.findings.filter((f) => f.category === 'secret')
  expect(secrets.length).toBeGreaterThan(0)
  for (const f of report.findings) {
    expect(f.excerpt).not.toContain(key)
    expect(f.excerpt).not.toContain(secret)
    expect(f.message).not.toContain(secret)
  }
})

test("a document's own scripts are code, and its text is text, wherever the data: URL stands", () => {
  // The URL stands in the overlay's script; what the document shows as text is still read.
  const shown = overlay(
    `<html><body><h1>500</h1><p>Cannot read properties of undefined (reading 'id')</p>${'<br>'.repeat(20)}</body></html>`,
  )
  expect(auditSnapshot(page(shown)).findings.map((f) => f.rule)).toContain('exception-js-message')
  // A library's message inside the document's own script is its code.
  const inScript = overlay(
    `<html><body><h1>Something went wrong</h1><script>if (!x) throw new TypeError("Cannot read properties of undefined (reading 'id')")</script>${'<br>'.repeat(20)}</body></html>`,
  )
  expect(auditSnapshot(page(inScript)).findings.map((f) => f.rule)).not.toContain(
    'exception-js-message',
  )
})
