import { gzipSync } from 'node:zlib'
import { Readable } from 'node:stream'
import { capture, isSnapshot } from 'safe500'
import { describe, expect, test } from 'vitest'

const json = '{"error":"Internal Server Error"}'

describe('plain objects', () => {
  test('{ status, headers, body } with a string body', async () => {
    const snapshot = await capture({
      status: 500,
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'abc' },
      body: json,
      method: 'post',
    })
    expect(snapshot).toMatchObject({
      status: 500,
      statusText: '',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc' },
      text: json,
      truncated: false,
      method: 'POST',
      wireLength: json.length,
    })
  })

  test('a string body is text as given, whatever the charset says', async () => {
    const snapshot = await capture({
      status: 500,
      headers: { 'content-type': 'text/plain; charset=iso-8859-1' },
      body: 'café',
    })
    expect(snapshot.text).toBe('café')
  })

  test.each([
    ['bytes', new TextEncoder().encode(json)],
    ['an ArrayBuffer', new TextEncoder().encode(json).buffer],
    ['a DataView', new DataView(new TextEncoder().encode(json).buffer)],
    ['a Blob', new Blob([json])],
    ['a node stream', Readable.from([Buffer.from(json)])],
    ['a web stream', new Response(json).body],
    ['a value sent as JSON', { error: 'Internal Server Error' }],
  ])('the body may be %s', async (_kind, body) => {
    expect((await capture({ status: 500, body })).text).toBe(json)
  })

  test('no body is an empty body', async () => {
    const snapshot = await capture({ status: 500 })
    expect(snapshot).toMatchObject({ text: '', headers: {}, wireLength: 0 })
    expect(snapshot.body.byteLength).toBe(0)
  })

  test('gzip bytes in a plain body are decoded', async () => {
    const body = gzipSync(json)
    const snapshot = await capture({ status: 500, headers: { 'content-encoding': 'gzip' }, body })
    expect(snapshot.text).toBe(json)
    expect(snapshot.wireLength).toBe(body.byteLength)
  })

  test('an AWS Lambda result: { statusCode, headers, body, isBase64Encoded }', async () => {
    const snapshot = await capture({
      statusCode: 502,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(json).toString('base64'),
      isBase64Encoded: true,
    })
    expect(snapshot).toMatchObject({ status: 502, text: json })
  })
})

describe('snapshots and promises', () => {
  test('a snapshot passes through as it is', async () => {
    const snapshot = await capture({ status: 500, body: json })
    expect(isSnapshot(snapshot)).toBe(true)
    expect(await capture(snapshot)).toBe(snapshot)
  })

  test('a promise of a response is awaited', async () => {
    const snapshot = await capture(Promise.resolve(new Response(json, { status: 500 })))
    expect(snapshot.text).toBe(json)
  })
})

describe('fetch Response', () => {
  test('status, statusText, lower-case headers, repeated Set-Cookie on lines of their own', async () => {
    const headers = new Headers({ 'Content-Type': 'application/json', 'X-Request-Id': 'abc' })
    headers.append('Set-Cookie', 'a=1; HttpOnly')
    headers.append('Set-Cookie', 'b=2')
    headers.append('Vary', 'Accept')
    headers.append('Vary', 'Origin')
    const res = new Response(json, { status: 503, statusText: 'Service Unavailable', headers })
    const snapshot = await capture(res)
    expect(snapshot).toMatchObject({
      status: 503,
      statusText: 'Service Unavailable',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'abc',
        'set-cookie': 'a=1; HttpOnly\nb=2',
        vary: 'Accept, Origin',
      },
      text: json,
      wireLength: json.length,
    })
    expect(await res.json()).toEqual({ error: 'Internal Server Error' })
  })

  test('a Response with no body (Response.error(), a HEAD answer)', async () => {
    const snapshot = await capture(Response.error())
    expect(snapshot).toMatchObject({ status: 0, text: '' })
  })
})

/**
 * Each shape below is the least an HTTP client gives; capture() must read it without crashing on
 * what is missing (no request, no config, no raw headers), and must not take it for another shape.
 */
describe('shapes with the least metadata, each read as itself', () => {
  test.each([
    [
      'supertest without req/res details',
      { status: 500, statusType: 5, header: { 'X-A': '1' }, text: 'supertest text', body: {} },
      'supertest text',
    ],
    [
      'supertest binary: text undefined, body a Buffer',
      { status: 500, statusType: 5, header: {}, text: undefined, body: Buffer.from('png bytes') },
      'png bytes',
    ],
    [
      'superagent text only on res',
      { status: 500, header: {}, res: { text: 'res text' }, body: {} },
      'res text',
    ],
    [
      'axios with parsed JSON data and no request',
      {
        status: 500,
        statusText: '',
        headers: {},
        config: {},
        data: { error: 'Internal Server Error' },
      },
      json,
    ],
    ['axios with an empty body', { status: 500, headers: {}, config: {}, data: '' }, ''],
    [
      'axios with an ArrayBuffer',
      { status: 500, headers: {}, config: {}, data: new TextEncoder().encode('bytes').buffer },
      'bytes',
    ],
    [
      'light-my-request without raw',
      { statusCode: 500, headers: {}, payload: 'ignored', rawPayload: Buffer.from('raw payload') },
      'raw payload',
    ],
    [
      'got without request or raw headers',
      {
        statusCode: 500,
        headers: {},
        rawBody: Buffer.from('got raw'),
        body: 'ignored',
        timings: {},
      },
      'got raw',
    ],
    [
      'undici request() result without statusText',
      {
        statusCode: 500,
        headers: {},
        body: Object.assign(Readable.from([Buffer.from('undici body')]), { text: () => '' }),
      },
      'undici body',
    ],
    [
      'a plain object with data and status but no config (not axios)',
      { status: 500, data: 'not read', body: 'plain body' },
      'plain body',
    ],
  ])('%s', async (_name, value, text) => {
    const snapshot = await capture(value)
    expect(snapshot.status).toBe(500)
    expect(snapshot.text).toBe(text)
  })

  test('an axios error that carries the response is read through it', async () => {
    const error = Object.assign(new Error('Request failed with status code 500'), {
      isAxiosError: true,
      response: { status: 500, headers: {}, config: { method: 'delete' }, data: json },
    })
    expect(await capture(error)).toMatchObject({ status: 500, text: json, method: 'DELETE' })
  })

  test('an error whose response is another error is no response', async () => {
    const error = Object.assign(new Error('outer'), { response: new Error('inner') })
    await expect(capture(error)).rejects.toMatchObject({ code: 'ERR_NOT_A_RESPONSE' })
  })
})
