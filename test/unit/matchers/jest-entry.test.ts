import { afterEach, expect, test, vi } from 'vitest'
import * as matchers from '../../../matchers/index.ts'
import { snapshotOf } from '../../support/example-response.ts'

// safe500/jest installs the matchers on the global `expect` that Jest provides to
// setupFilesAfterEnv, and says how to fix it when there is none.

const global = globalThis as { expect?: unknown }

afterEach(() => {
  delete global.expect
  vi.resetModules()
})

test('extends the global expect with every matcher', async () => {
  const extend = vi.fn()
  global.expect = { extend }
  vi.resetModules()
  await import('../../../matchers/jest.ts')
  expect(extend).toHaveBeenCalledTimes(1)
  const installed = extend.mock.calls[0]?.[0] as Record<string, unknown>
  expect(Object.keys(installed).sort()).toEqual(Object.keys(matchers).sort())
  // A fresh copy of the matchers module (the modules were reset): the same functions by name.
  for (const [name, fn] of Object.entries(installed))
    expect([name, typeof fn, (fn as { name?: string }).name]).toEqual([name, 'function', name])
})

test('async matchers are refused asymmetrically, with and without .not; sync ones are kept', async () => {
  const extend = vi.fn()
  const made = () => 'a CustomMatcher'
  const jestExpect = { extend, toBeUniform: made, not: { toBeUniform: made } }
  global.expect = jestExpect
  vi.resetModules()
  await import('../../../matchers/jest.ts')
  const asymmetric = jestExpect as unknown as Record<string, () => unknown> & {
    not: Record<string, () => unknown>
  }
  expect(() => asymmetric['toBeSafe500']?.()).toThrow(
    '[safe500] expect.toBeSafe500() cannot be used as an asymmetric matcher',
  )
  expect(() => asymmetric.not['toLeakDetails']?.()).toThrow(
    '[safe500] expect.not.toLeakDetails() cannot be used as an asymmetric matcher',
  )
  expect(asymmetric['toBeUniform']?.()).toBe('a CustomMatcher')
})

test('without a global expect, a [safe500] error says where to load it', async () => {
  delete global.expect
  vi.resetModules()
  await expect(import('../../../matchers/jest.ts')).rejects.toThrow(
    /^\[safe500\] safe500\/jest found no global `expect`\. Load it from Jest's setupFilesAfterEnv/,
  )
})

test('the installed matchers work with the `this` Jest gives them', async () => {
  const extend = vi.fn()
  global.expect = { extend }
  vi.resetModules()
  await import('../../../matchers/jest.ts')
  const installed = extend.mock.calls[0]?.[0] as Record<
    string,
    (this: unknown, received: unknown) => Promise<{ pass: boolean; message: () => string }>
  >
  const jestThis = {
    isNot: false,
    utils: {
      matcherHint: (name: string) => `expect(received).${name}()`,
      printReceived: (value: unknown) => String(value),
      printExpected: (value: unknown) => String(value),
    },
  }
  const headers = {
    'content-type': 'application/problem+json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
  }
  const safe = snapshotOf({
    status: 500,
    headers,
    body: '{"type":"about:blank","title":"Internal Server Error","status":500}',
  })
  const leaky = snapshotOf({
    status: 500,
    headers,
    body: '{"title":"Internal Server Error","status":500,"detail":"relation \\"orders\\" does not exist"}',
  })
  const passed = await installed['toBeSafe500']?.call(jestThis, safe)
  expect(passed?.pass).toBe(true)
  const failed = await installed['toBeSafe500']?.call(jestThis, leaky)
  expect(failed?.pass).toBe(false)
  expect(failed?.message()).toContain('sql-error')
})
