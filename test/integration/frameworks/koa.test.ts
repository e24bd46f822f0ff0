import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import Koa from 'koa'
import type { Category } from 'safe500'
import { frameworkSuite } from './support/framework-suite.ts'
import { messageLeaks, stackLeaks } from './support/leaks.ts'
import { leakyError } from './support/leaky-error.ts'
import { listen } from './support/listen.ts'
import { safeErrorResponse } from './support/safe-error-response.ts'

/** Koa defaults: text/plain status text, no Cache-Control: no-store, no nosniff, no request ID. */
const defaults: Category[] = ['header', 'request-id']

function serve(app: Koa): Server {
  const handle = app.callback()
  return createServer((req, res) => {
    void handle(req, res)
  })
}

frameworkSuite({
  framework: 'Koa 3',
  mode: 'default',
  kind: 'json',
  naive: {
    // ctx.onerror hides the message of a 5xx unless err.expose, and applies err.headers.
    '/naive/throw': defaults,
    '/naive/expose': [...messageLeaks, ...defaults],
    '/naive/json': [...stackLeaks, ...defaults],
  },
  async start(logs) {
    const naive = new Koa()
    naive.silent = true
    naive.use((ctx) => {
      if (ctx.path === '/naive/throw') throw leakyError()
      if (ctx.path === '/naive/expose') throw leakyError({ exposed: true })
      if (ctx.path === '/naive/json') {
        const err = leakyError()
        ctx.status = 500
        ctx.body = { error: err.message, stack: err.stack }
      }
    })

    const safe = new Koa()
    safe.use(async (ctx, next) => {
      const requestId = randomUUID()
      ctx.set('x-request-id', requestId)
      try {
        await next()
      } catch (err) {
        logs.push({ requestId, message: (err as Error).message })
        const { status, headers, body } = safeErrorResponse('json', requestId)
        ctx.status = status
        ctx.set(headers)
        ctx.body = body
      }
    })
    safe.use((ctx) => {
      if (ctx.path === '/safe') throw leakyError()
      if (ctx.path === '/safe/expose') throw leakyError({ exposed: true })
    })
    return { naive: await listen(serve(naive)), safe: await listen(serve(safe)) }
  },
})
