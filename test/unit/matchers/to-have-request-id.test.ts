import { stripVTControlCharacters } from 'node:util'
import { expect, test } from 'vitest'
import { plain, requestId, safeResponse } from '../../support/responses.ts'

const bare = () =>
  new Response('Internal Server Error', {
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
const disagreeing = () =>
  new Response(JSON.stringify({ error: 'Internal Server Error', requestId: 'req-000002' }), {
    status: 500,
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
  })

test('passes a response with a request ID, also when it is the one or of the format expected', async () => {
  await expect(safeResponse()).toHaveRequestId()
  await expect(safeResponse()).toHaveRequestId(requestId)
  await expect(safeResponse()).toHaveRequestId('uuid')
  await expect(safeResponse()).toHaveRequestId(/^[0-9a-f-]{36}$/)
  await expect(safeResponse()).toHaveRequestId(undefined, { requestId: 'both' })
})

test('finds a traceparent, a configured header, and an ID in text', async () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'
  await expect(new Response('x', { status: 500, headers: { traceparent } })).toHaveRequestId(
    'traceparent',
  )
  await expect(
    new Response('x', { status: 500, headers: { 'x-trace': 'abc-123' } }),
  ).toHaveRequestId('abc-123', { requestIdHeaders: ['x-trace'] })
  await expect(new Response('Request ID: ABC-123', { status: 500 })).toHaveRequestId('ABC-123')
})

test('.not passes a response without one, or with another', async () => {
  await expect(bare()).not.toHaveRequestId()
  await expect(safeResponse()).not.toHaveRequestId('ulid')
  await expect(disagreeing()).not.toHaveRequestId()
})

test('fails a response without a request ID', async () => {
  const error = await expect(bare())
    .toHaveRequestId()
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toHaveRequestId()

    Expected a request ID in a header or the body, but found none.

      status 500, text/plain; charset=utf-8, 21 bytes"
  `)
})

test('fails when it is only in the header but must be in both', async () => {
  const res = new Response('Internal Server Error', {
    status: 500,
    headers: { 'x-request-id': requestId },
  })
  const error = await expect(res)
    .toHaveRequestId(undefined, { requestId: 'both' })
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toHaveRequestId()

    Expected a request ID in a header and the body, but found one only in a header.

      header x-request-id: "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e"

      status 500, text/plain;charset=UTF-8, 21 bytes"
  `)
})

test('fails when header and body disagree', async () => {
  const error = await expect(disagreeing())
    .toHaveRequestId()
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toHaveRequestId()

    Expected the header and the body to carry the same request ID, but they differ, so support may search for an ID that was never logged.

      header x-request-id: "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e"
      body $.requestId: "req-000002""
  `)
})

test('fails an ID that is not the one expected', async () => {
  const error = await expect(safeResponse())
    .toHaveRequestId('ulid')
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toHaveRequestId(expected)

    Expected the request ID in the ulid format, but it is "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e" (header x-request-id)."
  `)
})

test('.not fails with its own sentence', async () => {
  const error = await expect(safeResponse())
    .not.toHaveRequestId('uuid')
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).not.toHaveRequestId(expected)

    Expected no request ID in the uuid format, but the response carries "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e" (header x-request-id).

      header x-request-id: "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e"
      body $.requestId: "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e""
  `)
})

test('rejects a non-response, a bad expected value and a consumed body', async () => {
  await expect(expect(42 as unknown).toHaveRequestId()).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
    message: expect.stringContaining('toHaveRequestId()') as unknown,
  })
  await expect(expect(safeResponse()).toHaveRequestId(42 as never)).rejects.toMatchObject({
    code: 'ERR_BAD_OPTION',
  })
  const res = safeResponse()
  await res.text()
  await expect(expect(res).toHaveRequestId()).rejects.toMatchObject({ code: 'ERR_BODY_CONSUMED' })
})

test('reads a clone: the body is still there afterwards', async () => {
  const res = safeResponse()
  await expect(res).toHaveRequestId()
  expect(await res.json()).toMatchObject({ requestId })
})

test('a string spelled like a format is compared as an ID, and the failure names the format meant', async () => {
  const failure = await expect(safeResponse())
    .toHaveRequestId('uuidv4')
    .then(
      () => '',
      (error: unknown) => stripVTControlCharacters((error as Error).message),
    )
  expect(failure).toContain('Expected the request ID matching "uuidv4"')
  expect(failure).toContain(
    "A string is the ID itself; to check the format, write toHaveRequestId('uuid').",
  )
  const other = await expect(safeResponse())
    .toHaveRequestId('req-1')
    .then(
      () => '',
      (error: unknown) => (error as Error).message,
    )
  expect(other).not.toContain('to check the format')
})
