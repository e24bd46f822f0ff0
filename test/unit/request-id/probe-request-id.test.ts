import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { probeRequestId } from 'safe500'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void
const routes: Record<string, Handler> = {}
let base = ''
let count = 0
const server = createServer((req, res) => {
  const route = routes[new URL(req.url ?? '/', 'http://x').pathname]
  if (route) route(req, res, ++count)
  else res.writeHead(404).end()
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

/** A route that fails with a 500 carrying `id` (from the request and the counter) in a header and the body. */
function route(path: string, id: (req: IncomingMessage, n: number) => string | undefined): string {
  routes[path] = (req, res, n) => {
    const value = id(req, n)
    if (value !== undefined) res.setHeader('x-request-id', value)
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ error: 'Internal Server Error', requestId: value }))
  }
  return `${base}${path}`
}
const fresh = () => crypto.randomUUID()
const rules = (report: { findings: readonly { rule: string }[] }) => [
  ...new Set(report.findings.map((f) => f.rule)),
]

describe('plain requests', () => {
  test('a fresh well-formed ID each time passes', async () => {
    const report = await probeRequestId({ url: route('/fresh', fresh) })
    expect(report.ok).toBe(true)
    expect(report.findings).toEqual([])
    expect(new Set(report.requestIds).size).toBe(3)
    expect(report.requests).toBeGreaterThan(20)
  })

  test('a counter is reported', async () => {
    const report = await probeRequestId({ url: route('/counter', (_r, n) => `req-${n}`) })
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'request-id-counter',
        category: 'request-id',
        where: 'response',
      }),
    ])
  })

  test('one ID for every request is reported', async () => {
    const report = await probeRequestId({ url: route('/same', () => 'deadbeef-0001') })
    expect(rules(report)).toEqual(['request-id-repeated'])
  })

  test('no ID, and an ID only in the header when both are required', async () => {
    expect(rules(await probeRequestId({ url: route('/none', () => undefined) }))).toEqual([
      'request-id-missing',
    ])
    routes['/header-only'] = (_req, res) => {
      res.writeHead(500, { 'x-request-id': fresh() }).end('Internal Server Error')
    }
    const report = await probeRequestId({ url: `${base}/header-only`, requestId: 'both' })
    expect(rules(report)).toEqual(['request-id-missing'])
  })

  test('header and body that disagree, and a malformed ID', async () => {
    routes['/disagree'] = (_req, res) => {
      res.writeHead(500, { 'x-request-id': fresh(), 'content-type': 'application/json' })
      res.end(JSON.stringify({ requestId: fresh() }))
    }
    expect(rules(await probeRequestId({ url: `${base}/disagree` }))).toEqual([
      'request-id-mismatch',
    ])
    const long = await probeRequestId({
      url: route('/long', () => `${fresh()}-${'x'.repeat(120)}`),
    })
    expect(rules(long)).toEqual(['request-id-malformed'])
  })
})

