import { expect, test } from 'vitest'
import { leakyPages } from '../support/leaky-pages.ts'
import { auditPage } from '../support/page-values.ts'

// Realistic leaky 5xx answers (test/support/leaky-pages.ts) give a finding in every leak category
// the page lists. A rule that stops flagging one fails here, naming the page, the categories
// missing and what was found.

test.each(leakyPages)('$name', (page) => {
  const report = auditPage(page)
  const found = new Set<string>(report.findings.map((f) => f.category))
  const missing = page.leaks.filter((c) => !found.has(c))
  expect(
    missing,
    `${page.name}: missing ${missing.join(', ')}; found ${
      report.findings.map((f) => `${f.rule} (${f.category})`).join(', ') || 'nothing'
    }`,
  ).toEqual([])
})

test('every leaky page has its own name', () => {
  const names = leakyPages.map((p) => p.name)
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
})
