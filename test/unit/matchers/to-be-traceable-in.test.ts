import { captureLogs, hostileRequestIds } from 'safe500'
import { expect, test, vi } from 'vitest'
import { plain, requestId, safeResponse } from '../../support/responses.ts'

const stack = 'Error: boom\n    at handler (/srv/app/src/routes/checkout.js:41:11)'

test('passes when a record holds the request ID and the stack', async () => {
  using logs = captureLogs()
  console.error(`[${requestId}]`, stack)
  await expect(safeResponse()).toBeTraceableIn(logs)
  await expect(safeResponse()).toBeTraceableIn([`${requestId} ${stack}`])
})

test("passes while the test's clock is faked (loggers get their turn of the event loop)", async () => {
  using logs = captureLogs()
  console.error(`[${requestId}]`, stack)
  vi.useFakeTimers()
  try {
    await expect(safeResponse()).toBeTraceableIn(logs)
  } finally {
    vi.useRealTimers()
  }
})

test('options.error names the real error', async () => {
  const lines = [`${requestId} Error: orders query failed`]
  await expect(safeResponse()).toBeTraceableIn(lines, { error: /orders query failed/ })
  await expect(safeResponse()).not.toBeTraceableIn(lines, { error: 'payments' })
})

test('.not passes when the ID and the error are in different records', async () => {
  await expect(safeResponse()).not.toBeTraceableIn([`GET /boom ${requestId} 500`, stack])
})

test('fails with what each record holds', async () => {
  const error = await expect(safeResponse())
    .toBeTraceableIn([`GET /boom ${requestId} 500`, stack, 'listening on :3000'])
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toBeTraceableIn(logs)

    Expected a log record holding the request ID "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e" together with the real error (a stack or a planted canary), but none holds both.

      3 records captured: 1 with the ID, 1 with an error, none with both
      with the ID:    [stream] GET /boom b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e 500
      with the error: [stream] Error: boom at handler (/srv/app/src/routes/checkout.js:41:11)"
  `)
})

test("with no record captured, says how to route the app's logger into the capture", async () => {
  // Fastify's `logger: true` (pino) writes to the file descriptor, past process.stdout.
  using logs = captureLogs()
  const error = await expect(safeResponse())
    .toBeTraceableIn(logs)
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toBeTraceableIn(logs)

    Expected a log record holding the request ID "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e" together with the real error (a stack or a planted canary), but none holds both.

      0 records captured: 0 with the ID, 0 with an error, none with both

      Nothing reached the capture. Start captureLogs() before the request; a logger that writes to a destination of its own (pino, Fastify's logger, winston) bypasses it: give it logs.stream,
      as Fastify({ logger: { stream: logs.stream } }), pino(logs.stream) or new winston.transports.Stream({ stream: logs.stream })."
  `)
  const given = await expect(safeResponse())
    .toBeTraceableIn([])
    .catch((e: unknown) => e)
  expect(plain(given)).toContain(
    '0 records captured: 0 with the ID, 0 with an error, none with both\n\n  The list of logs is empty: pass captureLogs() started before the request',
  )
  expect(plain(given)).not.toContain('logs.stream')
  // With records captured, the message lists them instead.
  const some = await expect(safeResponse())
    .toBeTraceableIn(['listening on :3000'])
    .catch((e: unknown) => e)
  expect(plain(some)).not.toMatch(/logs\.stream|list of logs is empty/)
})

test('fails a response without a request ID', async () => {
  const res = new Response('Internal Server Error', { status: 500 })
  const error = await expect(res)
    .toBeTraceableIn([stack])
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toBeTraceableIn(logs)

    Expected a log record holding the response's request ID, but the response carries no request ID, so no record can be matched to it."
  `)
})

test('fails when a CR/LF in the inbound ID forged a log line', async () => {
  const hostile = hostileRequestIds().find((h) => h.kind === 'percent-encoded CR/LF')
  const forged = decodeURIComponent(hostile?.value ?? '')
  const error = await expect(safeResponse())
    .toBeTraceableIn([`${requestId} ${stack}`, `inbound id ${forged}`])
    .catch((e: unknown) => e)
  expect(plain(error).replace(/s5r[a-z2-7]{16}/g, 's5r…')).toMatchInlineSnapshot(`
    "expect(received).toBeTraceableIn(logs)

    Expected no log line forged through a CR/LF in the inbound ID, but 1 record has one:

      "inbound id s5r…\\r\\nsafe500-forged-line: s5r…""
  `)
})

test('a failure names the error looked for, masks what the records hold, and reports a forged line too', async () => {
  const password = ['s3cr', 'Et-Pa55'].join('')
  const hostile = hostileRequestIds().find((h) => h.kind === 'percent-encoded CR/LF')
  const forged = decodeURIComponent(hostile?.value ?? '')
  const error = await expect(safeResponse())
    .toBeTraceableIn(
      [`${requestId} connect failed: postgres://app:${password}@db/shop`, `inbound id ${forged}`],
      { error: /payments declined/ },
    )
    .catch((e: unknown) => e)
  const message = plain(error)
  expect(message).toContain('together with the error /payments declined/, but none holds both')
  expect(message).toContain('postgres://app:****@db/shop')
  expect(message).not.toContain(password)
  expect(message).toContain(
    'It also found a log line forged through a CR/LF in the inbound ID: 1 record has one',
  )
})

test('records captured, none with the ID: says to keep the capture from before the request to the check', async () => {
  const logs = captureLogs()
  console.log('listening on :3000')
  logs.restore()
  const error = await expect(safeResponse())
    .toBeTraceableIn(logs)
    .catch((e: unknown) => e)
  expect(plain(error)).toContain(
    'No record holds the ID: start captureLogs() before the request, and restore it only after this check.',
  )
})

test('.not fails with its own sentence', async () => {
  const error = await expect(safeResponse())
    .not.toBeTraceableIn([`${requestId} ${stack}`])
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).not.toBeTraceableIn(logs)

    Expected no log record to trace the response, but one holds its request ID "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e" and the real error (a stack or a planted canary):

      [stream] b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e Error: boom at handler (/srv/app/src/routes/checkout.js:41:11)"
  `)
})

test('rejects a non-response, missing logs and a consumed body', async () => {
  await expect(expect(null as unknown).toBeTraceableIn([])).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
  })
  await expect(expect(safeResponse()).toBeTraceableIn(undefined as never)).rejects.toMatchObject({
    code: 'ERR_BAD_OPTION',
    message: expect.stringContaining('captureLogs()') as unknown,
  })
  const res = safeResponse()
  await res.text()
  await expect(expect(res).toBeTraceableIn([])).rejects.toMatchObject({ code: 'ERR_BODY_CONSUMED' })
})
