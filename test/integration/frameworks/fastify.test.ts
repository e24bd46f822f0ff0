import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Category } from 'safe500'
import { frameworkSuite } from './support/framework-suite.ts'
import { messageLeaks, stackLeaks } from './support/leaks.ts'
import { leakyError } from './support/leaky-error.ts'
import type { Listening } from './support/listen.ts'
import { safeErrorResponse } from './support/safe-error-response.ts'

/** Fastify defaults: no Cache-Control: no-store, no nosniff, no request ID. */
const defaults: Category[] = ['header', 'request-id']

async function start(app: FastifyInstance): Promise<Listening> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  return { url: (path) => `${address}${path}`, close: () => app.close() }
}

frameworkSuite({
  framework: 'Fastify 5',
  mode: 'default',
  kind: 'problem',
  naive: {
    // The default error handler sends err.message, in every NODE_ENV, and copies err.headers.
    '/naive/throw': [...messageLeaks, ...defaults],
    '/naive/expose': [...messageLeaks, ...defaults],
    '/naive/json': [...stackLeaks, ...defaults],
  },
  async start(logs) {
    const naive = Fastify()
    naive.get('/naive/throw', () => {
      throw leakyError()
    })
    naive.get('/naive/expose', () => {
      throw leakyError({ exposed: true })
    })
    naive.get('/naive/json', (_req, reply) => {
      const err = leakyError()
      return reply.code(500).send({ error: err.message, stack: err.stack })
    })

    const safe = Fastify({ genReqId: () => randomUUID() })
    safe.addHook('onRequest', async (req, reply) => {
      reply.header('x-request-id', req.id)
    })
    safe.get('/safe', () => {
      throw leakyError()
    })
    safe.get('/safe/expose', () => {
      throw leakyError({ exposed: true })
    })
    safe.setErrorHandler((err: Error, req, reply) => {
      logs.push({ requestId: req.id, message: err.message })
      const { status, headers, body } = safeErrorResponse('problem', req.id)
      return reply.code(status).headers(headers).send(body)
    })
    return { naive: await start(naive), safe: await start(safe) }
  },
})
