import { expect, test, vi } from 'vitest'
import * as matchers from '../../../matchers/index.ts'
import type { MatcherResult } from '../../../matchers/internal/context.ts'
import { guardJestAwait } from '../../../matchers/internal/jest-await-guard.ts'
import { exampleSnapshot } from '../../support/example-response.ts'

// The Jest entry's guard against a forgotten await, driven as Jest drives it: matchers called with
// Jest's `this`, then the afterEach hook of the test that called them.

type Watched = (this: unknown, ...args: unknown[]) => Promise<MatcherResult>

function setup() {
  let hook: (() => Promise<void>) | undefined
  let current = 'first test'
  const guarded = guardJestAwait(matchers, {
    afterEach: (fn) => (hook = fn),
    currentTest: () => current,
  })
  const call = (name: string, received: unknown, isNot = false) =>
    (guarded[name] as Watched).call(
      {
        isNot,
        currentTestName: current,
        utils: {
          matcherHint: (matcher: string) => `expect(received).${matcher}()`,
          printReceived: String,
          printExpected: String,
        },
      },
      received,
    )
  const afterEach = async () => {
    if (!hook) throw new Error('no afterEach registered')
    return hook().then(
      () => undefined,
      (error: unknown) => (error as Error).message,
    )
  }
  return { guarded, call, afterEach, switchTo: (name: string) => (current = name) }
}

const safe = exampleSnapshot('{"error":"Internal Server Error"}')
const leaky = exampleSnapshot('{"error":"connect ECONNREFUSED 10.0.3.7:5432"}')

test('sync matchers and non-functions are installed as they are; async ones keep their names', () => {
  const { guarded } = setup()
  expect(guarded['toBeUniform']).toBe(matchers.toBeUniform)
  expect(Object.keys(guarded).sort()).toEqual(Object.keys(matchers).sort())
  for (const [name, fn] of Object.entries(guarded)) expect((fn as { name: string }).name).toBe(name)
})

test('an awaited call reports as unguarded, and its test passes the hook', async () => {
  const { call, afterEach } = setup()
  expect((await call('toBeSafe500', leaky)).pass).toBe(false)
  expect((await call('toBeSafe500', safe)).pass).toBe(true)
  await expect(call('toBeSafe500', 42)).rejects.toThrow(/^\[safe500\]/)
  expect(await afterEach()).toBeUndefined()
})

test('an awaited call is seen as awaited while fake timers hold queueMicrotask (Jest fakes it)', async () => {
  vi.useFakeTimers({ toFake: ['queueMicrotask', 'setTimeout', 'setImmediate', 'Date'] })
  try {
    const { call, afterEach } = setup()
    expect((await call('toBeSafe500', safe)).pass).toBe(true)
    expect(await afterEach()).toBeUndefined()
  } finally {
    vi.useRealTimers()
  }
})

/** As Jest's expect hands a matcher's promise to the test: chained on at once, twice. */
function asJest(promise: Promise<MatcherResult>): Promise<MatcherResult> {
  return promise
    .then((result) => {
      if (!result.pass) throw new Error('JestAssertionError')
      return result
    })
    .catch((error: unknown) => {
      throw error
    })
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 10))

test('a call still pending when its test ends fails that test, saying what it would have reported', async () => {
  const { call, afterEach } = setup()
  const forgotten = call('toBeSafe500', leaky)
  const message = await afterEach()
  expect(message).toMatch(/^\[safe500\] toBeSafe500\(\) was not awaited/)
  expect(message).toContain('Awaited, it would have failed:')
  expect(message).toContain('driver-error › driver-error-errno')
  expect((await forgotten).pass).toBe(false)
})

test('a call whose verdict came in before its test ended, never awaited, fails that test too', async () => {
  const { call, afterEach } = setup()
  // Jest's chain on a failing verdict rejects; the guard keeps that from going unhandled.
  void asJest(call('toBeSafe500', leaky))
  void asJest(call('toBeSafe500', safe))
  await settled()
  const message = await afterEach()
  expect(message).toMatch(/^\[safe500\] toBeSafe500\(\) was not awaited/)
  expect(message).toContain('Awaited, it would have failed:')
  // A passing verdict that was never awaited is as lost as a failing one.
  const passing = call('toBeSafe500', safe)
  void asJest(passing)
  await passing
  await settled()
  expect(await afterEach()).toMatch(
    /^\[safe500\] toBeSafe500\(\) was not awaited, so its verdict was lost\.[^\n]*$/,
  )
})

test('what Jest hands the test counts as awaited when the test awaits it, chains on it or returns it', async () => {
  const { call, afterEach } = setup()
  expect((await asJest(call('toBeSafe500', safe))).pass).toBe(true)
  await expect(asJest(call('toBeSafe500', leaky))).rejects.toThrow('JestAssertionError')
  await Promise.all([asJest(call('toBeSafe500', safe)), asJest(call('toBeSafe500', safe))])
  await asJest(call('toBeSafe500', safe)).then(() => undefined)
  const returned = async () => asJest(call('toBeSafe500', safe))
  await returned()
  await settled()
  expect(await afterEach()).toBeUndefined()
  // A test that returns the promise at once: jest-circus takes it with both handlers, before the
  // guard has looked at what the test was handed.
  const circusTakes = (promise: Promise<unknown>) =>
    new Promise((resolve, reject) => {
      promise.then(resolve, reject)
    })
  const syncTest = () => asJest(call('toBeSafe500', safe))
  await circusTakes(syncTest())
  await circusTakes(syncTest().then(() => undefined))
  await settled()
  expect(await afterEach()).toBeUndefined()
  // Jest's own chaining is not the test awaiting.
  void asJest(call('toBeSafe500', safe)).then(() => undefined)
  await settled()
  expect(await afterEach()).toMatch(/was not awaited/)
})

test('a forgotten .not call says so and gives the fix with its .not', async () => {
  const { call, afterEach } = setup()
  const forgotten = call('toLeakDetails', safe, true)
  const message = await afterEach()
  expect(message).toMatch(
    /^\[safe500\] not\.toLeakDetails\(\) was not awaited, so its verdict was lost\. Write `await expect\(res\)\.not\.toLeakDetails\(\)`/,
  )
  expect(message).not.toContain('Awaited, it would have')
  expect((await forgotten).pass).toBe(false)
  const leaking = call('toLeakDetails', leaky, true)
  expect(await afterEach()).toContain('Awaited, it would have failed:')
  expect((await leaking).pass).toBe(true)
})

test('a forgotten call that would have thrown says why, and does not reject unhandled', async () => {
  const { call, afterEach } = setup()
  const forgotten = call('toBeSafe500', 42)
  void asJest(call('toBeSafe500', 42))
  const message = await afterEach()
  expect(message).toMatch(/Awaited, it would have thrown: \[safe500\] /)
  await expect(forgotten).rejects.toThrow(/^\[safe500\]/)
})

test("a call of another test is not this test's to report", async () => {
  const { call, afterEach, switchTo } = setup()
  const other = call('toBeSafe500', safe)
  switchTo('second test')
  expect(await afterEach()).toBeUndefined()
  expect((await other).pass).toBe(true)
})
