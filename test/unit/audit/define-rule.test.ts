import { defineRule, type PatternRuleSpec } from 'safe500'
import { expect, test } from 'vitest'

const spec: PatternRuleSpec = {
  id: 'acme-codename',
  category: 'exception',
  description: 'Internal project code names.',
  pattern: /Falcon/,
  message: 'names an internal project',
  examples: { leaky: ['Falcon'], safe: ['Eagle'] },
}

test('makes a rule whose pattern is global and listed for the linear-time proof', () => {
  const rule = defineRule(spec)
  expect(rule.patterns).toHaveLength(1)
  expect(rule.patterns[0]?.flags).toContain('g')
})

test.each([
  [{ ...spec, id: 'Acme Codename' }, 'the id must be kebab-case'],
  [{ ...spec, category: 'oops' }, 'unknown category "oops"'],
  [{ ...spec, examples: undefined }, 'give examples: { leaky: [...], safe: [...] }'],
  [{ ...spec, keywords: [] }, 'keywords, when given, must be a non-empty list'],
  [{ ...spec, keywords: ['Falcon'] }, 'lower-case'],
  [{ ...spec, pattern: 'Falcon' }, 'give a pattern (a RegExp) or a detect function'],
])('rejects a bad definition: %#', (bad, message) => {
  expect(() => defineRule(bad as unknown as PatternRuleSpec)).toThrow(message)
  expect(() => defineRule(bad as unknown as PatternRuleSpec)).toThrow(/^\[safe500\] defineRule\(/)
})