describe('inbound IDs', () => {
  const echo = (req: IncomingMessage) => {
    const inbound = req.headers['x-request-id']
    return typeof inbound === 'string' ? inbound : fresh()
  }

  test('an app that trusts any inbound ID echoes each hostile one, in header and body', async () => {
    const report = await probeRequestId({ url: route('/echo', echo) })
    const kinds = report.findings.map((f) => /\(([^)]{1,40})\)/.exec(f.message)?.[1])
    expect([...new Set(kinds)]).toEqual(['markup', '8 KB', 'non-ASCII', 'percent-encoded CR/LF'])
    expect([...new Set(report.findings.map((f) => f.where.split(' ')[0]))]).toEqual([
      'header',
      'body',
    ])
    expect(report.findings[0]?.excerpt).toMatch(/^<script>»s5r[a-z2-7]{16}«<\/script>$/)
  })

  test('an app that echoes an inbound traceparent is caught on the ones it must ignore', async () => {
    routes['/traceparent'] = (req, res) => {
      const inbound = req.headers['traceparent']
      res.writeHead(500, {
        traceparent:
          typeof inbound === 'string' ? inbound : `00-${'ab'.repeat(16)}-${'cd'.repeat(8)}-01`,
        'x-request-id': fresh(),
      })
      res.end('Internal Server Error')
    }
    const report = await probeRequestId({ url: `${base}/traceparent` })
    expect(report.findings.map((f) => /\(([^)]{1,60})\)/.exec(f.message)?.[1])).toEqual([
      'traceparent with an all-zero trace-id',
      'traceparent with an all-zero parent-id',
      'traceparent in upper-case hex',
      'traceparent with version ff',
      'malformed traceparent',
      'traceparent with extra fields',
    ])
  })

  test('propagates: false reports an echo of a well-formed ID; true reports a dropped one', async () => {
    const url = route('/echo-valid', (req) => {
      const inbound = req.headers['x-request-id']
      return typeof inbound === 'string' && /^[\w-]{1,64}$/.test(inbound) ? inbound : fresh()
    })
    expect((await probeRequestId({ url })).ok).toBe(true)
    expect((await probeRequestId({ url, propagates: true })).ok).toBe(true)
    const strict = await probeRequestId({ url, propagates: false })
    expect(strict.findings.map((f) => [f.rule, f.where])).toEqual([
      ['request-id-reflected', 'header x-request-id'],
      ['request-id-reflected', expect.stringMatching(/^body 1:\d{1,3}$/)],
    ])
    const dropping = await probeRequestId({ url: route('/fresh2', fresh), propagates: true })
    expect(rules(dropping)).toEqual(['request-id-dropped'])
  })

  test('requestIdHeaders names the inbound header too', async () => {
    const url = route('/custom', (req) => {
      const inbound = req.headers['x-trace']
      return typeof inbound === 'string' ? inbound : fresh()
    })
    expect((await probeRequestId({ url })).ok).toBe(true)
    const report = await probeRequestId({ url, requestIdHeaders: ['X-Trace'] })
    expect(report.findings.every((f) => f.message.includes('sent in x-trace'))).toBe(true)
    expect(report.findings.length).toBeGreaterThan(0)
  })

  test('a custom fetch is used for every request (and the raw-socket one is skipped)', async () => {
    const url = route('/fresh3', fresh)
    let calls = 0
    const report = await probeRequestId({
      url,
      method: 'post',
      headers: { authorization: 'Bearer test' },
      body: '{}',
      fetch: (target, init) => {
        calls++
        expect(init.method).toBe('POST')
        expect(new Headers(init.headers).get('authorization')).toBe('Bearer test')
        return fetch(target, init)
      },
    })
    expect(report.ok).toBe(true)
    expect(calls).toBe(report.requests)
  })
})

