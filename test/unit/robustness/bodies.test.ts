import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { audit } from 'safe500'
import { describe, expect, test } from 'vitest'

const leak = 'Error: boom\n    at handler (/srv/app/src/routes.js:10:5)\n'
const frame = 'at handler (/srv/app/src/routes.js:10:5)'

/** The ids of the rules that found something. */
async function rulesFound(input: unknown): Promise<string[]> {
  return (await audit(input)).findings.map((f) => f.rule)
}

const response = (body: Uint8Array, headers: Record<string, string> = {}) => ({
  status: 500,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body,
})

describe('charsets and broken text', () => {
  test('binary content is audited without error', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)
    const report = await audit(response(bytes, { 'content-type': 'application/octet-stream' }))
    expect(report.size).toBe(4096)
  })

  test('invalid UTF-8 around a leak: the leak is found at its place in the decoded text', async () => {
    const body = Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x80]), Buffer.from(leak)])
    const report = await audit(response(body))
    const finding = report.findings.find((f) => f.rule === 'stack-trace-node')
    // Each invalid byte decodes to one U+FFFD: 0xC3, then "(", 0xFF, 0x80, then the text.
    expect(finding?.span?.start).toBe('\ufffd(\ufffd\ufffd'.length + leak.indexOf('at'))
  })

  test('UTF-16 with a charset, and with a byte order mark', async () => {
    const utf16 = Buffer.from(leak, 'utf16le')
    expect(
      await rulesFound(response(utf16, { 'content-type': 'text/plain; charset=utf-16le' })),
    ).toContain('stack-trace-node')
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16])
    expect(await rulesFound(response(withBom, { 'content-type': 'text/plain' }))).toContain(
      'stack-trace-node',
    )
  })

  test.each([
    ['utf16le', 'text/plain; charset=utf-8'],
    ['utf16le', 'application/json'],
    ['utf16le', 'text/html'],
  ] as const)(
    'UTF-16 (%s) without a byte order mark, labelled %s: read as UTF-16, and the label is wrong',
    async (encoding, contentType) => {
      const body = Buffer.from(JSON.stringify({ error: leak }), encoding)
      const report = await audit(response(body, { 'content-type': contentType }))
      const rules = report.findings.map((f) => f.rule)
      expect(rules).toContain('stack-trace-node')
      expect(rules).toContain('file-path-unix')
      const mismatch = report.findings.find((f) => f.rule === 'content-type-mismatch')
      expect(mismatch?.message).toMatch(/the body is UTF-16LE without a byte order mark/)
    },
  )

  test('UTF-16BE without a byte order mark is read as UTF-16 too', async () => {
    const body = Buffer.from(leak, 'utf16le').swap16()
    expect(await rulesFound(response(body))).toEqual(
      expect.arrayContaining(['stack-trace-node', 'content-type-mismatch']),
    )
  })

  test('bytes that are not UTF-8 under charset=utf-8 (random binary) fail the label', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)
    const report = await audit(response(bytes))
    const mismatch = report.findings.find((f) => f.rule === 'content-type-mismatch')
    expect(mismatch?.message).toBe(
      'Content-Type says charset=utf-8 but the body is not UTF-8: binary data, or text in another charset',
    )
    // Under application/octet-stream the same bytes are what they say.
    const octets = await audit(response(bytes, { 'content-type': 'application/octet-stream' }))
    expect(octets.findings.map((f) => f.rule)).not.toContain('content-type-mismatch')
  })

  test('a U+FFFD that UTF-8 carries, and a multi-byte letter cut at the end of a read, are UTF-8', async () => {
    const replacement = await audit(response(Buffer.from('Sorry \ufffd try again')))
    expect(replacement.findings.map((f) => f.rule)).not.toContain('content-type-mismatch')
    const cut = Buffer.from('Sorry, try again \u00e9').subarray(0, -1)
    const report = await audit({ ...response(cut), truncated: true })
    expect(report.findings.map((f) => f.rule)).not.toContain('content-type-mismatch')
  })

  test('Latin-1', async () => {
    const body = Buffer.from(`Caf\u00e9 ferm\u00e9: ${leak}`, 'latin1')
    const report = await audit(response(body, { 'content-type': 'text/plain; charset=iso-8859-1' }))
    const finding = report.findings.find((f) => f.rule === 'stack-trace-node')
    expect(finding?.excerpt).toContain(frame)
  })
})

