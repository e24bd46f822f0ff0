import type { MatcherContext, MatcherResult } from './context.ts'
import { notAwaited } from './not-awaited.ts'
import { syncMatchers } from './sync-matchers.ts'

type Matcher = (this: MatcherContext, ...args: unknown[]) => unknown

/** What the guard needs of Jest: its `afterEach`, and the name of the test running. */
export interface JestHooks {
  readonly afterEach: (fn: () => Promise<void>) => void
  readonly currentTest: () => string | undefined
}

/** One call of an async matcher, until its verdict is in. */
interface Call {
  readonly name: string
  readonly test: string | undefined
  readonly isNot: boolean
  /** Where the test called the matcher, for the error's stack. */
  readonly site: Error
  /** What the matcher said, or the error it threw. */
  readonly said: Promise<{ readonly result?: MatcherResult; readonly error?: unknown }>
  orphaned: boolean
}

/**
 * Jest does not tell a matcher whether its promise is awaited, and a verdict that fails after its
 * test has ended stops the whole run. A call still pending when its test ends was not awaited:
 * `afterEach` fails that test with a `[safe500]` error that names the matcher and says what it
 * would have reported, and the call's own verdict becomes a pass, so nothing rejects after the
 * test. Sync matchers are left as they are.
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
  const pending = new Set<Call>()
  hooks.afterEach(async () => {
    const test = hooks.currentTest()
    const orphans = [...pending].filter((call) => call.test === test)
    if (orphans.length === 0) return
    for (const call of orphans) {
      call.orphaned = true
      pending.delete(call)
    }
    const [first] = orphans as [Call, ...Call[]]
    const { result, error } = await first.said
    const after =
      error !== undefined
        ? `\n\nAwaited, it would have thrown: ${error instanceof Error ? error.message : typeof error}`
        : result && result.pass === first.isNot
          ? `\n\nAwaited, it would have failed:\n\n${result.message()}`
          : ''
    const forgotten = notAwaited(first.name, after)
    // Pointed at the line that forgot, as the call's stack shows it.
    const frames = first.site.stack ?? ''
    forgotten.stack = `${forgotten.name}: ${forgotten.message}${frames.slice(frames.indexOf('\n'))}`
    throw forgotten
  })
  const guarded: Record<string, unknown> = {}
  for (const [name, matcher] of Object.entries(matchers)) {
    guarded[name] =
      typeof matcher === 'function' && !syncMatchers.has(name)
        ? watch(name, matcher as Matcher, pending)
        : matcher
  }
  return guarded
}

function watch(name: string, matcher: Matcher, pending: Set<Call>): Matcher {
  const watched = async function (this: MatcherContext, ...args: unknown[]): Promise<unknown> {
    // The matcher starts at once, as unwatched; what it throws is caught with what it rejects.
    const verdict = (async () => (await matcher.apply(this, args)) as MatcherResult)()
    const said: Call['said'] = verdict.then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    )
    const call: Call = {
      name,
      test: (this as { currentTestName?: string }).currentTestName,
      isNot: this.isNot,
      site: new Error('called here'),
      said,
      orphaned: false,
    }
    pending.add(call)
    await said
    pending.delete(call)
    // Orphaned: the test has failed already; a verdict now would only stop the run.
    if (call.orphaned) return { pass: !this.isNot, message: () => '' }
    return verdict
  }
  return Object.defineProperty(watched, 'name', { value: name })
}
