import { leakCategories } from 'safe500'
import { expect, test } from 'vitest'
import { auditPage } from '../support/page-values.ts'
import { safePages } from '../support/safe-pages.ts'

// Realistic safe 5xx answers (test/support/safe-pages.ts) give no finding in a leak category. A
// rule that starts to flag one fails here, naming the page and what was found.

test.each(safePages)('$name', (page) => {
  const leaks = auditPage(page).findings.filter((f) => leakCategories.includes(f.category))
  expect(
    leaks.map((f) => `${f.rule} ${f.where} ${f.excerpt}`),
    page.name,
  ).toEqual([])
})

test('every safe page has its own name', () => {
  const names = safePages.map((p) => p.name)
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
})
