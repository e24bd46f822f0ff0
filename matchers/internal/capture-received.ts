import { capture, Safe500Error, type Snapshot } from '../../src/index.ts'

/**
 * Reads what the matcher received (through a clone for a fetch Response); bad input becomes a
 * `[safe500]` error that names the matcher and keeps the stable code.
 */
export async function captureReceived(matcher: string, received: unknown): Promise<Snapshot> {
  try {
    return await capture(received)
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
