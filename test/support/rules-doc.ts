import { auditSnapshot, categories, formatFinding, rules } from 'safe500'
import { canaryPattern } from '../../src/canaries/registry.ts'
import { exampleSnapshot } from './example-response.ts'

// A canary token is random on every run: the page shows a fixed stand-in so it stays stable, for
// the token and for its masked form (`s5cb****`).
const canary = new RegExp(`${canaryPattern.source}|s5c[a-z2-7]\\*{4}`, 'gi')

/** docs/rules.md: the catalogue by category, each rule with the finding its first leaky example gives. */
export function rulesDoc(): string {
  const lines = [
    '# Rules',
    '',
    'The built-in catalogue, by category. Each rule lives in `src/rules/<id>.ts` with the leaky and safe',
    'examples it is tested on; the line under each rule is the finding its first leaky example gives, as',
    'the matchers print it. This page is generated from the catalogue by its test',
    '(`UPDATE_DOCS=1 npx vitest run test/unit/docs-rules.test.ts`).',
    '',
    `${rules.length} rules.`,
    '',
    '| category | rules |',
    '|---|---|',
    ...categories.map((c) => `| ${c} | ${rules.filter((r) => r.category === c).length} |`),
  ]
  for (const category of categories) {
    const inCategory = rules.filter((r) => r.category === category)
    if (inCategory.length === 0) continue
    lines.push('', `## ${category}`, '')
    for (const rule of inCategory) {
      const example = rule.examples.leaky[0]
      const finding =
        example === undefined
          ? undefined
          : auditSnapshot(exampleSnapshot(example), {
              skip: rules.filter((r) => r !== rule).map((r) => r.id),
            }).findings[0]
      lines.push(`- **${rule.id}**: ${rule.description}`)
      if (finding) {
        const line = formatFinding(finding).replaceAll('`', "'").replace(canary, 's5c<token>')
        lines.push(`  \`${line}\``)
      }
    }
  }
  return `${lines.join('\n')}\n`
}
