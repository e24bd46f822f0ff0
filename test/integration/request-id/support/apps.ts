import { randomUUID } from 'node:crypto'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import * as rTracer from 'cls-rtracer'
import express, { type NextFunction, type Request, type Response } from 'express'
import requestID from 'express-request-id'
import Fastify, { type FastifyInstance } from 'fastify'
import helmet from 'helmet'
import { Hono } from 'hono'
import { requestId as honoRequestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import Koa from 'koa'
import pino from 'pino'
import { pinoHttp } from 'pino-http'
import { captureLogs, type LogCapture } from 'safe500'

/** An app under test on loopback, the logs it writes, and how to stop it. */
export interface RequestIdApp {
  readonly url: (path: string) => string
  readonly logs: LogCapture
  /** Resolves once every response the server started has closed and deferred logging ran (pino-http logs on finish). */
  readonly idle: () => Promise<void>
  readonly close: () => Promise<void>
}

/** Counts responses in flight, so a test can wait until the server is done logging. */
function track(server: Server): () => Promise<void> {
  let inFlight = 0
  let waiting: (() => void)[] = []
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight++
    res.once('close', () => {
      inFlight--
      if (inFlight === 0) {
        for (const resolve of waiting) resolve()
        waiting = []
      }
    })
  })
  // Then one more turn of the event loop: Express's final handler logs in a setImmediate.
  return async () => {
    if (inFlight > 0) await new Promise<void>((resolve) => waiting.push(resolve))
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** The error every `/boom` route throws. */
export const boomMessage = 'orders query failed'

/** The security headers the Koa and Fastify apps set by hand (helmet and secureHeaders set more). */
const securityHeaders = {
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
}

async function listen(server: Server, logs: LogCapture): Promise<RequestIdApp> {
  const idle = track(server)
  if (!server.listening)
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    logs,
    idle,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      logs.restore()
    },
  }
}

async function fastify(app: FastifyInstance, logs: LogCapture): Promise<RequestIdApp> {
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(securityHeaders)
  })
  app.get('/ok', () => 'ok')
  app.get('/boom', () => {
    throw new Error(boomMessage)
  })
  const idle = track(app.server)
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    url: (path) => `${base}${path}`,
    logs,
    idle,
    close: async () => {
      await app.close()
      logs.restore()
    },
  }
}

/** An Express 5 app in production mode with helmet and `/ok` and `/boom`, the middleware in between. */
function expressApp(
  middleware: (app: express.Express) => void,
  errorHandler?: (error: Error, req: Request, res: Response, next: NextFunction) => void,
): express.Express {
  const app = express()
  app.set('env', 'production')
  app.use(helmet())
  middleware(app)
  app.get('/ok', (_req, res) => {
    res.type('text').send('ok')
  })
  app.get('/boom', () => {
    throw new Error(boomMessage)
  })
  if (errorHandler) app.use(errorHandler)
  return app
}

const jsonError = (res: Response, requestId: unknown) => {
  res.status(500).json({ error: 'Internal Server Error', requestId })
}

/**
 * Each app: real request ID middleware and a real logger, configured as its README shows, with
 * the error handling an app built on it typically has.
 */
