import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import express from 'express'
import Fastify from 'fastify'
import { capture, type Snapshot } from 'safe500'
import { afterAll, beforeAll, expect, test } from 'vitest'

/** Four causes of failure, as a route each: a database down, a bug, an upstream timeout, a thrown string. */
const causes: Readonly<Record<string, () => never>> = {
  '/db': () => {
    throw Object.assign(new Error('connect ECONNREFUSED 10.0.3.7:5432'), { code: 'ECONNREFUSED' })
  },
  '/bug': () => {
    const order = undefined as unknown as { total: number }
    return order.total as never
  },
  '/upstream': () => {
    throw Object.assign(new Error('The operation was aborted due to timeout'), {
      name: 'TimeoutError',
    })
  },
  '/string': () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- what careless code throws
    throw 'payments said no'
  },
}

let expressUrl = ''
let closeExpress = () => {}
const fastify = Fastify()

beforeAll(async () => {
  const app = express()
  app.use((_req, res, next) => {
    const id = randomUUID()
    res.locals['id'] = id
    res.set('X-Request-Id', id)
    next()
  })
  for (const [path, fail] of Object.entries(causes)) app.get(path, fail)
  app.use((_error: unknown, _req: express.Request, res: express.Response, _next: unknown) => {
    res.status(500).json({
      error: 'Internal Server Error',
      requestId: res.locals['id'] as string,
      time: new Date().toISOString(),
    })
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  expressUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  closeExpress = () => server.close()

  for (const [path, fail] of Object.entries(causes)) fastify.get(path, () => fail())
  await fastify.listen({ port: 0, host: '127.0.0.1' })
})

afterAll(async () => {
  closeExpress()
  await fastify.close()
})

const all = (base: string): Promise<Snapshot[]> =>
  Promise.all(Object.keys(causes).map(async (path) => capture(await fetch(`${base}${path}`))))

test('an Express error handler that ignores the error answers every cause the same', async () => {
  const snapshots = await all(expressUrl)
  expect(new Set(snapshots.map((s) => s.text)).size).toBe(4)
  expect(snapshots).toBeUniform()
})

test("Fastify's default error handler tells the causes apart (it sends err.message)", async () => {
  const snapshots = await all(`http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`)
  expect(snapshots).not.toBeUniform()
  let message = ''
  try {
    expect(snapshots).toBeUniform()
  } catch (error) {
    message = String((error as Error).message).replace(/\x1b\[\d{1,3}m/g, '')
  }
  expect(message).toContain('response 1 differs from response 0 in its body')
  expect(message).toContain('ECONNREFUSED')
})
