import * as zlib from 'node:zlib'
import { Safe500Error } from '../errors.ts'
import { badEncoding } from './bad-encoding.ts'
import { readBounded, type Bounded } from './read-stream.ts'

type Decoder = NodeJS.ReadWriteStream & { destroy: (error?: Error) => void }
/** Makes a decoder; `partial` keeps what a cut-short stream holds instead of failing at its end. */
type Codec = (partial: boolean) => Decoder

const zlibFlush = (partial: boolean) =>
  partial ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {}
const zstd = (zlib as { createZstdDecompress?: (options?: object) => Decoder }).createZstdDecompress

const codecs: Readonly<Record<string, Codec | undefined>> = {
  gzip: (partial) => zlib.createGunzip(zlibFlush(partial)),
  'x-gzip': (partial) => zlib.createGunzip(zlibFlush(partial)),
  deflate: (partial) => zlib.createInflate(zlibFlush(partial)),
  'deflate-raw': (partial) => zlib.createInflateRaw(zlibFlush(partial)),
  br: (partial) =>
    zlib.createBrotliDecompress(
      partial ? { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH } : {},
    ),
  // node:zlib has zstd from Node 22.15 / 23.8 on.
  zstd: zstd
    ? (partial) =>
        zstd(partial ? { finishFlush: zlib.constants.ZSTD_e_flush } : {}) satisfies Decoder
    : undefined,
}

/** What `decodeContent()` gives: the bytes, and how many of the listed encodings it undid. */
export interface Decoded extends Bounded {
  readonly undone: number
  /** The encodings listed, in the order they were applied (identity left out). */
  readonly listed: readonly string[]
}

/** How to treat bytes that may or may not still be encoded (see `RawResponse.decoded`). */
export type DecodeMode = 'wire' | 'sniff'

/**
 * Undoes each Content-Encoding in turn (the last applied first), keeping at most `maxBytes` of
 * output, so a decompression bomb costs no more than a large body.
 *
 * - `wire` mode: the bytes are as sent. Bytes that do not decode throw `ERR_BAD_ENCODING`; a
 *   stream cut short (by the server, or by `maxBytes` on the compressed bytes) gives the text it
 *   holds, without an error, since the start of a broken body is still worth checking, and is
 *   marked truncated.
 * - `sniff` mode: the client may have decoded already. Only encodings the bytes show are undone
 *   (gzip `1f 8b`, a zlib header, zstd `28 b5 2f fd`; br and raw deflate must decode strictly);
 *   otherwise the bytes are kept as they are.
 *
 * An encoding node:zlib does not know (e.g. `compress`) stops decoding: the bytes are kept. Gzip
 * bytes (`1f 8b 08`) without any Content-Encoding are gunzipped as in `sniff` mode.
 *
 * @example
 * ```ts
 * const { bytes } = await decodeContent(gzipped, 'gzip', { maxBytes: 4096, timeout: 1000, mode: 'wire' })
 * ```
 */
export async function decodeContent(
  bytes: Uint8Array,
  contentEncoding: string | undefined,
  limits: { maxBytes: number; timeout: number; mode: DecodeMode },
): Promise<Decoded> {
  const listed = listedEncodings(contentEncoding)
  let current: Bounded = { bytes, truncated: false }
  let truncated = false
  let undone = 0
  // Gzip bytes sent without a Content-Encoding (a proxy or app that compressed and did not say
  // so) are undone too: whoever receives them can. Bytes that merely start alike are kept.
  const unlabelled = listed.length === 0 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8
  for (const encoding of unlabelled ? ['gzip'] : [...listed].reverse()) {
    if (current.bytes.byteLength === 0) {
      undone = listed.length
      break
    }
    const name = codecName(encoding, current.bytes)
    const codec = name === undefined ? undefined : codecs[name]
    if (name === undefined || codec === undefined) break
    if (limits.mode === 'sniff' || unlabelled) {
      const magic = hasMagic(name, current.bytes)
      if (magic === false || (magic === undefined && looksLikeText(current.bytes))) break
      // Without a magic number to go by, only a strict decode proves the bytes were encoded.
      const next = await inflate(codec, current.bytes, encoding, limits, magic === true).catch(
        () => undefined,
      )
      if (next === undefined) break
      current = next
    } else {
      try {
        current = await inflate(codec, current.bytes, encoding, limits, true)
      } catch (error) {
        if (error instanceof Safe500Error && error.code === 'ERR_BODY_TIMEOUT') throw error
        throw badEncoding(
          contentEncoding ?? encoding,
          `does not decode as ${encoding}`,
          error instanceof Safe500Error && error.cause !== undefined ? error.cause : error,
          'Or pass { status, headers, body } with the decoded body.',
        )
      }
    }
    truncated ||= current.truncated
    if (!unlabelled) undone += 1
  }
  return { bytes: current.bytes, truncated, undone, listed }
}

/**
 * The encodings a Content-Encoding header lists, lower-cased, in the order they were applied,
 * `identity` left out.
 *
 * @example
 * ```ts
 * listedEncodings('gzip, identity, BR') // ['gzip', 'br']
 * ```
 */
