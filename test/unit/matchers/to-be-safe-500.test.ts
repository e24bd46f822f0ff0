import { expect, test } from 'vitest'

const safeHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-request-id': 'b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e',
}
const safe = () =>
  new Response(
    JSON.stringify({
      error: 'Internal Server Error',
      requestId: 'b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e',
    }),
    {
      status: 500,
      headers: safeHeaders,
    },
  )
const leaky = () =>
  new Response('Error: boom\n    at handler (/srv/app/src/routes/checkout.js:41:11)', {
    status: 500,
    headers: { 'x-powered-by': 'Express', 'content-type': 'text/plain; charset=utf-8' },
  })

test('passes a safe 500', async () => {
  await expect(safe()).toBeSafe500()
})

test('.not passes a leaky 500', async () => {
  await expect(leaky()).not.toBeSafe500()
})

test('fails a leaky 500 with one line per finding and no body dump', async () => {
  const error = await expect(leaky())
    .toBeSafe500()
    .catch((e: unknown) => e)
  expect(String((error as Error).message).replace(/\x1b\[\d+m/g, '')).toMatchInlineSnapshot(`
    "expect(received).toBeSafe500()

    Expected a safe 500, but found 4 problems:

      stack-trace › stack-trace-node at body 2:5: shows a V8 stack frame "Error: boom at handler (/srv/app/src/routes/checkout.js:41:11)"
      framework-disclosure › header-x-powered-by at header x-powered-by: X-Powered-By names the stack (Express) "Express"
      header › header-cache-control at header cache-control: has no Cache-Control header; send Cache-Control: no-store "(absent)"
      request-id › request-id-missing at response: has no request ID in a header or the body, so support cannot find the logged error

      status 500, text/plain; charset=utf-8, 66 bytes"
  `)
})
