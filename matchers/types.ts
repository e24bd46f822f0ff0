import type { AuditOptions, DroppedHeadersOptions, Snapshot, UniformOptions } from '../src/index.ts'
import type { ExpectedRequestId } from './to-have-request-id.ts'
import type { Logs, TraceableOptions } from './to-be-traceable-in.ts'

/**
 * A value the matchers can read: a fetch Response, a client's response object (a node
 * `http.IncomingMessage` among them), a snapshot, the error of a client that carries its response (axios' `AxiosError`, got's `HTTPError`), or a
 * promise of one.
 */
export type ResponseLike =
  | Response
  | Snapshot
  | { readonly status: number }
  | { readonly statusCode: number }
  // A node:http IncomingMessage, whose statusCode is optional (it is absent on a request).
  | { readonly statusCode?: number | undefined; readonly rawHeaders: readonly string[] }
  | { readonly response: { readonly status: number } | { readonly statusCode: number } }
  | { readonly isAxiosError: boolean; readonly response?: { readonly status: number } | undefined }

/** `toBeUniform()` takes an array of responses whose bodies are read (snapshots, supertest, inject). */
type ReceivedList<T, A extends unknown[]> = unknown extends T
  ? A
  : T extends readonly unknown[]
    ? A
    : [received_must_be_an_array_of_responses: never]

/**
 * The options of `toBeSafe5xx()`: those of `toBeSafe500()` but `status`, since the statuses are
 * its first argument (`toBeSafe5xx([502, 503], options)`).
 */
type Safe5xxOptions = Omit<AuditOptions, 'status'> & {
  /** Not an option here: give the statuses as the first argument, `toBeSafe5xx([502, 503])`. */
  readonly status?: never
}

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'

/** True for a literal 5xx status (`502`), and for `number` itself, which only the run can check. */
type Is5xx<N> = number extends N ? true : `${N & number}` extends `5${Digit}${Digit}` ? true : false

/**
 * What `toBeSafe5xx()`'s statuses must also be: nothing more when each is a 5xx code (or a
 * `number` known only at run time), else a member no number has, so `toBeSafe5xx(200)` and
 * `toBeSafe5xx([502, 404])` fail to compile and the compiler's note names
 * `statuses_must_be_5xx_codes`.
 */
type Only5xx<S> = S extends number
  ? Is5xx<S> extends true
    ? unknown
    : { readonly statuses_must_be_5xx_codes: S }
  : S extends readonly number[]
    ? false extends { [K in keyof S]: Is5xx<S[K]> }[number]
      ? { readonly statuses_must_be_5xx_codes: S }
      : unknown
    : unknown

/**
 * The arguments of a matcher when `T` is a response, else one that cannot be given: a call on a
 * value that is no response fails to compile, and the compiler's note names the rest parameter,
 * `received_must_be_a_response`, for matchers whose arguments are all optional. `R` is `any` only
 * in Vitest's asymmetric forms (`expect.toBeSafe500()`), which an async matcher cannot serve.
 */
type Received<T, A extends unknown[], R> = 0 extends 1 & R
  ? [async_matchers_cannot_be_asymmetric: never]
  : unknown extends T
    ? A
    : T extends ResponseLike | PromiseLike<ResponseLike>
      ? IsParsedBody<Awaited<T>> extends true
        ? [received_must_be_a_response_not_its_parsed_body: never]
        : A
      : [received_must_be_a_response: never]

/** The members a response given as a plain object may have (the plain adapter's). */
type ResponseMember =
  | 'status'
  | 'statusCode'
  | 'statusText'
  | 'headers'
  | 'body'
  | 'method'
  | 'isBase64Encoded'
  | 'multiValueHeaders'
  | 'cookies'
  | 'statusDescription'

/**
 * True for the type of a body parsed from JSON, as a test gets it from `res.body` or `res.data`: a
 * status, no member for headers or a body, even an optional one (nor a response, nor an inject()
 * payload), and members no response has (NestJS's
 * `{ statusCode, message }`, a problem's `{ status, title, detail }`). At run time such a value is
 * `ERR_NOT_A_RESPONSE`.
 */
type IsParsedBody<T> = T extends unknown
  ? [Extract<keyof T, 'headers' | 'body' | 'response' | 'isAxiosError' | 'payload'>] extends [never]
    ? T extends { readonly status: number } | { readonly statusCode: number }
      ? [Exclude<keyof T, ResponseMember>] extends [never]
        ? false
        : true
      : false
    : false
  : false

/**
 * The safe500 matchers, typed for any runner: `R` is what a sync matcher returns, `T` the received
 * type. A matcher that reads a body returns `Promise<void>`: await it (`toBeUniform` works on bodies
 * already read, and returns at once).
 *
 * @example
 * ```ts
 * // vitest.config.ts: test: { setupFiles: ['safe500/vitest'] } brings these types into `expect`.
 * await expect(res).toBeSafe500()
 * ```
 */
export interface Safe500Matchers<R = unknown, T = unknown> {
  /** The response is a safe 500: status, generic body, headers, request ID. */
  toBeSafe500(
    ...received_must_be_a_response: Received<T, [options?: AuditOptions], R>
  ): Promise<void>
  /** The response is a safe 5xx: 500, 502, 503 or 504 (or the statuses given), with the checks of toBeSafe500. */
  toBeSafe5xx<const S extends number | readonly number[] = number>(
    ...received_must_be_a_response: Received<
      T,
      [statuses?: S & Only5xx<S>, options?: Safe5xxOptions] | [options?: Safe5xxOptions],
      R
    >
  ): Promise<void>
  /** The response leaks details (body and header leaks only); use as `.not.toLeakDetails()`. */
  toLeakDetails(
    ...received_must_be_a_response: Received<T, [options?: AuditOptions], R>
  ): Promise<void>
  /** The headers are safe: no-store, nosniff, Content-Type with charset, no stack or version headers. */
  toHaveSafeHeaders(
    ...received_must_be_a_response: Received<T, [options?: AuditOptions], R>
  ): Promise<void>
  /** The response carries a request ID (header and body agreeing), optionally the one expected or of a format. */
  toHaveRequestId(
    ...received_must_be_a_response: Received<
      T,
      [expected?: ExpectedRequestId, options?: AuditOptions],
      R
    >
  ): Promise<void>
  /** A log record holds the response's request ID together with the real error; no line was forged. */
  toBeTraceableIn(...args: Received<T, [logs: Logs, options?: TraceableOptions], R>): Promise<void>
  /** The error response keeps the security and request ID headers of a healthy one. */
  toKeepHeadersOf(
    ...args: Received<
      T,
      [healthy: ResponseLike | PromiseLike<ResponseLike>, options?: DroppedHeadersOptions],
      R
    >
  ): Promise<void>
  /** Error responses of different causes are the same once request IDs and timestamps are masked. */
  toBeUniform(
    ...received_must_be_an_array_of_responses: ReceivedList<T, [options?: UniformOptions]>
  ): R
}
