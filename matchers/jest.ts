import { assertSupportedNode, Safe500Error } from '../src/index.ts'
import * as matchers from './index.ts'

assertSupportedNode()

const jestExpect = (globalThis as { expect?: { extend?: (m: object) => void } }).expect
if (typeof jestExpect?.extend !== 'function') {
  throw new Safe500Error(
    'ERR_BAD_OPTION',
    "safe500/jest found no global `expect`. Load it from Jest's setupFilesAfterEnv (not setupFiles), or with injectGlobals enabled.",
  )
}
jestExpect.extend(matchers)
