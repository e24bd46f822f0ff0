import { expect, test } from 'vitest'
import { audit } from 'safe500'
import { leakyResponse, plain, safeResponse } from '../../support/responses.ts'

test('passes a safe 500', async () => {
  await expect(safeResponse()).toBeSafe500()
})

test('.not passes a leaky 500', async () => {
  await expect(leakyResponse()).not.toBeSafe500()
})

test('leaves the response readable', async () => {
  const res = safeResponse()
  await expect(res).toBeSafe500()
  expect(await res.json()).toMatchObject({ error: 'Internal Server Error' })
})

test('fails a leaky 500 with one line per finding and no body dump', async () => {
  const error = await expect(leakyResponse())
    .toBeSafe500()
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).toBeSafe500()

    Expected a safe 500, but found 8 problems:

      stack-trace › stack-trace-node at body 2:5: shows a V8 stack frame "Error: boom »at handler (/srv/app/src/routes/checkout.js:41:11)«"
      file-path › file-path-source-location at body 2:37: shows a source file location "Error: boom at handler (/srv/app/src/routes/»checkout.js:41:11«)"
      file-path › file-path-unix at body 2:17: shows a server filesystem path "Error: boom at handler (»/srv/app/src«/routes/checkout.js:41:11)"
      exception › exception-stack-header at body 1:8: shows the raw message of a thrown error, above its stack "Error: »boom« at handler (/srv/app/src/routes/checkout.js:41:11)"
      framework-disclosure › header-x-powered-by at header x-powered-by: X-Powered-By names the stack; remove the header "Express"
      header › header-cache-control at header cache-control: has no Cache-Control header; send Cache-Control: no-store
      header › header-nosniff at header x-content-type-options: has no X-Content-Type-Options: nosniff
      request-id › request-id-missing at response: has no request ID (looked in 29 headers like x-request-id, JSON members like requestId, "Request ID: …" text), so support cannot find the logged error; name yours with requestIdHeaders or requestIdKeys

      status 500, text/plain; charset=utf-8, 66 bytes"
  `)
})

test('.not fails a safe 500 with its own sentence', async () => {
  const error = await expect(safeResponse())
    .not.toBeSafe500()
    .catch((e: unknown) => e)
  expect(plain(error)).toMatchInlineSnapshot(`
    "expect(received).not.toBeSafe500()

    Expected the response not to be a safe 500, but it passes every check.

      status 500, application/json; charset=utf-8, 84 bytes, request ID "b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e""
  `)
})

test('a network error (status 0) is named as one', async () => {
  const error = await expect(Response.error())
    .toBeSafe500()
    .catch((e: unknown) => e)
  expect(plain(error)).toContain(
    'status 0 is a network error (Response.error(), a request that failed), not an answer; expected 500',
  )
})

test('toBeSafe5xx() on a 5xx it does not allow suggests the statuses it allows with that one', async () => {
  const error = await expect(safeResponse(503))
    .toBeSafe5xx([502])
    .catch((e: unknown) => e)
  expect(plain(error)).toContain(
    'status 503 is not the expected 502 (to allow it: toBeSafe5xx([502, 503]), or { status: [502, 503] } for toBeSafe500() and audit())',
  )
})

test('a 502 is not a 500', async () => {
  const error = await expect(safeResponse(502))
    .toBeSafe500()
    .catch((e: unknown) => e)
  expect(plain(error)).toContain(
    'status-unexpected at status: status 502 is not the expected 500 (to allow it: toBeSafe5xx([500, 502]), or { status: [500, 502] } for toBeSafe500() and audit())',
  )
  // The headline names the status expected, not the one received.
  expect(plain(error)).toContain('Expected a safe 500, but found 1 problem:')
})

test('the headline names the status received when it is one of those expected, else the list', async () => {
  const allowed = await expect(leakyResponse(502))
    .toBeSafe500({ status: [500, 502] })
    .catch((e: unknown) => e)
  expect(plain(allowed)).toMatch(/\n\nExpected a safe 502, but found \d+ problems/)
  const other = await expect(safeResponse(503))
    .toBeSafe500({ status: [500, 502, 504] })
    .catch((e: unknown) => e)
  expect(plain(other)).toContain('Expected a safe 500, 502 or 504, but found 1 problem:')
  const ok = await expect(safeResponse(200))
    .toBeSafe500()
    .catch((e: unknown) => e)
  expect(plain(ok)).toContain('Expected a safe 500, but found')
})

test('rejects a value that is not a response, saying what to pass', async () => {
  await expect(expect(42 as unknown).toBeSafe500()).rejects.toThrow(
    '[safe500] toBeSafe500(): Expected a response, received number 42',
  )
  await expect(expect(undefined as unknown).toBeSafe500()).rejects.toMatchObject({
    code: 'ERR_NOT_A_RESPONSE',
  })
})

test('rejects a response whose body was already read', async () => {
  const res = safeResponse()
  await res.text()
  await expect(expect(res).toBeSafe500()).rejects.toThrow(/already consumed.*response\.clone\(\)/)
})

test('takes options: skip a rule, require the ID in both places', async () => {
  await expect(leakyResponse()).not.toBeSafe500({ skip: ['stack-trace'] })
  await expect(safeResponse()).toBeSafe500({ requestId: 'both' })
  const res = new Response('Internal Server Error', {
    status: 500,
    headers: { 'x-request-id': 'abc-123456' },
  })
  await expect(res).not.toBeSafe500({ requestId: 'both' })
})

test('rejects bad options with a [safe500] error naming the matcher, before reading the body', async () => {
  const res = safeResponse()
  await expect(expect(res).toBeSafe500({ statuss: 500 } as never)).rejects.toMatchObject({
    code: 'ERR_BAD_OPTION',
    message: '[safe500] toBeSafe500(): Unknown option `statuss`: did you mean `status`?',
  })
  await expect(expect(res).toBeSafe500({ status: '500' as never })).rejects.toThrow(
    '[safe500] toBeSafe500(): Invalid status option "500": give an HTTP status (100-599) or a list of them, as numbers: { status: 500 }.',
  )
  await expect(expect(res).toBeSafe500({ rules: [{ id: 'x' } as never] })).rejects.toMatchObject({
    code: 'ERR_BAD_RULE',
    message: expect.stringContaining('not a rule: make each rule with defineRule(') as unknown,
  })
  expect(res.bodyUsed).toBe(false)
})

test('a rule that found more than one: the count says from how many rules, as the lines show them', async () => {
  const body = [
    'Error: boom',
    '    at a (/srv/app/src/a.js:1:2)',
    '    at b (/srv/app/src/b.js:3:4)',
    '    at c (/srv/app/src/c.js:5:6)',
  ].join('\n')
  const res = () => new Response(body, { status: 500 })
  const report = await audit(res())
  const rules = new Set(report.findings.map((f) => f.rule)).size
  expect(rules).toBeLessThan(report.findings.length)
  const message = plain(
    await expect(res())
      .toBeSafe500()
      .catch((e: unknown) => e),
  )
  expect(message).toContain(
    `Expected a safe 500, but found ${report.findings.length} problems, from ${rules} rules:`,
  )
  const lines = message.split('\n').filter((line) => line.startsWith('  ') && line.includes(' › '))
  expect(lines).toHaveLength(rules)
})

test('no rule found more than one: the count alone', async () => {
  const message = plain(
    await expect(leakyResponse())
      .toBeSafe500()
      .catch((e: unknown) => e),
  )
  expect(message).toMatch(/but found \d+ problems:/)
})
