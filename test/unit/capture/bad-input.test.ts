import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { inspect, types } from 'node:util'
import { runInNewContext } from 'node:vm'
import { AxiosError } from 'axios'
import { auditSnapshot, capture, Safe500Error, type Snapshot } from 'safe500'
import { describe, expect, test } from 'vitest'

/** The error `capture()` throws for `input`; fails the test when it resolves. */
async function captureError(input: unknown) {
  const error = await capture(input).then(
    () => new Error('capture() resolved'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(Safe500Error)
  return error as Safe500Error
}

test('a number', async () => {
  const error = await captureError(500)
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Expected a response, received number 500. Pass what your HTTP client returned: a fetch Response, an undici request() result, a supertest, axios or got response, a Fastify inject() result, a node IncomingMessage, or { status, headers, body }."`,
  )
})

test('a string says how to pass a body you hold', async () => {
  const error = await captureError('Internal Server Error')
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Expected a response, received a string ("Internal Server Error"). To check a body you already hold, pass { status: 500, headers, body: text }. Pass what your HTTP client returned: a fetch Response, an undici request() result, a supertest, axios or got response, a Fastify inject() result, a node IncomingMessage, or { status, headers, body }."`,
  )
})

test.each([null, undefined])(
  '%s asks whether the response was returned or awaited',
  async (value) => {
    const error = await captureError(value)
    expect(error.code).toBe('ERR_NOT_A_RESPONSE')
    expect(error.message).toContain(`received ${String(value)}`)
    expect(error.message).toContain('Did you forget to return or await the response?')
  },
)

test('a function asks whether it was called', async () => {
  const error = await captureError(function makeRequest() {
    return fetch('http://127.0.0.1:3000/boom')
  })
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Expected a response, received a function (makeRequest). Did you forget to call it? Pass what your HTTP client returned: a fetch Response, an undici request() result, a supertest, axios or got response, a Fastify inject() result, a node IncomingMessage, or { status, headers, body }."`,
  )
})

test('a promise that rejects says what it rejected with', async () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
    code: 'ECONNREFUSED',
  })
  const error = await captureError(
    Promise.reject(new TypeError('fetch failed', { cause: refused })),
  )
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.cause).toBeInstanceOf(TypeError)
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] The promise passed in rejected with an error (TypeError: fetch failed; cause: Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9), so there is no response to check. If the request failed, make sure the server is listening and the URL is right. If it is a handler's promise (a route handler called in the test), the handler threw instead of answering: it should catch the error and answer a safe 500 itself, as the test expects."`,
  )
})

test("an AggregateError with no message of its own says what its errors say (Node's connect to localhost)", async () => {
  const refused = (address: string) =>
    Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' })
  // As Node makes it when ::1 and 127.0.0.1 both refuse: an empty message, the code, the errors.
  const both = Object.assign(new AggregateError([refused('::1:9'), refused('127.0.0.1:9')], ''), {
    code: 'ECONNREFUSED',
  })
  const rejected = await captureError(Promise.reject(both))
  expect(rejected.message).toContain(
    '(AggregateError ECONNREFUSED: connect ECONNREFUSED ::1:9; connect ECONNREFUSED 127.0.0.1:9)',
  )
  // axios wraps it in an error of the same name and errors: said once.
  const wrapped = AxiosError.from(both, 'ECONNREFUSED')
  const viaAxios = await captureError(wrapped)
  expect(viaAxios.message).toContain(
    '(AggregateError ECONNREFUSED: connect ECONNREFUSED ::1:9; connect ECONNREFUSED 127.0.0.1:9)',
  )
})

test('an Error that is not an HTTP client error', async () => {
  const error = await captureError(new RangeError('boom'))
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Expected a response, received an error (RangeError: boom). An error is not a response: the request failed or the test threw before a response arrived (errors that carry a response, like axios and got errors, are read for you). Pass what your HTTP client returned: a fetch Response, an undici request() result, a supertest, axios or got response, a Fastify inject() result, a node IncomingMessage, or { status, headers, body }."`,
  )
})

test('an axios error without a response says no response was received', async () => {
  const network = new AxiosError('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED')
  const error = await captureError(network)
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.cause).toBeInstanceOf(AxiosError)
  expect(error.cause).toMatchObject({ message: network.message, code: 'ECONNREFUSED' })
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] The axios request failed before any response was received (AxiosError ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9), so there is no response to check. Make sure the server is listening and reachable at the URL (a port, a host, a timeout), then pass the response or the error that carries it."`,
  )
})

