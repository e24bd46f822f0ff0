import { readdirSync } from 'node:fs'
import { categories, rules, type Rule } from 'safe500'
import { expect, test } from 'vitest'

const ruleFiles = readdirSync(new URL('../../../src/rules/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort()

test('the catalogue is sorted by id and ids are unique', () => {
  const ids = rules.map((r) => r.id)
  expect(ids).toEqual([...ids].sort())
  expect(new Set(ids).size).toBe(ids.length)
})

test('the catalogue cannot change: audits find its keyword gate by identity', () => {
  expect(Object.isFrozen(rules)).toBe(true)
  expect(() => (rules as Rule[]).push(rules[0] as Rule)).toThrow(TypeError)
})

test('each rule lives in the file named after its id, and each file holds a listed rule', () => {
  expect(rules.map((r) => r.id)).toEqual(ruleFiles)
})

test('each rule has a known category, a description and both kinds of examples', () => {
  for (const rule of rules) {
    expect(categories, rule.id).toContain(rule.category)
    expect(rule.description.length, rule.id).toBeGreaterThan(10)
    expect(rule.examples.leaky.length, `${rule.id} leaky examples`).toBeGreaterThan(0)
    expect(rule.examples.safe.length, `${rule.id} safe examples`).toBeGreaterThan(0)
  }
})

test('a keyword with a capital letter (found only as written) belongs to case-sensitive patterns', () => {
  for (const rule of rules)
    if (rule.keywords?.some((k) => k !== k.toLowerCase()))
      for (const p of rule.patterns) expect(p.flags, rule.id).not.toContain('i')
})
