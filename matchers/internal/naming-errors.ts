import { Safe500Error } from '../../src/index.ts'

/**
 * Runs `work`; a `[safe500]` error it throws is thrown again naming the matcher, with the same
 * stable code and cause. Other errors pass unchanged.
 */
export async function namingErrors<T>(matcher: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
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
