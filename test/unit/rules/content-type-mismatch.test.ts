import { gzipSync } from 'node:zlib'
import { audit, auditSnapshot, type Snapshot } from 'safe500'
import { describe, expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

// A binary file (by its whole magic number) under a text, JSON or XML Content-Type is a mismatch;
// text that merely starts with the same letters is not.

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

const png = [
  0x89,
  ...ascii('PNG\r\n\x1a\n'),
  0,
  0,
  0,
  0x0d,
  ...ascii('IHDR'),
  0,
  0,
  0,
  1,
  0,
  0,
  0,
  1,
]
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...ascii('JFIF'), 0]
const gif = [...ascii('GIF87a'), 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff]
const zip = [...ascii('PK\x03\x04'), 0x14, 0, 0, 0, 8, 0]
const pdf = [...ascii('%PDF-1.4\r\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0d, 0x0a]

function snapshotWith(contentType: string, bytes: readonly number[], truncated = false): Snapshot {
  const body = new Uint8Array(bytes)
  return {
    ...snapshotOf({ status: 500, headers: { 'content-type': contentType }, body: '' }),
    body,
    text: new TextDecoder().decode(body),
    truncated,
    wireLength: body.byteLength,
  }
}

const messagesOf = (snapshot: Snapshot) =>
  auditSnapshot(snapshot)
    .findings.filter((f) => f.rule === 'content-type-mismatch')
    .map((f) => f.message)

describe('a binary body under a text Content-Type', () => {
  test.each([
    ['text/html; charset=utf-8', png, 'Content-Type says text/html but the body is a PNG image'],
    [
      'text/plain; charset=utf-8',
      jpeg,
      'Content-Type says text/plain but the body is a JPEG image',
    ],
    ['application/json', gif, 'Content-Type says application/json but the body is a GIF image'],
    [
      'application/problem+json',
      zip,
      'Content-Type says application/problem+json but the body is a ZIP archive',
    ],
    ['text/html; charset=utf-8', pdf, 'Content-Type says text/html but the body is a PDF document'],
    [
      'application/xml',
      [...gzipSync('<error/>')],
      'Content-Type says application/xml but the body is gzip-compressed data',
    ],
  ])('%s, %j: one finding that names both', (contentType, bytes, message) => {
    expect(messagesOf(snapshotWith(contentType, bytes))).toEqual([message])
  })

  test('is found from the start of a body read only in part', () => {
    expect(messagesOf(snapshotWith('text/html; charset=utf-8', png, true))).toEqual([
      'Content-Type says text/html but the body is a PNG image',
    ])
  })

  test('the finding is on the Content-Type header, with its value as evidence', () => {
    const [finding] = auditSnapshot(snapshotWith('text/html; charset=utf-8', png)).findings.filter(
      (f) => f.rule === 'content-type-mismatch',
    )
    expect(finding).toMatchObject({ where: 'header content-type', category: 'header' })
    expect(finding?.excerpt).toContain('text/html; charset=utf-8')
  })
})

describe('gzip bytes left after capture', () => {
  const headers = { 'content-type': 'text/html; charset=utf-8' }
  const page = '<!DOCTYPE html><title>Error</title><p>Sorry</p>'

  test('a body gzipped twice under one Content-Encoding: gzip is still gzip once undone', async () => {
    const body = gzipSync(gzipSync(page))
    const report = await audit(
      new Response(body, { status: 500, headers: { ...headers, 'content-encoding': 'gzip' } }),
    )
    expect(
      report.findings.filter((f) => f.rule === 'content-type-mismatch').map((f) => f.message),
    ).toEqual(['Content-Type says text/html but the body is gzip-compressed data'])
  })

  test('a body gzipped once is gunzipped and passes', async () => {
    for (const extra of [{ 'content-encoding': 'gzip' }, {}]) {
      const report = await audit(
        new Response(gzipSync(page), { status: 500, headers: { ...headers, ...extra } }),
      )
      expect(report.findings.filter((f) => f.rule === 'content-type-mismatch')).toEqual([])
    }
  })
})

describe('no finding', () => {
  test.each([
    ['image/png', png],
    ['application/octet-stream', [...gzipSync('x')]],
    ['application/pdf', pdf],
    ['application/zip', zip],
  ])('%s: the header says what the body is', (contentType, bytes) => {
    expect(messagesOf(snapshotWith(contentType, bytes))).toEqual([])
  })

  test.each([
    'PK conflict: the record already exists',
    'PK\\x03\\x04 was expected at the start of the upload',
    '%PDF export failed; please try again later',
    '%PDF-1.7 files are not supported',
    '%PDF-1.7\nThe upload is not a valid PDF object; try again later.',
    'GIF89a animations cannot be rendered right now',
    'GIF87a\n',
    'GIF8',
  ])('text that starts like a file: %j', (body) => {
    expect(messagesOf(snapshotWith('text/plain; charset=utf-8', ascii(body)))).toEqual([])
  })

  test('a magic number cut short is not the file, only bytes that are not UTF-8', () => {
    const notUtf8 =
      'Content-Type says charset=utf-8 but the body is not UTF-8: binary data, or text in another charset'
    for (const bytes of [png.slice(0, 7), [0xff, 0xd8], [0x1f, 0x8b]])
      expect(messagesOf(snapshotWith('text/plain; charset=utf-8', bytes))).toEqual([notUtf8])
    // Under a charset that has every byte, they are text.
    expect(messagesOf(snapshotWith('text/plain; charset=iso-8859-1', [0xff, 0xd8]))).toEqual([])
  })
})
