import { checkSync } from 'recheck'
import { expect, test } from 'vitest'
import { timestampPattern } from '../../../src/request-id/check-uniform.ts'
import { requestIdPatterns } from '../../../src/request-id/find-request-id.ts'

// The patterns that scan whole bodies for request IDs and timestamps must be linear-time.
test.each([...requestIdPatterns, timestampPattern].map((p) => [p.source.slice(0, 50), p] as const))(
  '%s… is safe from ReDoS',
  (_source, pattern) => {
    expect(checkSync(pattern.source, pattern.flags, { timeout: null }).status).toBe('safe')
  },
  120_000,
)

test('an adversarial body is scanned in one pass', async () => {
  const { findRequestIds } = await import('safe500')
  const { snapshotOf } = await import('../../support/example-response.ts')
  const body = 'request id '.repeat(5000) + 'x'.repeat(50_000)
  const found = findRequestIds(snapshotOf({ status: 500, headers: {}, body }))
  expect(found.body).toBeUndefined()
})
