import { audit, Safe500Error, type AuditOptions, type Report } from '../../src/index.ts'

/**
 * Audits what the matcher received; bad input becomes a `[safe500]` error that names the matcher
 * and keeps the stable code.
 */
export async function auditReceived(
  matcher: string,
  received: unknown,
  options: AuditOptions | undefined,
): Promise<Report> {
  try {
    return await audit(received, options)
  } catch (error) {
    if (error instanceof Safe500Error) {
      throw new Safe500Error(
        error.code,
        `${matcher}(): ${error.message.replace(/^\[safe500\] /, '')}`,
        { cause: error.cause },
      )
    }
    throw error
  }
}
