import { canaryError, checkUniform, droppedHeaders } from 'safe500'
import { describe, expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

const failure = (requestId: string, extra = '') =>
  snapshotOf({
    status: 500,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId },
    body: `{"error":"Internal Server Error","requestId":"${requestId}","time":"2026-11-22T10:41:19.123Z"${extra}}`,
  })

describe('checkUniform', () => {
  test('bodies that differ only in request ID and timestamp are uniform', () => {
    const result = checkUniform([
      failure('3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c'),
      failure('9b2e7a10-5c4d-4f3e-8a1b-0c9d8e7f6a5b'),
    ])
    expect(result.uniform).toBe(true)
    expect(result.masked[0]?.body).toBe(
      '{"error":"Internal Server Error","requestId":"<request-id>","time":"<timestamp>"}',
    )
  })

  test('a counter ID is masked only where it stands alone', () => {
    const a = failure('5', ',"statusCode":500')
    const b = failure('6', ',"statusCode":500')
    expect(checkUniform([a, b]).uniform).toBe(true)
    expect(checkUniform([a, b]).masked[0]?.body).toContain('"statusCode":500')
  })

  test('a body naming the cause differs, and the difference is shown', () => {
    const result = checkUniform([
      failure('a-000001'),
      failure('a-000002', ',"code":"ECONNREFUSED"'),
    ])
    expect(result.uniform).toBe(false)
    expect(result.difference).toMatchObject({ index: 1, what: 'body', offset: 80 })
    expect(result.difference?.received).toContain('ECONNREFUSED')
  })

  test('the bodies shown mask the secrets they hold, even where the window cuts one', () => {
    const password = ['S3cr', '3tPa', 'ssw0rd'].join('')
    const keyId = ['AKIA', 'QYLPMN3T5RVW6XHG'].join('')
    const secretKey = ['wJalrXUtnFEMI', 'K7MDENGbPxRfiCY', 'q8Yh3Kx0zzLm'].join('/')
    const result = checkUniform([
      failure('a-000001', `,"error2":"postgres://admin:${password}@db.internal/shop"`),
      failure('a-000002', `,"error2":"${keyId} ${secretKey} rejected by s3"`),
    ])
    const shown = `${result.difference?.expected} ${result.difference?.received}`
    expect(shown).toContain('postgres://admin:****@')
    expect(shown).not.toContain(password)
    expect(shown).not.toContain(keyId)
    // The window ends 40 characters past the difference, inside the secret key: what it shows of
    // it is masked too.
    expect(shown).not.toContain(secretKey.slice(0, 12))
    // A canary of an upstream fault, echoed, is masked as the audit masks it.
    const canary = canaryError('orders query failed').message
    const echoed = checkUniform([
      failure('a-000001', ',"cause":"timeout"'),
      failure('a-000002', `,"cause":${JSON.stringify(canary)}`),
    ])
    const token = /s5[a-z0-9]{10,}/.exec(canary)?.[0] ?? 'no canary token'
    expect(canary).toContain(token)
    expect(echoed.difference?.received).not.toContain(token)
  })

  test('status and content type are compared first', () => {
    const other = snapshotOf({ status: 503, headers: {}, body: '' })
    expect(checkUniform([failure('a-000001'), other]).difference).toMatchObject({
      what: 'status',
      expected: '500',
      received: '503',
    })
    const html = snapshotOf({ status: 500, headers: { 'content-type': 'text/html' }, body: '' })
    expect(checkUniform([failure('a-000001'), html]).difference?.what).toBe('content type')
  })

  test('options.mask masks more', () => {
    const a = failure('a-000001', ',"took":12')
    const b = failure('a-000002', ',"took":431')
    expect(checkUniform([a, b]).uniform).toBe(false)
    expect(checkUniform([a, b], { mask: [/"took":\d{1,9}/] }).uniform).toBe(true)
  })

  test('takes responses whose body is read: supertest-like and inject-like objects', () => {
    const supertest = { status: 500, headers: { 'content-type': 'text/plain' }, text: 'Oops' }
    const inject = { statusCode: 500, headers: { 'content-type': 'text/plain' }, payload: 'Oops' }
    expect(checkUniform([supertest, inject]).uniform).toBe(true)
  })

  test('refuses a fetch Response, one response, and non-responses', () => {
    expect(() => checkUniform([new Response('x'), new Response('y')])).toThrow(/capture\(r\)/)
    expect(() => checkUniform([failure('a-000001')])).toThrow(/two or more/)
    expect(() => checkUniform([1, 2])).toThrow(/expected responses/)
  })
})

describe('droppedHeaders', () => {
  const ok = snapshotOf({
    status: 200,
    headers: {
      'strict-transport-security': 'max-age=15552000',
      'x-frame-options': 'DENY',
      'x-request-id': 'a-000001',
      'x-tenant': 'acme',
      etag: 'W/"1"',
    },
    body: 'ok',
  })

  test('lists the security and request ID headers the error answer lacks', () => {
    const failed = snapshotOf({ status: 500, headers: { 'x-frame-options': 'DENY' }, body: 'x' })
    expect(droppedHeaders(ok, failed)).toEqual([
      { name: 'strict-transport-security', value: 'max-age=15552000' },
      { name: 'x-request-id', value: 'a-000001' },
    ])
    expect(droppedHeaders(ok, failed, { headers: ['X-Tenant'], ignore: ['x-request-id'] })).toEqual(
      [
        { name: 'strict-transport-security', value: 'max-age=15552000' },
        { name: 'x-tenant', value: 'acme' },
      ],
    )
  })

  test('nothing when the error answer keeps them (values may differ)', () => {
    const failed = snapshotOf({
      status: 500,
      headers: {
        'strict-transport-security': 'max-age=1',
        'x-frame-options': 'DENY',
        'x-request-id': 'a-000002',
      },
      body: 'x',
    })
    expect(droppedHeaders(ok, failed)).toEqual([])
  })
})
