import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { frameworkSuite } from './support/framework-suite.ts'
import { stackLeaks } from './support/leaks.ts'
import { leakyError } from './support/leaky-error.ts'
import { listen } from './support/listen.ts'
import { safeErrorResponse } from './support/safe-error-response.ts'

frameworkSuite({
  framework: 'node:http',
  mode: 'default',
  kind: 'html',
  naive: {
    // A hand-written catch that prints err.stack as text/plain (no charset) or JSON.
    '/naive/throw': [...stackLeaks, 'header', 'request-id'],
    '/naive/json': [...stackLeaks, 'header', 'request-id'],
  },
  safe: ['/safe'],
  async start(logs) {
    const naive = createServer((req, res) => {
      try {
        throw leakyError()
      } catch (error) {
        const err = error as Error
        if (req.url === '/naive/json') {
          res.writeHead(500, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ error: err.message, stack: err.stack }))
        } else {
          res.writeHead(500, { 'Content-Type': 'text/plain' })
          res.end(err.stack)
        }
      }
    })

    const safe = createServer((_req, res) => {
      const requestId = randomUUID()
      try {
        throw leakyError()
      } catch (error) {
        logs.push({ requestId, message: (error as Error).message })
        const { status, headers, body } = safeErrorResponse('html', requestId)
        res.writeHead(status, headers)
        res.end(body)
      }
    })
    return { naive: await listen(naive), safe: await listen(safe) }
  },
})
