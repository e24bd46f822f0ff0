import fc from 'fast-check'
import { expect, test } from 'vitest'
import { lastIndexWithin } from '../../../src/audit/look-back.ts'

test('lastIndexWithin is lastIndexOf, limited to what starts within reach', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-'), maxLength: 60 }),
      fc.constantFrom('a', 'ab', ' b-', 'ba'),
      fc.integer({ min: -5, max: 70 }),
      fc.integer({ min: 0, max: 30 }),
      (text, needle, at, reach) => {
        const found = text.lastIndexOf(needle, at)
        const within = found !== -1 && found >= Math.max(0, at) - reach ? found : -1
        expect(lastIndexWithin(text, needle, at, reach)).toBe(within)
      },
    ),
    { numRuns: 3000 },
  )
})

test('the examples of its documentation', () => {
  expect(lastIndexWithin('<p data-x="1">', ' data-', 10, 300)).toBe(2)
  expect(lastIndexWithin('<p data-x="1">', ' data-', 10, 5)).toBe(-1)
})
