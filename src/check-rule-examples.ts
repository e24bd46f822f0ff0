import type { Rule, RuleExample } from './rule.ts'
import { runRules } from './audit/run-rules.ts'
import { createSubject } from './audit/subject.ts'
import { Safe500Error } from './errors.ts'
import { exampleSnapshot } from './example-snapshot.ts'
import { showValue } from './format/show-value.ts'
import { builtInOptions } from './options.ts'

/**
 * Throws `ERR_BAD_RULE` unless `rule` flags each of its leaky examples and passes each of its safe
 * ones, run alone with the built-in options (what `configure()` set is not used). The message
 * lists every example that fails, with what the rule found in each safe one. A bare string example
 * is the body of an otherwise safe 500 (JSON when it starts with `{` or `[`, else text); a partial
 * response keeps exactly the headers it gives.
 *
 * @example
 * ```ts
 * import { checkRuleExamples } from 'safe500'
 * import { test } from 'vitest'
 * import { codename } from './rules.ts'
 *
 * test('acme-codename flags its leaky examples and passes its safe ones', () => {
 *   checkRuleExamples(codename)
 * })
 * ```
 */
export function checkRuleExamples(rule: Rule): void {
  const where = `checkRuleExamples(${showValue(rule?.id)})`
  const examples: Partial<Rule['examples']> | undefined = rule?.examples
  if (
    typeof rule?.detect !== 'function' ||
    !Array.isArray(examples?.leaky) ||
    !Array.isArray(examples.safe)
  ) {
    throw new Safe500Error(
      'ERR_BAD_RULE',
      `${where}: ${showValue(rule)} is not a rule: pass what defineRule() returns.`,
    )
  }
  const options = builtInOptions()
  const findings = (example: RuleExample) =>
    runRules([rule], createSubject(exampleSnapshot(example), options)).filter(
      (f) => f.rule === rule.id,
    )
  const problems: string[] = []
  for (const [i, example] of rule.examples.leaky.entries()) {
    if (findings(example).length === 0)
      problems.push(`leaky example ${i} (${showValue(example)}) is not flagged`)
  }
  for (const [i, example] of rule.examples.safe.entries()) {
    const found = findings(example)
    if (found.length > 0)
      problems.push(
        `safe example ${i} (${showValue(example)}) is flagged: ${found.map((f) => `${f.where}: ${f.message} (${f.excerpt})`).join('; ')}`,
      )
  }
  if (problems.length === 0) return
  throw new Safe500Error(
    'ERR_BAD_RULE',
    `${where}: ${problems.join('; ')}. Fix the rule's pattern (or detect, keywords, ignore) or the example.`,
  )
}
