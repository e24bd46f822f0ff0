import type { RawResponse } from './raw.ts'
import { listedEncodings } from './decode.ts'

const encoder = new TextEncoder()

type TextParts = Pick<RawResponse, 'body' | 'truncated' | 'decoded' | 'text'> & {
  wireLength?: number
}

/**
 * The body of a shape whose client already decoded the text (supertest's `text`, an axios
 * string): its UTF-8 bytes, at most `maxBytes`. When the client read plain UTF-8 (no
 * Content-Encoding, `utf8` set, no U+FFFD in the text), those bytes are exactly the wire bytes, so
 * their length is the wire length.
 *
 * @example
 * ```ts
 * return { status: 500, headers, ...textBody(res.text, headers, { maxBytes, utf8: true }) }
 * ```
 */
export function textBody(
  text: string,
  headers: Readonly<Record<string, string>>,
  { maxBytes, utf8 }: { maxBytes: number; utf8: boolean },
): TextParts {
  const bytes = encoder.encode(text)
  const truncated = bytes.byteLength > maxBytes
  const body = truncated ? bytes.subarray(0, maxBytes) : bytes
  const encoded = listedEncodings(headers['content-encoding']).length > 0
  const exact = utf8 && !encoded && !truncated && !text.includes('\uFFFD')
  return {
    body,
    truncated,
    decoded: true,
    text: truncated ? new TextDecoder().decode(body) : text,
    ...(exact ? { wireLength: bytes.byteLength } : {}),
  }
}

/**
 * A parsed body (an axios `data` object, a plain body value) back as JSON text; never throws.
 *
 * @example
 * ```ts
 * jsonText({ error: 'boom' }) // '{"error":"boom"}'
 * ```
 */
export function jsonText(value: unknown): string {
  try {
    const text = JSON.stringify(value) as string | undefined
    return text ?? ''
  } catch {
    return String(value)
  }
}
