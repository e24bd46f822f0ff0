import { expect, test } from 'vitest'
import { closest } from '../../../src/format/closest.ts'
import { rules } from 'safe500'

const optionNames = ['status', 'requestId', 'requestIdHeaders', 'rules', 'skip', 'allow', 'method']

test.each([
  ['statuss', 'status'],
  ['skipp', 'skip'],
  ['stauts', 'status'], // two neighbours swapped: one edit
  ['REQUESTID', 'requestId'], // case is ignored
  ['requestIdHeader', 'requestIdHeaders'],
  ['rule', 'rules'],
  ['alow', 'allow'],
])('%s is most likely a typo of %s', (word, expected) => {
  expect(closest(word, optionNames)).toBe(expected)
})

test.each(['verbose', 'x', 'colour', ''])('%o is near no option: no guess', (word) => {
  expect(closest(word, optionNames)).toBeUndefined()
})

test('finds rule ids in the whole catalogue', () => {
  const ids = rules.map((r) => r.id)
  expect(closest('header-nosnif', ids)).toBe('header-nosniff')
  expect(closest('stack-trace-nod', ids)).toBe('stack-trace-node')
  expect(closest('header-x-powerd-by', ids)).toBe('header-x-powered-by')
})
