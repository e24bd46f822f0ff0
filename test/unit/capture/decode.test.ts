import type { IncomingMessage, ServerResponse } from 'node:http'
import * as zlib from 'node:zlib'
import { inject } from 'light-my-request'
import { capture, Safe500Error } from 'safe500'
import { describe, expect, test } from 'vitest'

const json = '{"error":"Internal Server Error","requestId":"4bf92f35"}'
const utf8 = (text: string) => Buffer.from(text, 'utf8')
/** Bytes as hex, to compare a Buffer with a Uint8Array. */
const hex = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')

/** What a node app sends: the bytes exactly as given, under the given headers (light-my-request keeps them as sent). */
function sent(body: Uint8Array, headers: Record<string, string>) {
  return inject(
    (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(500, headers)
      res.end(body)
    },
    { method: 'GET', url: '/boom' },
  )
}

/** An error thrown by `capture()`, or a failure when it resolves. */
async function captureError(input: unknown, options?: { maxBytes?: number; timeout?: number }) {
  const error = await capture(input, options).then(
    () => new Error('capture() resolved'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(Safe500Error)
  return error as Safe500Error
}

describe('Content-Encoding', () => {
  test.each([
    ['gzip', zlib.gzipSync(utf8(json))],
    ['x-gzip', zlib.gzipSync(utf8(json))],
    ['deflate', zlib.deflateSync(utf8(json))],
    ['br', zlib.brotliCompressSync(utf8(json))],
    ['zstd', zlib.zstdCompressSync(utf8(json))],
    ['identity', utf8(json)],
    ['GZIP', zlib.gzipSync(utf8(json))],
  ])('undoes %s', async (encoding, body) => {
    const snapshot = await capture(sent(body, { 'content-encoding': encoding }))
    expect(snapshot.text).toBe(json)
    expect(hex(snapshot.body)).toBe(hex(utf8(json)))
    expect(snapshot.wireLength).toBe(body.byteLength)
    expect(snapshot.headers['content-encoding']).toBe(encoding)
  })

  test('undoes raw deflate sent as deflate (a common server bug)', async () => {
    const body = zlib.deflateRawSync(utf8(json))
    expect((await capture(sent(body, { 'content-encoding': 'deflate' }))).text).toBe(json)
  })

  test('undoes several encodings, the last applied first', async () => {
    const body = zlib.brotliCompressSync(zlib.gzipSync(utf8(json)))
    const snapshot = await capture(sent(body, { 'content-encoding': 'gzip, br' }))
    expect(snapshot.text).toBe(json)
    expect(snapshot.wireLength).toBe(body.byteLength)
  })

  test('keeps a body whose encoding node:zlib does not know', async () => {
    const snapshot = await capture(sent(utf8('LZW bytes'), { 'content-encoding': 'compress' }))
    expect(snapshot.text).toBe('LZW bytes')
  })

  test('an empty body with Content-Encoding is empty', async () => {
    const snapshot = await capture(sent(new Uint8Array(0), { 'content-encoding': 'gzip' }))
    expect(snapshot.text).toBe('')
    expect(snapshot.wireLength).toBe(0)
  })

  test('a gzip body cut short gives the text it holds, without an error, marked truncated', async () => {
    const text = Array.from({ length: 400 }, (_, i) => `line ${i}: upstream failed`).join('\n')
    const whole = zlib.gzipSync(utf8(text))
    const cut = whole.subarray(0, whole.byteLength / 2)
    const snapshot = await capture(sent(cut, { 'content-encoding': 'gzip' }))
    expect(snapshot.text.length).toBeGreaterThan(100)
    expect(snapshot.text.length).toBeLessThan(text.length)
    expect(text.startsWith(snapshot.text)).toBe(true)
    // Cut by the server, not by maxBytes: still only the start of the body, and the snapshot says so.
    expect(snapshot.truncated).toBe(true)
  })

  test('a corrupt gzip body fails with ERR_BAD_ENCODING and how to fix it', async () => {
    const gz = zlib.gzipSync(utf8(json))
    const corrupt = Buffer.concat([gz.subarray(0, 10), Buffer.alloc(40, 0xff)])
    const error = await captureError(sent(corrupt, { 'content-encoding': 'gzip' }))
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toMatchInlineSnapshot(
      `"[safe500] The body says Content-Encoding: gzip but does not decode as gzip (Error Z_DATA_ERROR: invalid block type). The server sent a wrong Content-Encoding header, or a corrupt or cut-short body: send Content-Encoding only with a body compressed that way, and the whole of it (fix the header or the compression in the app). Or pass { status, headers, body } with the decoded body."`,
    )
  })

  test('plain text sent as gzip fails with ERR_BAD_ENCODING', async () => {
    const error = await captureError(sent(utf8(json), { 'content-encoding': 'gzip' }))
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain('Content-Encoding: gzip')
  })

  test.each([
    [
      'br',
      (b: Buffer) =>
        zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }),
    ],
    ['gzip', (b: Buffer) => zlib.gzipSync(b, { level: 1 })],
    ['zstd', (b: Buffer) => zlib.zstdCompressSync(b)],
  ])('a %s bomb decodes to maxBytes and no more', async (encoding, compress) => {
    const bomb = compress(Buffer.alloc(16 * 1024 * 1024))
    expect(bomb.byteLength).toBeLessThan(128 * 1024)
    const snapshot = await capture(sent(bomb, { 'content-encoding': encoding }), {
      maxBytes: 1024 * 1024,
    })
    expect(snapshot.truncated).toBe(true)
    expect(snapshot.body.byteLength).toBe(1024 * 1024)
  })
})

