import { expect, test } from 'vitest'
import { plain, safeResponse } from '../../support/responses.ts'

const healthy = () =>
  new Response('ok', {
    status: 200,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'strict-transport-security': 'max-age=15552000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'x-request-id': '9b2e7a10-5c4d-4f3e-8a1b-0c9d8e7f6a5b',
    },
  })
/** What Koa answers after a throw: every header set before it is gone. */
const wiped = () =>
  new Response('Internal Server Error', {
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
const kept = () => {
  const res = safeResponse()
  res.headers.set('strict-transport-security', 'max-age=15552000; includeSubDomains')
  res.headers.set('x-frame-options', 'SAMEORIGIN')
  return res
}

test('passes an error response that keeps the headers of a healthy one', async () => {
  await expect(kept()).toKeepHeadersOf(healthy())
})

test('.not passes an error response that drops them', async () => {
  await expect(wiped()).not.toKeepHeadersOf(healthy())
})

test('options: more headers to keep, and headers to ignore', async () => {
  const ok = healthy()
  ok.headers.set('x-tenant', 'acme')
  await expect(kept()).not.toKeepHeadersOf(ok.clone(), { headers: ['x-tenant'] })
  await expect(wiped()).toKeepHeadersOf(ok, {
    ignore: [
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'x-request-id',
    ],
  })
})

test('fails with each dropped header and its value on the healthy response', async () => {
  const error = await expect(wiped())
    .toKeepHeadersOf(healthy())
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toKeepHeadersOf(healthy)

    Expected the error response to keep the headers the healthy one sends, but it drops 4:

      strict-transport-security: "max-age=15552000; includeSubDomains"
      x-content-type-options: "nosniff"
      x-frame-options: "SAMEORIGIN"
      x-request-id: "9b2e7a10-5c4d-4f3e-8a1b-0c9d8e7f6a5b"

      healthy: status 200, text/plain; charset=utf-8, 2 bytes
      error:   status 500, text/plain; charset=utf-8, 21 bytes"
  `)
})

test('.not fails with its own sentence', async () => {
  const error = await expect(kept())
    .not.toKeepHeadersOf(healthy())
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).not.toKeepHeadersOf(healthy)

    Expected the error response to drop a header the healthy one sends, but it keeps every security and request ID header of it.

      healthy: status 200, text/plain; charset=utf-8, 2 bytes
      error:   status 500, application/json; charset=utf-8, 84 bytes"
  `)
})

test('refuses a healthy response under test, and says when the arguments look swapped', async () => {
  await expect(expect(healthy()).toKeepHeadersOf(wiped())).rejects.toMatchObject({
    code: 'ERR_BAD_OPTION',
    message: expect.stringContaining(
      'the response under test answered 200, not an error, and the healthy one to compare with answered 500: the arguments look swapped',
    ) as unknown,
  })
  await expect(expect(healthy()).toKeepHeadersOf(healthy())).rejects.toThrow(
    'toKeepHeadersOf(): the response under test answered 200, not an error. Write',
  )
  await expect(expect(wiped()).toKeepHeadersOf(kept())).rejects.toThrow(
    'toKeepHeadersOf(): the healthy response to compare with answered 500, an error itself.',
  )
  // The healthy one may be a promise, as the response under test may.
  await expect(kept()).toKeepHeadersOf(Promise.resolve(healthy()))
})

test('rejects a non-response on either side and a consumed body', async () => {
  await expect(expect('500' as unknown).toKeepHeadersOf(healthy())).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
    message: expect.stringContaining('toKeepHeadersOf()') as unknown,
  })
  await expect(expect(kept()).toKeepHeadersOf(undefined as never)).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
    message: expect.stringContaining('the healthy response') as unknown,
  })
  const res = kept()
  await res.text()
  await expect(expect(res).toKeepHeadersOf(healthy())).rejects.toMatchObject({
    code: 'ERR_BODY_CONSUMED',
  })
})
