import { Readable } from 'node:stream'
import { capture, Safe500Error } from 'safe500'
import { expect, test, vi } from 'vitest'

const MiB = 1024 * 1024
const chunkSize = 64 * 1024

/** A node stream of `total` bytes made on demand, counting what was pulled from it. */
function nodeSource(total: number) {
  const state = { produced: 0 }
  const stream = new Readable({
    read() {
      if (state.produced >= total) return void this.push(null)
      state.produced += chunkSize
      this.push(Buffer.alloc(chunkSize, 0x61))
    },
  })
  return { stream, state }
}

/** A web stream of `total` bytes made on demand, counting what was pulled and whether it was cancelled. */
function webSource(total: number) {
  const state = { produced: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.produced >= total) return controller.close()
        state.produced += chunkSize
        controller.enqueue(new Uint8Array(chunkSize).fill(0x61))
      },
      cancel() {
        state.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, state }
}

/** A web stream that sends a few bytes and never ends. */
function endlessWeb() {
  const state = { cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('Inter'))
    },
    cancel() {
      state.cancelled = true
    },
  })
  return { stream, state }
}

async function captureError(input: unknown, options?: { maxBytes?: number; timeout?: number }) {
  const error = await capture(input, options).then(
    () => new Error('capture() resolved'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(Safe500Error)
  return error as Safe500Error
}

test('a 50 MB node stream is read up to maxBytes, and the rest is never pulled', async () => {
  const { stream, state } = nodeSource(50 * MiB)
  const snapshot = await capture({ status: 500, body: stream }, { maxBytes: MiB })
  expect(snapshot.truncated).toBe(true)
  expect(snapshot.body.byteLength).toBe(MiB)
  expect(state.produced).toBeLessThan(4 * MiB)
  expect(stream.destroyed).toBe(true)
})

test('a 50 MB Response body is read up to maxBytes through a clone, and the source stops', async () => {
  const { stream, state } = webSource(50 * MiB)
  const res = new Response(stream, { status: 500 })
  const snapshot = await capture(res, { maxBytes: MiB })
  expect(snapshot.truncated).toBe(true)
  expect(snapshot.body.byteLength).toBe(MiB)
  expect(snapshot.wireLength).toBeUndefined() // only the start was read
  expect(state.produced).toBeLessThan(4 * MiB)
  expect(res.bodyUsed).toBe(false) // the caller's body is still there
})

test('a 50 MB web stream body is cancelled after maxBytes', async () => {
  const { stream, state } = webSource(50 * MiB)
  const snapshot = await capture({ status: 500, body: stream }, { maxBytes: MiB })
  expect(snapshot.truncated).toBe(true)
  expect(state.produced).toBeLessThan(4 * MiB)
  expect(state.cancelled).toBe(true)
})

test('a body of exactly maxBytes is not truncated', async () => {
  const { stream } = nodeSource(MiB)
  const snapshot = await capture({ status: 500, body: stream }, { maxBytes: MiB })
  expect(snapshot.truncated).toBe(false)
  expect(snapshot.body.byteLength).toBe(MiB)
})

test('a string body longer than maxBytes is cut at maxBytes', async () => {
  const snapshot = await capture({ status: 500, body: 'x'.repeat(100) }, { maxBytes: 10 })
  expect(snapshot).toMatchObject({ truncated: true, text: 'x'.repeat(10) })
  expect(snapshot.wireLength).toBeUndefined()
})

test('a Response body that never ends fails with ERR_BODY_TIMEOUT', async () => {
  const { stream } = endlessWeb()
  const error = await captureError(new Response(stream, { status: 500 }), { timeout: 200 })
  expect(error.code).toBe('ERR_BODY_TIMEOUT')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] The body of the response did not end within 200 ms (5 bytes read). If the server streams on purpose, raise the timeout ({ timeout: 30_000 }); otherwise the app never finished its response."`,
  )
})

test("a body that never ends is reported while the test's clock is faked", async () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'setInterval', 'Date'],
  })
  try {
    const { stream } = endlessWeb()
    const error = await captureError(new Response(stream, { status: 500 }), { timeout: 200 })
    expect(error.code).toBe('ERR_BODY_TIMEOUT')
  } finally {
    vi.useRealTimers()
  }
})

test('a web stream that never ends is cancelled after the timeout', async () => {
  const { stream, state } = endlessWeb()
  const error = await captureError({ status: 500, body: stream }, { timeout: 200 })
  expect(error.code).toBe('ERR_BODY_TIMEOUT')
  expect(state.cancelled).toBe(true)
})

test('a node stream that never ends is destroyed after the timeout', async () => {
  const stream = new Readable({ read() {} })
  stream.push('Inter')
  const error = await captureError({ status: 500, body: stream }, { timeout: 200 })
  expect(error.code).toBe('ERR_BODY_TIMEOUT')
  expect(stream.destroyed).toBe(true)
})

test('a stream that errors mid-body fails with ERR_BODY_READ', async () => {
  const stream = new Readable({ read() {} })
  stream.push('Inter')
  setImmediate(() =>
    stream.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
  )
  const error = await captureError({ status: 500, body: stream })
  expect(error.code).toBe('ERR_BODY_READ')
  expect(error.message).toMatchInlineSnapshot(
    `"[safe500] Cannot read the body of the response: Error ECONNRESET: socket hang up. The connection failed or the stream errored before the body ended. If it is the app's response, make the app finish it: an error thrown after the status was sent, or a Content-Length longer than the body, cuts a body short."`,
  )
})

test.each([
  [{ maxBytes: 0 }, 'maxBytes'],
  [{ maxBytes: -1 }, 'maxBytes'],
  [{ timeout: Number.NaN }, 'timeout'],
  [{ timeout: Infinity }, 'timeout'],
])('a bad option %o fails with ERR_BAD_OPTION', async (options, name) => {
  const error = await captureError({ status: 500 }, options)
  expect(error.code).toBe('ERR_BAD_OPTION')
  expect(error.message).toContain(name)
})

test('a timeout past what setTimeout can hold waits as long as it can, not a millisecond', async () => {
  const later = new Promise((resolve) => {
    setTimeout(() => resolve({ status: 500, headers: {}, body: 'Internal Server Error' }), 30)
  })
  const snapshot = await capture(later, { timeout: 3_000_000_000 })
  expect(snapshot.text).toBe('Internal Server Error')
})
