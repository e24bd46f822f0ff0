import type { MatcherContext, MatcherResult } from './context.ts'
import { notAwaited, verdictWithin, wouldHaveSaid } from './not-awaited.ts'
import { asyncMatcherNames } from './sync-matchers.ts'

type Matcher = (this: MatcherContext, ...args: unknown[]) => unknown

/** What the guard needs of Jest: its `afterEach`, and the name of the test running. */
export interface JestHooks {
  readonly afterEach: (fn: () => Promise<void>) => void
  readonly currentTest: () => string | undefined
}

/** One call of an async matcher, from the call to the end of its test. */
interface Call {
  readonly name: string
  readonly test: string | undefined
  readonly isNot: boolean
  /** Where the test called the matcher, for the error's stack. */
  readonly site: Error
  /** What the matcher said, or the error it threw. */
  readonly said: Promise<{ readonly result?: MatcherResult; readonly error?: unknown }>
  /** The last promise chained from the call's so far: Jest's, until the call is handed over. */
  latest: Promise<unknown> | undefined
  /** The promise the test got: the last of those Jest chained on the call's. */
  handed: Promise<unknown> | undefined
  /** Whether the test awaited (or chained on, or returned) the promise it was handed. */
  awaited: boolean
}

/** True while the guard chains on a promise itself: that is no test awaiting it. */
let guarding = false

/**
 * The promise an async matcher returns: it notes every `then` on itself and on the promises
 * chained from it, so the guard knows whether the promise the test got was awaited.
 */
class Watched extends Promise<MatcherResult> {
  call: Call | undefined

  override then<A = MatcherResult, B = never>(
    onFulfilled?: ((value: MatcherResult) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    const next = super.then(onFulfilled, onRejected)
    const { call } = this
    if (call && !guarding) {
      if (call.handed === undefined) {
        // Jest chains with one handler at a time (a then, then a catch). A then with both is a
        // consumer's: an await, or jest-circus taking the promise a test returned at once.
        if (typeof onFulfilled === 'function' && typeof onRejected === 'function')
          call.awaited = true
        ;(next as unknown as Watched).call = call
        call.latest = next
      } else if (call.handed === this) call.awaited = true
    }
    return next
  }
}

/**
 * Jest does not tell a matcher whether its promise is awaited: a forgotten `await` lets a verdict
 * pass unseen, or a failing verdict reject after its test and stop the whole run. Each call of an
 * async matcher returns a promise that notes being awaited; Jest chains on it at once, and the
 * last promise of that chain is what the test gets. When the test ends without awaiting it,
 * `afterEach` fails that test with a `[safe500]` error that names the matcher and says what it
 * would have reported, whether the verdict was in already or comes within 2 s (else that it was
 * pending), and the verdict is kept from rejecting unhandled. Sync matchers are left as they are.
 *
 * @example
 * ```ts
 * expect.extend(guardJestAwait(matchers, { afterEach, currentTest: () => expect.getState().currentTestName }))
 * ```
 */
export function guardJestAwait(
  matchers: Readonly<Record<string, unknown>>,
  hooks: JestHooks,
): Record<string, unknown> {
  const calls = new Set<Call>()
  hooks.afterEach(async () => {
    const test = hooks.currentTest()
    const ended = [...calls].filter((call) => call.test === test)
    for (const call of ended) calls.delete(call)
    const [first] = ended.filter((call) => !call.awaited)
    if (!first) return
    const said = await verdictWithin(first.said)
    const after =
      said === 'pending'
        ? wouldHaveSaid(said)
        : said.error !== undefined
          ? `\n\nAwaited, it would have thrown: ${said.error instanceof Error ? said.error.message : typeof said.error}`
          : wouldHaveSaid({
              failed:
                said.result && said.result.pass === first.isNot ? said.result.message() : undefined,
            })
    // Pointed at the line that forgot, as the call's stack shows it.
    throw notAwaited(first.name, after, first.isNot, first.site)
  })
  const guarded: Record<string, unknown> = { ...matchers }
  for (const name of asyncMatcherNames(matchers))
    guarded[name] = watch(name, matchers[name] as Matcher, calls)
  return guarded
}

function watch(name: string, matcher: Matcher, calls: Set<Call>): Matcher {
  const watched = function (this: MatcherContext, ...args: unknown[]): Watched {
    // The matcher starts at once, as unwatched; what it throws is caught with what it rejects.
    const verdict = (async () => (await matcher.apply(this, args)) as MatcherResult)()
    const call: Call = {
      name,
      test: (this as { currentTestName?: string }).currentTestName,
      isNot: this.isNot,
      site: new Error('called here'),
      said: verdict.then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      ),
      latest: undefined,
      handed: undefined,
      awaited: false,
    }
    calls.add(call)
    const promise = new Watched((resolve, reject) => {
      verdict.then(resolve, reject)
    })
    promise.call = call
    // Jest chains on the promise before this runs; an await by the test comes after. A promise's
    // reaction, not queueMicrotask(): Jest's fake timers fake that one, and this would never run.
    void Promise.resolve().then(() => {
      const handed = call.latest ?? promise
      call.handed = handed
      // A verdict the test never awaits must not reject unhandled after the test: afterEach
      // reports it instead.
      guarding = true
      try {
        handed.then(undefined, () => undefined)
      } finally {
        guarding = false
      }
    })
    return promise
  }
  return Object.defineProperty(watched, 'name', { value: name })
}
