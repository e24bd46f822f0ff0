import type { Adapter } from './raw.ts'
import { axiosResponse } from './adapters/axios-response.ts'
import { clientError } from './adapters/client-error.ts'
import { fetchResponse } from './adapters/fetch-response.ts'
import { gotResponse } from './adapters/got-response.ts'
import { incomingMessage } from './adapters/incoming-message.ts'
import { injectResponse } from './adapters/inject-response.ts'
import { plain } from './adapters/plain.ts'
import { supertestResponse } from './adapters/supertest-response.ts'
import { undiciResponse } from './adapters/undici-response.ts'

/**
 * Response shapes `capture()` reads, tried in order: the most specific first, the plain object
 * last. Order matters where shapes overlap: a got response is also an IncomingMessage, a supertest
 * response has an IncomingMessage in `res`, and axios, undici and light-my-request results would
 * pass for plain objects.
 *
 * @example
 * ```ts
 * const adapter = adapters.find((a) => a.accepts(value)) // the first shape that fits
 * ```
 */
export const adapters: readonly Adapter[] = [
  clientError,
  fetchResponse,
  undiciResponse,
  injectResponse,
  gotResponse,
  supertestResponse,
  axiosResponse,
  incomingMessage,
  plain,
]