test('a rejected axios request without a response says the same', async () => {
  const error = await captureError(
    Promise.reject(new AxiosError('timeout of 50ms exceeded', 'ECONNABORTED')),
  )
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toContain('The axios request failed before any response was received')
})

test('a Request instead of a Response', async () => {
  const error = await captureError(new Request('http://127.0.0.1:3000/boom', { method: 'POST' }))
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Expected a response, received a Request (POST http://127.0.0.1:3000/boom). That is a request, not its response: pass the response, e.g. await fetch(request). Pass what your HTTP client returned: a fetch Response, an undici request() result, a supertest, axios or got response, a Fastify inject() result, a node IncomingMessage, or { status, headers, body }."`,
  )
})

test("a server's ServerResponse instead of what the client received", async () => {
  const res = new ServerResponse(new IncomingMessage(new Socket()))
  res.statusCode = 500
  const error = await captureError(res)
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toContain("That is the server's side of the exchange")
})

test('an object of no known shape lists its keys', async () => {
  const error = await captureError({ code: 500, message: 'Internal Server Error' })
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toContain('received an object with keys code, message.')
})

test('a body without a status (supertest res.body, axios res.data) says to pass the response', async () => {
  const error = await captureError({ error: 'Internal Server Error', requestId: 'b1946ac9' })
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toContain('received an object with keys error, requestId.')
  expect(error.message).toContain(
    'It has no status, so it is no response: if it is a body (res.body, res.data, a parsed JSON error), pass the response itself',
  )
})

test("supertest's request(app) with no request made says to make one", async () => {
  const { default: request } = await import('supertest')
  const error = await captureError(request('http://127.0.0.1:9'))
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toContain(
    "That looks like supertest's request(app) with no request made: call a method and pass what it resolves to, e.g. await request(app).get('/checkout').",
  )
})

test("an app with get and post (Fastify, Hono) is not taken for supertest's request(app)", async () => {
  const app = { get: () => app, post: () => app, put: () => app, delete: () => app }
  const error = await captureError(app)
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).not.toContain("supertest's request(app)")
})

test("an object whose 'in' check throws is no response, and the hint is left out", async () => {
  const hostile = new Proxy(
    {},
    {
      has() {
        throw new Error('no access')
      },
    },
  )
  const error = await captureError(hostile)
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
})

test('an object whose getters throw is no response, and does not crash the check', async () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('no access')
      },
      has() {
        throw new Error('no access')
      },
    },
  )
  const error = await captureError(hostile)
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
})

test.each([
  ['a NestJS body (res.body)', { statusCode: 500, message: 'Internal server error', stack: 'x' }],
  ['a problem (res.data)', { status: 500, title: 'Internal Server Error', detail: 'ECONNREFUSED' }],
])('%s parsed from JSON is no response: it says to pass the response', async (_, body) => {
  const error = await captureError(body)
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toContain(
    'That looks like a body parsed from JSON, not its response (it has no headers and no body): pass the response itself (res, not res.body or res.data)',
  )
})

test("a body parsed in another realm (Node's own, as Response.json() under Jest) is caught too", async () => {
  const { runInNewContext } = await import('node:vm')
  const body: unknown = runInNewContext('({ status: 500, title: "x", detail: "ECONNREFUSED" })')
  expect(Object.getPrototypeOf(body)).not.toBe(Object.prototype)
  expect((await captureError(body)).message).toContain('That looks like a body parsed from JSON')
})

test('a request keeps its own hint, and Lambda results without a body are read', async () => {
  expect((await captureError({ method: 'GET', url: '/boom' })).message).toContain(
    'That is a request, not its response',
  )
  await expect(
    capture({ statusCode: 502, multiValueHeaders: { 'x-a': ['1'] }, cookies: ['a=1'] }),
  ).resolves.toMatchObject({ status: 502 })
  // An ALB target's result: a statusDescription, its headers and body optional.
  await expect(
    capture({ statusCode: 502, statusDescription: '502 Bad Gateway', isBase64Encoded: false }),
  ).resolves.toMatchObject({ status: 502 })
})

test('a plain response with only a status, or with headers or a body, is still read', async () => {
  await expect(capture({ status: 500 })).resolves.toMatchObject({ status: 500, text: '' })
  await expect(capture({ statusCode: 500, message: 'x', headers: {} })).resolves.toMatchObject({
    status: 500,
  })
  await expect(capture({ status: 500, title: 'x', body: 'Oops' })).resolves.toMatchObject({
    text: 'Oops',
  })
})