describe('a body the client could not decode', () => {
  /** zlib's own error for `bytes` that are not `encoding`. */
  function zlibError(decode: (bytes: Buffer) => unknown, bytes = utf8(json)): Error {
    try {
      decode(bytes)
    } catch (error) {
      return error as Error
    }
    throw new Error('decoded')
  }

  /** A Response whose body fails the way fetch's does: a TypeError with the cause below it. */
  function failingResponse(cause: Error, headers: Record<string, string>) {
    const stream = new ReadableStream({
      start: (controller) => controller.error(new TypeError('terminated', { cause })),
    })
    return new Response(stream, { status: 500, headers })
  }

  test.each([
    ['gzip', 'Z_DATA_ERROR: incorrect header check', zlibError(zlib.gunzipSync)],
    [
      'gzip',
      'Z_BUF_ERROR: unexpected end of file',
      zlibError(zlib.gunzipSync, zlib.gzipSync(json).subarray(0, 20)),
    ],
    ['br', 'Decompression failed', zlibError(zlib.brotliDecompressSync)],
    ['zstd', 'Unknown frame descriptor', zlibError(zlib.zstdDecompressSync)],
  ])('fetch failing on %s (%s) is ERR_BAD_ENCODING', async (encoding, what, cause) => {
    const error = await captureError(failingResponse(cause, { 'content-encoding': encoding }))
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain(
      `The body says Content-Encoding: ${encoding} but fetch could not decode it`,
    )
    expect(error.message).toContain(what)
    expect(error.message).toContain('send Content-Encoding only with a body compressed that way')
    expect(error.message).toContain('undici request() or http.get()')
    // A copy with its secrets masked: the same kind of error, message and code.
    expect(error.cause).toBeInstanceOf(Error)
    expect(error.cause).toMatchObject({
      message: cause.message,
      code: (cause as NodeJS.ErrnoException).code,
    })
  })

  test('a stream that fails for another reason is still ERR_BODY_READ', async () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
    const error = await captureError(failingResponse(reset, { 'content-encoding': 'gzip' }))
    expect(error.code).toBe('ERR_BODY_READ')
  })

  test("a client's bare zlib error, headers unknown, still says what failed", async () => {
    // What superagent rejects with once awaited: zlib's error, `response` null.
    const error = await captureError(Object.assign(zlibError(zlib.gunzipSync), { response: null }))
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain(
      'The body is sent with a Content-Encoding but the HTTP client could not decode it (Error Z_DATA_ERROR: incorrect header check)',
    )
    expect(error.message).toContain(
      'a client that does not decompress (undici request(), http.get())',
    )
  })
})

