import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')

test('the README request ID example is the test that runs in test/integration/request-id', () => {
  const example = read('test/integration/request-id/readme-example.test.ts')
  expect(read('README.md')).toContain('```ts\n' + example + '```')
})

test('docs/request-ids.md names every request ID rule of the catalogue', async () => {
  const { rules } = await import('safe500')
  const doc = read('docs/request-ids.md')
  for (const rule of rules.filter((r) => r.category === 'request-id'))
    expect(doc, rule.id).toContain(`\`${rule.id}\``)
})
