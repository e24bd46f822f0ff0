import { formatFinding, type Finding } from 'safe500'
import { expect, test } from 'vitest'

const finding = (excerpt: string): Finding => ({
  rule: 'sql-error-postgres',
  category: 'sql-error',
  message: 'shows a PostgreSQL error',
  where: 'body 1:10',
  excerpt,
})

test('the excerpt reads as the body has it: quotes and backslashes are not escaped again', () => {
  expect(
    formatFinding(
      finding('{"error":"»duplicate key value violates unique constraint« \\"users_email_key\\""}'),
    ),
  ).toBe(
    'sql-error › sql-error-postgres at body 1:10: shows a PostgreSQL error "{"error":"»duplicate key value violates unique constraint« \\"users_email_key\\""}"',
  )
  expect(formatFinding(finding('»C:\\inetpub\\wwwroot«'))).toContain('"»C:\\inetpub\\wwwroot«"')
})

test('control, line-separator and bidirectional characters are written as \\uXXXX', () => {
  const line = formatFinding(finding('a\u001b[31mred\u0007 b\u2028c \u202egnp.exe d\u0000'))
  expect(line).toContain('"a\\u001b[31mred\\u0007 b\\u2028c \\u202egnp.exe d\\u0000"')
  expect(line).not.toMatch(/[\u0000-\u001f\u2028\u202e]/)
})

test('no excerpt, no quotes', () => {
  expect(formatFinding(finding(''))).toBe(
    'sql-error › sql-error-postgres at body 1:10: shows a PostgreSQL error',
  )
})
