import { Safe500Error } from '../errors.ts'
import {
  constructorName,
  describeValue,
  isBodyBytes,
  isParsedBody,
  isPlainObject,
  isThenable,
} from './describe-value.ts'
import { maskedCause } from './masked-cause.ts'

const pass =
  'Pass what your HTTP client returned: a fetch Response, an undici request() result, a supertest, axios or got response, a Fastify inject() result, a node IncomingMessage, or { status, headers, body }.'

/**
 * The `ERR_NOT_A_RESPONSE` error for a value no adapter reads: what was received, a hint for the
 * usual mistakes (a function not called, a request instead of its response), and what to pass.
 *
 * @example
 * ```ts
 * throw notAResponse(42) // [safe500] Expected a response, received number 42. ...
 * ```
 */
export function notAResponse(value: unknown): Safe500Error {
  return new Safe500Error(
    'ERR_NOT_A_RESPONSE',
    `Expected a response, received ${describeValue(value)}. ${safeHint(value)}${pass}`,
  )
}

/**
 * The `ERR_NOT_A_RESPONSE` error of `auditSnapshot()` (or of `caller`, such as `findRequestIds`)
 * for a value `capture()` did not make: what was received, and the calls that take a response.
 *
 * @example
 * ```ts
 * if (!isSnapshot(snapshot)) throw notASnapshot(snapshot)
 * ```
 */
export function notASnapshot(value: unknown, caller = 'auditSnapshot'): Safe500Error {
  const promise = isThenable(value)
    ? ' It is a promise: await it, then capture() what it gives.'
    : ''
  const write =
    caller === 'auditSnapshot'
      ? '`await audit(res)`, or `auditSnapshot(await capture(res))` to check one snapshot more than once'
      : `\`${caller}(await capture(res))\``
  return new Safe500Error(
    'ERR_NOT_A_RESPONSE',
    `${caller}() takes the snapshot capture() makes, and received ${describeValue(value)}.${promise} For a response (a fetch Response, a supertest, axios or got response, { status, headers, body }), write ${write}.`,
  )
}

/**
 * The error for a promise that rejected with something that holds no response.
 *
 * @example
 * ```ts
 * const settled = await input.catch((reason: unknown) => { throw rejected(reason) })
 * ```
 */
export function rejected(reason: unknown): Safe500Error {
  return new Safe500Error(
    'ERR_NOT_A_RESPONSE',
    `The promise passed in rejected with ${describeValue(reason)}, so there is no response to check. If the request failed, make sure the server is listening and the URL is right. If it is a handler's promise (a route handler called in the test), the handler threw instead of answering: it should catch the error and answer a safe 500 itself, as the test expects.`,
    { cause: maskedCause(reason) },
  )
}

/**
 * The body of a response without it: a web ReadableStream (fetch's `res.body`), or undici's body
 * (a stream with `text()` and `json()`). Not got's or HTTP/2's streams, which have no response to
 * go back to.
 */
function isBodyStream(value: object): boolean {
  const v = value as Record<string, unknown>
  return (
    typeof v['getReader'] === 'function' ||
    (typeof v['pipe'] === 'function' &&
      typeof v['text'] === 'function' &&
      typeof v['json'] === 'function')
  )
}

/** The hint, or none for a value that throws when looked at (a hostile Proxy). */
function safeHint(value: unknown): string {
  try {
    return hintFor(value)
  } catch {
    return ''
  }
}

/**
 * The hint for a web framework's app or handler context passed in place of what a request to it
 * returned: how to make that request with the framework's own test helper.
 */
