import { expect, test } from 'vitest'
import { inScriptCode } from '../../../src/audit/script-code.ts'

const at = (text: string, part: string) => text.indexOf(part)

test('an inline script holds code, whatever its case and attributes', () => {
  const page =
    '<p>Error</p><script>throw Error("React child")</script><SCRIPT type="module">var e="Invalid time value"</SCRIPT><script type="text/javascript">x()</script>'
  expect(inScriptCode(page, at(page, 'React child'))).toBe(true)
  expect(inScriptCode(page, at(page, 'Invalid time value'))).toBe(true)
  expect(inScriptCode(page, at(page, 'x()'))).toBe(true)
  // Outside the elements and in their tags.
  expect(inScriptCode(page, at(page, 'Error</p>'))).toBe(false)
  expect(inScriptCode(page, at(page, 'type="module"'))).toBe(false)
})

test('a data block is no code, and text after the last script is outside it', () => {
  const page =
    '<script type="application/json" id="__NEXT_DATA__">{"err":"React child"}</script><script type="application/ld+json">{"a":"Invalid time value"}</script><p>Invalid time value</p>'
  expect(inScriptCode(page, at(page, 'React child'))).toBe(false)
  expect(inScriptCode(page, at(page, '"Invalid time value"'))).toBe(false)
  expect(inScriptCode(page, page.lastIndexOf('Invalid time value'))).toBe(false)
})

test('a script that is never closed runs to the end; a text without scripts has none', () => {
  const cut = '<p>a</p><script>var m = "could not be found"'
  expect(inScriptCode(cut, at(cut, 'could'))).toBe(true)
  expect(inScriptCode('could not be found', 0)).toBe(false)
})
