import { Safe500Error } from 'safe500'

/** The `Safe500Error` that `work` throws, or the promise it returns rejects with. */
export async function errorOf(work: () => unknown): Promise<Safe500Error> {
  try {
    await work()
  } catch (error) {
    if (error instanceof Safe500Error) return error
    throw error
  }
  throw new Error('expected a Safe500Error, but nothing was thrown')
}
