import { audit, type AuditOptions, type Report } from '../../src/index.ts'
import { namingErrors } from './naming-errors.ts'

/**
 * Audits what the matcher received; bad input becomes a `[safe500]` error that names the matcher
 * and keeps the stable code.
 */
export function auditReceived(
  matcher: string,
  received: unknown,
  options: AuditOptions | undefined,
): Promise<Report> {
  return namingErrors(matcher, () => audit(received, options))
}
