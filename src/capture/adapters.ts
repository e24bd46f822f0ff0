import type { Adapter } from './raw.ts'
import { fetchResponse } from './adapters/fetch-response.ts'
import { plain } from './adapters/plain.ts'

/** Response shapes `capture()` reads, tried in order: the most specific first, the plain object last. */
export const adapters: readonly Adapter[] = [fetchResponse, plain]
