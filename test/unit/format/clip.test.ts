import { describe, expect, test } from 'vitest'
import { auditSnapshot } from '../../../src/index.ts'
import { exampleSnapshot } from '../../../src/example-snapshot.ts'
import { clip } from '../../../src/format/clip.ts'

describe('clip', () => {
  test('text that fits is whole', () => {
    expect(clip('fetch failed', 40)).toBe('fetch failed')
    expect(clip('x'.repeat(40), 40)).toBe('x'.repeat(40))
  })

  test('a phrase is cut after its last whole word, and says so', () => {
    expect(clip('Response does not match the HTTP/1.1 protocol', 40)).toBe(
      'Response does not match the HTTP/1.1…',
    )
  })

  test('a word longer than half the room is cut inside, and says so', () => {
    expect(clip(`db-${'a'.repeat(90)}.internal`, 20)).toBe(`db-${'a'.repeat(17)}…`)
  })
})

test("a finding's message does not end mid-word", () => {
  const body =
    '{"error":"Response does not match the HTTP/1.1 protocol (Invalid header value char)"}'
  const messages = auditSnapshot(exampleSnapshot(body))
    .findings.filter((f) => f.rule === 'driver-error-http-client')
    .map((f) => f.message)
  expect(messages).toEqual(['shows an HTTP client error (Response does not match the HTTP/1.1…)'])
})
