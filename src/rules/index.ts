import type { Rule } from '../rule.ts'
import { headerCacheControl } from './header-cache-control.ts'
import { headerXPoweredBy } from './header-x-powered-by.ts'
import { requestIdMissing } from './request-id-missing.ts'
import { stackTraceNode } from './stack-trace-node.ts'
import { statusUnexpected } from './status-unexpected.ts'
import { upstreamEcho } from './upstream-echo.ts'

/** The catalogue: every built-in rule, sorted by id. */
export const rules: readonly Rule[] = [
  headerCacheControl,
  headerXPoweredBy,
  requestIdMissing,
  stackTraceNode,
  statusUnexpected,
  upstreamEcho,
]
