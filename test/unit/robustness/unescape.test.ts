import fc from 'fast-check'
import { expect, test } from 'vitest'
import { unescape } from '../../../src/audit/unescape.ts'

// The plain definition, one character at a time: what the fast version must equal, character for
// character and in where each character came from.
const named = new Map(
  Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }).concat([
    ['#39', "'"],
    ['#x27', "'"],
    ['#x2f', '/'],
    ['#47', '/'],
  ]),
)
const json = new Map(
  Object.entries({ n: '\n', r: '\n', t: '\t', '/': '/', '\\': '\\', '"': '"', b: ' ', f: ' ' }),
)

function reference(source: string): { text: string; origin: number[] } {
  let text = ''
  const origin: number[] = []
  const put = (s: string, from: number) => {
    text += s
    for (let k = 0; k < s.length; k++) origin.push(from)
  }
  let i = 0
  while (i < source.length) {
    const c = source[i] as string
    if (c === '&') {
      const semi = source.indexOf(';', i + 1)
      if (semi > i + 1 && semi - i <= 10) {
        const name = source.slice(i + 1, semi).toLowerCase()
        const numeric = /^#(?:x([0-9a-f]{1,6})|([0-9]{1,7}))$/.exec(name)
        const code = numeric
          ? Number.parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10)
          : 0
        const char =
          named.get(name) ?? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined)
        if (char !== undefined) {
          put(char, i)
          i = semi + 1
          continue
        }
      }
    } else if (c === '<' && /^[A-Za-z/!]/.test(source[i + 1] ?? '')) {
      const close = source.indexOf('>', i + 1)
      if (close > i && close - i <= 200) {
        const tag = source.slice(i + 1, Math.min(close, i + 4)).toLowerCase()
        put(/^(?:br|\/?(?:p|li|tr|di|h[1-6]))/.test(tag) ? '\n' : ' ', i)
        i = close + 1
        continue
      }
    } else if (c === '\\' && source.startsWith('\\\\\\"', i)) {
      put('"', i)
      i += 4
      continue
    } else if (c === '\\' && /^&(?:quot|#34|#x22);/i.test(source.slice(i + 1, i + 8))) {
      put('"', i)
      i = source.indexOf(';', i) + 1
      continue
    } else if (c === '\\' && i + 1 < source.length) {
      const simple = json.get(source[i + 1] as string)
      const hex = /^u([0-9a-fA-F]{4})/.exec(source.slice(i + 1, i + 6))
      if (simple !== undefined || hex) {
        put(simple ?? String.fromCharCode(Number.parseInt(hex?.[1] ?? '', 16)), i)
        i += simple !== undefined ? 2 : 6
        continue
      }
    }
    put(c, i)
    i++
  }
  origin.push(source.length)
  return { text, origin }
}

const piece = fc.oneof(
  fc.constantFrom(
    '&amp;',
    '&LT;',
    '&#x2F;',
    '&#47;',
    '&#128512;',
    '&#0;',
    '&#x110000;',
    '&nbsp;',
    '&rsquo;',
    '&__proto__;',
    '<br>',
    '</p>',
    '</LI>',
    '</tr >',
    '</div>',
    '<!-- x -->',
    '<a href="x">',
    '<<',
    '<a',
    '\\n',
    '\\/',
    '\\\\',
    '\\"',
    '\\\\\\"',
    '\\&quot;',
    '\\&QUOT;',
    '\\&#34;',
    '\\&#x22;',
    '\\&#x2F;',
    '\\u002F',
    '\\uD83D\\uDE00',
    '\\u12G4',
    '\\x',
    '&',
    '<',
    '>',
    ';',
    '\\',
    'x'.repeat(9),
    'y'.repeat(15),
    'z'.repeat(199),
    'w'.repeat(260),
  ),
  fc.string({
    unit: fc.constantFrom(
      '&',
      ';',
      '<',
      '>',
      '\\',
      'a',
      'b',
      'r',
      'p',
      'h',
      '1',
      '/',
      'u',
      '0',
      'F',
      '#',
      'x',
      ' ',
    ),
    maxLength: 12,
  }),
  fc.string({ maxLength: 8 }),
)

test('unescape equals the one-character-at-a-time definition, text and origins', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const source = pieces.join('')
      const expected = reference(source)
      const { text, toSource } = unescape(source)
      expect(text).toBe(expected.text)
      expect(Array.from({ length: text.length + 1 }, (_, k) => toSource(k))).toEqual(
        expected.origin,
      )
    }),
    { numRuns: 3000 },
  )
})

test('what is skipped for being too far from its end is only what cannot end there', () => {
  // The first `<a` is more than 200 characters from the `>`, the second is not: it is a tag.
  const tag = `<a${'v'.repeat(60)}<b${'u'.repeat(150)}>!`
  expect(unescape(tag).text).toBe(`<a${'v'.repeat(60)} !`)
  // The first `&` is more than 10 characters from the `;`, the second is not: it is an entity.
  const entity = `&x${'v'.repeat(10)}&amp;!`
  expect(unescape(entity).text).toBe(`&x${'v'.repeat(10)}&!`)
})

test('long runs of what almost starts an escape are read in one pass', () => {
  // Each of these took time quadratic in the length before (every `&` or `<` searched to the
  // end for its `;` or `>`); a test cannot time them, but it shows they are read correctly.
  for (const run of ['&', '<a', '<', '\\', '\\u00', '&#x']) {
    const source = `${run.repeat(50_000)}${' '.repeat(300)}&amp;<br>`
    const { text, toSource } = unescape(source)
    expect(text.endsWith('&\n')).toBe(true)
    expect(toSource(text.length - 1)).toBe(source.length - 4)
  }
})

test('a block opened or closed is a line of its own; an inline tag is a space', () => {
  expect(unescape('<h1>Unclosed section &#34;items&#34; at 37</h1><p>x</p><pre>y</pre>').text).toBe(
    '\nUnclosed section "items" at 37\n\nx\n\ny\n',
  )
  expect(unescape('<li>a</li><div>b</div><tr><b>c</b><span>d</span>').text).toBe(
    '\na\n\nb\n\n c  d ',
  )
})
