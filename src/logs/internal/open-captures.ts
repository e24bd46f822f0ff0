/** A capture still patching the console and streams, and where `captureLogs()` was called. */
export interface OpenCapture {
  /** What `captureLogs()` returned. */
  readonly capture: object
  readonly restore: () => void
  /** Its stack starts at the caller of `captureLogs()`. */
  readonly site: { stack?: string | undefined }
}

const open = new Set<OpenCapture>()

/**
 * Notes a capture as open until `closed()` is called: for the runner entries to find one a test
 * left open.
 *
 * @example
 * ```ts
 * const handle = trackCapture(logs, stop, site)
 * const restore = () => { handle.closed(); stop() }
 * ```
 */
export function trackCapture(
  capture: object,
  restore: () => void,
  site: { stack?: string | undefined },
): { readonly closed: () => void } {
  const entry: OpenCapture = { capture, restore, site }
  open.add(entry)
  return { closed: () => open.delete(entry) }
}

/**
 * The captures open now, oldest first.
 *
 * @example
 * ```ts
 * const before = new Set(openCaptures())
 * // … the test runs …
 * const left = openCaptures().filter((c) => !before.has(c))
 * ```
 */
export function openCaptures(): OpenCapture[] {
  return [...open]
}
