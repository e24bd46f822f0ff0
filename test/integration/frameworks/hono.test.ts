import type { Server } from 'node:http'
import { createAdaptorServer } from '@hono/node-server'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { requestId, type RequestIdVariables } from 'hono/request-id'
import type { Category } from 'safe500'
import { frameworkSuite } from './support/framework-suite.ts'
import { messageLeaks, stackLeaks } from './support/leaks.ts'
import { leakyError, leakyMessage } from './support/leaky-error.ts'
import { listen } from './support/listen.ts'
import { safeErrorResponse } from './support/safe-error-response.ts'

/** Hono defaults: text/plain "Internal Server Error", no Cache-Control: no-store, no nosniff, no request ID. */
const defaults: Category[] = ['header', 'request-id']

frameworkSuite({
  framework: 'Hono 4 (node-server)',
  mode: 'default',
  kind: 'problem',
  naive: {
    // The default handler ignores expose and err.headers; an HTTPException answers with its message.
    '/naive/throw': defaults,
    '/naive/expose': defaults,
    '/naive/http-exception': [...messageLeaks, ...defaults],
    '/naive/json': [...stackLeaks, ...defaults],
  },
  async start(logs) {
    const naive = new Hono()
    naive.get('/naive/throw', () => {
      throw leakyError()
    })
    naive.get('/naive/expose', () => {
      throw leakyError({ exposed: true })
    })
    naive.get('/naive/http-exception', () => {
      throw new HTTPException(500, { message: leakyMessage })
    })
    naive.get('/naive/json', (c) => {
      const err = leakyError()
      return c.json({ error: err.message, stack: err.stack }, 500)
    })

    const safe = new Hono<{ Variables: RequestIdVariables }>()
    safe.use(requestId())
    safe.get('/safe', () => {
      throw leakyError()
    })
    safe.get('/safe/expose', () => {
      throw leakyError({ exposed: true })
    })
    safe.onError((err, c) => {
      const id = c.get('requestId')
      logs.push({ requestId: id, message: err.message })
      const { status, headers, body } = safeErrorResponse('problem', id)
      return c.body(body, status, headers)
    })
    return {
      naive: await listen(createAdaptorServer({ fetch: naive.fetch }) as Server),
      safe: await listen(createAdaptorServer({ fetch: safe.fetch }) as Server),
    }
  },
})
