import { audit, checkRuleExamples, defineRule, rules } from 'safe500'
import { expect, test } from 'vitest'
import { codenameSpec } from '../../support/codename-rule.ts'
import { errorOf } from '../../support/error-of.ts'

const spec = codenameSpec

test('a pattern rule whose leaky example holds none of its keywords is refused', async () => {
  const broken = {
    ...spec,
    id: 'x4',
    keywords: ['eagle'],
    pattern: /falcon/gi,
    examples: { leaky: ['falcon'], safe: ['ok'] },
  }
  const error = await errorOf(() => defineRule(broken))
  expect(error.code).toBe('ERR_BAD_RULE')
  expect(error.message).toBe(
    '[safe500] defineRule("x4"): leaky example 0 ("falcon") holds none of the keywords ["eagle"], so the rule never runs on it: add to keywords a word that every finding holds, or fix the example.',
  )
  // With a keyword the example holds, the rule runs and finds it.
  const fixed = defineRule({ ...broken, keywords: ['falcon'] })
  const report = await audit(new Response('falcon', { status: 500 }), { rules: [fixed] })
  expect(report.findings.map((f) => f.rule)).toContain('x4')
})

test('a keyword is found as the gate finds it, in a header value, or once the body is unescaped', () => {
  expect(() => defineRule({ ...spec, keywords: ['FALCON'.toLowerCase()] })).not.toThrow()
  expect(() => defineRule({ ...spec, keywords: ['Falcon'] })).not.toThrow()
  expect(() =>
    defineRule({
      ...spec,
      headers: ['x-project'],
      examples: { leaky: [{ headers: { 'x-project': 'Project Falcon' } }], safe: ['ok'] },
    }),
  ).not.toThrow()
  expect(() =>
    defineRule({ ...spec, examples: { leaky: ['Project F&#97;lcon'], safe: ['ok'] } }),
  ).not.toThrow()
  // Each leaky example is checked, not only the first.
  expect(() =>
    defineRule({ ...spec, examples: { leaky: ['Project Falcon', 'Project Osprey'], safe: [] } }),
  ).toThrow('defineRule("acme-codename"): leaky example 1 ("Project Osprey") holds none')
  // detect rules are gated by their keywords just the same.
  expect(() =>
    defineRule({
      id: 'acme-detect',
      category: 'exception',
      description: 'x',
      keywords: ['eagle'],
      detect: () => [],
      examples: { leaky: ['falcon'], safe: [] },
    }),
  ).toThrow('leaky example 0 ("falcon") holds none of the keywords ["eagle"]')
})

test('checkRuleExamples passes a rule that flags its leaky examples and passes its safe ones', () => {
  expect(() => checkRuleExamples(defineRule(spec))).not.toThrow()
})

test('checkRuleExamples names each leaky example not caught and each safe one flagged', async () => {
  const rule = defineRule({
    ...spec,
    examples: {
      leaky: ['Project Falcon failed', 'the falcon project failed'],
      safe: ['Something went wrong', 'Project Falcon is our brand'],
    },
  })
  const error = await errorOf(() => checkRuleExamples(rule))
  expect(error.code).toBe('ERR_BAD_RULE')
  expect(error.message).toBe(
    '[safe500] checkRuleExamples("acme-codename"): leaky example 1 ("the falcon project failed") is not flagged; ' +
      'safe example 1 ("Project Falcon is our brand") is flagged: body 1:1: names an internal project (»Project Falcon« is our brand). ' +
      "Fix the rule's pattern (or detect, keywords, ignore) or the example.",
  )
})

test('checkRuleExamples refuses what is not a rule', () => {
  expect(() => checkRuleExamples({ id: 'acme-x' } as never)).toThrow(
    '[safe500] checkRuleExamples("acme-x"): {"id":"acme-x"} is not a rule: pass what defineRule() returns.',
  )
})

test('checkRuleExamples passes every rule of the catalogue', () => {
  const failing: string[] = []
  for (const rule of rules) {
    try {
      checkRuleExamples(rule)
    } catch (error) {
      failing.push(String(error))
    }
  }
  expect(failing).toEqual([])
})

test('a keyword with a capital letter is checked as the gate reads it: as written', async () => {
  const error = await errorOf(() =>
    defineRule({
      ...spec,
      id: 'acme-capital',
      keywords: ['Falcon'],
      pattern: /\bfalcon\b/gi,
      examples: { leaky: ['project falcon failed'], safe: ['ok'] },
    }),
  )
  expect(error.code).toBe('ERR_BAD_RULE')
  expect(error.message).toContain('holds none of the keywords')
})
