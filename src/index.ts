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
export { checkRuleExamples } from './check-rule-examples.ts'
export { keywordMatches } from './audit/keyword-matches.ts'
export type { DetectRuleSpec, PatternRuleSpec } from './define-rule.ts'
export { rules } from './rules/index.ts'
export type { Hit, Rule, RuleExample, Subject, TextView } from './rule.ts'

// Request IDs
export { findRequestIds } from './request-id/find-request-id.ts'
export type { FoundRequestId, RequestIds } from './request-id/find-request-id.ts'
export type { RequestIdKind } from './request-id/request-id-kind.ts'
export { requestIdHeaderNames } from './request-id/header-names.ts'
export { parseTraceparent } from './request-id/parse-traceparent.ts'
export type { Traceparent } from './request-id/parse-traceparent.ts'
export { requestIdFormats } from './request-id/request-id-formats.ts'
export type { RequestIdFormat } from './request-id/request-id-formats.ts'
export { requestIdProblems } from './request-id/request-id-problems.ts'
export { looksSequential } from './request-id/looks-sequential.ts'
export { hostileRequestIds } from './request-id/hostile-request-ids.ts'
export type { HostileRequestId } from './request-id/hostile-request-ids.ts'
export { probeRequestId } from './request-id/probe-request-id.ts'
export type { ProbeReport, ProbeRequestIdOptions } from './request-id/probe-request-id.ts'
export { droppedHeaders, securityHeaderNames } from './request-id/dropped-headers.ts'
export type { DroppedHeader, DroppedHeadersOptions } from './request-id/dropped-headers.ts'
export { checkUniform } from './request-id/check-uniform.ts'
export type {
  MaskedResponse,
  UniformDifference,
  UniformOptions,
  Uniformity,
} from './request-id/check-uniform.ts'

// Logs
export { captureLogs } from './logs/capture-logs.ts'
export type { CaptureLogsOptions, LogCapture, LogRecord } from './logs/capture-logs.ts'
export { findTrace } from './logs/find-trace.ts'
export { guardLogCaptures } from './logs/guard-log-captures.ts'
export type { Trace, TraceOptions } from './logs/find-trace.ts'

// Canaries
export { plantCanaries } from './canaries/canaries.ts'
export type { Canaries } from './canaries/canaries.ts'
export { canaryError } from './canaries/canary-error.ts'
export type { CanaryError } from './canaries/canary-error.ts'

// Messages
export { formatFinding } from './format/format-finding.ts'
export { formatReport } from './format/format-report.ts'
export { maskSecret } from './format/mask.ts'
export { maskSecrets } from './audit/mask-secrets.ts'
export { Safe500Error } from './errors.ts'
export { assertSupportedNode, minimumNode } from './node-version.ts'
export type { Safe500ErrorCode } from './errors.ts'
