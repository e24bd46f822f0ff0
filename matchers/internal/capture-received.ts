import { capture, type Snapshot } from '../../src/index.ts'
import { namingErrors } from './naming-errors.ts'

/**
 * Reads what the matcher received (through a clone for a fetch Response); bad input becomes a
 * `[safe500]` error that names the matcher and keeps the stable code.
 */
export function captureReceived(matcher: string, received: unknown): Promise<Snapshot> {
  return namingErrors(matcher, () => capture(received))
}