describe("a web framework's app or handler context says how to request it", () => {
  test.each<[string, () => Promise<unknown>, string]>([
    [
      'Express',
      async () => (await import('express')).default(),
      "That is an Express (or Connect) app, not a response: pass what a request to it returned, e.g. await request(app).get('/checkout') with supertest.",
    ],
    [
      'Fastify',
      async () => (await import('fastify')).default(),
      "That is a Fastify app, not a response: pass what a request to it returned, e.g. await app.inject({ method: 'GET', url: '/checkout' }).",
    ],
    [
      'Koa',
      async () => new (await import('koa')).default(),
      "That is a Koa app, not a response: pass what a request to it returned, e.g. await request(app.callback()).get('/checkout') with supertest.",
    ],
    [
      'Hono',
      async () => new (await import('hono')).Hono(),
      "That is a Hono app, not a response: pass the Response of a request to it, e.g. await app.request('/checkout').",
    ],
    [
      "Hono's Context",
      async () => {
        const { Hono } = await import('hono')
        let context: unknown
        const app = new Hono().get('/', (c) => {
          context = c
          return c.text('ok')
        })
        await app.request('/')
        return context
      },
      "That is Hono's Context, the handler's side: in the test, pass the Response of a request to the app, e.g. await app.request('/checkout').",
    ],
  ])('%s', async (_name, make, hint) => {
    const error = await captureError(await make())
    expect(error.code).toBe('ERR_NOT_A_RESPONSE')
    expect(error.message).toContain(hint)
    expect(error.message).not.toContain('Did you forget to call it?')
  })

  test("a Proxy that answers every name (Hono's hc() client) gets no app's hint", async () => {
    const { hc } = await import('hono/client')
    const client = hc('http://127.0.0.1:9') as unknown as { checkout: { $get: unknown } }
    const error = await captureError(client.checkout.$get)
    expect(error.message).toContain('Did you forget to call it?')
    expect(error.message).not.toContain('That is a')
  })

  test('a NestJS application', async () => {
    const { NestFactory } = await import('@nestjs/core')
    const { Module } = await import('@nestjs/common')
    class AppModule {}
    Module({})(AppModule)
    const app = await NestFactory.create(AppModule, { logger: false })
    try {
      const error = await captureError(app)
      expect(error.message).toContain(
        "That is a NestJS application, not a response: pass what a request to it returned, e.g. await request(app.getHttpServer()).get('/checkout') with supertest",
      )
    } finally {
      await app.close()
    }
  })
})

test("fetch's TypeError: terminated of another realm (Node's own, as a test under Jest sees it) is read as one", async () => {
  const { runInNewContext } = await import('node:vm')
  const make = (code: string, message: string): unknown =>
    runInNewContext(
      `new TypeError('terminated', { cause: Object.assign(new Error(${JSON.stringify(message)}), { code: ${JSON.stringify(code)} }) })`,
    )
  const cut = make('UND_ERR_SOCKET', 'other side closed')
  expect(cut instanceof TypeError).toBe(false)
  expect((await captureError(cut)).code).toBe('ERR_BODY_READ')
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- an error of another realm
  expect((await captureError(Promise.reject(cut))).code).toBe('ERR_BODY_READ')
  const undecodable = make('Z_DATA_ERROR', 'incorrect header check')
  expect((await captureError(undecodable)).code).toBe('ERR_BAD_ENCODING')
})

test("a handler that threw: safe500's message masks the secrets its error quotes, and keeps to the first line", async () => {
  const secret = ['hun', 'ter2', 'pass'].join('')
  const token = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxIn0', 'c2lnbmF0dXJlLXZhbHVl'].join('.')
  const thrown = new Error(
    `query failed: postgres://app:${secret}@10.0.3.7:5432/shop (apiKey=${secret}) Bearer ${token}\n    at chargeCard (/srv/app/pay.js:1:2)`,
  )
  const error = await captureError(Promise.reject(thrown))
  expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  expect(error.message).toContain(
    'postgres://app:****@10.0.3.7:5432/shop (apiKey=****) Bearer eyJh**** …)',
  )
  expect(error.message).not.toContain(secret)
  expect(error.message).not.toContain('chargeCard')
  expect(error.message).toContain('the handler threw instead of answering')
})

