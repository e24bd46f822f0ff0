import { expect, test } from 'vitest'
import { showValue } from '../../../src/format/show-value.ts'

test.each([
  ['500', '"500"'],
  [500, '500'],
  [Number.NaN, 'NaN'],
  [[500, '502'], '[500,"502"]'],
  [{ id: 'x' }, '{"id":"x"}'],
  [/^req-/i, '/^req-/i'],
  [null, 'null'],
  [undefined, 'undefined'],
  [function handler() {}, 'a function (handler)'],
  [new Map([['a', 1]]), 'a Map'],
])('%o shows as %s', (value, shown) => {
  expect(showValue(value)).toBe(shown)
})

test('a long or cyclic value is described, not dumped', () => {
  const cyclic: Record<string, unknown> = { a: 1 }
  cyclic['self'] = cyclic
  expect(showValue(cyclic)).toBe('an object with keys a, self')
  expect(showValue({ body: 'x'.repeat(200) })).toBe('an object with keys body')
})
