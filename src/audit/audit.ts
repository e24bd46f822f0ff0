import type { Snapshot } from '../capture/snapshot.ts'
import type { AuditOptions } from '../options.ts'
import type { Finding, Report } from '../report.ts'
import type { FoundRequestId } from '../request-id/find-request-id.ts'
import { capture } from '../capture/capture.ts'
import { isSnapshot } from '../capture/is-snapshot.ts'
import { notASnapshot } from '../capture/not-a-response.ts'
import { maskSecret } from '../format/mask.ts'
import { resolveOptions } from '../options.ts'
import { findRequestIds } from '../request-id/find-request-id.ts'
import { rules as catalogue } from '../rules/index.ts'
import { runRules } from './run-rules.ts'
import { createSubject } from './subject.ts'

/**
 * Reads a response and checks it against the whole contract of a safe 500: status and
 * representation, headers, a detail-free body, and the request ID. Resolves to a report whose
 * findings say what is wrong, where, with secrets masked.
 *
 * @example
 * ```ts
 * import { audit } from 'safe500'
 * const report = await audit(await fetch(`${base}/checkout`), { status: [500, 502] })
 * for (const f of report.findings) console.log(f.category, f.rule, f.where, f.excerpt)
 * ```
 */
export async function audit(input: unknown, options: AuditOptions = {}): Promise<Report> {
  const resolved = resolveOptions(options)
  const snapshot = await capture(input, { maxBytes: resolved.maxBytes, timeout: resolved.timeout })
  return auditSnapshot(snapshot, options)
}

/**
 * `audit()` for a snapshot already read with `capture()`: synchronous.
 *
 * @example
 * ```ts
 * import { auditSnapshot, capture } from 'safe500'
 * const snapshot = await capture(res)
 * const { ok, findings } = auditSnapshot(snapshot, { skip: ['request-id'] })
 * ```
 */
export function auditSnapshot(snapshot: Snapshot, options: AuditOptions = {}): Report {
  if (!isSnapshot(snapshot)) throw notASnapshot(snapshot)
  const resolved = resolveOptions(options)
  const subject = createSubject(snapshot, resolved)
  // The catalogue itself when no rules are added: the same list each time, its gate found at once.
  const rules = resolved.rules.length === 0 ? catalogue : [...catalogue, ...resolved.rules]
  const findings = runRules(rules, subject)
  const ids = findRequestIds(subject)
  const id = ids.header ?? ids.body
  return {
    ok: findings.length === 0,
    status: snapshot.status,
    expectedStatus: resolved.status,
    // An "ID" that is (part of) a secret a rule found, as in `Request ID: <key>`, is masked too.
    requestId: id && insideSecret(id, findings) ? maskSecret(id.value) : id?.value,
    findings,
    contentType: snapshot.headers['content-type'],
    size: snapshot.body.byteLength,
    truncated: snapshot.truncated,
  }
}

function insideSecret(id: FoundRequestId, findings: readonly Finding[]): boolean {
  const { offset } = id
  return findings.some(
    (f) =>
      f.category === 'secret' &&
      (id.in === 'header'
        ? f.where === id.where
        : offset !== undefined &&
          f.span !== undefined &&
          f.span.start < offset + id.raw.length &&
          offset < f.span.end),
  )
}
