import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import express from 'express'
import Fastify from 'fastify'
import { Hono } from 'hono'
import Koa from 'koa'
import type { AppUnderTest } from 'safe500/fixtures'
import { callUpstream, type ClientName } from './call-upstream.ts'

export const frameworks = ['node:http', 'express', 'fastify', 'koa', 'hono'] as const
export type Framework = (typeof frameworks)[number]

/**
 * `naive` echoes what went wrong upstream; `message` echoes only the error's message, with the
 * headers and request ID right (the leak is then the message alone); `careful` answers a generic
 * 502/504 with a request ID.
 */
export type Style = 'naive' | 'message' | 'careful'

export interface CheckoutOptions {
  readonly client: ClientName
  readonly style: Style
  /** The payments base URL, e.g. `https://payments.example.com`. */
  readonly upstream: string
}

interface Reply {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: string
}

/** The upstream answered an error status; the message quotes its body, as much code does. */
class UpstreamError extends Error {
  readonly status: number
  readonly body: string
  constructor(status: number, body: string) {
    super(`payments answered ${status}: ${body.slice(0, 500)}`)
    this.status = status
    this.body = body
  }
}

/**
 * Charges the card: one POST to the payments upstream; an error status or a bad body throws.
 * The checkout URL may say `?tenant=t1`, which prefixes the upstream path (so concurrent tests
 * can arm faults on paths of their own), and `&timeout=200`, the upstream timeout in ms.
 */
async function charge(
  { client, upstream }: CheckoutOptions,
  url: string | undefined,
): Promise<void> {
  const query = new URL(url ?? '/', 'http://app').searchParams
  const tenant = query.get('tenant')
  const timeout = query.has('timeout') ? Number(query.get('timeout')) : undefined
  const answer = await callUpstream(
    client,
    `${upstream}${tenant ? `/${tenant}` : ''}/v1/charges`,
    timeout,
  )
  if (answer.status >= 400) throw new UpstreamError(answer.status, answer.body)
  JSON.parse(answer.body)
}

/** What each style answers when the charge failed. */
function failure(style: Style, error: unknown): Reply {
  if (style === 'naive') {
    const e = error as Error & { code?: string; cause?: unknown; body?: string }
    return {
      status: 500,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        error: e.message,
        code: e.code,
        cause: e.cause instanceof Error ? e.cause.message : undefined,
        stack: e.stack,
      }),
    }
  }
  const requestId = randomUUID()
  if (style === 'message') {
    return {
      status: 502,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': requestId,
      },
      body: JSON.stringify({ error: (error as Error).message, requestId }),
    }
  }
  const timedOut = /timeout|timed out|aborted due to timeout/i.test(
    String((error as Error).message),
  )
  return {
    status: timedOut ? 504 : 502,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': requestId,
    },
    body: JSON.stringify({ error: timedOut ? 'Gateway Timeout' : 'Bad Gateway', requestId }),
  }
}

const ok: Reply = {
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: '{"ok":true}',
}

/** A checkout service on `framework` whose `POST /checkout` calls payments with `client`. */
export function checkoutApp(framework: Framework, options: CheckoutOptions): AppUnderTest {
  switch (framework) {
    case 'node:http':
      return createServer((req, res) => {
        void charge(options, req.url)
          .then(
            () => ok,
            (error: unknown) => failure(options.style, error),
          )
          .then(({ status, headers, body }) => res.writeHead(status, headers).end(body))
      })
    case 'express': {
      const app = express()
      app.disable('x-powered-by')
      app.post('/checkout', async (req, res) => {
        await charge(options, req.url)
        res.json({ ok: true })
      })
      app.use(
        (
          error: unknown,
          _req: express.Request,
          res: express.Response,
          _next: express.NextFunction,
        ) => {
          const { status, headers, body } = failure(options.style, error)
          res.status(status).set(headers).send(body)
        },
      )
      return app
    }
    case 'fastify': {
      const app = Fastify()
      app.post('/checkout', async (req) => {
        await charge(options, req.url)
        return { ok: true }
      })
      app.setErrorHandler((error, _req, reply) => {
        const { status, headers, body } = failure(options.style, error)
        void reply.code(status).headers(headers).send(body)
      })
      return app
    }
    case 'koa': {
      const app = new Koa()
      app.use(async (ctx) => {
        try {
          await charge(options, ctx.url)
          ctx.body = { ok: true }
        } catch (error) {
          const { status, headers, body } = failure(options.style, error)
          ctx.status = status
          ctx.set(headers)
          ctx.body = body
        }
      })
      return app
    }
    case 'hono': {
      const app = new Hono()
      app.post('/checkout', async (c) => {
        await charge(options, c.req.url)
        return c.json({ ok: true })
      })
      app.onError((error) => {
        const { status, headers, body } = failure(options.style, error)
        return new Response(body, { status, headers })
      })
      return app
    }
  }
}
