import 'reflect-metadata'
import { randomUUID } from 'node:crypto'
import {
  Catch,
  Controller,
  Get,
  InternalServerErrorException,
  Module,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import type { NestExpressApplication } from '@nestjs/platform-express'
import type { NextFunction, Request, Response } from 'express'
import { leakyError, leakyMessage } from '../support/leaky-error.ts'
import type { Listening } from '../support/listen.ts'
import type { LoggedError } from '../support/logged-error.ts'
import { safeErrorResponse } from '../support/safe-error-response.ts'

// Nest's decorators are legacy (experimentalDecorators) decorators; the project compiles standard
// decorators, so they are applied here as the plain functions they are.

/** Applies `@Get(path)` to `target.prototype[method]`. */
function get(target: { prototype: object }, method: string, path: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(target.prototype, method)
  if (!descriptor) throw new Error(`no method ${method}`)
  Get(path)(target.prototype, method, descriptor)
}

class NaiveController {
  throw(): never {
    throw leakyError()
  }
  expose(): never {
    throw leakyError({ exposed: true })
  }
  httpException(): never {
    throw new InternalServerErrorException(leakyMessage)
  }
  json(): never {
    const err = leakyError()
    throw new InternalServerErrorException({ error: err.message, stack: err.stack })
  }
}
Controller('naive')(NaiveController)
get(NaiveController, 'throw', 'throw')
get(NaiveController, 'expose', 'expose')
get(NaiveController, 'httpException', 'http-exception')
get(NaiveController, 'json', 'json')

class NaiveModule {}
Module({ controllers: [NaiveController] })(NaiveModule)

class SafeController {
  safe(): never {
    throw leakyError()
  }
  expose(): never {
    throw leakyError({ exposed: true })
  }
}
Controller('safe')(SafeController)
get(SafeController, 'safe', '/')
get(SafeController, 'expose', 'expose')

class SafeModule {}
Module({ controllers: [SafeController] })(SafeModule)

/** Replaces Nest's exception filter: logs the error with the request ID, answers generically. */
class SafeFilter implements ExceptionFilter {
  readonly logs: LoggedError[]
  constructor(logs: LoggedError[]) {
    this.logs = logs
  }
  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>()
    const requestId = String(res.locals.requestId)
    this.logs.push({ requestId, message: (exception as Error).message })
    const { status, headers, body } = safeErrorResponse('json', requestId)
    res.status(status).set(headers).send(body)
  }
}
Catch()(SafeFilter)

async function start(app: NestExpressApplication): Promise<Listening> {
  await app.listen(0, '127.0.0.1')
  const url = await app.getUrl()
  return { url: (path) => `${url.replace('[::1]', '127.0.0.1')}${path}`, close: () => app.close() }
}

/**
 * Starts the two Nest apps (Express platform): the naive one with Nest's default exception filter,
 * the safe one with a global filter, a request-ID middleware and no X-Powered-By.
 *
 * @example
 * ```ts
 * const { naive, safe } = await startNestApps(logs)
 * await fetch(naive.url('/naive/http-exception'))
 * ```
 */
export async function startNestApps(
  logs: LoggedError[],
): Promise<{ naive: Listening; safe: Listening }> {
  const naive = await NestFactory.create<NestExpressApplication>(NaiveModule, { logger: false })
  const safe = await NestFactory.create<NestExpressApplication>(SafeModule, { logger: false })
  safe.disable('x-powered-by')
  safe.use((_req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID()
    res.locals.requestId = requestId
    res.setHeader('x-request-id', requestId)
    next()
  })
  safe.useGlobalFilters(new SafeFilter(logs))
  return { naive: await start(naive), safe: await start(safe) }
}
