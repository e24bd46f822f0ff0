import { createServer, get, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'
import axios from 'axios'
import Fastify from 'fastify'
import got from 'got'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { inject } from 'light-my-request'
import { audit, capture, Safe500Error, type Snapshot } from 'safe500'
import supertest from 'supertest'
import { fetch as undiciFetch, request as undiciRequest } from 'undici'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const MiB = 1024 * 1024
const json = JSON.stringify({ error: 'Internal Server Error', requestId: 'req-7f3a' })
/** A gzip body cut short, and the text its start decodes to. */
const cutGzip = gzipSync(
  json + ' '.repeat(2000) + '    at handler (/srv/app/routes.js:12:7)',
).subarray(0, 80)
const cutText = gunzipSync(cutGzip, { finishFlush: constants.Z_SYNC_FLUSH }).toString()
const huge = { written: 0, finished: false }

/** Sends the 500 of a route: plain, gzip- or br-encoded JSON, latin1 text, 50 MB, or a body that never ends. */
function handler(req: IncomingMessage, res: ServerResponse) {
  const path = req.url ?? '/'
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Request-Id': 'req-7f3a',
    'Set-Cookie': ['session=; Max-Age=0', 'theme=dark'],
  }
  if (path === '/json') {
    res.writeHead(500, 'Internal Server Error', headers)
    return void res.end(json)
  }
  if (path === '/gzip' || path === '/br') {
    const body = path === '/gzip' ? gzipSync(json) : brotliCompressSync(json)
    res.writeHead(500, {
      ...headers,
      'Content-Encoding': path.slice(1),
      'Content-Length': body.byteLength,
    })
    return void res.end(body)
  }
  if (path === '/badgz' || path === '/cutgz') {
    // Content-Encoding: gzip on a plain body, and on a gzip body cut short.
    res.writeHead(500, { ...headers, 'Content-Encoding': 'gzip' })
    return void res.end(path === '/badgz' ? json : cutGzip)
  }
  if (path === '/latin1') {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=iso-8859-1' })
    return void res.end(Buffer.from('Erreur interne: réessayez', 'latin1'))
  }
  if (path === '/huge') {
    res.writeHead(500, { 'Content-Type': 'text/plain' })
    const chunk = Buffer.alloc(64 * 1024, 0x61)
    const pump = () => {
      while (huge.written < 50 * MiB) {
        huge.written += chunk.byteLength
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
      huge.finished = true
      res.end()
    }
    return pump()
  }
  if (path === '/relay' || path === '/own') {
    // An app that answers with the URL of an upstream it called (on another loopback port), or
    // with its own URL, as Nitro's error answer does.
    const host = req.headers.host ?? ''
    const port = Number(host.slice(host.lastIndexOf(':') + 1))
    const shown =
      path === '/relay'
        ? `http://127.0.0.1:${port === 40407 ? 40408 : 40407}/v1/orders/42`
        : `http://localhost:${port}/own`
    res.writeHead(500, { ...headers, 'X-Content-Type-Options': 'nosniff' })
    return void res.end(JSON.stringify({ error: 'Error calling orders service', url: shown }))
  }
  if (path === '/hang') {
    res.writeHead(500, { 'Content-Type': 'text/plain' })
    return void res.write('Internal')
  }
  res.writeHead(404)
  res.end()
}

const server = createServer(handler)
let base = ''
const url = (path: string) => `${base}${path}`

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const sentBodies: Record<string, Buffer> = {
  '/json': Buffer.from(json),
  '/gzip': gzipSync(json),
  '/br': brotliCompressSync(json),
}

/**
 * What every shape must give for the JSON 500, plain or compressed; `wireLength`, when known, is
 * the length of the bytes as sent (what Content-Length is checked against).
 */
function expectJson500(snapshot: Snapshot, path = '/json') {
  expect(snapshot.status).toBe(500)
  if (snapshot.wireLength !== undefined)
    expect(snapshot.wireLength).toBe(sentBodies[path]?.byteLength)
  expect(snapshot.text).toBe(json)
  expect(snapshot.headers['content-type']).toBe('application/json; charset=utf-8')
  expect(snapshot.headers['x-request-id']).toBe('req-7f3a')
  expect(snapshot.headers['cache-control']).toBe('no-store')
  expect(Object.keys(snapshot.headers).every((name) => name === name.toLowerCase())).toBe(true)
}

function getIncoming(path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => get(url(path), resolve).on('error', reject))
}

