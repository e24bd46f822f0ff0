import { expect, test } from 'vitest'
import { inScriptCode } from '../../../src/audit/script-code.ts'
import type { Snapshot } from '../../../src/capture/snapshot.ts'

/** A 500 of `text`, HTML unless `type` says otherwise. */
function page(text: string, type = 'text/html; charset=utf-8'): Snapshot {
  const body = new TextEncoder().encode(text)
  return {
    status: 500,
    statusText: '',
    headers: { 'content-type': type },
    body,
    text,
    truncated: false,
  }
}
const at = (text: string, part: string) => text.indexOf(part)

test('an inline script holds code, whatever its case and attributes', () => {
  const text =
    '<p>İİİ Error</p><script>throw Error("React child")</script><SCRIPT type="module">var e="Invalid time value"</SCRIPT><Script data-type="json" type=text/javascript>x()</Script>'
  expect(inScriptCode(page(text), at(text, 'React child'))).toBe(true)
  expect(inScriptCode(page(text), at(text, 'Invalid time value'))).toBe(true)
  expect(inScriptCode(page(text), at(text, 'x()'))).toBe(true)
  // Outside the elements and in their tags.
  expect(inScriptCode(page(text), at(text, 'Error</p>'))).toBe(false)
  expect(inScriptCode(page(text), at(text, 'type="module"'))).toBe(false)
})

test('a data block is no code, and text after the last script is outside it', () => {
  const text =
    '<script type="application/json" id="__NEXT_DATA__">{"err":"React child"}</script><script type="application/ld+json">{"a":"Invalid time value"}</script><p>Invalid time value</p>'
  expect(inScriptCode(page(text), at(text, 'React child'))).toBe(false)
  expect(inScriptCode(page(text), at(text, '"Invalid time value"'))).toBe(false)
  expect(inScriptCode(page(text), text.lastIndexOf('Invalid time value'))).toBe(false)
})

test('a script never closed, one in a comment, a <script-loader> and a body that is not HTML hold no code', () => {
  const cut = '<p>a</p><script>var m = "could not be found"'
  expect(inScriptCode(page(cut), at(cut, 'could'))).toBe(false)
  const commented = '<!-- <script> --><p>Objects are not valid as a React child</p>'
  expect(inScriptCode(page(commented), at(commented, 'Objects'))).toBe(false)
  const element = '<script-loader>Invalid time value</script-loader>'
  expect(inScriptCode(page(element), at(element, 'Invalid'))).toBe(false)
  const json = '{"input":"<script>alert(1)</script> Invalid time value</script>"}'
  expect(inScriptCode(page(json, 'application/json'), at(json, 'alert'))).toBe(false)
})

test("the message of an error seroval dehydrated into the page's state is data, the rest of that script code", () => {
  const text =
    '<script>($R=>$R[12]={s:"error",e:$R[13]=new Error("Cannot read properties of undefined (reading \\"id\\")"),ssr:!0})($R["tsr"]);throw new Error("Invalid time value")</script>'
  expect(inScriptCode(page(text), at(text, 'Cannot read'))).toBe(false)
  expect(inScriptCode(page(text), at(text, '(reading'))).toBe(false)
  // After the message's closing quote, and in a library's own `new Error("…")`.
  expect(inScriptCode(page(text), at(text, ',ssr:'))).toBe(true)
  expect(inScriptCode(page(text), at(text, 'Invalid time value'))).toBe(true)
  // A message farther than the reach from its `Error("` is code again.
  const long = `<script>$R[1]=new TypeError("${'x'.repeat(2100)} Invalid time value")</script>`
  expect(inScriptCode(page(long), at(long, 'Invalid time value'))).toBe(true)
  const near = `<script>$R[1]=new TypeError("${'x'.repeat(100)} Invalid time value")</script>`
  expect(inScriptCode(page(near), at(near, 'Invalid time value'))).toBe(false)
})
