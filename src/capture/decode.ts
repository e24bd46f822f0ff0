import * as zlib from 'node:zlib'
import { Readable } from 'node:stream'
import { Safe500Error } from '../errors.ts'
import { describe, readBounded, type Bounded } from './read-stream.ts'

type Codec = () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | NodeJS.ReadWriteStream

// A cut-short stream still gives what it has (Z_SYNC_FLUSH) instead of failing at its end.
const partial = { finishFlush: zlib.constants.Z_SYNC_FLUSH }
const codecs: Readonly<Record<string, Codec | undefined>> = {
  gzip: () => zlib.createGunzip(partial),
  'x-gzip': () => zlib.createGunzip(partial),
  deflate: () => zlib.createInflate(partial),
  'deflate-raw': () => zlib.createInflateRaw(partial),
  br: () => zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }),
  zstd:
    'createZstdDecompress' in zlib
      ? () =>
          (
            zlib as unknown as { createZstdDecompress: () => NodeJS.ReadWriteStream }
          ).createZstdDecompress()
      : undefined,
}

/**
 * Undoes each Content-Encoding in turn (last applied first), reading at most `maxBytes` of output.
 * Bodies whose encoding is unknown are kept as they are.
 */
export async function decodeContent(
  bytes: Uint8Array,
  contentEncoding: string | undefined,
  limits: { maxBytes: number; timeout: number },
): Promise<Bounded> {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity')
  let current: Bounded = { bytes, truncated: false }
  for (const encoding of encodings.reverse()) {
    const codec =
      codecs[encoding === 'deflate' && bytes[0] !== 0x78 ? 'deflate-raw' : encoding] ??
      codecs[encoding]
    if (!codec) continue
    if (current.bytes.byteLength === 0) break
    const stream = Readable.from([
      Buffer.from(current.bytes.buffer, current.bytes.byteOffset, current.bytes.byteLength),
    ]).pipe(codec())
    try {
      const next = await readBounded(stream as AsyncIterable<unknown>, {
        ...limits,
        what: `the ${encoding} body`,
      })
      current = { bytes: next.bytes, truncated: current.truncated || next.truncated }
    } catch (error) {
      throw new Safe500Error(
        'ERR_BAD_ENCODING',
        `The body says Content-Encoding: ${encoding} but does not decode as ${encoding} (${describe(error instanceof Error && error.cause !== undefined ? error.cause : error)}). The server sent a wrong Content-Encoding header or a corrupt body; fix the server, or pass a snapshot with the decoded body.`,
        { cause: error },
      )
    }
  }
  return current
}

/** The charset of a Content-Type header, or undefined. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s{0,20}charset\s{0,5}=\s{0,5}"?([\w.:-]{1,40})/i.exec(contentType ?? '')
  return match?.[1]?.toLowerCase()
}

/** Decodes body bytes to text with the charset (a BOM wins; unknown or missing charsets read as UTF-8). */
export function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  let label = charsetOf(contentType) ?? 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le'
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be'
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}
