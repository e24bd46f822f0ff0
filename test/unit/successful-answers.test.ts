import { allFakers } from '@faker-js/faker'
import type { Faker } from '@faker-js/faker'
import { leakCategories } from 'safe500'
import { describe, expect, test } from 'vitest'
import { auditPage } from '../support/page-values.ts'

// `not.toLeakDetails()` also checks answers that succeed (a GraphQL 200, a list a page renders):
// ordinary data must give no finding in a leak category. The data is faker's, seeded, in eighteen
// locales, as JSON, an HTML table and plain text: names, e-mails, addresses, companies, products
// and their descriptions, prose, job titles, amounts, dates, git commits, hacker phrases that name
// SQL and databases. A rule that starts to flag such data fails here, naming what it found.

const locales = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt_BR',
  'sv',
  'tr',
  'ru',
  'uk',
  'ar',
  'he',
  'ja',
  'ko',
  'zh_CN',
  'vi',
] as const

/** One record of ordinary data, as an API lists it. */
function record(faker: Faker): Record<string, string | number> {
  return {
    id: faker.number.int({ max: 99_999 }),
    uuid: faker.string.uuid(),
    name: faker.person.fullName(),
    email: faker.internet.email(),
    phone: faker.phone.number(),
    job: faker.person.jobTitle(),
    company: faker.company.name(),
    catchPhrase: faker.company.catchPhrase(),
    street: faker.location.streetAddress(),
    city: faker.location.city(),
    website: faker.internet.url(),
    avatar: faker.image.avatar(),
    product: faker.commerce.productName(),
    description: faker.commerce.productDescription(),
    price: faker.commerce.price(),
    amount: faker.finance.amount(),
    currency: faker.finance.currencyCode(),
    iban: faker.finance.iban(),
    text: faker.lorem.paragraph(),
    createdAt: faker.date.recent().toISOString(),
    commit: faker.git.commitSha(),
    branch: faker.git.branch(),
    commitMessage: faker.git.commitMessage(),
    hacker: faker.hacker.phrase(),
    column: faker.database.column(),
    userAgent: faker.internet.userAgent(),
  }
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** The same records as JSON, an HTML table and plain text. */
function renderings(rows: readonly Record<string, string | number>[], lang: string) {
  return [
    {
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ data: { items: rows, total: rows.length } }),
    },
    {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Orders</title></head><body><table>${rows
        .map(
          (r) =>
            `<tr>${Object.values(r)
              .map((v) => `<td>${escapeHtml(String(v))}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</table></body></html>`,
    },
    {
      contentType: 'text/plain; charset=utf-8',
      body: rows
        .map((r) =>
          Object.entries(r)
            .map(([k, v]) => `${k}: ${v}`)
            .join('\n'),
        )
        .join('\n\n'),
    },
  ]
}

/** Leak findings over `pages` pages of records in one locale: `rule: excerpt` each. */
function leaksIn(
  locale: string,
  pages: number,
  make: (faker: Faker) => Record<string, string | number>,
) {
  const faker = allFakers[locale as keyof typeof allFakers]
  faker.seed(500)
  const leaks: string[] = []
  for (let page = 0; page < pages; page++) {
    const rows = Array.from({ length: 5 }, () => make(faker))
    for (const { contentType, body } of renderings(rows, locale.slice(0, 2))) {
      const report = auditPage({ name: locale, contentType, status: 200, body })
      for (const f of report.findings)
        if (leakCategories.includes(f.category)) leaks.push(`${f.rule}: ${f.excerpt}`)
    }
  }
  return leaks
}

describe('ordinary data in a successful answer gives no leak finding', () => {
  test.each(locales)('%s', (locale) => {
    expect(leaksIn(locale, 40, record)).toEqual([])
  })
})

// Data that is what an error must not show is reported in a successful answer too: the paths a
// file API lists, the private addresses in a device inventory. Such a route skips the category
// (`{ skip: ['file-path'] }`). Held here so the README's word on it stays true.
test('paths and private addresses in data are reported, as in an error', () => {
  const paths = leaksIn('en', 20, (f) => ({ name: f.system.fileName(), path: f.system.filePath() }))
  expect(paths.length).toBeGreaterThan(0)
  expect(paths.every((l) => l.startsWith('file-path-'))).toBe(true)
  const addresses = leaksIn('en', 20, (f) => ({
    device: f.internet.domainWord(),
    ip: `10.${f.number.int(255)}.${f.number.int(255)}.${f.number.int({ min: 1, max: 254 })}`,
  }))
  expect(addresses.length).toBeGreaterThan(0)
  expect(addresses.every((l) => l.startsWith('internal-address-'))).toBe(true)
})
