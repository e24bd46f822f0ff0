import { expect, test } from 'vitest'
import { leakyResponse, plain, safeResponse } from '../../support/responses.ts'

test('passes a safe 500, 502, 503 and 504', async () => {
  for (const status of [500, 502, 503, 504]) await expect(safeResponse(status)).toBeSafe5xx()
})

test('takes the statuses to allow', async () => {
  await expect(safeResponse(503)).toBeSafe5xx(503)
  await expect(safeResponse(502)).toBeSafe5xx([502, 504])
  await expect(safeResponse(500)).not.toBeSafe5xx([502, 504])
})

test('takes options alone', async () => {
  await expect(safeResponse(502)).toBeSafe5xx({ requestId: 'header' })
})

test('.not passes a leaky 502', async () => {
  await expect(leakyResponse(502)).not.toBeSafe5xx()
})

test('fails a leaky 502, naming the allowed statuses', async () => {
  const error = await expect(leakyResponse(502))
    .toBeSafe5xx()
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toBeSafe5xx()

    Expected a safe 500, 502, 503 or 504, but found 8 problems:

      stack-trace › stack-trace-node at body 2:5: shows a V8 stack frame "Error: boom »at handler (/srv/app/src/routes/checkout.js:41:11)«"
      file-path › file-path-source-location at body 2:37: shows a source file location "Error: boom at handler (/srv/app/src/routes/»checkout.js:41:11«)"
      file-path › file-path-unix at body 2:17: shows a server filesystem path "Error: boom at handler (»/srv/app/src«/routes/checkout.js:41:11)"
      exception › exception-stack-header at body 1:8: shows the raw message of a thrown error, above its stack "Error: »boom« at handler (/srv/app/src/routes/checkout.js:41:11)"
      framework-disclosure › header-x-powered-by at header x-powered-by: X-Powered-By names the stack; remove the header "Express"
      header › header-cache-control at header cache-control: has no Cache-Control header; send Cache-Control: no-store
      header › header-nosniff at header x-content-type-options: has no X-Content-Type-Options: nosniff
      request-id › request-id-missing at response: has no request ID (looked in 29 headers like x-request-id, JSON members like requestId, "Request ID: …" text), so support cannot find the logged error; name yours with requestIdHeaders or requestIdKeys

      status 502, text/plain; charset=utf-8, 66 bytes"
  `)
})

test('the hint shows the statuses as the call gave them: a list, or one status', async () => {
  const first = async (run: Promise<void>) =>
    plain(await run.catch((e: unknown) => e)).split('\n')[0]
  expect(await first(expect(leakyResponse(502)).toBeSafe5xx([500, 502]))).toBe(
    'expect(received).toBeSafe5xx([500, 502])',
  )
  expect(await first(expect(leakyResponse(502)).toBeSafe5xx(502))).toBe(
    'expect(received).toBeSafe5xx(502)',
  )
})

test('.not fails a safe 503 with its own sentence', async () => {
  const error = await expect(safeResponse(503))
    .not.toBeSafe5xx()
    .catch((e: unknown) => e)
  expect(plain(error).split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
    "expect(received).not.toBeSafe5xx()

    Expected the response not to be a safe 5xx, but it passes every check."
  `)
})

test('fails a 503 with a malformed Retry-After', async () => {
  const res = new Response(
    JSON.stringify({ error: 'Service Unavailable', requestId: 'abc-123456' }),
    {
      status: 503,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'retry-after': 'soon',
      },
    },
  )
  const error = await expect(res)
    .toBeSafe5xx()
    .catch((e: unknown) => e)
  expect(plain(error)).toContain('header-retry-after at header retry-after')
})

test('rejects statuses that are not 5xx (a type error too; this is for JavaScript callers)', async () => {
  // @ts-expect-error 404 is no 5xx code
  await expect(expect(safeResponse()).toBeSafe5xx([404])).rejects.toThrow(
    '[safe500] toBeSafe5xx(): the statuses must be 5xx codes',
  )
})

test('rejects statuses given as strings, and statuses given as the status option', async () => {
  await expect(expect(safeResponse()).toBeSafe5xx('500' as never)).rejects.toThrow(
    '[safe500] toBeSafe5xx(): the statuses must be 5xx codes, received "500"',
  )
  await expect(expect(safeResponse()).toBeSafe5xx([502, '503'] as never)).rejects.toMatchObject({
    code: 'ERR_BAD_OPTION',
  })
  await expect(expect(safeResponse(502)).toBeSafe5xx({ status: 502 } as never)).rejects.toThrow(
    '[safe500] toBeSafe5xx(): give the statuses as the first argument, not as the status option: toBeSafe5xx(502, options).',
  )
})

test('rejects an unknown option, naming the closest one', async () => {
  await expect(
    expect(safeResponse(502)).toBeSafe5xx([502], { skipp: ['request-id'] } as never),
  ).rejects.toThrow('[safe500] toBeSafe5xx(): Unknown option `skipp`: did you mean `skip`?')
})

test('rejects a non-response and a consumed body', async () => {
  await expect(expect('oops' as unknown).toBeSafe5xx()).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
  })
  const res = safeResponse(502)
  await res.arrayBuffer()
  await expect(expect(res).toBeSafe5xx()).rejects.toMatchObject({ code: 'ERR_BODY_CONSUMED' })
})
