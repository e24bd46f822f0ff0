import { Safe500Error } from '../errors.ts'

interface StreamState {
  readonly locked?: boolean
  readonly bodyUsed?: boolean
  readonly readableEnded?: boolean
  readonly readableFlowing?: boolean | null
  readonly destroyed?: boolean
  readonly _dumped?: boolean
}

/**
 * Why a body stream can no longer be read whole, or undefined when it can: a web stream that is
 * locked, an undici body that was used, a node stream that ended, flows to another reader, was
 * dumped or destroyed.
 *
 * @example
 * ```ts
 * consumedState(res.body) // 'its stream is locked by another reader', or undefined
 * ```
 */
export function consumedState(stream: unknown): string | undefined {
  if (typeof stream !== 'object' || stream === null) return undefined
  const s = stream as StreamState
  if (s.bodyUsed === true) return 'it was already consumed'
  if (s.locked === true) return 'its stream is locked by another reader'
  if (s.readableEnded === true) return 'it was already read to its end'
  if (s.readableFlowing === true) return 'it is already flowing to another reader'
  if (s._dumped === true) return 'it was discarded (resume() or a missing response listener)'
  if (s.destroyed === true) return 'its stream was destroyed'
  return undefined
}

/**
 * Throws `ERR_BODY_CONSUMED` when `stream` cannot be read whole; `fix` says what to pass instead.
 *
 * @example
 * ```ts
 * assertReadable(message, 'the IncomingMessage', 'Pass it before reading it.')
 * ```
 */
export function assertReadable(stream: unknown, what: string, fix: string): void {
  const state = consumedState(stream)
  if (state === undefined) return
  throw new Safe500Error(
    'ERR_BODY_CONSUMED',
    `Cannot read the body of ${what}: ${state}. A body can be read once only. ${fix}`,
  )
}
