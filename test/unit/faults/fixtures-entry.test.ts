import { readFileSync } from 'node:fs'
import { expect, test, vi } from 'vitest'

test('safe500/fixtures exports the extended test and startApp, each documented with an example', async () => {
  const entry = (await import('safe500/fixtures')) as Record<string, unknown>
  expect(Object.keys(entry).sort()).toEqual(['startApp', 'test'])
  for (const [name, file] of [
    ['test', 'test.ts'],
    ['startApp', 'start-app.ts'],
  ] as const) {
    const source = readFileSync(
      new URL(`../../../fixtures/vitest/${file}`, import.meta.url),
      'utf8',
    )
    const at = source.search(new RegExp(`export (async )?(function|const) ${name}\\b`))
    expect(source.slice(source.lastIndexOf('/**', at), at), name).toContain('@example')
  }
})

test('startApp refuses what it cannot start, saying what it can', async () => {
  const { startApp } = await import('safe500/fixtures')
  const { Safe500Error } = await import('safe500')
  const can =
    'which it cannot start: pass a node:http listener or Express app, an http.Server, a Koa app, a Fastify instance or a Hono app.'
  await expect(startApp({} as never)).rejects.toThrow(
    `[safe500] startApp() received an object, ${can}`,
  )
  // Values that are no object at all: a number, a missing import, a string.
  for (const [value, what] of [
    [42, 'a number'],
    [undefined, 'undefined'],
    [null, 'null'],
    ['http://127.0.0.1:3000', 'a string'],
  ] as const) {
    const failure = startApp(value as never)
    await expect(failure).rejects.toBeInstanceOf(Safe500Error)
    await expect(failure).rejects.toThrow(`[safe500] startApp() received ${what}, ${can}`)
  }
  // An async factory called without await.
  const pending = Promise.resolve({ fetch: () => new Response('ok') })
  await expect(startApp(pending as never)).rejects.toThrow(
    '[safe500] startApp() received a promise, which it cannot start: await it first (an async createApp() called without await?), then pass',
  )
})

test('a fetch handler that throws: the stand-in 500 is logged as such, with the error', async () => {
  const { startApp } = await import('safe500/fixtures')
  const logged: unknown[][] = []
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args)
  })
  const app = await startApp({
    fetch: () => Promise.reject(new Error('payments answered 500: upstream stack')),
  })
  try {
    const res = await fetch(`${app.url}/api/checkout`, { method: 'POST' })
    expect(res.status).toBe(500)
    expect(await res.text()).toBe('Internal Server Error')
    expect(String(logged[0]?.[0])).toContain(
      "[safe500] The app's fetch handler threw instead of answering POST /api/checkout; startApp answered 500",
    )
    expect((logged[0]?.[1] as Error).message).toBe('payments answered 500: upstream stack')
  } finally {
    spy.mockRestore()
    await app.close()
  }
})

test('a body that fails after the status was sent: the connection is cut, and that is logged', async () => {
  const { startApp } = await import('safe500/fixtures')
  const logged: unknown[][] = []
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args)
  })
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"items":[1,2,3'))
      setTimeout(() => controller.error(new Error('db cursor closed')), 20)
    },
  })
  const app = await startApp({
    fetch: () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  })
  try {
    const res = await fetch(`${app.url}/items`)
    expect(res.status).toBe(200)
    await expect(res.text()).rejects.toThrow()
    expect(String(logged[0]?.[0])).toContain(
      "[safe500] The body of the app's 200 answer to GET /items failed mid-stream; startApp cut the connection",
    )
  } finally {
    spy.mockRestore()
    await app.close()
  }
})
