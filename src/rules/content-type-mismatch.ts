import type { Snapshot } from '../capture/snapshot.ts'
import { charsetOf, unmarkedUtf16 } from '../capture/decode.ts'
import { defineRule } from '../define-rule.ts'
import { isAsciiDigit } from '../secrets/token-char.ts'

const jsonType = /^application\/(?:[\w.-]{1,60}\+)?json$/
const htmlStart =
  /^\s{0,200}<(?:!doctype\s|html[\s>]|head[\s>]|body[\s>]|[a-z][a-z0-9]{0,10}[\s>/])/i

/**
 * The Content-Type does not describe the body: JSON that does not parse, HTML served as JSON, JSON
 * as HTML, a binary file (PNG, GIF, JPEG, WebP, PDF, ZIP, gzip) served as text, JSON or XML,
 * UTF-16 without a byte order mark under another charset, or bytes that are not UTF-8 under
 * `charset=utf-8` (or as JSON, which is UTF-8 when it names no charset).
 *
 * @example
 * ```ts
 * // Content-Type: text/html; charset=utf-8, body 89 50 4e 47 0d 0a 1a 0a …
 * // → Content-Type says text/html but the body is a PNG image
 * ```
 */
export const contentTypeMismatch = defineRule({
  id: 'content-type-mismatch',
  category: 'header',
  description:
    'The body does not match its Content-Type (JSON that does not parse, HTML labelled JSON or JSON labelled HTML, a PNG, GIF, JPEG, WebP, PDF, ZIP or gzip file labelled text, JSON or XML, UTF-16 without a byte order mark labelled otherwise, bytes that are not UTF-8 labelled charset=utf-8 or JSON).',
  patterns: [jsonType, htmlStart, /<\/?(?:html|body|div|p|h1|pre|title)\b/i],
  *detect({ snapshot, mimeType, json }) {
    const text = snapshot.text
    if (mimeType === undefined) return
    const header = 'content-type'
    const evidence = snapshot.headers['content-type'] ?? ''
    // The start of a file tells what it is, even when only the start was read.
    const binary = isTextType(mimeType) ? binaryKind(snapshot.body) : undefined
    if (binary !== undefined) {
      yield { message: `Content-Type says ${mimeType} but the body is ${binary}`, header, evidence }
      return
    }
    const mismatch = isTextType(mimeType)
      ? charsetMismatch(snapshot, mimeType, evidence)
      : undefined
    if (mismatch !== undefined) {
      yield { message: mismatch, header, evidence }
      return
    }
    if (text.trim() === '' || snapshot.truncated) return
    if (jsonType.test(mimeType)) {
      if (json() === undefined && !isJsonScalar(text))
        yield {
          message: `Content-Type says ${mimeType} but the body is not valid JSON`,
          header,
          evidence,
        }
    } else if (mimeType === 'text/html' || mimeType === 'application/xhtml+xml') {
      if (!htmlStart.test(text) && json() !== undefined)
        yield { message: 'Content-Type says text/html but the body is JSON', header, evidence }
    } else if (
      htmlStart.test(text) &&
      /<\/?(?:html|body|div|p|h1|pre|title)\b/i.test(text.slice(0, 2000))
    ) {
      yield { message: `the body is HTML but Content-Type says ${mimeType}`, header, evidence }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        // UTF-16LE: each letter and a NUL.
        body: [...'Internal Server Error'].map((c) => `${c}\u0000`).join(''),
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error": "Internal Server Er',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '<html><body><h1>500</h1></body></html>',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '{"error":"Internal Server Error"}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: 'GIF89a\x01\x00\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: 'PK\x03\x04\x14\x00\x00\x00\x08\x00',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: '\ufeff%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: 'RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00\x30\x01\x00\x9d\x01\x2a\x01\x00\x01\x00',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: '{"error":"Internal Server Error"}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"title":"Internal Server Error","status":500}',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html><title>Error</title><p>Sorry</p>',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'Internal Server Error <3',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'PK conflict: the record already exists',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: '%PDF-1.7\nThe upload is not a valid PDF. Try again later.',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'GIF89a animations cannot be rendered right now',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: '%PDF export failed; please try again later',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'RIFF2024WEBP conversion failed; please upload a PNG instead',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: 'RIFF\t\t\t\tWEBP conversion failed',
      },
      {
        status: 500,
        headers: { 'Content-Type': 'application/zip' },
        body: 'PK\x03\x04\x14\x00\x00\x00\x08\x00',
      },
    ],
  },
})

