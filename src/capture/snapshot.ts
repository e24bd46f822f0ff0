/**
 * A response read once into plain data: what every check works on.
 *
 * @example
 * ```ts
 * import { capture, type Snapshot } from 'safe500'
 * const snapshot: Snapshot = await capture(await fetch(`${url}/boom`))
 * snapshot.headers['content-type'] // 'application/json; charset=utf-8'
 * if (snapshot.truncated) console.log(`read only ${snapshot.body.byteLength} bytes`)
 * ```
 */
export interface Snapshot {
  readonly status: number
  readonly statusText: string
  /** Header names in lower case; repeated headers joined with `, ` (set-cookie with `\n`). */
  readonly headers: Readonly<Record<string, string>>
  /** The body bytes after Content-Encoding was undone, at most `maxBytes` of them. */
  readonly body: Uint8Array
  /** The body decoded with its charset (UTF-8 when none is given). */
  readonly text: string
  /** True when the body was longer than `maxBytes`, or its compressed stream ended early. */
  readonly truncated: boolean
  /** The request method, when the response shape tells it (HEAD answers have no body). */
  readonly method?: string
  /**
   * The absolute URL the response came from, when the shape tells it: fetch's `response.url`,
   * supertest's request, got's and axios's final URL, a node `http` request's Host and path, or
   * `url` in a plain object. A hand-made `Response`, undici's `request()` and light-my-request
   * have none. The audit tells the app's own loopback address from one it called by it.
   */
  readonly url?: string
  /**
   * The body bytes as received, before Content-Encoding was undone (for Content-Length checks).
   * Absent when unknown: the client decoded the body before capture() saw it (fetch, got and axios
   * with a compressed body; text a client decoded from a charset other than UTF-8), or only the
   * start of the body was read (`truncated`). Content-Length is checked against this alone: a
   * snapshot made by hand without it is not checked.
   */
  readonly wireLength?: number
}

/**
 * How `capture()` reads a body.
 *
 * @example
 * ```ts
 * import { capture, type CaptureOptions } from 'safe500'
 * const options: CaptureOptions = { maxBytes: 64 * 1024, timeout: 1000 }
 * const snapshot = await capture(await fetch(`${url}/boom`), options)
 * ```
 */
export interface CaptureOptions {
  /** Most bytes to read; the rest is left unread and the snapshot is marked truncated. Default 4 MiB. */
  readonly maxBytes?: number | undefined
  /**
   * Most milliseconds to wait for the response to end: a promise passed in to settle, then its body
   * to be read. Default 3000, under the runners' 5 s test timeout.
   */
  readonly timeout?: number | undefined
}
