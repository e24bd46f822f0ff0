import { audit, canaryError, plantCanaries } from 'safe500'
import { expect, test } from 'vitest'
import { safeHeaders } from '../../support/responses.ts'

const echoes = async (body: string, headers: Record<string, string> = {}) =>
  (
    await audit(new Response(body, { status: 500, headers: { ...safeHeaders, ...headers } }))
  ).findings.filter((f) => f.category === 'upstream-echo')

test('every planted value is found on the wire, and names who planted it', async () => {
  const c = plantCanaries('payments 502')
  for (const value of [c.marker, c.secret, c.host, c.path, c.connectionString]) {
    const [finding] = await echoes(
      JSON.stringify({ error: `failed: ${value}`, requestId: 'abc-123456' }),
    )
    expect(finding?.message).toBe('echoes a canary planted by payments 502')
  }
})

test('a canary in a header is found too (err.headers reaching the wire)', async () => {
  const error = canaryError('orders query')
  const found = await echoes(
    '{"error":"Internal Server Error","requestId":"abc-123456"}',
    error.headers,
  )
  expect(found.map((f) => f.where)).toEqual(['header x-upstream-detail'])
})

test('canaryError carries canaries in its message, stack, headers and fields', () => {
  const error = canaryError('db')
  const token = error.canaries.token
  expect(error.message).toContain(token)
  expect(error.stack).toContain(token)
  expect(Object.values(error.headers).join()).toContain(token)
  expect(error.query).toContain(token)
  expect(error.connectionString).toContain(token)
  expect(error.code).toBe('ECONNREFUSED')
})

test('a token that was never planted is no finding: no false positives', async () => {
  expect(await echoes('{"error":"s5cabcdefghijklmnopqrst","requestId":"abc-123456"}')).toEqual([])
})

test('canaries are unique', () => {
  const tokens = new Set(Array.from({ length: 1000 }, () => plantCanaries().token))
  expect(tokens.size).toBe(1000)
})

test("a canary is masked in every finding's excerpt, also where no fake secret stands near it", async () => {
  const { host } = plantCanaries('payments unreachable')
  const token = /s5c[a-z2-7]{20}/.exec(host)?.[0] ?? ''
  expect(token).not.toBe('')
  const report = await audit(
    new Response(JSON.stringify({ error: `connect ECONNREFUSED ${host}:443` }), {
      status: 500,
      headers: safeHeaders,
    }),
  )
  const categories = report.findings.map((f) => f.category)
  expect(categories).toContain('upstream-echo')
  expect(categories).toContain('driver-error')
  for (const finding of report.findings) {
    expect(finding.excerpt, finding.rule).not.toContain(token.slice(4))
    expect(finding.message, finding.rule).not.toContain(token.slice(4))
  }
})
