import { join } from 'node:path'
import { rules } from 'safe500'
import { expect, test } from 'vitest'
import { dynamicRegexCount, regexLiterals, srcDir } from './regex-literals.ts'

// The ReDoS proof can only check what a rule exposes in `patterns`: every regex written in a rule's
// file must be there, and a rule that builds regexes from strings must expose at least as many.
const key = (re: RegExp) => `/${re.source}/${[...re.flags.replace(/[gy]/g, '')].sort().join('')}`

test.each(rules.map((rule) => [rule.id, rule] as const))(
  '%s exposes every regex it uses in patterns',
  (id, rule) => {
    const file = join(srcDir, 'rules', `${id}.ts`)
    const exposed = new Set(rule.patterns.map(key))
    const literals = regexLiterals(file)
    const missing = literals
      .filter((l) => !exposed.has(key(l.regex)))
      .map((l) => `line ${l.line}: ${key(l.regex)}`)
    expect(missing, `regexes in src/rules/${id}.ts that are not in patterns`).toEqual([])
    const written = new Set(literals.map((l) => key(l.regex))).size
    expect(
      rule.patterns.length,
      'patterns, against regex literals and RegExp constructions',
    ).toBeGreaterThanOrEqual(written + dynamicRegexCount(file))
  },
)
