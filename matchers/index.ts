// Matchers
export { toBeSafe500 } from './to-be-safe-500.ts'
export { toBeSafe5xx } from './to-be-safe-5xx.ts'
export { toHaveSafeHeaders } from './to-have-safe-headers.ts'
export { toLeakDetails } from './to-leak-details.ts'

// Types
export type { MatcherContext, MatcherResult } from './internal/context.ts'
export type { Safe500Matchers } from './types.ts'
