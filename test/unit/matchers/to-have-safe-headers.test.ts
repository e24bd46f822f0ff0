import { expect, test } from 'vitest'
import { leakyResponse, plain, safeResponse } from '../../support/responses.ts'

test('passes safe headers', async () => {
  await expect(safeResponse()).toHaveSafeHeaders()
})

test('.not passes unsafe headers', async () => {
  await expect(leakyResponse()).not.toHaveSafeHeaders()
})

test('does not look at the body or the status', async () => {
  const res = new Response('Error: x\n    at f (/app/x.js:1:2)', {
    status: 200,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })
  await expect(res).toHaveSafeHeaders()
})

test('flags a leak inside a header value', async () => {
  const res = safeResponse()
  res.headers.set('x-upstream-error', 'at handler (/srv/app/src/pay.js:12:5)')
  const error = await expect(res)
    .toHaveSafeHeaders()
    .catch((e: unknown) => e)
  expect(plain(error)).toContain('at header x-upstream-error')
})

test('fails unsafe headers, one line each', async () => {
  const error = await expect(leakyResponse())
    .toHaveSafeHeaders()
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toHaveSafeHeaders()

    Expected safe headers, but found 3 header problems:

      framework-disclosure › header-x-powered-by at header x-powered-by: X-Powered-By names the stack; remove the header "Express"
      header › header-cache-control at header cache-control: has no Cache-Control header; send Cache-Control: no-store
      header › header-nosniff at header x-content-type-options: has no X-Content-Type-Options: nosniff

      status 500, text/plain; charset=utf-8, 66 bytes"
  `)
})

test('.not fails safe headers with its own sentence', async () => {
  const error = await expect(safeResponse())
    .not.toHaveSafeHeaders()
    .catch((e: unknown) => e)
  expect(plain(error).split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
    "expect(received).not.toHaveSafeHeaders()

    Expected unsafe headers, but the headers pass every check."
  `)
})

test('rejects a non-response and a consumed body', async () => {
  await expect(expect(null as unknown).toHaveSafeHeaders()).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
  })
  const res = safeResponse()
  await res.json()
  await expect(expect(res).toHaveSafeHeaders()).rejects.toMatchObject({ code: 'ERR_BODY_CONSUMED' })
})
