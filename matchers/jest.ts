import { assertSupportedNode, Safe500Error } from '../src/index.ts'
import * as matchers from './index.ts'
import { refuseAsymmetric } from './internal/asymmetric.ts'
import { guardJestAwait } from './internal/jest-await-guard.ts'
import { asyncMatcherNames } from './internal/sync-matchers.ts'
import type { Safe500Matchers } from './types.ts'

declare global {
  // Jest's global `expect` (@types/jest) takes its matchers from `jest.Matchers`.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // The type parameters as @types/jest declares them, or the two declarations would not merge.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Matchers<R, T = {}> extends Safe500Matchers<R, T> {}
  }
}

assertSupportedNode()

const globals = globalThis as {
  expect?: { extend?: (m: object) => void; getState?: () => { currentTestName?: string } }
  afterEach?: (fn: () => Promise<void>) => void
}
const jestExpect = globals.expect
if (typeof jestExpect?.extend !== 'function') {
  throw new Safe500Error(
    'ERR_BAD_OPTION',
    "safe500/jest found no global `expect`. Load it from Jest's setupFilesAfterEnv (not setupFiles), or with injectGlobals enabled.",
  )
}
// Jest's own `afterEach` lets a test that forgot an `await` fail with a [safe500] error, instead of
// the verdict stopping the run after the test.
const { afterEach } = globals
jestExpect.extend(
  typeof afterEach === 'function'
    ? guardJestAwait(matchers, {
        afterEach,
        currentTest: () => jestExpect.getState?.().currentTestName,
      })
    : matchers,
)
// An async matcher cannot work asymmetrically (expect.toBeSafe500() inside toEqual): say so.
refuseAsymmetric(jestExpect, asyncMatcherNames(matchers))