export function listedEncodings(contentEncoding: string | undefined): string[] {
  return (contentEncoding ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity')
}

/**
 * Decodes `bytes` strictly; when the stream ends before its end (a body cut short) and `partial`
 * is allowed, keeps what it holds and says it is truncated.
 */
async function inflate(
  codec: Codec,
  bytes: Uint8Array,
  encoding: string,
  limits: { maxBytes: number; timeout: number },
  partial: boolean,
): Promise<Bounded> {
  try {
    return await run(codec(false), bytes, encoding, limits)
  } catch (error) {
    if (!partial || (error instanceof Safe500Error && error.code === 'ERR_BODY_TIMEOUT'))
      throw error
    const held = await run(codec(true), bytes, encoding, limits)
    return { bytes: held.bytes, truncated: true }
  }
}

/** `deflate` is meant to be zlib-wrapped, but some servers send raw deflate: tell them apart. */
function codecName(encoding: string, bytes: Uint8Array): string | undefined {
  if (encoding === 'deflate') return hasZlibHeader(bytes) ? 'deflate' : 'deflate-raw'
  return encoding in codecs ? encoding : undefined
}

function hasZlibHeader(bytes: Uint8Array): boolean {
  const [cmf = 0, flg = 0] = bytes
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0
}

/** True or false when the encoding has a magic number and the bytes do or do not start with it. */
function hasMagic(name: string, bytes: Uint8Array): boolean | undefined {
  switch (name) {
    case 'gzip':
    case 'x-gzip':
      return bytes[0] === 0x1f && bytes[1] === 0x8b
    case 'deflate':
      return hasZlibHeader(bytes)
    case 'zstd':
      return bytes[0] === 0x28 && bytes[1] === 0xb5 && bytes[2] === 0x2f && bytes[3] === 0xfd
    default:
      return undefined
  }
}

/** True when the start of the bytes is printable UTF-8 text, which compressed data never is. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 256)
  let text: string
  try {
    // stream: a character cut at the end of the head is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
  } catch {
    return false
  }
  return !/[\x00-\x08\x0e-\x1f\x7f]/.test(text)
}

async function run(
  decoder: Decoder,
  bytes: Uint8Array,
  encoding: string,
  limits: { maxBytes: number; timeout: number },
): Promise<Bounded> {
  decoder.on('error', () => {}) // errors surface through the read below
  decoder.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return readBounded(decoder, {
    maxBytes: limits.maxBytes,
    timeout: limits.timeout,
    what: `the ${encoding}-encoded response`,
  })
}

/**
 * The charset of a Content-Type header, lower-cased, or undefined.
 *
 * @example
 * ```ts
 * charsetOf('text/html; charset="UTF-8"') // 'utf-8'
 * ```
 */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s{0,20}charset\s{0,5}=\s{0,5}"?([\w.:-]{1,40})/i.exec(contentType ?? '')
  return match?.[1]?.toLowerCase()
}

/**
 * Decodes body bytes to text with the charset of the Content-Type. A byte order mark wins, and
 * so do the NULs of UTF-16 without one (`unmarkedUtf16`), whatever the label says; a
 * missing or unknown charset reads as UTF-8; bytes that are not valid in the charset become
 * U+FFFD, so binary bodies never throw. `latin1` and `iso-8859-1` read as windows-1252, as in
 * browsers (the WHATWG Encoding Standard).
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=latin1') // 'café'
 * ```
 */
export function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  let label = charsetOf(contentType) ?? 'utf-8'
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8'
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le'
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be'
  else if (!label.startsWith('utf-16')) label = unmarkedUtf16(bytes) ?? label
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label)
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  return decoder.decode(bytes)
}

/** How many bytes from the start `unmarkedUtf16` reads. */
const sniffBytes = 512

/**
 * The UTF-16 a body is written in when it has no byte order mark: text in Latin letters has a NUL
 * in every other byte, after each letter in little-endian, before it in big-endian (what a
 * Windows or Java program that writes UTF-16 sends). Reads the first 512 bytes: at least 8 of
 * them, NUL in 8 of 10 pairs on one side and in at most 1 of 10 on the other. Undefined for
 * anything else.
 *
 * @example
 * ```ts
 * unmarkedUtf16(new Uint8Array([0x45, 0, 0x72, 0, 0x72, 0, 0x6f, 0, 0x72, 0])) // 'utf-16le'
 * ```
 */
export function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.byteLength, sniffBytes) & ~1
  if (end < 8) return undefined
  // Text has no NUL: most bodies are decided by their first 8 bytes.
  let nuls = 0
  for (let i = 0; i < 8; i++) if (bytes[i] === 0) nuls++
  if (nuls < 3) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = end / 2
  if (oddNul * 10 >= pairs * 8 && evenNul * 10 <= pairs) return 'utf-16le'
  if (evenNul * 10 >= pairs * 8 && oddNul * 10 <= pairs) return 'utf-16be'
  return undefined
}
