import { getResponse, HttpResponse, type RequestHandler } from 'msw'
import { audit, Safe500Error } from 'safe500'
import { fault, faultMatrix, type SocketFaultKind } from 'safe500/msw'
import { describe, expect, test } from 'vitest'

const url = 'https://payments.example.com/v1/charges'
const answer = (handler: RequestHandler, init?: RequestInit) =>
  getResponse([handler], new Request(url, init))
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  )

describe('fault.status', () => {
  test('answers the status with a realistic body whose canaries audit() reports', async () => {
    const res = await answer(fault.status(502, 'https://payments.example.com/*'))
    expect(res?.status).toBe(502)
    expect(res?.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const report = await audit(res, { status: 502 })
    expect(report.findings.filter((f) => f.category === 'upstream-echo')[0]?.message).toBe(
      `echoes a canary planted by fault.status(502) on any method https://payments.example.com/* (GET ${url})`,
    )
  })

  test('plants fresh canaries for every request', async () => {
    const handler = fault.status(500, 'https://payments.example.com/*', { body: 'json-internals' })
    const body = async () => (await answer(handler))?.text()
    expect(await body()).not.toEqual(await body())
  })

  test('a 503 says Retry-After: 30 unless told otherwise', async () => {
    expect((await answer(fault.status(503, `${url}`)))?.headers.get('retry-after')).toBe('30')
    const custom = fault.status(503, url, { retryAfter: 120, headers: { 'x-cache': 'MISS' } })
    expect(Object.fromEntries((await answer(custom))?.headers ?? [])).toMatchObject({
      'retry-after': '120',
      'x-cache': 'MISS',
    })
    expect(
      (await answer(fault.status(503, url, { retryAfter: false })))?.headers.has('retry-after'),
    ).toBe(false)
    expect((await answer(fault.status(504, url)))?.headers.has('retry-after')).toBe(false)
  })

  test('matches method and URL as MSW does', async () => {
    const handler = fault.status(502, 'https://payments.example.com/v1/:resource', {
      method: 'post',
    })
    expect((await answer(handler, { method: 'POST' }))?.status).toBe(502)
    expect(await answer(handler, { method: 'GET' })).toBeUndefined()
    expect(
      await getResponse([handler], new Request('https://ledger.example.com/v1/x')),
    ).toBeUndefined()
  })

  test('refuses a status that is not a failure', () => {
    expect(() => fault.status(200, url)).toThrow(
      new Safe500Error(
        'ERR_BAD_OPTION',
        'Invalid status 200: give an HTTP status from 400 to 599, e.g. fault.status(502, url).',
      ),
    )
    expect(() => fault.status(600, url)).toThrow('Invalid status 600')
  })
})

describe('fault.networkError', () => {
  test('fails like Node.js does, naming a canary host', async () => {
    const error = (await failure(answer(fault.networkError(url)))) as NodeJS.ErrnoException
    expect(error).toMatchObject({
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
      port: 443,
    })
    expect(error.message).toMatch(/^connect ECONNREFUSED db-s5c[a-z2-7]{20}\.prod\.internal:443$/)
  })

  test('takes the other codes clients branch on', async () => {
    const codes = ['ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'] as const
    const messages = await Promise.all(
      codes.map(
        async (code) =>
          ((await failure(answer(fault.networkError(url, { code })))) as Error).message,
      ),
    )
    expect(messages.map((m) => m.replace(/db-s5c[a-z2-7]{20}/, 'db-<token>'))).toEqual([
      'read ECONNRESET',
      'connect ETIMEDOUT db-<token>.prod.internal:443',
      'getaddrinfo ENOTFOUND db-<token>.prod.internal',
      'getaddrinfo EAI_AGAIN db-<token>.prod.internal',
    ])
    expect(() => fault.networkError(url, { code: 'EPIPE' as 'ECONNRESET' })).toThrow(
      'Unknown network error code "EPIPE": use one of ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, EAI_AGAIN.',
    )
  })
})

describe('fault.hang and fault.slowHeaders', () => {
  test('a hung upstream answers only when the client gives up', async () => {
    const abort = new AbortController()
    let settled = false
    const pending = answer(fault.hang(url), { signal: abort.signal }).finally(
      () => (settled = true),
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(settled).toBe(false)
    abort.abort()
    expect((await pending)?.type).toBe('error')
  })

  test('a slow upstream answers after its delay, a 200 unless told otherwise', async () => {
    const res = await answer(fault.slowHeaders(url, { delay: 5 }))
    expect([res?.status, await res?.json()]).toEqual([200, { ok: true }])
    const then = await answer(fault.slowHeaders(url, { delay: 5, then: 504 }))
    expect(then?.status).toBe(504)
  })
})

describe('fault.flaky and fault.sequence', () => {
  test('flaky fails `failures` times, then recovers, and starts over when MSW resets it', async () => {
    const handler = fault.flaky(url, { failures: 2, then: () => HttpResponse.json({ id: 'ch_1' }) })
    const statuses = async (n: number) => {
      const out: (number | undefined)[] = []
      for (let i = 0; i < n; i++) out.push((await answer(handler))?.status)
      return out
    }
    expect(await statuses(4)).toEqual([503, 503, 200, 200])
    handler.reset()
    expect(await statuses(3)).toEqual([503, 503, 200])
  })

  test('a sequence plays its outcomes in order and repeats the last', async () => {
    const handler = fault.sequence(url, [
      502,
      'network-error',
      new Response('late', { status: 200 }),
    ])
    expect((await answer(handler))?.status).toBe(502)
    expect(await failure(answer(handler))).toMatchObject({ code: 'ECONNREFUSED' })
    expect(await (await answer(handler))?.text()).toBe('late')
    expect(await (await answer(handler))?.text()).toBe('late')
  })

  test('refuses what cannot be played', () => {
    expect(() => fault.sequence(url, [])).toThrow('fault.sequence() needs at least one outcome')
    expect(() => fault.flaky(url, { failures: -1 })).toThrow('Invalid failures option -1')
  })
})

describe('socket faults', () => {
  test('are MSW handlers too; a client MSW answers directly gets the error Node.js reports', async () => {
    const errors = await Promise.all(
      (['reset', 'empty-reply', 'garbage'] as SocketFaultKind[]).map((kind) =>
        failure(answer(fault.socket(kind, url))),
      ),
    )
    expect(errors.map((e) => (e as NodeJS.ErrnoException).code)).toEqual([
      'ECONNRESET',
      'ECONNRESET',
      'HPE_INVALID_CONSTANT',
    ])
    expect(() => fault.socket('slow' as SocketFaultKind, url)).toThrow(
      'Unknown socket fault "slow"',
    )
  })
})

describe('faultMatrix', () => {
  test('lists every way an upstream fails, each a fresh handler', () => {
    const matrix = faultMatrix('https://payments.example.com/*')
    expect(matrix.map((c) => c.name)).toMatchInlineSnapshot(`
      [
        "status 500 (node-stack)",
        "status 502 (html-proxy)",
        "status 503 (json-internals)",
        "status 504 (html-proxy)",
        "status 502 (java-stack)",
        "status 502 (python-traceback)",
        "status 502 (sql-error)",
        "status 502 (empty)",
        "status 502 (malformed-json)",
        "status 502 (wrong-content-type)",
        "network error (ECONNREFUSED)",
        "network error (ENOTFOUND)",
        "hang",
        "slow headers (10000 ms)",
        "reset",
        "empty-reply",
        "garbage",
        "malformed-chunk",
        "truncated",
        "dribble",
      ]
    `)
    expect(new Set(matrix.map((c) => c.fault)).size).toBe(matrix.length)
  })

  test('leaves out the families you exclude and passes the method on', async () => {
    const matrix = faultMatrix(url, { exclude: ['status', 'hang', 'dribble'], method: 'POST' })
    expect(matrix.map((c) => c.family)).not.toContain('status')
    expect(matrix.map((c) => c.name)).not.toContain('hang')
    expect(await answer(matrix[0]!.fault, { method: 'GET' })).toBeUndefined()
  })
})
