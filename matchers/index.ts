// Matchers
export { toBeSafe500 } from './to-be-safe-500.ts'
export { toBeSafe5xx } from './to-be-safe-5xx.ts'
export { toHaveSafeHeaders } from './to-have-safe-headers.ts'
export { toLeakDetails } from './to-leak-details.ts'
export { toHaveRequestId } from './to-have-request-id.ts'
export { toBeTraceableIn } from './to-be-traceable-in.ts'
export { toKeepHeadersOf } from './to-keep-headers-of.ts'
export { toBeUniform } from './to-be-uniform.ts'

// Types
export type { MatcherContext, MatcherResult } from './internal/context.ts'
export type { Safe500Matchers } from './types.ts'
export type { ExpectedRequestId } from './to-have-request-id.ts'
export type { Logs, TraceableOptions } from './to-be-traceable-in.ts'
