import { STATUS_CODES } from 'node:http'
import { auditSnapshot, leakCategories } from 'safe500'
import { expect, test } from 'vitest'
import { snapshotOf } from '../support/example-response.ts'
import { safeHeaders } from '../support/responses.ts'
import { safePages } from '../support/safe-pages.ts'

// Realistic safe 5xx answers (test/support/safe-pages.ts) give no finding in a leak category. A
// rule that starts to flag one fails here, naming the page and what was found.

test.each(safePages)('$name', ({ name, contentType, headers, status = 500, body }) => {
  const snapshot = snapshotOf({
    status,
    statusText: STATUS_CODES[status] ?? '',
    headers: {
      ...safeHeaders,
      'content-type': contentType ?? 'text/html; charset=utf-8',
      ...headers,
    },
    body,
  })
  const report = auditSnapshot(snapshot, { status: [500, 502, 503, 504] })
  const leaks = report.findings.filter((f) => leakCategories.includes(f.category))
  expect(
    leaks.map((f) => `${f.rule} ${f.where} ${f.excerpt}`),
    name,
  ).toEqual([])
})

test('every safe page has its own name', () => {
  const names = safePages.map((p) => p.name)
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
})
