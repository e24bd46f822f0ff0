import { Safe500Error } from '../errors.ts'
import { openCaptures } from './internal/open-captures.ts'

/**
 * Starts watching for log captures a test leaves open. Call it as a test starts; call what it
 * returns as the test ends (after its own `afterEach` hooks): it restores every capture made since
 * and not restored, and throws `ERR_LOGS_NOT_RESTORED`, pointed at the `captureLogs()` call, if
 * there was one. Left open, a capture swallows what every later test of the file prints. Pass the
 * check the values a capture may rightly outlive the test in (those of the test's fixtures, one of
 * which may be a file-wide capture): a capture among them is left alone. `safe500/vitest` does
 * this for each test; with Jest, register it yourself.
 *
 * @example
 * ```ts
 * import { guardLogCaptures } from 'safe500'
 * let check: () => void
 * beforeEach(() => { check = guardLogCaptures() })
 * afterEach(() => check())
 * ```
 */
export function guardLogCaptures(): (kept?: Iterable<unknown>) => void {
  const before = new Set(openCaptures())
  return (kept = []) => {
    const keep = new Set(kept)
    const left = openCaptures().filter((open) => !before.has(open) && !keep.has(open.capture))
    if (left.length === 0) return
    for (const capture of left) capture.restore()
    const error = new Safe500Error(
      'ERR_LOGS_NOT_RESTORED',
      `captureLogs() was ${left.length === 1 ? 'called' : `called ${left.length} times`} in this test and not restored, so it would have swallowed what later tests print; safe500 restored it. Write \`using logs = captureLogs()\`, or call \`logs.restore()\` in afterEach.`,
    )
    // Pointed at the call, for the runner's code frame.
    const frames = left[0]?.site.stack?.split('\n').slice(1).join('\n')
    if (frames) error.stack = `${error.name}: ${error.message}\n${frames}`
    throw error
  }
}
