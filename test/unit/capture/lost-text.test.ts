import { expect, test } from 'vitest'
import { lostText } from '../../../src/capture/lost-text.ts'

// Text a client decoded as UTF-8 from bytes that were none: what is left must not be audited as
// if it were the body.
const decodedAsUtf8 = (bytes: Buffer) => bytes.toString('utf8')

test('UTF-16 of ASCII text, with or without a BOM, is lost text', () => {
  const body = 'Error: connect ECONNREFUSED 10.0.3.7:5432'
  const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])
  for (const bytes of [
    withBom,
    Buffer.from(body, 'utf16le'),
    Buffer.from(body, 'utf16le').swap16(),
  ])
    expect(lostText(decodedAsUtf8(bytes), 'superagent', 'text/plain')?.code).toBe(
      'ERR_BAD_ENCODING',
    )
})

test('gzip without its header is lost text, and says so', () => {
  const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48])
  expect(lostText(decodedAsUtf8(gzip), 'axios', undefined)?.message).toContain(
    'gzip bytes sent without a Content-Encoding header',
  )
})

test('UTF-8 text, Latin-1 text read as UTF-8, and a stray NUL are audited', () => {
  expect(lostText('Internal Server Error', 'superagent', 'text/plain')).toBeUndefined()
  const latin1 = decodedAsUtf8(Buffer.from('Erreur interne: réessayez plus tard', 'latin1'))
  expect(latin1).toContain('\uFFFD')
  expect(lostText(latin1, 'superagent', 'text/plain; charset=iso-8859-1')).toBeUndefined()
  expect(
    lostText(`Internal Server Error\u0000${'.'.repeat(40)}`, 'axios', 'text/plain'),
  ).toBeUndefined()
})
