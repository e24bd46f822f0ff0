import { createServer } from 'node:http'
import { expect, test } from 'vitest'

test('a failing checkout answers a safe 500', async () => {
  const app = createServer((_req, res) => {
    const id = crypto.randomUUID()
    res.writeHead(500, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': id,
    })
    res.end(JSON.stringify({ error: 'Internal Server Error', requestId: id }))
  })
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  const { port } = app.address() as { port: number }
  await expect(await fetch(`http://127.0.0.1:${port}/checkout`)).toBeSafe500()
  app.close()
})
