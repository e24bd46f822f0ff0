import { randomUUID } from 'node:crypto'
import type { ErrorRequestHandler, Express } from 'express'
import { leakyError } from '../support/leaky-error.ts'
import type { LoggedError } from '../support/logged-error.ts'
import { safeErrorResponse, type SafeErrorKind } from '../support/safe-error-response.ts'

/** The two Express apps under test: one left to the framework's defaults, one written with care. */
export interface ExpressApps {
  readonly naive: Express
  readonly safe: Express
}

/**
 * Builds both apps with the given `express` (5, or 4 through the `express4` alias). The naive app
 * throws to finalhandler and answers `res.status(500).json({ error, stack })`; the safe app drops
 * X-Powered-By, tags each request with a UUID and replaces the error handler.
 *
 * @example
 * ```ts
 * const { naive, safe } = withNodeEnv('production', () => expressApps(express, 'json', logs))
 * ```
 */
export function expressApps(
  express: () => Express,
  kind: SafeErrorKind,
  logs: LoggedError[],
): ExpressApps {
  const naive = express()
  naive.get('/naive/throw', () => {
    throw leakyError()
  })
  naive.get('/naive/expose', () => {
    throw leakyError({ exposed: true })
  })
  naive.get('/naive/json', (_req, res) => {
    const err = leakyError()
    res.status(500).json({ error: err.message, stack: err.stack })
  })

  const safe = express()
  safe.disable('x-powered-by')
  safe.use((_req, res, next) => {
    const requestId = randomUUID()
    res.locals.requestId = requestId
    res.setHeader('x-request-id', requestId)
    next()
  })
  safe.get('/safe', () => {
    throw leakyError()
  })
  safe.get('/safe/expose', () => {
    throw leakyError({ exposed: true })
  })
  const onError: ErrorRequestHandler = (err: Error, _req, res, _next) => {
    const requestId = String(res.locals.requestId)
    logs.push({ requestId, message: err.message })
    const { status, headers, body } = safeErrorResponse(kind, requestId)
    res.status(status).set(headers).send(body)
  }
  safe.use(onError)
  return { naive, safe }
}
