import { randomUUID } from 'node:crypto'
import Hapi from '@hapi/hapi'
import type { Category } from 'safe500'
import { frameworkSuite } from './support/framework-suite.ts'
import { stackLeaks } from './support/leaks.ts'
import { leakyError } from './support/leaky-error.ts'
import type { Listening } from './support/listen.ts'
import { safeErrorResponse } from './support/safe-error-response.ts'

/** Hapi defaults: Cache-Control: no-cache (not no-store), no nosniff, no request ID. */
const defaults: Category[] = ['header', 'request-id']

function isResponseObject(response: object): response is Hapi.ResponseObject {
  return !('isBoom' in response && response.isBoom === true)
}

async function start(server: Hapi.Server): Promise<Listening> {
  await server.start()
  return { url: (path) => `${server.info.uri}${path}`, close: () => server.stop() }
}

frameworkSuite({
  framework: 'Hapi 21',
  mode: 'default',
  kind: 'problem',
  naive: {
    // Boom replaces the message of a 500 and ignores expose and err.headers.
    '/naive/throw': defaults,
    '/naive/expose': defaults,
    '/naive/json': [...stackLeaks, ...defaults],
  },
  async start(logs) {
    const naive = Hapi.server({ port: 0, host: '127.0.0.1', debug: false })
    naive.route([
      {
        method: 'GET',
        path: '/naive/throw',
        handler: () => {
          throw leakyError()
        },
      },
      {
        method: 'GET',
        path: '/naive/expose',
        handler: () => {
          throw leakyError({ exposed: true })
        },
      },
      {
        method: 'GET',
        path: '/naive/json',
        handler: (_req, h) => {
          const err = leakyError()
          return h.response({ error: err.message, stack: err.stack }).code(500)
        },
      },
    ])

    const safe = Hapi.server({ port: 0, host: '127.0.0.1', debug: false })
    safe.ext('onRequest', (req, h) => {
      req.app = { requestId: randomUUID() }
      return h.continue
    })
    safe.route([
      {
        method: 'GET',
        path: '/safe',
        handler: () => {
          throw leakyError()
        },
      },
      {
        method: 'GET',
        path: '/safe/expose',
        handler: () => {
          throw leakyError({ exposed: true })
        },
      },
    ])
    safe.ext('onPreResponse', (req, h) => {
      const { response } = req
      const requestId = (req.app as { requestId: string }).requestId
      if (isResponseObject(response)) {
        response.header('x-request-id', requestId)
        return h.continue
      }
      if (response.output.statusCode < 500) return h.continue
      logs.push({ requestId, message: response.message })
      const { status, headers, body } = safeErrorResponse('problem', requestId)
      const reply = h.response(body).code(status)
      for (const [name, value] of Object.entries(headers)) reply.header(name, value)
      return reply
    })
    return { naive: await start(naive), safe: await start(safe) }
  },
})
