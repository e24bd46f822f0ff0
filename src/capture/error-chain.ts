/** An error as its fields show it, of any realm (Jest runs tests in a vm context of its own). */
export interface ErrorLike {
  readonly name?: unknown
  readonly message: string
  readonly code?: unknown
}

/**
 * `error` and its causes, at most `depth` of them, that look like errors (a string `message`),
 * whatever realm made them: Node's fetch rejects with errors of Node's own realm, which
 * `instanceof Error` does not see in a test Jest runs in a vm context. Each is the object itself;
 * a getter that throws ends the chain.
 *
 * @example
 * ```ts
 * for (const e of errorChain(reason)) if (e.message === 'terminated') return true
 * ```
 */
export function* errorChain(error: unknown, depth = 8): Generator<ErrorLike> {
  let current = error
  for (let i = 0; i < depth && typeof current === 'object' && current !== null; i++) {
    let next: unknown
    try {
      if (typeof (current as { message?: unknown }).message !== 'string') return
      next = (current as { cause?: unknown }).cause
    } catch {
      return
    }
    yield current as ErrorLike
    current = next
  }
}