describe('bytes a client already decoded are not decoded twice', () => {
  test('a Response whose header says gzip but whose body is plain (what fetch gives)', async () => {
    const res = new Response(json, { status: 500, headers: { 'content-encoding': 'gzip' } })
    const snapshot = await capture(res)
    expect(snapshot.text).toBe(json)
    expect(snapshot.wireLength).toBeUndefined() // fetch decoded: the wire length is unknown
  })

  test.each(['br', 'deflate', 'zstd'])('a Response with plain text under %s', async (encoding) => {
    const res = new Response(json, { status: 500, headers: { 'content-encoding': encoding } })
    expect((await capture(res)).text).toBe(json)
  })

  test.each([
    ['gzip', zlib.gzipSync(utf8(json))],
    ['br', zlib.brotliCompressSync(utf8(json))],
    ['deflate', zlib.deflateRawSync(utf8(json))],
    ['zstd', zlib.zstdCompressSync(utf8(json))],
  ])('a hand-made Response that holds %s bytes is decoded', async (encoding, body) => {
    const res = new Response(body, { status: 500, headers: { 'content-encoding': encoding } })
    const snapshot = await capture(res)
    expect(snapshot.text).toBe(json)
    expect(snapshot.wireLength).toBe(body.byteLength)
  })

  test('a plain object with corrupt gzip bytes keeps them (it may have been decoded)', async () => {
    const corrupt = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), Buffer.alloc(20, 0xff)])
    const snapshot = await capture({
      status: 500,
      headers: { 'content-encoding': 'gzip' },
      body: corrupt,
    })
    expect(hex(snapshot.body)).toBe(hex(corrupt))
  })
})

describe('charset', () => {
  test.each([
    ['iso-8859-1', [0x63, 0x61, 0x66, 0xe9], 'café'],
    ['latin1', [0x63, 0x61, 0x66, 0xe9], 'café'],
    ['windows-1252', [0x80, 0x20, 0x35], '€ 5'],
    ['"utf-8"', [0xc3, 0xa9], 'é'],
    ['utf-16le', [0x41, 0x00, 0x42, 0x00], 'AB'],
    ['x-made-up', [0xc3, 0xa9], 'é'],
  ])('text/plain; charset=%s', async (charset, bytes, text) => {
    const snapshot = await capture(
      sent(new Uint8Array(bytes), { 'content-type': `text/plain; charset=${charset}` }),
    )
    expect(snapshot.text).toBe(text)
  })

  test.each([
    ['UTF-16 LE', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]],
    ['UTF-16 BE', [0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]],
    ['UTF-8', [0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]],
  ])('a %s byte order mark wins over the charset', async (_name, bytes) => {
    const snapshot = await capture(
      sent(new Uint8Array(bytes), { 'content-type': 'text/plain; charset=iso-8859-1' }),
    )
    expect(snapshot.text).toBe('Aé')
  })

  test.each([
    ['LE', [0x45, 0x00, 0x72, 0x00, 0x72, 0x00, 0x6f, 0x00, 0x72, 0x00, 0xe9, 0x00]],
    ['BE', [0x00, 0x45, 0x00, 0x72, 0x00, 0x72, 0x00, 0x6f, 0x00, 0x72, 0x00, 0xe9]],
  ])('UTF-16 %s without a byte order mark reads as UTF-16, whatever the label', async (_n, b) => {
    const snapshot = await capture(
      sent(new Uint8Array(b), { 'content-type': 'text/plain; charset=utf-8' }),
    )
    expect(snapshot.text).toBe('Erroré')
  })

  test('a few NULs in UTF-8 text do not make it UTF-16', async () => {
    const bytes = utf8('Error\u0000 in line 1\u0000 and 2, try again later')
    const snapshot = await capture(sent(bytes, { 'content-type': 'text/plain; charset=utf-8' }))
    expect(snapshot.text).toBe('Error\u0000 in line 1\u0000 and 2, try again later')
  })

  test('no Content-Type reads as UTF-8', async () => {
    expect((await capture(sent(utf8('naïve ✓'), {}))).text).toBe('naïve ✓')
  })

  test('invalid UTF-8 becomes U+FFFD without throwing', async () => {
    const snapshot = await capture(
      sent(new Uint8Array([0x41, 0xc3, 0x28, 0xff, 0x42]), { 'content-type': 'text/plain' }),
    )
    expect(snapshot.text).toBe('A\uFFFD(\uFFFDB')
    expect(snapshot.body.byteLength).toBe(5)
  })

  test('a binary body (an image, random bytes) does not throw and keeps its bytes', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe])
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256)
    for (const body of [png, random]) {
      const snapshot = await capture(sent(body, { 'content-type': 'image/png' }))
      expect(hex(snapshot.body)).toBe(hex(body))
      expect(typeof snapshot.text).toBe('string')
    }
  })
})