test('a GraphQL Yoga server, and a body stream without its response, say what to pass', async () => {
  const { createYoga, createSchema } = await import('graphql-yoga')
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: {} }),
  })
  const yogaError = await captureError(yoga)
  expect(yogaError.message).toContain('That is a GraphQL Yoga server, not a response')
  expect(yogaError.message).not.toContain('Did you forget to call it?')
  const streamError = await captureError(new Response('Internal Server Error').body)
  expect(streamError.message).toContain(
    'That is a body stream without its response: pass the response itself (res, not res.body).',
  )
  // Loading graphql-yoga the first time takes seconds on a busy machine.
}, 30_000)

test("an error's message keeps what it says over its lines, up to the stack frames it carries", async () => {
  const prisma = Object.assign(
    new Error(
      '\nInvalid `prisma.user.create()` invocation:\n\n\nUnique constraint failed on the fields: (`email`)',
    ),
    { name: 'PrismaClientKnownRequestError', code: 'P2002' },
  )
  const error = await captureError(Promise.reject(prisma))
  expect(error.message).toContain(
    'PrismaClientKnownRequestError P2002: Invalid `prisma.user.create()` invocation: Unique constraint failed on the fields: (`email`)',
  )
  const rejectedString = await captureError(
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a string, as some code rejects with
    Promise.reject(`connect failed postgres://app:${['hun', 'ter2', 'pass'].join('')}@db/x`),
  )
  expect(rejectedString.message).toContain('postgres://app:****@db/x')
})

