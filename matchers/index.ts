// Matchers
export { toBeSafe500 } from './to-be-safe-500.ts'

// Types
export type { MatcherContext, MatcherResult } from './internal/context.ts'
export type { Safe500Matchers } from './types.ts'