describe('compressed bodies', () => {
  test.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
    ['deflate', deflateSync],
  ] as const)('%s with its Content-Encoding is decoded and audited', async (encoding, compress) => {
    expect(await rulesFound(response(compress(leak), { 'content-encoding': encoding }))).toContain(
      'stack-trace-node',
    )
  })

  test('gzip without Content-Encoding is gunzipped and audited: whoever receives it can', async () => {
    const report = await audit(response(gzipSync(leak)))
    expect(report.findings.map((f) => f.rule)).toContain('stack-trace-node')
    expect(report.truncated).toBe(false)
  })

  test('bytes that only start like gzip, without Content-Encoding, are audited as they are', async () => {
    const lookalike = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), Buffer.from(leak)])
    expect(await rulesFound(response(lookalike))).toContain('stack-trace-node')
  })

  test('a plain body that claims gzip is still audited', async () => {
    expect(await rulesFound(response(Buffer.from(leak), { 'content-encoding': 'gzip' }))).toContain(
      'stack-trace-node',
    )
  })

  test.each([
    ['with', { 'content-encoding': 'gzip' }],
    ['without', {}],
  ] as const)(
    'truncated gzip %s Content-Encoding: what decodes is audited, and the report says truncated',
    async (_with, headers) => {
      const whole = gzipSync(leak.repeat(2000))
      const cut = whole.subarray(0, whole.length >> 1)
      const report = await audit(response(cut, headers))
      expect(report.size).toBeGreaterThan(0)
      expect(report.size).toBeLessThan(leak.length * 2000)
      expect(report.truncated).toBe(true)
      expect(report.findings.map((f) => f.rule)).toContain('stack-trace-node')
    },
  )

  test('a whole gzip body is not marked truncated', async () => {
    const report = await audit(response(gzipSync(leak.repeat(20)), { 'content-encoding': 'gzip' }))
    expect(report.truncated).toBe(false)
    expect(report.size).toBe(leak.length * 20)
  })

  test('a gzip bomb stops at the limit and is reported as truncated', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x61))
    const report = await audit(response(bomb, { 'content-encoding': 'gzip' }))
    expect(report.truncated).toBe(true)
    expect(report.size).toBe(4 * 1024 * 1024)
  })
})

describe('a 50 MB body', () => {
  test('streamed: only the first 4 MiB are read (bounded memory), and the report says truncated', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61)
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ * chunk.byteLength >= 50 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const report = await audit(
      new Response(stream, { status: 500, headers: { 'content-type': 'text/plain' } }),
    )
    expect(report.truncated).toBe(true)
    expect(report.size).toBe(4 * 1024 * 1024)
    // 64 chunks make 4 MiB; the stream may have been asked for a few more ahead, not 800.
    expect(pulled).toBeLessThan(80)
  })

  test('in memory: audited up to 4 MiB, and the report says truncated', async () => {
    const report = await audit(response(new Uint8Array(50 * 1024 * 1024).fill(0x61)))
    expect(report.truncated).toBe(true)
    expect(report.size).toBe(4 * 1024 * 1024)
  })
  test('a body that was not read whole cannot pass: body-truncated fails it, raising maxBytes audits the rest', async () => {
    const body = Buffer.from(`${'Something went wrong. '.repeat(10)}${leak}`)
    const cut = await audit(response(body), { maxBytes: 100, skip: ['header', 'request-id'] })
    expect(cut.ok).toBe(false)
    expect(cut.findings.map((f) => f.rule)).toEqual(['body-truncated'])
    expect(cut.findings[0]?.message).toBe(
      'was read only up to 100 bytes, so the rest of the body was not audited: a body longer than maxBytes (raise it to audit the whole body) or a compressed body cut short',
    )
    const whole = await audit(response(body), { maxBytes: 1000, skip: ['header', 'request-id'] })
    expect(whole.findings.map((f) => f.rule)).toContain('stack-trace-node')
    expect(whole.findings.map((f) => f.rule)).not.toContain('body-truncated')
  })
})