async function captureError(input: unknown, options?: { maxBytes?: number; timeout?: number }) {
  const error = await capture(input, options).then(
    () => new Error('capture() resolved'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(Safe500Error)
  return error as Safe500Error
}

describe.each(['/json', '/gzip', '/br'])('every client, %s', (path) => {
  test('global fetch: read through a clone, the body is still there', async () => {
    const res = await fetch(url(path))
    const snapshot = await capture(res)
    expectJson500(snapshot, path)
    expect(snapshot.statusText).toBe('Internal Server Error')
    expect(snapshot.headers['set-cookie']).toBe('session=; Max-Age=0\ntheme=dark')
    expect(await res.text()).toBe(json)
  })

  test('undici fetch: read through a clone, the body is still there', async () => {
    const res = await undiciFetch(url(path))
    expectJson500(await capture(res), path)
    expect(await res.json()).toEqual(JSON.parse(json))
  })

  test('undici request(): the bytes as sent, the body consumed', async () => {
    const res = await undiciRequest(url(path))
    const snapshot = await capture(res)
    expectJson500(snapshot, path)
    const sent = res.headers['content-length']
    expect(snapshot.wireLength).toBe(typeof sent === 'string' ? Number(sent) : json.length)
    expect(res.body.bodyUsed).toBe(true)
  })

  test('supertest against the node handler: the response is left as it was', async () => {
    const res = await supertest(handler).get(path)
    const snapshot = await capture(res)
    expectJson500(snapshot, path)
    expect(snapshot.method).toBe('GET')
    expect(res.body).toEqual(JSON.parse(json))
  })

  test('a supertest request passed unawaited', async () => {
    const snapshot = await capture(supertest(handler).post(path))
    expectJson500(snapshot, path)
    expect(snapshot.method).toBe('POST')
  })

  test('light-my-request inject(): the payload is left as it was', async () => {
    const res = await inject(handler, { method: 'GET', url: path })
    const before = res.rawPayload.toString('hex')
    const snapshot = await capture(res)
    expectJson500(snapshot, path)
    expect(snapshot.method).toBe('GET')
    expect(snapshot.wireLength).toBe(res.rawPayload.byteLength)
    expect(res.rawPayload.toString('hex')).toBe(before)
  })

  test('http.get IncomingMessage: the bytes as sent, read once', async () => {
    const res = await getIncoming(path)
    const snapshot = await capture(res)
    expectJson500(snapshot, path)
    expect(snapshot.method).toBe('GET')
    expect(res.readableEnded).toBe(true)
  })

  test('axios: data is left as it was', async () => {
    const res = await axios.get(url(path), { validateStatus: () => true })
    const snapshot = await capture(res)
    expectJson500(snapshot, path)
    expect(snapshot.method).toBe('GET')
    expect(res.data).toEqual(JSON.parse(json))
  })

  test("axios responseType: 'stream'", async () => {
    const res = await axios.get(url(path), { validateStatus: () => true, responseType: 'stream' })
    expectJson500(await capture(res), path)
  })

  test('axios: the error of a 500 carries the response', async () => {
    const snapshot = await capture(axios.get(url(path)))
    expectJson500(snapshot, path)
    expect(snapshot.method).toBe('GET')
  })

  test('got: the body is left as it was', async () => {
    const res = await got(url(path), { throwHttpErrors: false, retry: { limit: 0 } })
    const snapshot = await capture(res)
    expectJson500(snapshot, path)
    expect(snapshot.method).toBe('GET')
    expect(res.body).toBe(json)
  })

  test("got's HTTPError carries the response", async () => {
    const error = await got(url(path), { retry: { limit: 0 } }).catch((e: unknown) => e)
    expect((error as Error).name).toBe('HTTPError')
    expectJson500(await capture(error), path)
  })
})

describe('the URL a response came from, as each client records it', () => {
  const loopbackUrl = /^http:\/\/127\.0\.0\.1:\d{1,5}\/json$/
  test.each([
    ['global fetch', () => fetch(url('/json'))],
    ['undici fetch', () => undiciFetch(url('/json'))],
    ['supertest (its own port)', () => supertest(handler).get('/json')],
    ['http.get', () => getIncoming('/json')],
    ['axios', () => axios.get(url('/json'), { validateStatus: () => true })],
    ['axios with baseURL', () => axios.get('/json', { baseURL: base, validateStatus: () => true })],
    ['axios error', () => axios.get(url('/json')).catch((e: unknown) => e)],
    ['got', () => got(url('/json'), { throwHttpErrors: false, retry: { limit: 0 } })],
    ['got error', () => got(url('/json'), { retry: { limit: 0 } }).catch((e: unknown) => e)],
    ['ky error', () => ky(url('/json'), { retry: 0 }).catch((e: unknown) => e)],
    ['ofetch error', () => ofetch(url('/json'), { retry: 0 }).catch((e: unknown) => e)],
    ['a plain object', () => ({ status: 500, url: url('/json'), body: json })],
  ])('%s', async (name, make) => {
    const snapshot = await capture(await make())
    expect(snapshot.url).toMatch(loopbackUrl)
    if (!name.startsWith('supertest')) expect(snapshot.url).toBe(url('/json'))
  })

  test.each([
    ['undici request()', () => undiciRequest(url('/json'))],
    ['light-my-request', () => inject(handler, { method: 'GET', url: '/json' })],
    ['a hand-made Response', () => new Response(json, { status: 500 })],
    ['a plain object with a relative url', () => ({ status: 500, url: '/json', body: json })],
  ])('%s: none', async (_name, make) => {
    expect((await capture(await make())).url).toBeUndefined()
  })

  test.each([
    ['global fetch', (path: string) => fetch(url(path))],
    ['supertest', (path: string) => supertest(handler).get(path)],
    ['http.get', (path: string) => getIncoming(path)],
    ['axios', (path: string) => axios.get(url(path), { validateStatus: () => true })],
  ])(
    "%s: an upstream's loopback URL the app relays is flagged, its own passes",
    async (_name, get) => {
      const { findings } = await audit(await get('/relay'))
      expect(findings.map((f) => f.rule)).toEqual(['internal-address-loopback'])
      expect(findings[0]?.message).toMatch(
        /^shows the loopback endpoint 127\.0\.0\.1:4040[78], in a URL that is not this response's own address \(port \d{1,5}\) and on an ephemeral port: under test, a server the app called$/,
      )
      expect(findings[0]?.excerpt).toContain('"url":"http://»127.0.0.1:4040')
      expect((await audit(await get('/own'))).findings).toEqual([])
    },
  )

  test('an axios response made off node (no socket): its URL joined to baseURL as axios joins them', async () => {
    const response = {
      status: 500,
      headers: { 'content-type': 'text/plain' },
      data: 'Internal Server Error',
      config: { method: 'get', baseURL: 'http://127.0.0.1:5000/api/', url: '/orders' },
    }
    expect((await capture(response)).url).toBe('http://127.0.0.1:5000/api/orders')
  })

  test('http.get with a Host header of its own: the URL is where it connected', async () => {
    const res = await new Promise<IncomingMessage>((resolve, reject) =>
      get(url('/json'), { headers: { host: 'api.test' } }, resolve).on('error', reject),
    )
    expect((await capture(res)).url).toBe(url('/json'))
  })

  test('without the URL (a snapshot made by hand), a loopback URL under "url" passes as before', async () => {
    const snapshot = await capture(await fetch(url('/relay')))
    const { url: _own, ...byHand } = snapshot
    expect((await audit(byHand)).findings).toEqual([])
  })
})

describe('other shapes', () => {
  test('Fastify inject()', async () => {
    const app = Fastify()
    app.get('/boom', (_req, reply) =>
      reply.code(500).header('x-request-id', 'req-7f3a').send({ error: 'Internal Server Error' }),
    )
    const res = await app.inject({ method: 'GET', url: '/boom' })
    const snapshot = await capture(res)
    expect(snapshot).toMatchObject({
      status: 500,
      text: '{"error":"Internal Server Error"}',
      method: 'GET',
      headers: { 'x-request-id': 'req-7f3a' },
    })
    expect(snapshot.headers['content-type']).toMatch(/^application\/json/)
    expect(res.json()).toEqual({ error: 'Internal Server Error' })
    await app.close()
  })

  test('Hono app.request(): a Response, still readable', async () => {
    const app = new Hono()
    app.get('/boom', (c) => {
      c.header('X-Request-Id', 'req-7f3a')
      return c.json({ error: 'Internal Server Error' }, 500)
    })
    const res = await app.request('/boom')
    const snapshot = await capture(res)
    expect(snapshot).toMatchObject({
      status: 500,
      text: '{"error":"Internal Server Error"}',
      headers: { 'x-request-id': 'req-7f3a' },
    })
    expect(await res.json()).toEqual({ error: 'Internal Server Error' })
  })

  test('Hono with compress(): a Response holding gzip bytes is decoded', async () => {
    const app = new Hono()
    app.use(compress({ encoding: 'gzip', threshold: 0 }))
    app.get('/boom', (c) => c.text('Internal Server Error. '.repeat(100), 500))
    const res = await app.request('/boom', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const snapshot = await capture(res)
    expect(snapshot.text).toBe('Internal Server Error. '.repeat(100))
    expect(snapshot.wireLength).toBeLessThan(snapshot.body.byteLength)
  })

  test('latin1 text through a real socket', async () => {
    const snapshot = await capture(await undiciRequest(url('/latin1')))
    expect(snapshot.text).toBe('Erreur interne: réessayez')
  })
})

describe('Content-Encoding: gzip on a body that is not gzip, whichever client read it', () => {
  const who = {
    safe500: 'The body says Content-Encoding: gzip but does not decode as gzip',
    fetch: 'The body says Content-Encoding: gzip but fetch could not decode it',
    axios: 'The body says Content-Encoding: gzip but axios could not decode it',
    got: 'The body says Content-Encoding: gzip but got could not decode it',
    supertest:
      'The body says Content-Encoding: gzip but supertest (superagent) could not decode it',
  }
  const fixes = {
    safe500: 'Or pass { status, headers, body } with the decoded body.',
    fetch: 'request the URL with undici request() or http.get() and pass that result.',
    axios: "pass { decompress: false, responseType: 'arraybuffer' } to axios.",
    got: 'pass { decompress: false } to got.',
    supertest: "request the app with undici request(), http.get() or light-my-request's inject().",
  }
  const noRetry = { retry: { limit: 0 } }

  test.each<[string, () => unknown, keyof typeof who]>([
    ['global fetch', () => fetch(url('/badgz')), 'fetch'],
    ['undici fetch', () => undiciFetch(url('/badgz')), 'fetch'],
    ['undici request()', () => undiciRequest(url('/badgz')), 'safe500'],
    ['http.get', () => getIncoming('/badgz'), 'safe500'],
    ['light-my-request inject()', () => inject(handler, { url: '/badgz' }), 'safe500'],
    ['supertest', () => supertest(handler).get('/badgz'), 'supertest'],
    ['axios, the error of the 500', () => axios.get(url('/badgz')), 'axios'],
    [
      'axios with validateStatus',
      () => axios.get(url('/badgz'), { validateStatus: null }),
      'axios',
    ],
    [
      'axios, the error awaited',
      () => axios.get(url('/badgz'), { validateStatus: null }).catch((e: unknown) => e),
      'axios',
    ],
    [
      "axios responseType: 'stream'",
      () => axios.get(url('/badgz'), { validateStatus: null, responseType: 'stream' }),
      'axios',
    ],
    ['got', () => got(url('/badgz'), { throwHttpErrors: false, ...noRetry }), 'got'],
    ['got, the error awaited', () => got(url('/badgz'), noRetry).catch((e: unknown) => e), 'got'],
    [
      'axios decompress: false',
      () =>
        axios.get(url('/badgz'), {
          validateStatus: null,
          decompress: false,
          responseType: 'arraybuffer',
        }),
      'safe500',
    ],
    [
      'got decompress: false',
      () => got(url('/badgz'), { throwHttpErrors: false, decompress: false, ...noRetry }),
      'safe500',
    ],
  ])('%s: ERR_BAD_ENCODING that names the header and the fix', async (_client, send, by) => {
    const error = await captureError(send())
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain(`${who[by]} (Error Z_DATA_ERROR: incorrect header check).`)
    expect(error.message).toContain(
      'The server sent a wrong Content-Encoding header, or a corrupt or cut-short body: send Content-Encoding only with a body compressed that way',
    )
    expect(error.message).toContain(fixes[by])
  })

  test("got's error.response alone, which keeps no body: ERR_BODY_READ says to pass the error", async () => {
    const failure = (await got(url('/badgz'), noRetry).catch((e: unknown) => e)) as {
      response?: unknown
    }
    const error = await captureError(failure.response)
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain('got did not keep it (response.rawBody is undefined')
    expect(error.message).toContain('pass that error (or the promise) rather than error.response.')
    // The error itself says what went wrong.
    expect((await captureError(failure)).code).toBe('ERR_BAD_ENCODING')
  })

  test('Fastify inject(): ERR_BAD_ENCODING', async () => {
    const app = Fastify()
    app.get('/boom', (_req, reply) =>
      reply.code(500).header('content-encoding', 'gzip').type('application/json').send(json),
    )
    const error = await captureError(await app.inject({ method: 'GET', url: '/boom' }))
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain(`${who.safe500} (Error Z_DATA_ERROR: incorrect header check).`)
    expect(error.message).toContain('send Content-Encoding only with a body compressed that way')
    await app.close()
  })

  test("supertest's error, awaited: the header is not at hand, the failure still is", async () => {
    const error = await captureError(
      await supertest(handler)
        .get('/badgz')
        .catch((e: unknown) => e),
    )
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain(
      'The body is sent with a Content-Encoding but the HTTP client could not decode it (Error Z_DATA_ERROR: incorrect header check).',
    )
    expect(error.message).toContain('read them with a client that does not decompress')
  })

  test("axios' error.response alone holds no body: ERR_BODY_READ says to pass the error", async () => {
    const failed = await axios.get(url('/badgz')).catch((e: unknown) => e)
    const error = await captureError((failed as { response: unknown }).response)
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain(
      'response.data is undefined, though the server sent a body with Content-Encoding: gzip.',
    )
    expect(error.message).toContain('pass that error (or the promise) rather than error.response')
  })
})

describe('a gzip body cut short, whichever client read it', () => {
  test.each<[string, boolean, () => unknown]>([
    ['undici request()', true, () => undiciRequest(url('/cutgz'))],
    ['http.get', true, () => getIncoming('/cutgz')],
    ['light-my-request inject()', true, () => inject(handler, { url: '/cutgz' })],
    [
      'axios decompress: false',
      true,
      () =>
        axios.get(url('/cutgz'), {
          validateStatus: null,
          decompress: false,
          responseType: 'arraybuffer',
        }),
    ],
    [
      'got decompress: false',
      true,
      () => got(url('/cutgz'), { throwHttpErrors: false, decompress: false, retry: { limit: 0 } }),
    ],
    // These clients end a compressed body cut short quietly, as browsers do: nothing they give
    // shows it was cut (README, "Bad input").
    ['global fetch', false, () => fetch(url('/cutgz'))],
    ['undici fetch', false, () => undiciFetch(url('/cutgz'))],
    ['axios', false, () => axios.get(url('/cutgz'), { validateStatus: null })],
    ['supertest', false, () => supertest(handler).get('/cutgz')],
  ])('%s: the start of the body, truncated: %s', async (_client, truncated, send) => {
    const snapshot = await capture(send())
    expect(snapshot.status).toBe(500)
    expect(cutText.length).toBeGreaterThan(5)
    expect(snapshot.text).toBe(cutText)
    expect(snapshot.truncated).toBe(truncated)
  })

  test('got fails on it and keeps no bytes: ERR_BAD_ENCODING with decompress: false as the way', async () => {
    const error = await captureError(got(url('/cutgz'), { retry: { limit: 0 } }))
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain(
      'The body says Content-Encoding: gzip but got could not decode it (Error Z_BUF_ERROR: unexpected end of file).',
    )
    expect(error.message).toContain('pass { decompress: false } to got.')
  })
})

describe('bounds over a real socket', () => {
  test('a 50 MB body is read up to maxBytes and the server is not drained', async () => {
    huge.written = 0
    huge.finished = false
    const snapshot = await capture(await getIncoming('/huge'), { maxBytes: MiB })
    expect(snapshot.truncated).toBe(true)
    expect(snapshot.body.byteLength).toBe(MiB)
    expect(huge.finished).toBe(false)
    expect(huge.written).toBeLessThan(25 * MiB)
  })

  test('a 50 MB fetch body is read up to maxBytes', async () => {
    huge.written = 0
    huge.finished = false
    const snapshot = await capture(await fetch(url('/huge')), { maxBytes: MiB })
    expect(snapshot.truncated).toBe(true)
    expect(snapshot.body.byteLength).toBe(MiB)
    expect(huge.finished).toBe(false)
  })

  test.each([
    ['global fetch', () => fetch(url('/hang'))],
    ['undici request()', () => undiciRequest(url('/hang'))],
    ['http.get', () => getIncoming('/hang')],
    [
      'axios stream',
      () => axios.get(url('/hang'), { validateStatus: null, responseType: 'stream' }),
    ],
  ])('%s: a body that never ends fails with ERR_BODY_TIMEOUT', async (_client, send) => {
    const error = await captureError(await send(), { timeout: 200 })
    expect(error.code).toBe('ERR_BODY_TIMEOUT')
    expect(error.message).toContain('did not end within 200 ms')
  })
})

describe('consumed bodies over a real socket', () => {
  test('global fetch after res.text()', async () => {
    const res = await fetch(url('/json'))
    await res.text()
    expect((await captureError(res)).code).toBe('ERR_BODY_CONSUMED')
  })

  test('undici request() after body.text()', async () => {
    const res = await undiciRequest(url('/json'))
    await res.body.text()
    expect((await captureError(res)).code).toBe('ERR_BODY_CONSUMED')
  })

  test('an IncomingMessage already read', async () => {
    const res = await getIncoming('/json')
    res.resume()
    await new Promise((resolve) => res.once('end', resolve))
    expect((await captureError(res)).code).toBe('ERR_BODY_CONSUMED')
  })
})

describe('no response at all', () => {
  let refused = ''
  beforeAll(async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/boom`
    await new Promise<void>((resolve) => closed.close(() => resolve()))
  })

  test('an axios network error says no response was received', async () => {
    const error = await captureError(axios.get(refused))
    expect(error.code).toBe('ERR_NOT_A_RESPONSE')
    expect(error.message).toContain('The axios request failed before any response was received')
    expect(error.message).toContain('ECONNREFUSED')
  })

  test('a got network error says no response was received', async () => {
    const error = await captureError(got(refused, { retry: { limit: 0 } }))
    expect(error.code).toBe('ERR_NOT_A_RESPONSE')
    expect(error.message).toContain('The got request failed before any response was received')
  })

  test('a fetch that rejects says what it rejected with', async () => {
    const error = await captureError(fetch(refused))
    expect(error.code).toBe('ERR_NOT_A_RESPONSE')
    expect(error.message).toContain('rejected with an error (TypeError: fetch failed')
  })
})
