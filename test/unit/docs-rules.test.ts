import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { rulesDoc } from '../support/rules-doc.ts'

const file = new URL('../../docs/rules.md', import.meta.url)

test('docs/rules.md is the catalogue as it is', () => {
  const doc = rulesDoc()
  if (process.env['UPDATE_DOCS'] === '1') writeFileSync(file, doc)
  expect(readFileSync(file, 'utf8')).toBe(doc)
})
