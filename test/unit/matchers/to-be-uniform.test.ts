import { capture } from 'safe500'
import { expect, test } from 'vitest'
import { plain } from '../../support/responses.ts'

const failure = (id: string, extra = '') =>
  capture(
    new Response(`{"error":"Internal Server Error","requestId":"${id}"${extra}}`, {
      status: 500,
      headers: { 'content-type': 'application/json', 'x-request-id': id },
    }),
  )

test('passes error responses that differ only in request ID and timestamp (no await)', async () => {
  const snapshots = await Promise.all([
    failure('3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c', ',"at":"2026-11-22T10:00:00Z"'),
    failure('9b2e7a10-5c4d-4f3e-8a1b-0c9d8e7f6a5b', ',"at":"2026-11-22T10:00:01Z"'),
    failure('01J9ZQ4T7B8N3K5M6P2R4S6V8X', ',"at":"2026-11-22T10:00:02Z"'),
  ])
  expect(snapshots).toBeUniform()
})

test('takes supertest- and inject-like responses, and works asymmetrically', () => {
  const responses = [
    { status: 500, headers: { 'content-type': 'text/plain' }, text: 'Internal Server Error' },
    {
      statusCode: 500,
      headers: { 'content-type': 'text/plain' },
      payload: 'Internal Server Error',
    },
  ]
  expect(responses).toBeUniform()
  expect({ responses }).toEqual({ responses: expect.toBeUniform() as unknown })
})

test('.not passes responses that tell causes apart', async () => {
  const snapshots = await Promise.all([
    failure('a-000001'),
    failure('a-000002', ',"detail":"connect ECONNREFUSED"'),
  ])
  expect(snapshots).not.toBeUniform()
})

test('fails with the first difference, both sides shown', async () => {
  const snapshots = await Promise.all([
    failure('a-000001'),
    failure('a-000002'),
    failure('a-000003', ',"detail":"connect ECONNREFUSED"'),
  ])
  expect(plain(catching(() => expect(snapshots).toBeUniform()))).toMatchInlineSnapshot(`
    "expect(received).toBeUniform()

    Expected the 3 error responses to be the same once request IDs and timestamps are masked, but response 2 differs from response 0 in its body (at character 59):

      response 0: "…stId":"<request-id>"}"
      response 2: "…stId":"<request-id>","detail":"connect ECONNREFUSED"}""
  `)
})

test('fails on a different status first', () => {
  const responses = [
    { status: 500, headers: {}, text: 'Oops' },
    { status: 502, headers: {}, text: 'Oops' },
  ]
  expect(plain(catching(() => expect(responses).toBeUniform()))).toMatchInlineSnapshot(`
    "expect(received).toBeUniform()

    Expected the 2 error responses to be the same once request IDs and timestamps are masked, but response 1 differs from response 0 in its status:

      response 0: "500"
      response 1: "502""
  `)
})

test('.not fails with its own sentence', () => {
  const responses = [
    { status: 500, headers: {}, text: 'Oops' },
    { status: 500, headers: {}, text: 'Oops' },
  ]
  expect(plain(catching(() => expect(responses).not.toBeUniform()))).toMatchInlineSnapshot(`
    "expect(received).not.toBeUniform()

    Expected the error responses to differ, but all 2 are the same once request IDs and timestamps are masked."
  `)
})

test('refuses a non-array, a single response, and unread fetch Responses', () => {
  expect(() => expect(new Response('x') as unknown).toBeUniform()).toThrow(
    /expected an array of responses/,
  )
  expect(() => expect([{ status: 500, text: 'x' }]).toBeUniform()).toThrow(
    /toBeUniform\(\): compares two or more responses/,
  )
  expect(() => expect([new Response('a'), new Response('b')]).toBeUniform()).toThrow(
    /has to be awaited.*capture\(r\)/,
  )
})

function catching(run: () => void): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected the assertion to fail')
}