export const apps: Readonly<Record<string, () => Promise<RequestIdApp>>> = {
  'express-request-id, JSON error handler, console': async () => {
    const logs = captureLogs()
    const app = expressApp(
      (a) => a.use(requestID()),
      (error, req, res, _next) => {
        const id = (req as Request & { id: string }).id
        console.error(`[${id}]`, error)
        jsonError(res, id)
      },
    )
    return listen(app.listen(0, '127.0.0.1'), logs)
  },

  "express-request-id, Express's default error handler": async () => {
    const logs = captureLogs()
    return listen(expressApp((a) => a.use(requestID())).listen(0, '127.0.0.1'), logs)
  },

  'pino-http defaults, req.id in the body': async () => {
    const logs = captureLogs()
    const app = expressApp(
      (a) => a.use(pinoHttp({ logger: pino(logs.stream) })),
      (_error, req, res, _next) => jsonError(res, req.id),
    )
    return listen(app.listen(0, '127.0.0.1'), logs)
  },

  'pino-http, README genReqId, res.err set': async () => {
    const logs = captureLogs()
    const app = expressApp(
      (a) =>
        a.use(
          pinoHttp({
            logger: pino(logs.stream),
            // The README's example: trust an inbound X-Request-Id, else make one and send it.
            genReqId(req: IncomingMessage, res: ServerResponse) {
              const existing = req.id ?? req.headers['x-request-id']
              if (existing) return existing
              const id = randomUUID()
              res.setHeader('X-Request-Id', id)
              return id
            },
          }),
        ),
      (error, req, res, _next) => {
        res.err = error
        jsonError(res, req.id)
      },
    )
    return listen(app.listen(0, '127.0.0.1'), logs)
  },

  'cls-rtracer defaults, ID in the body, console': async () => {
    const logs = captureLogs()
    const app = expressApp(
      (a) => a.use(rTracer.expressMiddleware()),
      (error, _req, res, _next) => {
        console.error(`[${String(rTracer.id())}]`, error)
        jsonError(res, rTracer.id())
      },
    )
    return listen(app.listen(0, '127.0.0.1'), logs)
  },

  'cls-rtracer useHeader + echoHeader, console': async () => {
    const logs = captureLogs()
    const app = expressApp(
      (a) => a.use(rTracer.expressMiddleware({ useHeader: true, echoHeader: true })),
      (error, _req, res, _next) => {
        console.error(`[${String(rTracer.id())}]`, error)
        jsonError(res, rTracer.id())
      },
    )
    return listen(app.listen(0, '127.0.0.1'), logs)
  },

  'Fastify defaults, pino logger': async () => {
    const logs = captureLogs()
    return fastify(Fastify({ logger: { stream: logs.stream } }), logs)
  },

  'Fastify requestIdHeader, ID echoed, request.log': async () => {
    const logs = captureLogs()
    const app = Fastify({ logger: { stream: logs.stream }, requestIdHeader: 'x-request-id' })
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id)
    })
    app.setErrorHandler(async (error, request, reply) => {
      request.log.error({ err: error }, 'request failed')
      return reply.status(500).send({ error: 'Internal Server Error', requestId: request.id })
    })
    return fastify(app, logs)
  },

  'Fastify genReqId randomUUID, request.log': async () => {
    const logs = captureLogs()
    const app = Fastify({ logger: { stream: logs.stream }, genReqId: () => randomUUID() })
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id)
    })
    app.setErrorHandler(async (error, request, reply) => {
      request.log.error({ err: error }, 'request failed')
      return reply.status(500).send({ error: 'Internal Server Error', requestId: request.id })
    })
    return fastify(app, logs)
  },

  'hono/request-id, secureHeaders, onError with console': async () => {
    const logs = captureLogs()
    const app = new Hono<{ Variables: { requestId: string } }>()
    app.use(secureHeaders())
    app.use(honoRequestId())
    app.get('/ok', (c) => c.text('ok'))
    app.get('/boom', () => {
      throw new Error(boomMessage)
    })
    app.onError((error, c) => {
      console.error(`[${c.get('requestId')}]`, error)
      return c.json({ error: 'Internal Server Error', requestId: c.get('requestId') }, 500)
    })
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server
    await new Promise<void>((resolve) => server.once('listening', resolve))
    return listen(server, logs)
  },

  "Koa, ID header set before the throw, Koa's default error handling": async () => {
    const logs = captureLogs()
    const app = new Koa()
    app.use(async (ctx, next) => {
      ctx.set(securityHeaders)
      ctx.set('X-Request-Id', randomUUID())
      await next()
    })
    app.use((ctx) => {
      if (ctx.path === '/boom') throw new Error(boomMessage)
      ctx.body = 'ok'
    })
    return listen(app.listen(0, '127.0.0.1'), logs)
  },

  'Koa, error-catching middleware with the ID': async () => {
    const logs = captureLogs()
    const app = new Koa()
    app.use(async (ctx, next) => {
      ctx.set(securityHeaders)
      const id = randomUUID()
      ctx.set('X-Request-Id', id)
      try {
        await next()
      } catch (error) {
        console.error(`[${id}]`, error)
        ctx.status = 500
        ctx.body = { error: 'Internal Server Error', requestId: id }
      }
    })
    app.use((ctx) => {
      if (ctx.path === '/boom') throw new Error(boomMessage)
      ctx.body = 'ok'
    })
    return listen(app.listen(0, '127.0.0.1'), logs)
  },
}
