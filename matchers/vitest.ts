import { beforeEach, chai, expect, onTestFinished } from 'vitest'
import { assertSupportedNode, guardLogCaptures } from '../src/index.ts'
import * as matchers from './index.ts'
import { refuseAsymmetric } from './internal/asymmetric.ts'
import { callSite, withFramesOf } from './internal/at-caller.ts'
import { notAwaited, verdictWithin, wouldHaveSaid, type Verdict } from './internal/not-awaited.ts'
import { asyncMatcherNames } from './internal/sync-matchers.ts'
import type { Safe500Matchers } from './types.ts'

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<R, T> extends Safe500Matchers<R, T> {}
}

assertSupportedNode()

const allMatchers = Object.entries(matchers).filter(([, fn]) => typeof fn === 'function')
expect.extend(Object.fromEntries(allMatchers) as Parameters<typeof expect.extend>[0])
const names = asyncMatcherNames(matchers)

for (const name of names) guardAwait(name)
// An async matcher cannot work asymmetrically (expect.toBeSafe500() inside toEqual): say so.
// The expect of a test's context takes its asymmetric matchers from Vitest's shared store, so
// they are refused there too.
refuseAsymmetric(expect, names)
const store: unknown = (globalThis as Record<symbol, unknown>)[
  Symbol.for('asymmetric-matchers-object')
]
if (typeof store === 'object' && store !== null) refuseAsymmetric(store, names)

// A log capture a test opens and leaves open swallows what every later test of the file prints:
// restore it when the test ends (after its afterEach hooks), and fail the test that left it.
// Destructured: in a file whose test is extended with fixtures (safe500/fixtures), Vitest refuses a
// hook whose context is not. Tests that run at the same time are not checked: a capture still open
// may be another test's. A capture that is the value of a fixture (a file-wide one) is the
// fixture's to restore.
beforeEach(({ task, onTestFinished: whenFinished }) => {
  if (task.concurrent === true) return
  const check = guardLogCaptures()
  whenFinished(() => check(Object.values(task.context as object)))
})

/**
 * True for the error Vitest throws for a failed verdict (its JestExtendError, which carries
 * `__vitest_error_context__`): its frames are Vitest's own. Any other error (a bug in a custom
 * rule, say) keeps the stack that says where it was thrown.
 */
function isVerdict(error: unknown): error is Error {
  return (
    error instanceof Error &&
    (error.constructor.name === 'JestExtendError' || '__vitest_error_context__' in error)
  )
}

/** What guardAwait reads of the test an assertion belongs to. */
interface TestWithContext {
  readonly context?: { readonly onTestFinished?: typeof onTestFinished }
}

/**
 * Vitest does not track custom async matchers: an un-awaited `expect(res).toBeSafe500()` would
 * pass silently. Wrap the installed method so the test fails, at the line that forgot, unless the
 * returned promise is awaited (or chained).
 */
function guardAwait(name: string): void {
  chai.util.overwriteMethod(
    chai.Assertion.prototype,
    name,
    (original: (...args: unknown[]) => unknown) =>
      function guarded(this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args) as Promise<unknown>
        let awaited = false
        const isNot = chai.util.flag(this as object, 'negate') === true
        const site = callSite(guarded)
        // The test the assertion belongs to: that of the test's own `expect` (what Vitest asks
        // for in test.concurrent), else the current one. Its context's hook runs when that test
        // ends, not when whichever test is current at the time ends.
        const test = chai.util.flag(this as object, 'vitest-test') as TestWithContext | undefined
        const whenFinished = test?.context?.onTestFinished ?? onTestFinished
        try {
          // Runs after the test, once `failure` below is set.
          whenFinished(async () => {
            if (!awaited)
              throw notAwaited(name, wouldHaveSaid(await verdictWithin(failure)), isNot, site)
          })
        } catch {
          // Called outside a test (a hook or a helper): nothing to attach the check to, so its
          // rejection is left unhandled, for the runner to report.
          return result
        }
        // Handled once the check is attached: a verdict nobody awaited is reported by the check,
        // once, and never as an unhandled rejection besides.
        const failure: Promise<Verdict> = result.then(
          () => ({ failed: undefined }),
          (error: unknown) => ({ failed: error instanceof Error ? error.message : String(error) }),
        )
        // Vitest throws a failed verdict from its own code after an await, so the error's stack
        // holds none of the test's frames and no code frame is drawn: it gets those of the call.
        const located = () =>
          result.catch((error: unknown) => {
            throw isVerdict(error) ? withFramesOf(error, site) : error
          })
        return {
          then(
            onFulfilled?: (value: unknown) => unknown,
            onRejected?: (reason: unknown) => unknown,
          ) {
            awaited = true
            return located().then(onFulfilled, onRejected)
          },
          catch(onRejected?: (reason: unknown) => unknown) {
            awaited = true
            return located().catch(onRejected)
          },
          finally(onFinally?: () => void) {
            awaited = true
            return located().finally(onFinally)
          },
          [Symbol.toStringTag]: 'Promise',
        }
      },
  )
}
