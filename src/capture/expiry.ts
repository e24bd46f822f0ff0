import { clearTimeout, setTimeout } from 'node:timers'
import { Safe500Error } from '../errors.ts'

/** The longest delay setTimeout keeps (about 24.8 days). */
const maxDelay = 2 ** 31 - 1

/** A promise that rejects when time is up, and how to stop its timer. */
export interface Expiry {
  /** Rejects with `ERR_BODY_TIMEOUT` after the time given; never resolves. */
  readonly expired: Promise<never>
  readonly clear: () => void
}

/**
 * A timer of `timeout` ms that rejects with `ERR_BODY_TIMEOUT` and the message `message()` gives
 * then (so it can say how far reading got). It does not keep the process alive, and its rejection
 * is handled even when nobody races it any more. It runs on Node's own timers, which a test's
 * fake timers (`vi.useFakeTimers()`, `jest.useFakeTimers()`) leave alone: a body that never ends
 * is reported even while the test's clock stands still.
 *
 * @example
 * ```ts
 * const { expired, clear } = expiry(2000, () => `The body did not end within 2000 ms.`)
 * try { await Promise.race([read(), expired]) } finally { clear() }
 * ```
 */
export function expiry(timeout: number, message: () => string): Expiry {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    // setTimeout fires at once for more than 2^31 - 1 ms: a longer wait is as good as that one.
    const wait = Math.min(timeout, maxDelay)
    timer = setTimeout(() => reject(new Safe500Error('ERR_BODY_TIMEOUT', message())), wait)
    timer.unref?.()
  })
  expired.catch(() => undefined)
  return { expired, clear: () => clearTimeout(timer) }
}
