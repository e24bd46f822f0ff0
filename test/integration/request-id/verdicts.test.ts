import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { apps } from './support/apps.ts'
import { measureVerdict, verdictTable, type Verdict } from './support/verdict.ts'

const echoedBoth = 'markup, 8 KB, non-ASCII, percent-encoded CR/LF (header, body)'

/**
 * What safe500 measures for each app (see support/apps.ts), pinned. No app echoed the raw-CR ID
 * (Node's HTTP parser answers 400) or any hostile traceparent (none of these middlewares reads
 * traceparent).
 */
const measured: Readonly<Record<keyof typeof apps, Verdict>> = {
  'express-request-id, JSON error handler, console': {
    onError: 'header + body',
    unique: 'yes',
    hostileEchoed: echoedBoth,
    propagates: 'x-request-id',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
  "express-request-id, Express's default error handler": {
    onError: 'header',
    unique: 'yes',
    hostileEchoed: 'markup, 8 KB, non-ASCII, percent-encoded CR/LF (header)',
    propagates: 'x-request-id',
    traceable: 'no: the ID is in no log record',
    keepsHeaders: 'yes',
  },
  'pino-http defaults, req.id in the body': {
    onError: 'body',
    unique: 'counter',
    hostileEchoed: 'none',
    propagates: 'none',
    traceable: 'no: no record has the ID and the error',
    keepsHeaders: 'yes',
  },
  'pino-http, README genReqId, res.err set': {
    onError: 'header + body',
    unique: 'yes',
    hostileEchoed: 'markup, 8 KB, non-ASCII, percent-encoded CR/LF (body)',
    propagates: 'x-request-id',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
  'cls-rtracer defaults, ID in the body, console': {
    onError: 'body',
    unique: 'yes',
    hostileEchoed: 'none',
    propagates: 'none',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
  'cls-rtracer useHeader + echoHeader, console': {
    onError: 'header + body',
    unique: 'yes',
    hostileEchoed: echoedBoth,
    propagates: 'x-request-id',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
  'Fastify defaults, pino logger': {
    onError: 'none',
    unique: '-',
    hostileEchoed: 'none',
    propagates: 'none',
    traceable: 'no: no ID on the 500',
    keepsHeaders: 'yes',
  },
  'Fastify requestIdHeader, ID echoed, request.log': {
    onError: 'header + body',
    unique: 'counter',
    hostileEchoed: echoedBoth,
    propagates: 'x-request-id',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
  'Fastify genReqId randomUUID, request.log': {
    onError: 'header + body',
    unique: 'yes',
    hostileEchoed: 'none',
    propagates: 'none',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
  'hono/request-id, secureHeaders, onError with console': {
    onError: 'header + body',
    unique: 'yes',
    hostileEchoed: 'none',
    propagates: 'x-request-id',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
  "Koa, ID header set before the throw, Koa's default error handling": {
    onError: 'none',
    unique: '-',
    hostileEchoed: 'none',
    propagates: 'none',
    traceable: 'no: no ID on the 500',
    keepsHeaders:
      'drops strict-transport-security, x-content-type-options, x-frame-options, x-request-id',
  },
  'Koa, error-catching middleware with the ID': {
    onError: 'header + body',
    unique: 'yes',
    hostileEchoed: 'none',
    propagates: 'none',
    traceable: 'yes',
    keepsHeaders: 'yes',
  },
}

describe.each(Object.entries(apps))('%s', (name, start) => {
  test('measures as pinned', async () => {
    const app = await start()
    try {
      expect(await measureVerdict(app)).toEqual(measured[name])
    } finally {
      await app.close()
    }
  })
})

test('docs/request-ids.md shows the same table', () => {
  const doc = readFileSync(new URL('../../../docs/request-ids.md', import.meta.url), 'utf8')
  expect(doc).toContain(verdictTable(measured))
})
