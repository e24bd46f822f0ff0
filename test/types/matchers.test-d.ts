import type { AuditOptions, Report, Snapshot } from 'safe500'
import { audit, capture } from 'safe500'
import 'safe500/vitest'
import { expect, expectTypeOf, test } from 'vitest'
import type { IncomingMessage } from 'node:http'
import type { AxiosError, AxiosResponse } from 'axios'
import type { HTTPError, ReadError, Response as GotResponse } from 'got'
import type { Response as SupertestResponse } from 'supertest'

declare const res: Response
declare const snapshot: Snapshot
declare const plainResponse: { status: number; headers: Record<string, string>; body: string }
declare const fastifyInject: { statusCode: number; payload: string }

test('async matchers return Promise<void>, so a missing await is a floating promise', () => {
  expectTypeOf(expect(res).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).not.toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).toBeSafe5xx()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).not.toLeakDetails()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).toHaveSafeHeaders()).toEqualTypeOf<Promise<void>>()
})

test('matchers accept every response shape, and promises of them', () => {
  expectTypeOf(expect(snapshot).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(plainResponse).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(fastifyInject).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(Promise.resolve(res)).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(Promise.resolve(res)).resolves.toBeSafe500()).toEqualTypeOf<Promise<void>>()
})

declare const axiosResponse: AxiosResponse<unknown>
declare const axiosError: AxiosError
declare const gotResponse: GotResponse<string>
declare const gotError: HTTPError
declare const gotReadError: ReadError
declare const supertestResponse: SupertestResponse
declare const incoming: IncomingMessage

test("the HTTP clients' responses, and the errors that carry them, are responses", () => {
  expectTypeOf(expect(axiosResponse).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(axiosError).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(Promise.resolve(axiosResponse)).toBeSafe5xx()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(gotResponse).not.toLeakDetails()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(gotError).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(gotReadError).toHaveRequestId()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(supertestResponse).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  // node:http's response, whose statusCode is optional in its type, with options too.
  expectTypeOf(expect(incoming).toBeSafe500({ timeout: 500 })).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(Promise.resolve(incoming)).toBeSafe5xx([502])).toEqualTypeOf<Promise<void>>()
  // @ts-expect-error an error without a response is not one
  void expect(new Error('boom')).toBeSafe500()
  // @ts-expect-error nor is the body an axios response holds
  void expect(axiosResponse.data as { error: string }).toBeSafe500()
})

test('options are typed', () => {
  expectTypeOf(expect(res).toBeSafe500).parameter(0).toEqualTypeOf<AuditOptions | undefined>()
  expectTypeOf(expect(res).toBeSafe5xx).toBeCallableWith(503)
  expectTypeOf(expect(res).toBeSafe5xx).toBeCallableWith([502, 504], { requestId: 'both' })
  expectTypeOf(expect(res).toBeSafe5xx).toBeCallableWith({ skip: ['header-nosniff'] })
  // @ts-expect-error a status is a number
  void expect(res).toBeSafe5xx('502')
  // @ts-expect-error unknown placement
  void expect(res).toBeSafe500({ requestId: 'somewhere' })
  // false turns the request ID check off, as 'none' does; true says nothing of where.
  expectTypeOf(expect(res).toBeSafe500).toBeCallableWith({ requestId: false })
  // @ts-expect-error true is no placement
  void expect(res).toBeSafe500({ requestId: true })
})

test('toBeSafe5xx takes its statuses as the first argument, never as the status option', () => {
  expectTypeOf(expect(res).toBeSafe5xx).toBeCallableWith(502, { requestId: 'both' })
  expectTypeOf(expect(res).not.toBeSafe5xx).toBeCallableWith({ skip: ['header-nosniff'] })
  // @ts-expect-error the statuses are the first argument: toBeSafe5xx(502)
  void expect(res).toBeSafe5xx({ status: 502 })
  // @ts-expect-error the same with .not
  void expect(res).not.toBeSafe5xx({ status: [502, 503], requestId: 'both' })
  // @ts-expect-error nor next to the statuses
  void expect(res).toBeSafe5xx([502, 503], { status: 503 })
  const options = { status: 502, maxBytes: 1024 }
  // @ts-expect-error nor in options kept in a variable
  void expect(res).toBeSafe5xx(options)
  const { status: _status, ...rest } = options
  expectTypeOf(expect(res).toBeSafe5xx).toBeCallableWith(502, rest)
  // toBeSafe500 keeps its status option.
  expectTypeOf(expect(res).toBeSafe500).toBeCallableWith({ status: 502 })
})

declare const statusFromConfig: number
declare const statusesFromConfig: number[]

test('toBeSafe5xx takes 5xx codes only', () => {
  expectTypeOf(expect(res).toBeSafe5xx(599)).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).not.toBeSafe5xx([500, 503])).toEqualTypeOf<Promise<void>>()
  // A status known only at run time is checked at run time.
  expectTypeOf(expect(res).toBeSafe5xx(statusFromConfig)).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).toBeSafe5xx(statusesFromConfig)).toEqualTypeOf<Promise<void>>()
  // @ts-expect-error 200 is no 5xx code
  void expect(res).toBeSafe5xx(200)
  // @ts-expect-error nor is 404, among 5xx codes
  void expect(res).toBeSafe5xx([502, 404], { requestId: 'both' })
  // @ts-expect-error nor 5000
  void expect(res).not.toBeSafe5xx([5000])
})

test('a value that is not a response is a type error', () => {
  // @ts-expect-error a number is not a response
  void expect(42).toBeSafe500()
  // @ts-expect-error a string is not a response
  void expect('Internal Server Error').toLeakDetails()
  // @ts-expect-error an object without a status is not a response
  void expect({ body: 'x' }).toHaveSafeHeaders()
})

declare const nestBody: { statusCode: number; message: string }
/** @types/aws-lambda's ALBResult: headers and body optional, a statusDescription. */
declare const albResult: {
  statusCode: number
  statusDescription?: string
  headers?: Record<string, boolean | number | string>
  body?: string
  isBase64Encoded?: boolean
}
declare const problemBody: { type: string; title: string; status: number; detail: string }

test('a body parsed from JSON, typed as one, is a type error; a plain response is not', () => {
  // @ts-expect-error NestJS's error body (supertest's res.body) is no response
  void expect(nestBody).toBeSafe500()
  // @ts-expect-error nor is a parsed problem+json body, or a promise of one
  void expect(Promise.resolve(problemBody)).toLeakDetails()
  expectTypeOf(expect({ status: 500 }).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(albResult).toBeSafe5xx([502, 503])).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(Promise.resolve(albResult)).toBeSafe500()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(
    expect({ statusCode: 500, headers: {}, body: '', isBase64Encoded: false }).toBeSafe500(),
  ).toEqualTypeOf<Promise<void>>()
})

test('an async matcher has no asymmetric form; toBeUniform has', () => {
  // @ts-expect-error expect.toBeSafe500() would answer inside toEqual with a promise
  expect({ res }).toEqual({ res: expect.toBeSafe500() })
  // @ts-expect-error nor with .not
  expect({ res }).toEqual({ res: expect.not.toLeakDetails() })
  expect({ list: [res] }).toEqual({ list: expect.toBeUniform() as unknown })
})

test('the core API is typed', () => {
  expectTypeOf(audit).returns.toEqualTypeOf<Promise<Report>>()
  expectTypeOf(capture).returns.toEqualTypeOf<Promise<Snapshot>>()
  expectTypeOf<Report['findings'][number]>().toHaveProperty('excerpt').toEqualTypeOf<string>()
})