function isJsonScalar(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * What is wrong with the charset a text body is labelled with, or undefined: UTF-16 without a byte
 * order mark under another label (the audit reads it as UTF-16, a browser as the label says), or
 * bytes that are not UTF-8 under a label that says or implies UTF-8 (JSON is UTF-8 when it names
 * no charset). The first bytes, or a U+FFFD in the text, decide for almost every body.
 */
function charsetMismatch(
  snapshot: Snapshot,
  mimeType: string,
  evidence: string,
): string | undefined {
  const utf16 = unmarkedUtf16(snapshot.body)
  if (utf16 === undefined && !snapshot.text.includes('\uFFFD')) return undefined
  const charset = charsetOf(evidence)
  const said = charset === undefined ? `${mimeType} with no charset` : `charset=${charset}`
  if (utf16 !== undefined) {
    if (charset?.startsWith('utf-16')) return undefined
    const kind = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'
    return `Content-Type says ${said} but the body is ${kind} without a byte order mark: send charset=${utf16}, or UTF-8`
  }
  const utf8 =
    charset === 'utf-8' || charset === 'utf8' || (charset === undefined && jsonType.test(mimeType))
  return utf8 && !isUtf8(snapshot.body)
    ? `Content-Type says ${said} but the body is not UTF-8: binary data, or text in another charset`
    : undefined
}

/** True when `body` is UTF-8; a sequence cut at the end (a body read in part) counts as UTF-8. */
function isUtf8(body: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: true })
    return true
  } catch {
    return false
  }
}

/** Types whose body is text: text/*, JSON, XML, JavaScript. */
function isTextType(mimeType: string): boolean {
  return (
    mimeType.startsWith('text/') ||
    jsonType.test(mimeType) ||
    mimeType === 'application/xml' ||
    mimeType.endsWith('+xml') ||
    mimeType === 'application/javascript'
  )
}

/**
 * What a binary body is, from its magic number, or undefined for anything else. Only whole magic
 * numbers count, and those made of letters need more: text may start with `PK` or `%PDF`, but not
 * with `PK\x03\x04` or with `GIF89a` and control bytes.
 *
 * Gzip bytes are still there after capture only when they did not decode (capture gunzips a body
 * that starts with `1f 8b 08`, with or without a Content-Encoding) or were compressed twice: either
 * way the reader gets compressed bytes, not text.
 */
function binaryKind(body: Uint8Array): string | undefined {
  // A byte order mark before a file's own bytes: the file went through a text pipeline that added
  // one, and is still that file.
  const bytes = startsWith(body, [0xef, 0xbb, 0xbf]) ? body.subarray(3) : body
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'a PNG image'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive'
  if (startsWith(bytes, [0x1f, 0x8b, 0x08])) return 'gzip-compressed data'
  if (isGif(bytes)) return 'a GIF image'
  if (isPdf(bytes)) return 'a PDF document'
  if (isWebp(bytes)) return 'a WebP image'
  return undefined
}

/**
 * `RIFF`, the file's size less 8 as four little-endian bytes, then `WEBP`. An image under 16 MiB
 * has a NUL for the size's high byte, which text does not.
 */
function isWebp(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) || bytes[7] !== 0) return false
  return bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((b, i) => bytes[i] === b)
}

/**
 * `GIF87a` or `GIF89a`, then a screen descriptor (width, height, flags, background, aspect) with a
 * control byte in it, as a real image has (its aspect byte is nearly always 0) and text does not.
 */
function isGif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || bytes[5] !== 0x61) return false
  if (bytes[4] !== 0x37 && bytes[4] !== 0x39) return false
  if (bytes.byteLength < 13) return false
  for (let i = 6; i < 13; i++) {
    const b = bytes[i] ?? 0x20
    if (b < 0x09 || (b > 0x0d && b < 0x20)) return true
  }
  return false
}

/**
 * `%PDF-1.7` on a line of its own, then what ISO 32000 puts next: a comment of at least four
 * binary bytes (`%âãÏÓ`), or an object (`1 0 obj`) within the first KiB.
 */
function isPdf(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return false
  if (!isAsciiDigit(bytes[5] ?? 0) || bytes[6] !== 0x2e || !isAsciiDigit(bytes[7] ?? 0))
    return false
  let line = 8
  if (bytes[line] === 0x0d) line++
  if (bytes[line] === 0x0a) line++
  if (line === 8) return false
  const comment = bytes.subarray(line + 1, line + 5)
  if (bytes[line] === 0x25 && comment.byteLength === 4 && comment.every((b) => b >= 0x80))
    return true
  const end = Math.min(bytes.byteLength, 1024)
  for (let i = line + 4; i + 3 <= end; i++) {
    // `<number> <generation> obj`
    if (
      bytes[i] === 0x6f &&
      bytes[i + 1] === 0x62 &&
      bytes[i + 2] === 0x6a &&
      bytes[i - 1] === 0x20 &&
      isAsciiDigit(bytes[i - 2] ?? 0) &&
      bytes[i - 3] === 0x20 &&
      isAsciiDigit(bytes[i - 4] ?? 0)
    )
      return true
  }
  return false
}
