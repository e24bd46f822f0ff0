import { auditSnapshot, rules } from 'safe500'
import { describe, expect, test } from 'vitest'
import { exampleSnapshot } from '../../support/example-response.ts'

// Every rule flags each of its leaky examples and passes each of its safe ones.
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const only = { skip: rules.filter((r) => r !== rule).map((r) => r.id) }

  test.each(rule.examples.leaky.map((e, i) => [i, e] as const))(
    'flags leaky example %i',
    (_i, example) => {
      const report = auditSnapshot(exampleSnapshot(example), only)
      expect(report.findings.map((f) => f.rule)).toContain(rule.id)
    },
  )

  test.each(rule.examples.safe.map((e, i) => [i, e] as const))(
    'passes safe example %i',
    (_i, example) => {
      const report = auditSnapshot(exampleSnapshot(example), only)
      expect(report.findings).toEqual([])
    },
  )
})
