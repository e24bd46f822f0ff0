import fc from 'fast-check'
import { expect, test } from 'vitest'
import { isPlaceholder } from '../../../src/secrets/is-placeholder.ts'
import { sampleSecret } from '../../../src/secrets/sample-secret.ts'

test.each([
  '${DB_PASSWORD}',
  '{{ token }}',
  '<password>',
  '[REDACTED]',
  '[Filtered]',
  '****',
  '••••••',
  'xxxxxxxxxxxxxxxx',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  '%s',
  '%(password)s',
  '$API_KEY',
  ':password',
  'null',
  'undefined',
  'Password',
  'your-api-key',
  'sk_live_EXAMPLE',
  '...',
  '',
  // Counting up, as a made-up key in documentation does.
  '0123456789abcdef0123456789abcdef',
  '1234567890abcdef1234567890abcdef',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnop',
  'ABCDEFGHIJKLMNOP',
])('%j is a placeholder', (value) => {
  expect(isPlaceholder(value)).toBe(true)
})

test.each([
  'hunter2',
  'changeme',
  'Tr0ub4dor&3',
  'p%40ss',
  sampleSecret(24, 1),
  sampleSecret(8, 2),
])('%j is a value', (value) => {
  expect(isPlaceholder(value)).toBe(false)
})

test('sampleSecret is stable for a seed and differs between seeds', () => {
  expect(sampleSecret(32, 7)).toBe(sampleSecret(32, 7))
  expect(sampleSecret(32, 7)).not.toBe(sampleSecret(32, 8))
  expect(sampleSecret(40, 9, '0123456789abcdef')).toMatch(/^[0-9a-f]{40}$/)
})

test('a run of one or two characters, counted as code points, is a placeholder', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('q', 'w', 'k', '😀'), maxLength: 12 }), (v) => {
      expect(isPlaceholder(v)).toBe(new Set(v).size <= 2)
    }),
    { numRuns: 3000 },
  )
})

test('generated values rarely count up: none of 2000 random hex or base62 keys is a placeholder', () => {
  for (let seed = 1; seed <= 1000; seed++) {
    expect(isPlaceholder(sampleSecret(32, seed, '0123456789abcdef'))).toBe(false)
    expect(isPlaceholder(sampleSecret(24, seed))).toBe(false)
  }
})