describe('bad input', () => {
  test('a URL that does not fail, a relative URL, no server, no options', async () => {
    routes['/healthy'] = (_req, res) => res.end('ok')
    await expect(probeRequestId({ url: `${base}/healthy` })).rejects.toMatchObject({
      code: 'ERR_BAD_OPTION',
      message: expect.stringContaining('answered 200, not an error') as unknown,
    })
    await expect(probeRequestId({ url: '/boom' })).rejects.toThrow(/absolute http\(s\) URL/)
    await expect(probeRequestId({ url: 'http://127.0.0.1:9/boom' })).rejects.toThrow(
      /got no answer/,
    )
    await expect(probeRequestId(undefined as never)).rejects.toThrow(/takes options/)
    // A password in the URL is masked wherever the message quotes it.
    const password = ['s3cret', 'Passw0rd'].join('')
    const withPassword = await probeRequestId({
      url: `http://app:${password}@127.0.0.1:9/boom`,
    }).catch((e: unknown) => e as Error)
    expect((withPassword as Error).message).toContain('http://app:****@127.0.0.1:9/boom')
    expect((withPassword as Error).message).not.toContain(password)
  })

  test('a route that fails only at first (a fault armed once) is refused, whichever request succeeds', async () => {
    const failingFirst = (times: number) => (_req: IncomingMessage, res: ServerResponse) => {
      const failing = times-- > 0
      res.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ requestId: fresh(), ok: !failing }))
    }
    routes['/once'] = failingFirst(1)
    await expect(probeRequestId({ url: `${base}/once` })).rejects.toThrow(
      `answered 200 to plain request 2 of 3, after failing before: the probe's requests must all take the error path`,
    )
    // Failing for the plain requests, then healthy for those with hostile IDs.
    routes['/thrice'] = failingFirst(3)
    await expect(probeRequestId({ url: `${base}/thrice` })).rejects.toThrow(
      /answered 200 to the request with a hostile ID \([^)]{1,40}\) in x-request-id, after failing before.*\{ once: true \}/,
    )
  })

  test('an answer whose body never ends says it answered, within the 3 s default', async () => {
    routes['/endless'] = (_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.write('{"error":')
    }
    const started = Date.now()
    const error = await probeRequestId({ url: `${base}/endless`, timeout: 300 }).catch(
      (e: unknown) => e as Error,
    )
    expect(error).toMatchObject({ code: 'ERR_BAD_OPTION' })
    expect((error as Error).message).toContain(
      `probeRequestId(): GET ${base}/endless answered 500, but its body did not arrive whole:`,
    )
    expect((error as Error).message).not.toContain('got no answer')
    expect(Date.now() - started).toBeLessThan(2500)
  })

  test('a server that never answers is reported before a test times out', async () => {
    routes['/silent'] = () => {}
    const started = Date.now()
    await expect(probeRequestId({ url: `${base}/silent` })).rejects.toThrow(
      'got no answer within the timeout (The operation was aborted due to timeout): the app took the request and did not answer.',
    )
    expect(Date.now() - started).toBeLessThan(4500)
  })

  test('options it shares with audit() are checked the same way, before anything is sent', async () => {
    let hits = 0
    routes['/counted'] = (_req, res) => {
      hits++
      res.writeHead(500).end('Internal Server Error')
    }
    const url = `${base}/counted`
    await expect(
      probeRequestId({ url, requestIdHeaders: 'x-trace' as never }),
    ).rejects.toMatchObject({
      code: 'ERR_BAD_OPTION',
      message:
        '[safe500] probeRequestId(): requestIdHeaders must be a list, received "x-trace". Write e.g. { requestIdHeaders: [\'x-trace\'] }.',
    })
    await expect(probeRequestId({ url, method: 1 as never })).rejects.toThrow(
      "[safe500] probeRequestId(): Invalid method option 1: give the request method as a string, e.g. { method: 'HEAD' }.",
    )
    await expect(probeRequestId({ url, requestId: 'headers' as never })).rejects.toThrow(
      '[safe500] probeRequestId(): Invalid requestId option "headers": did you mean \'header\'?',
    )
    await expect(probeRequestId({ url, timeout: '5s' as never })).rejects.toThrow(
      '[safe500] probeRequestId(): Invalid timeout option "5s": give a positive number',
    )
    expect(hits).toBe(0)
  })
})

test('a non-ASCII ID echoed in a header reads as the text sent, also when encoded twice', async () => {
  const { findEchoes } = await import('../../../src/request-id/internal/find-echo.ts')
  const sent = 's5rabcdefghijklmnop-ünïcødé-日本'
  const once = Buffer.from(sent, 'utf8').toString('latin1')
  const twice = Buffer.from(once, 'utf8').toString('latin1')
  for (const value of [once, twice]) {
    const [echo] = findEchoes({ headers: { 'x-request-id': value }, text: '' }, [
      's5rabcdefghijklmnop',
    ])
    expect(echo?.excerpt).toBe('»s5rabcdefghijklmnop«-ünïcødé-日本')
  }
  // Latin-1 text that is no UTF-8 is left as it is.
  const [plain] = findEchoes(
    { headers: { 'x-request-id': 's5rabcdefghijklmnop-café' }, text: '' },
    ['s5rabcdefghijklmnop'],
  )
  expect(plain?.excerpt).toBe('»s5rabcdefghijklmnop«-café')
})
