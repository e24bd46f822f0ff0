import { expect, test } from 'vitest'
import { leakyResponse, plain, safeResponse } from '../../support/responses.ts'

test('.not passes a safe response', async () => {
  await expect(safeResponse()).not.toLeakDetails()
})

test('passes a leaky response', async () => {
  await expect(leakyResponse()).toLeakDetails()
})

test('ignores status, header and request-id problems: only leaks count', async () => {
  const res = new Response('Internal Server Error', { status: 200 })
  await expect(res).not.toLeakDetails()
})

test('.not fails a leaky response, listing only the leaks', async () => {
  const error = await expect(leakyResponse())
    .not.toLeakDetails()
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).not.toLeakDetails()

    Expected the response not to leak details, but it leaks in 5 places:

      stack-trace › stack-trace-node at body 2:5: shows a V8 stack frame "Error: boom »at handler (/srv/app/src/routes/checkout.js:41:11)«"
      file-path › file-path-source-location at body 2:37: shows a source file location "Error: boom at handler (/srv/app/src/routes/»checkout.js:41:11«)"
      file-path › file-path-unix at body 2:17: shows a server filesystem path "Error: boom at handler (»/srv/app/src«/routes/checkout.js:41:11)"
      exception › exception-stack-header at body 1:8: shows the raw message of a thrown error, above its stack "Error: »boom« at handler (/srv/app/src/routes/checkout.js:41:11)"
      framework-disclosure › header-x-powered-by at header x-powered-by: X-Powered-By names the stack; remove the header "Express"

      status 500, text/plain; charset=utf-8, 66 bytes"
  `)
})

test('fails a safe response with its own sentence', async () => {
  const error = await expect(safeResponse())
    .toLeakDetails()
    .catch((e: unknown) => e)
  expect(plain(error).split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
    "expect(received).toLeakDetails()

    Expected the response to leak details, but it shows none that safe500 can see."
  `)
})

test('rejects a non-response and a consumed body', async () => {
  await expect(expect({ foo: 1 } as unknown).toLeakDetails()).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
  })
  const res = leakyResponse()
  await res.text()
  await expect(expect(res).not.toLeakDetails()).rejects.toMatchObject({ code: 'ERR_BODY_CONSUMED' })
})
