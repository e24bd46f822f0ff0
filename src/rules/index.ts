import type { Rule } from '../rule.ts'
import { bodyEmpty } from './body-empty.ts'
import { contentLengthMismatch } from './content-length-mismatch.ts'
import { contentTypeCharset } from './content-type-charset.ts'
import { contentTypeMismatch } from './content-type-mismatch.ts'
import { contentTypeMissing } from './content-type-missing.ts'
import { headerBackend } from './header-backend.ts'
import { headerCacheControl } from './header-cache-control.ts'
import { headerDebug } from './header-debug.ts'
import { headerNosniff } from './header-nosniff.ts'
import { headerRetryAfter } from './header-retry-after.ts'
import { headerServerVersion } from './header-server-version.ts'
import { headerVersion } from './header-version.ts'
import { headerXPoweredBy } from './header-x-powered-by.ts'
import { problemJsonShape } from './problem-json-shape.ts'
import { problemJsonStatus } from './problem-json-status.ts'
import { requestIdMalformed } from './request-id-malformed.ts'
import { requestIdMismatch } from './request-id-mismatch.ts'
import { requestIdMissing } from './request-id-missing.ts'
import { stackTraceNode } from './stack-trace-node.ts'
import { statusReason } from './status-reason.ts'
import { statusUnexpected } from './status-unexpected.ts'
import { upstreamEcho } from './upstream-echo.ts'

/**
 * The catalogue: every built-in rule, sorted by id.
 *
 * @example
 * ```ts
 * import { rules } from 'safe500'
 * for (const rule of rules) console.log(rule.id, rule.category, rule.description)
 * ```
 */
export const rules: readonly Rule[] = [
  bodyEmpty,
  contentLengthMismatch,
  contentTypeCharset,
  contentTypeMismatch,
  contentTypeMissing,
  headerBackend,
  headerCacheControl,
  headerDebug,
  headerNosniff,
  headerRetryAfter,
  headerServerVersion,
  headerVersion,
  headerXPoweredBy,
  problemJsonShape,
  problemJsonStatus,
  requestIdMalformed,
  requestIdMismatch,
  requestIdMissing,
  stackTraceNode,
  statusReason,
  statusUnexpected,
  upstreamEcho,
]
