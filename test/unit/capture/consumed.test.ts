import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import { Readable } from 'node:stream'
import { capture, Safe500Error } from 'safe500'
import { MockAgent, request } from 'undici'
import { afterAll, expect, test } from 'vitest'

const agent = new MockAgent()
agent.disableNetConnect()
afterAll(() => agent.close())

/** A real undici request() result, answered by a MockAgent (no network). */
async function undiciResult() {
  agent
    .get('http://app.test')
    .intercept({ path: '/boom' })
    .reply(500, 'Internal Server Error', { headers: { 'content-type': 'text/plain' } })
  return request('http://app.test/boom', { dispatcher: agent })
}

/** A client-side IncomingMessage with a 500 and a body, as http.get() gives it. */
function incoming(body: string) {
  const message = new IncomingMessage(new Socket())
  message.statusCode = 500
  message.headers = { 'content-type': 'text/plain' }
  message.push(body)
  message.push(null)
  return message
}

async function captureError(input: unknown) {
  const error = await capture(input).then(
    () => new Error('capture() resolved'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(Safe500Error)
  return error as Safe500Error
}

test('a Response whose body was read says to pass a clone or the response before reading it', async () => {
  const res = new Response('Internal Server Error', { status: 500 })
  await res.text()
  const error = await captureError(res)
  expect(error.code).toBe('ERR_BODY_CONSUMED')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Cannot read the body of the response: it was already consumed. A body can be read once only. Pass the response before reading its body (capture() reads a clone, so you can still use it afterwards), or a response.clone() taken before res.json() or res.text(). ky and ofetch read the body of a response they fail on themselves: pass their error, which keeps a copy."`,
  )
})

test('a Response whose body is locked by a reader', async () => {
  const res = new Response('Internal Server Error', { status: 500 })
  res.body?.getReader()
  const error = await captureError(res)
  expect(error.code).toBe('ERR_BODY_CONSUMED')
  expect(error.message).toContain('locked')
})

test('a Response can be captured twice: capture() reads a clone', async () => {
  const res = new Response('Internal Server Error', { status: 500 })
  expect((await capture(res)).text).toBe('Internal Server Error')
  expect((await capture(res)).text).toBe('Internal Server Error')
  expect(await res.text()).toBe('Internal Server Error')
})

test('an undici request() result whose body was read', async () => {
  const res = await undiciResult()
  await res.body.text()
  const error = await captureError(res)
  expect(error.code).toBe('ERR_BODY_CONSUMED')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Cannot read the body of the undici response: it was already consumed. A body can be read once only. Pass the request() result before reading res.body (capture() reads it for you; use the snapshot afterwards)."`,
  )
})

test('an undici request() result is consumed by capture(): a second capture says so', async () => {
  const res = await undiciResult()
  expect((await capture(res)).text).toBe('Internal Server Error')
  expect(res.body.bodyUsed).toBe(true)
  expect((await captureError(res)).code).toBe('ERR_BODY_CONSUMED')
})

test('an IncomingMessage read to its end', async () => {
  const message = incoming('Internal Server Error')
  for await (const _ of message);
  const error = await captureError(message)
  expect(error.code).toBe('ERR_BODY_CONSUMED')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Cannot read the body of the IncomingMessage: it was already read to its end. A body can be read once only. Pass the response as the 'response' event gives it, before res.on('data'), res.resume() or a pipe; capture() reads it for you (use the snapshot afterwards)."`,
  )
})

test('an IncomingMessage already flowing to a data listener', async () => {
  const message = incoming('Internal Server Error')
  message.on('data', () => {})
  const error = await captureError(message)
  expect(error.code).toBe('ERR_BODY_CONSUMED')
  expect(error.message).toContain('flowing')
})

test('an axios stream response whose data was read', async () => {
  const data = Readable.from(['Internal Server Error'])
  for await (const _ of data);
  const res = { status: 500, statusText: '', headers: {}, config: { responseType: 'stream' }, data }
  const error = await captureError(res)
  expect(error.code).toBe('ERR_BODY_CONSUMED')
  expect(error.message).toContain('Pass the response before reading response.data')
})

test('a plain object whose body stream was read', async () => {
  const body = new Response('x').body
  await body?.getReader().read()
  const error = await captureError({ status: 500, body })
  expect(error.code).toBe('ERR_BODY_CONSUMED')
})