function appHint(value: unknown): string | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined
  const v = value as Record<string, unknown>
  const has = (...names: string[]) => names.every((name) => typeof v[name] === 'function')
  // A Proxy that answers every name with a function (Hono's hc() client) is no app.
  if (has('safe500: no such member')) return undefined
  if (has('getHttpServer', 'init'))
    return "That is a NestJS application, not a response: pass what a request to it returned, e.g. await request(app.getHttpServer()).get('/checkout') with supertest (on Fastify, await app.inject({ method: 'GET', url: '/checkout' })). "
  if (has('inject', 'register', 'listen'))
    return "That is a Fastify app, not a response: pass what a request to it returned, e.g. await app.inject({ method: 'GET', url: '/checkout' }). "
  if (has('request', 'fetch', 'route'))
    return "That is a Hono app, not a response: pass the Response of a request to it, e.g. await app.request('/checkout'). "
  if (has('fetch', 'handleRequest') && typeof v['graphqlEndpoint'] === 'string')
    return "That is a GraphQL Yoga server, not a response: pass the Response of a request to it, e.g. await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }). "
  if (has('fetch', 'handleRequest'))
    return "That is a server adapter, not a response: pass the Response of a request to it, e.g. await adapter.fetch('http://localhost/checkout'). "
  if (has('json', 'text', 'header') && typeof v['req'] === 'object' && 'finalized' in v)
    return "That is Hono's Context, the handler's side: in the test, pass the Response of a request to the app, e.g. await app.request('/checkout'). "
  if (has('callback', 'use', 'listen') && 'middleware' in v)
    return "That is a Koa app, not a response: pass what a request to it returned, e.g. await request(app.callback()).get('/checkout') with supertest. "
  if (has('use', 'listen', 'handle'))
    return "That is an Express (or Connect) app, not a response: pass what a request to it returned, e.g. await request(app).get('/checkout') with supertest. "
  return undefined
}

function hintFor(value: unknown): string {
  if (value === undefined || value === null)
    return 'Did you forget to return or await the response? '
  const app = appHint(value)
  if (app) return app
  if (typeof value === 'function') return 'Did you forget to call it? '
  if (typeof value === 'string')
    return 'To check a body you already hold, pass { status: 500, headers, body: text }. '
  if (typeof value !== 'object') return ''
  if (value instanceof Error)
    return 'An error is not a response: the request failed or the test threw before a response arrived (errors that carry a response, like axios and got errors, are read for you). '
  if (isBodyStream(value))
    return 'That is a body stream without its response: pass the response itself (res, not res.body). '
  if (isBodyBytes(value))
    return 'That is a body without its response: to check bytes you already hold, pass { status: 500, headers, body: bytes }. '
  const name = constructorName(value)
  const v = value as Record<string, unknown>
  for (const key of ['status', 'statusCode']) {
    const status = v[key]
    if (typeof status === 'string')
      return `Its ${key} is the string ${JSON.stringify(status.slice(0, 20))}: give it as a number, { ${key}: ${/^\d{3}$/.test(status) ? status : 500}, headers, body }. `
  }
  if (isParsedBody(value))
    return 'That looks like a body parsed from JSON, not its response (it has no headers and no body): pass the response itself (res, not res.body or res.data), or { status, headers, body: text }. '
  if (name === 'ServerResponse' || typeof v['writeHead'] === 'function')
    return "That is the server's side of the exchange: pass the response a client received from the app. "
  if (name === 'ClientRequest' || (typeof v['setHeader'] === 'function' && 'path' in v))
    return "That is a request: pass the IncomingMessage of its 'response' event (or use fetch). "
  if (
    typeof v['method'] === 'string' &&
    'url' in v &&
    v['status'] === undefined &&
    (v['statusCode'] === undefined || v['statusCode'] === null)
  )
    return 'That is a request, not its response: pass the response, e.g. await fetch(request). '
  // supertest's request(app) has a method for every HTTP verb, WebDAV's MKCOL and CHECKOUT too
  // (a Fastify or Hono app has get and post, not those).
  if (['get', 'post', 'mkcol', 'checkout'].every((m) => typeof v[m] === 'function'))
    return "That looks like supertest's request(app) with no request made: call a method and pass what it resolves to, e.g. await request(app).get('/checkout'). "
  if (isPlainObject(value) && !('status' in v) && !('statusCode' in v))
    return 'It has no status, so it is no response: if it is a body (res.body, res.data, a parsed JSON error), pass the response itself, or { status, headers, body: text }. '
  return ''
}
