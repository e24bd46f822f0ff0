import { expect, test } from 'vitest'
import { afterCall } from '../../../src/audit/after-call.ts'

const at = (text: string) => text.indexOf('http')

test('a URL after a method, a client phrase or a config member is one an app called', () => {
  for (const text of [
    'request to http://orders:8080/v1 failed',
    '[GET] "http://orders:8080/v1": 502',
    'Failed to fetch http://orders:8080/v1',
    '{"url":"http://orders:8080/v1"}',
    "config: { url: 'http://orders:8080/v1' }",
    '{"upstream":"http://orders:8080/v1"}',
  ])
    expect(afterCall(text, at(text)), text).toBe(true)
  for (const text of ['see http://orders:8080/v1', 'target http://orders:8080/v1', 'http://x/'])
    expect(afterCall(text, at(text)), text).toBe(false)
})

test("without members, one that may hold the request's own URL does not count", () => {
  const own = '{"error": true, "url": "http://127.0.0.1:37205/config-secret"}'
  expect(afterCall(own, at(own), { members: false })).toBe(false)
  const configured = '{"baseUrl":"http://localhost:3000/support"}'
  expect(afterCall(configured, at(configured), { members: false })).toBe(false)
  expect(afterCall(configured, at(configured))).toBe(true)
  const upstream = '{"upstream":"http://127.0.0.1:43423/v1/orders/42"}'
  expect(afterCall(upstream, at(upstream), { members: false })).toBe(true)
  const phrase = 'request to http://127.0.0.1:43423/v1 failed'
  expect(afterCall(phrase, at(phrase), { members: false })).toBe(true)
})
