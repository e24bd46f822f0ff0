import { auditSnapshot } from 'safe500'
import { expect, test } from 'vitest'
import { exampleSnapshot } from '../../support/example-response.ts'

// The message names the URL's scheme, never letters glued on before it; the password stays masked.

const password = ['s3cr', 'et-pw', '-9x'].join('')

const finding = (body: string) =>
  auditSnapshot(exampleSnapshot(body)).findings.find((f) => f.rule === 'secret-url-credentials')

test('letters glued before a known scheme are left out of the message', () => {
  const found = finding(`xxxxxxxxxxxxxxxxxxxxxxpostgres://admin:${password}@db.internal/app`)
  expect(found?.message).toBe('puts a password in a postgres URL')
  expect(found?.excerpt).toContain('»s3cr****«')
  expect(found?.excerpt).not.toContain(password)
})

test('more glued letters than the scheme search reaches: still the known scheme', () => {
  const glued = 'x'.repeat(60)
  expect(finding(`${glued}redis://:${password}@cache.internal:6379`)?.message).toBe(
    'puts a password in a redis URL',
  )
})

test('a known scheme with a driver or variant after `+` keeps it; the glued letters go', () => {
  expect(finding(`Errorpostgresql+asyncpg://app:${password}@db.internal/shop`)?.message).toBe(
    'puts a password in a postgresql+asyncpg URL',
  )
  expect(finding(`at mongodb+srv://svc:${password}@cluster0.internal/orders`)?.message).toBe(
    'puts a password in a mongodb+srv URL',
  )
  expect(finding(`a+xxREDISS://svc:${password}@rabbit.internal`)?.message).toBe(
    'puts a password in a REDISS URL',
  )
})

test('an unknown scheme is named only when it stands alone; glued, it is "a URL"', () => {
  expect(finding(`dsn: foodb://app:${password}@db.internal/app`)?.message).toBe(
    'puts a password in a foodb URL',
  )
  expect(finding(`xxxxxxxxxxxxxxxxxxxxxxfoodb://app:${password}@db.internal/app`)?.message).toBe(
    'puts a password in a URL',
  )
  expect(finding(`${'x'.repeat(40)}foodb://app:${password}@db.internal/app`)?.message).toBe(
    'puts a password in a URL',
  )
  expect(finding(`9foodb://app:${password}@db.internal/app`)?.message).toBe(
    'puts a password in a URL',
  )
})
