/**
 * Stable codes of the errors safe500 throws.
 *
 * @example
 * ```ts
 * import { capture, Safe500Error, type Safe500ErrorCode } from 'safe500'
 * const bodyErrors: Safe500ErrorCode[] = ['ERR_BODY_TIMEOUT', 'ERR_BODY_READ']
 * try {
 *   await capture(fetch(`${url}/report.csv`), { timeout: 500 })
 * } catch (error) {
 *   if (!(error instanceof Safe500Error && bodyErrors.includes(error.code))) throw error
 * }
 * ```
 */
export type Safe500ErrorCode =
  | 'ERR_NOT_A_RESPONSE'
  | 'ERR_BODY_CONSUMED'
  | 'ERR_BODY_TIMEOUT'
  | 'ERR_BODY_READ'
  | 'ERR_BAD_ENCODING'
  | 'ERR_NOT_AWAITED'
  | 'ERR_NODE_VERSION'
  | 'ERR_BAD_OPTION'
  | 'ERR_BAD_RULE'
  | 'ERR_FAULT_NOT_HIT'
  | 'ERR_REQUEST_ESCAPED'
  | 'ERR_LOGS_NOT_RESTORED'

/**
 * The error safe500 throws for bad input or misuse. Its message says what failed, why and how to
 * fix it, and always starts with `[safe500]`.
 *
 * @example
 * ```ts
 * import { capture, Safe500Error } from 'safe500'
 * try {
 *   await capture(42)
 * } catch (error) {
 *   if (error instanceof Safe500Error && error.code === 'ERR_NOT_A_RESPONSE') console.log(error.message)
 * }
 * ```
 */
export class Safe500Error extends Error {
  override readonly name = 'Safe500Error'
  readonly code: Safe500ErrorCode

  constructor(code: Safe500ErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[safe500] ${message}`, options)
    this.code = code
  }
}
