import type { DecodingClient } from './bad-encoding.ts'

/**
 * What an adapter reads from one response shape, before `capture()` undoes Content-Encoding and
 * charset.
 */
export interface RawResponse {
  readonly status: number
  readonly statusText?: string
  /** Header names in lower case, as the server sent them where the shape keeps them. */
  readonly headers: Record<string, string>
  /** The body bytes read, at most `maxBytes` of them. */
  readonly body: Uint8Array
  /** True when the body had more than `maxBytes`. */
  readonly truncated: boolean
  /**
   * Whether `body` still carries the Content-Encoding the headers name:
   * - `false`: the bytes are as sent; every listed encoding is undone, and bytes that do not
   *   decode are an error (node streams, light-my-request's `rawPayload`, undici `request()`);
   * - `true`: the client already undid it, though the header may still say `gzip` (nothing is
   *   decoded again);
   * - `'unknown'`: undo only the encodings the bytes show (gzip, zlib and zstd magic numbers; a
   *   strict trial for br and raw deflate), and keep the bytes when they do not decode (fetch
   *   decodes but a hand-made `Response` may not; got and axios decode unless told not to).
   */
  readonly decoded: boolean | 'unknown'
  /**
   * The body as text, when the client already decoded its characters (supertest's `text`, an axios
   * string); `body` then holds its UTF-8 bytes and the charset is not applied again.
   */
  readonly text?: string
  /** The request method, when the shape tells it. */
  readonly method?: string
  /** The absolute URL the response came from, when the shape tells it. */
  readonly url?: string
  /**
   * The body length on the wire, when the adapter knows it better than `capture()` can work out
   * from `decoded` (e.g. text a client decoded from plain UTF-8).
   */
  readonly wireLength?: number
}

/** Limits every adapter honours. */
export interface ReadLimits {
  readonly maxBytes: number
  /** Milliseconds left for the body. */
  readonly timeout: number
  /** The whole `timeout` given, of which `timeout` is what is left, for messages. */
  readonly given?: number
}

/** Reads a response found inside another value (an HTTP client's error carries one). */
export type ReadInner = (value: unknown) => Promise<RawResponse>

/** Reads one response shape. */
export interface Adapter<T = unknown> {
  readonly name: string
  /** The client that decoded the body before `read()` got it, when it may fail to (see `bad-encoding.ts`). */
  readonly client?: DecodingClient
  /** True for values of this shape; never throws, whatever it is given. */
  readonly accepts: (value: unknown) => value is T
  readonly read: (value: T, limits: ReadLimits, readInner: ReadInner) => Promise<RawResponse>
}

/**
 * Types an adapter for the list in `adapters.ts`.
 *
 * @example
 * ```ts
 * export const mine = defineAdapter<{ code: number; html: string }>({
 *   name: 'my client',
 *   accepts: (v): v is { code: number; html: string } => typeof (v as { code?: unknown }).code === 'number',
 *   read: async (v) => ({ status: v.code, headers: {}, body: new TextEncoder().encode(v.html), truncated: false, decoded: true }),
 * })
 * ```
 */
export function defineAdapter<T>(adapter: Adapter<T>): Adapter {
  return adapter as unknown as Adapter
}
