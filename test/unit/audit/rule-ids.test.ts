import { audit, configure, defineRule, rules } from 'safe500'
import type { PatternRuleSpec } from 'safe500'
import { afterEach, expect, test } from 'vitest'
import { errorOf } from '../../support/error-of.ts'
import { safeResponse } from '../../support/responses.ts'

afterEach(() => configure())

const spec: PatternRuleSpec = {
  id: 'header-nosniff',
  category: 'header',
  description: 'A rule of our own that reuses a built-in id.',
  keywords: ['falcon'],
  pattern: /falcon/gi,
  message: 'names an internal project',
  examples: { leaky: ['falcon'], safe: ['ok'] },
}

test('a rule of your own may not take the id of a built-in rule', async () => {
  const mine = defineRule(spec)
  const message =
    `rules[0] has the id "header-nosniff", which a built-in rule has: both would report as "header-nosniff" ` +
    `and skip: ['header-nosniff'] would silence both. Give your rule an id of its own, e.g. "acme-header-nosniff".`
  const error = await errorOf(() => audit(safeResponse(), { rules: [mine] }))
  expect(error.code).toBe('ERR_BAD_RULE')
  expect(error.message).toBe(`[safe500] ${message}`)
  const configured = await errorOf(() => configure({ rules: [mine] }))
  expect(configured.code).toBe('ERR_BAD_RULE')
  expect(configured.message).toBe(`[safe500] configure(): ${message}`)
  await expect(expect(safeResponse()).toBeSafe500({ rules: [mine] })).rejects.toThrow(
    'which a built-in rule has',
  )
})

test('a built-in rule given in rules is named as such', async () => {
  const builtIn = rules.find((r) => r.id === 'header-nosniff')
  const error = await errorOf(() => audit(safeResponse(), { rules: [builtIn as never] }))
  expect(error.message).toBe(
    '[safe500] rules[0] is the built-in rule "header-nosniff", which runs already: remove it from rules.',
  )
})

test('two rules of your own may not share an id', async () => {
  const a = defineRule({ ...spec, id: 'acme-codename' })
  const b = defineRule({ ...spec, id: 'acme-codename', pattern: /osprey/gi })
  const same = await errorOf(() => audit(safeResponse(), { rules: [a, b] }))
  expect(same.code).toBe('ERR_BAD_RULE')
  expect(same.message).toBe(
    `[safe500] rules[1] has the id "acme-codename", which rules[0] has too: both would report as "acme-codename" and skip: ['acme-codename'] would silence both. Give each rule an id of its own: rename one, e.g. "acme-codename-2".`,
  )
  configure({ rules: [a] })
  const withConfigured = await errorOf(() => audit(safeResponse(), { rules: [b] }))
  expect(withConfigured.message).toContain(
    'rules[0] has the id "acme-codename", which a rule given to configure() has too',
  )
  // A later configure() replaces the rules, so the new one does not clash with the old.
  configure({ rules: [b] })
  expect((await audit(safeResponse())).ok).toBe(true)
})

test('the same rule given to configure() and to a call runs once', async () => {
  const mine = defineRule({ ...spec, id: 'acme-codename' })
  configure({ rules: [mine] })
  const res = () => new Response('falcon', { status: 500 })
  const found = (await audit(res(), { rules: [mine] })).findings.filter(
    (f) => f.rule === 'acme-codename',
  )
  expect(found).toHaveLength(1)
})