test("a server adapter that is no Yoga server, got's stream and undici's body get the hints that fit", async () => {
  const { createServerAdapter } = await import('@whatwg-node/server')
  const adapter = createServerAdapter(() => new Response('ok'))
  const adapterError = await captureError(adapter)
  expect(adapterError.message).toContain('That is a server adapter, not a response')
  expect(adapterError.message).not.toContain('GraphQL Yoga')
  const { default: got } = await import('got')
  const stream = got.stream('http://127.0.0.1:9/')
  stream.on('error', () => {})
  const gotError = await captureError(stream)
  expect(gotError.message).not.toContain('That is a body stream')
  stream.destroy()
  const { request } = await import('undici')
  const { createServer } = await import('node:http')
  const server = createServer((_req, res) => res.end('Internal Server Error'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = server.address() as { port: number }
    const res = await request(`http://127.0.0.1:${port}/`)
    const bodyError = await captureError(res.body)
    expect(bodyError.message).toContain('That is a body stream without its response')
    await res.body.dump()
  } finally {
    server.close()
  }
})

describe('the error a message describes is attached as its cause with its secrets masked', () => {
  const password = ['s3cr', 'Et-', 'Pa55', 'w0rd'].join('')
  const token = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0In0', 'abcDEF123ghiJKL456mnoPQR'].join(
    '.',
  )
  const stripe = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_')

  // What a runner prints of a cause: its stack, its fields, its own causes.
  const printed = (error: Safe500Error) => inspect(error.cause, { depth: 8, showHidden: true })

  test('a rejected error: its message and stack are masked, its kind and code kept', async () => {
    const thrown = Object.assign(
      new TypeError(`connect failed for postgres://app:${password}@db.internal:5432/shop`, {
        cause: new Error(`retry with key ${stripe}`),
      }),
      { code: 'ECONNREFUSED' },
    )
    const error = await captureError(Promise.reject(thrown))
    expect(error.cause).toBeInstanceOf(TypeError)
    expect(error.cause).toMatchObject({
      message: 'connect failed for postgres://app:****@db.internal:5432/shop',
      code: 'ECONNREFUSED',
      cause: { message: 'retry with key sk_l****' },
    })
    expect((error.cause as Error).stack).toContain('postgres://app:****@db.internal')
    expect(printed(error)).not.toContain(password)
    expect(printed(error)).not.toContain(stripe)
  })

  test("an axios error: the request's headers it holds (a bearer token) are dropped", async () => {
    const network = new AxiosError('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', {
      headers: { Authorization: `Bearer ${token}` },
    } as never)
    expect(inspect(network, { depth: 8 })).toContain(token)
    const error = await captureError(Promise.reject(network))
    expect(error.cause).toBeInstanceOf(AxiosError)
    expect(printed(error)).not.toContain(token)
    expect(printed(error)).toContain('ECONNREFUSED')
  })

  test("an AggregateError's errors are copied and masked too", async () => {
    const failed = new AggregateError(
      [new Error(`login to redis://admin:${password}@cache failed`)],
      '',
    )
    const error = await captureError(Promise.reject(failed))
    expect((error.cause as AggregateError).errors).toHaveLength(1)
    expect(printed(error)).not.toContain(password)
  })

  test('a DOMException is copied without breaking its getters', async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError')
    const error = await captureError(Promise.reject(timeout))
    expect(error.cause).toBeInstanceOf(DOMException)
    expect(error.cause).toMatchObject({ name: 'TimeoutError', code: 23 })
    expect(printed(error)).toContain('The operation was aborted due to timeout')
  })

  test("a copy serializes to what it holds, not its class's members (Vitest prints a cause by its toJSON)", async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError')
    const network = new AxiosError('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED')
    for (const thrown of [timeout, network]) {
      const { cause } = await captureError(Promise.reject(thrown))
      // Vitest serializes an error by its toJSON when it has one: AxiosError's own gives
      // `config`, `description` and more; a DOMException has none, so Vitest would walk its
      // prototype and print its 25 constants.
      const toJSON = (cause as { toJSON?: unknown }).toJSON
      expect(toJSON).toBeTypeOf('function')
      const json = (toJSON as () => Record<string, unknown>).call(cause)
      expect(json).toMatchObject({ name: thrown.name, message: thrown.message })
      expect(Object.keys(json)).not.toContain('config')
      expect(Object.keys(json)).not.toContain('description')
      expect(Object.keys(json)).not.toContain('INDEX_SIZE_ERR')
    }
  })

  test('a cause that is its own, a throwing getter, a plain object, a secret past 16 KB', async () => {
    const cyclic = Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' })
    cyclic.cause = cyclic
    expect((await captureError(Promise.reject(cyclic))).message).toContain(
      '(AggregateError ECONNREFUSED)',
    )
    const getter = new Error('boom')
    Object.defineProperty(getter, 'stack', {
      get() {
        throw new Error('the stack getter threw')
      },
    })
    const fromGetter = await captureError(Promise.reject(getter))
    expect(fromGetter.message).toContain('(Error: boom)')
    expect(fromGetter.cause).toMatchObject({ message: 'boom' })
    // A plain object thrown: described, not handed over with what it holds.
    const plainObject = { code: 'E', config: { headers: { Authorization: `Bearer ${token}` } } }
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what some code throws
    const fromObject = await captureError(Promise.reject(plainObject))
    expect(fromObject.cause).toBe('an object with keys code, config')
    const long = new Error(`${'x'.repeat(17_000)} {"key":"${stripe}"}`)
    expect(printed(await captureError(Promise.reject(long)))).not.toContain(stripe.slice(8))
  })

  test("an error of another realm is copied as a real error, which runners print (Jest's own check)", async () => {
    const foreign = runInNewContext(`new TypeError('fetch failed: ${stripe}')`) as Error
    const error = await captureError(Promise.reject(foreign))
    expect(types.isNativeError(error.cause)).toBe(true)
    expect(printed(error)).toContain('fetch failed: sk_l****')
  })

  test('a string passed by mistake shows no secret in its preview', async () => {
    const error = await captureError(`{"key":"${stripe}"}`)
    expect(error.message).toContain('received a string ("{\\"key\\":\\"sk_l****\\"}")')
    expect(error.message).not.toContain(stripe)
  })
})

describe('auditSnapshot() given anything but a snapshot says to capture() it or to use audit()', () => {
  const response = new Response('Internal Server Error', { status: 500 })
  test.each([
    ['a fetch Response', response, 'received a Response.'],
    [
      'a plain response',
      { status: 500, headers: {}, body: 'x' },
      'received an object with keys status, headers, body.',
    ],
    ['undefined', undefined, 'received undefined.'],
    ['a promise', Promise.resolve(response), 'It is a promise: await it'],
  ])('%s', (_, value, says) => {
    let thrown: unknown
    try {
      auditSnapshot(value as unknown as Snapshot)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Safe500Error)
    const error = thrown as Safe500Error
    expect(error.code).toBe('ERR_NOT_A_RESPONSE')
    expect(error.message).toContain('[safe500] auditSnapshot() takes the snapshot capture() makes')
    expect(error.message).toContain(says)
    expect(error.message).toContain('`await audit(res)`')
  })

  test('a snapshot from capture() is audited as before', async () => {
    const snapshot = await capture(new Response('Internal Server Error', { status: 500 }))
    expect(auditSnapshot(snapshot).status).toBe(500)
  })
})
