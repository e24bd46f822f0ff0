import { probeRequestId } from 'safe500'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apps, boomMessage, type RequestIdApp } from './support/apps.ts'

/** Starts the named app for the tests of a describe block. */
function using(name: keyof typeof apps): () => RequestIdApp {
  let app: RequestIdApp | undefined
  beforeAll(async () => {
    app = await apps[name]?.()
  })
  afterAll(async () => {
    await app?.close()
  })
  return () => {
    if (!app) throw new Error(`${name} did not start`)
    return app
  }
}

/** GET /boom, then wait until the server is done logging it. */
async function boom(app: RequestIdApp, headers: Record<string, string> = {}): Promise<Response> {
  app.logs.clear()
  const res = await fetch(app.url('/boom'), { headers })
  await app.idle()
  return res
}

describe('hono/request-id: the careful app passes every check', () => {
  const app = using('hono/request-id, secureHeaders, onError with console')

  test('matchers', async () => {
    const res = await boom(app())
    await expect(res).toHaveRequestId('uuid', { requestId: 'both' })
    await expect(res).toBeTraceableIn(app().logs, { error: boomMessage })
    await expect(res).toKeepHeadersOf(await fetch(app().url('/ok')))
  })

  test('probe, also with propagates: true', async () => {
    expect((await probeRequestId({ url: app().url('/boom') })).findings).toEqual([])
    expect((await probeRequestId({ url: app().url('/boom'), propagates: true })).ok).toBe(true)
  })

  test('a well-formed inbound ID comes back, and is what the logs hold', async () => {
    const inbound = '5a1d0f2e-3b4c-4d5e-8f6a-7b8c9d0e1f2a'
    const res = await boom(app(), { 'x-request-id': inbound })
    await expect(res).toHaveRequestId(inbound)
    await expect(res).toBeTraceableIn(app().logs, { inbound })
  })
})

describe('Koa default error handling loses the ID and the security headers on the 500', () => {
  const app = using("Koa, ID header set before the throw, Koa's default error handling")

  test('matchers', async () => {
    const ok = await fetch(app().url('/ok'))
    await expect(ok).toHaveRequestId('uuid')
    const res = await boom(app())
    await expect(res).not.toHaveRequestId()
    await expect(res).not.toKeepHeadersOf(ok)
    await expect(res).not.toBeTraceableIn(app().logs)
  })
})

describe('Fastify with requestIdHeader: counters, and hostile IDs echoed', () => {
  const app = using('Fastify requestIdHeader, ID echoed, request.log')

  test('probe', async () => {
    const report = await probeRequestId({ url: app().url('/boom') })
    expect(report.requestIds).toEqual([
      expect.stringMatching(/^req-[0-9a-z]{1,4}$/),
      expect.stringMatching(/^req-[0-9a-z]{1,4}$/),
      expect.stringMatching(/^req-[0-9a-z]{1,4}$/),
    ])
    expect([...new Set(report.findings.map((f) => f.rule))]).toEqual([
      'request-id-counter',
      'request-id-reflected',
    ])
    expect(report.findings.filter((f) => f.rule === 'request-id-reflected')).toHaveLength(8)
  })

  test('the log record holds the counter ID and the error: traceable, but guessable', async () => {
    const res = await boom(app())
    await expect(res).toHaveRequestId(/^req-/)
    await expect(res).not.toHaveRequestId('uuid')
    await expect(res).toBeTraceableIn(app().logs)
  })
})

describe('Fastify genReqId randomUUID: no inbound ID is trusted', () => {
  const app = using('Fastify genReqId randomUUID, request.log')

  test('propagates: true reports the dropped ID; propagates: false is met', async () => {
    const dropped = await probeRequestId({ url: app().url('/boom'), propagates: true })
    expect(dropped.findings.map((f) => f.rule)).toEqual(['request-id-dropped'])
    expect((await probeRequestId({ url: app().url('/boom'), propagates: false })).ok).toBe(true)
  })
})

describe('pino-http defaults: the completion log has the ID but only its own "failed with status code 500"', () => {
  const app = using('pino-http defaults, req.id in the body')

  test('matchers', async () => {
    const res = await boom(app())
    await expect(res).toHaveRequestId(/^\d{1,6}$/)
    await expect(res).not.toBeTraceableIn(app().logs)
    await expect(res).not.toBeTraceableIn(app().logs, { error: boomMessage })
  })
})

describe('pino-http with res.err: traceable, but an inbound ID is trusted verbatim', () => {
  const app = using('pino-http, README genReqId, res.err set')

  test('matchers', async () => {
    const res = await boom(app())
    await expect(res).toHaveRequestId('uuid', { requestId: 'both' })
    await expect(res).toBeTraceableIn(app().logs, { error: boomMessage })
  })

  test('propagates: false reports the echo of a well-formed ID too', async () => {
    const report = await probeRequestId({ url: app().url('/boom'), propagates: false })
    const wellFormed = report.findings.filter((f) => f.message.includes('well-formed'))
    expect(wellFormed.map((f) => f.where)).toEqual([expect.stringMatching(/^body 1:\d+$/)])
  })
})

describe("Express's default error handler logs the stack without the ID", () => {
  const app = using("express-request-id, Express's default error handler")

  test('matchers', async () => {
    const res = await boom(app())
    await expect(res).toHaveRequestId('uuid', { requestId: 'header' })
    await expect(res).not.toHaveRequestId(undefined, { requestId: 'both' })
    const error = await expect(res)
      .toBeTraceableIn(app().logs)
      .catch((e: unknown) => e)
    expect(String((error as Error).message)).toMatch(/none holds both/)
    expect(String((error as Error).message)).toMatch(/0 with the ID, 1 with an error/)
  })
})
