// Reading responses
export { capture } from './capture/capture.ts'
export { isSnapshot } from './capture/is-snapshot.ts'
export type { CaptureOptions, Snapshot } from './capture/snapshot.ts'

// Auditing
export { audit, auditSnapshot } from './audit/audit.ts'
export { configure } from './options.ts'
export type { AuditOptions, RequestIdPlacement } from './options.ts'
export { categories, leakCategories } from './report.ts'
export type { Category, Finding, Report } from './report.ts'

// Rules
export { defineRule } from './define-rule.ts'
export type { DetectRuleSpec, PatternRuleSpec } from './define-rule.ts'
export { rules } from './rules/index.ts'
export type { Hit, Rule, RuleExample, Subject, TextView } from './rule.ts'

// Request IDs
export { findRequestIds } from './request-id/find-request-id.ts'
export type { FoundRequestId, RequestIds } from './request-id/find-request-id.ts'
export { requestIdHeaderNames } from './request-id/header-names.ts'

// Canaries
export { plantCanaries } from './canaries/canaries.ts'
export type { Canaries } from './canaries/canaries.ts'
export { canaryError } from './canaries/canary-error.ts'
export type { CanaryError } from './canaries/canary-error.ts'

// Messages
export { formatFinding } from './format/format-finding.ts'
export { formatReport } from './format/format-report.ts'
export { maskSecret } from './format/mask.ts'
export { Safe500Error } from './errors.ts'
export { assertSupportedNode, minimumNode } from './node-version.ts'
export type { Safe500ErrorCode } from './errors.ts'
