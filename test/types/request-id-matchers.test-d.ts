import type { FoundRequestId, LogCapture, RequestIdKind, Snapshot } from 'safe500'
import 'safe500/vitest'
import { expect, expectTypeOf, test } from 'vitest'

declare const res: Response
declare const ok: Response
declare const logs: LogCapture
declare const snapshots: Snapshot[]

test('the request ID matchers that read a body return Promise<void>', () => {
  expectTypeOf(expect(res).toHaveRequestId()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).toHaveRequestId('uuid', { requestId: 'both' })).toEqualTypeOf<
    Promise<void>
  >()
  expectTypeOf(expect(res).toHaveRequestId(/^req_/)).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).toBeTraceableIn(logs)).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).toBeTraceableIn(['line'], { error: /boom/ })).toEqualTypeOf<
    Promise<void>
  >()
  expectTypeOf(expect(res).not.toKeepHeadersOf(ok)).toEqualTypeOf<Promise<void>>()
  // The healthy response may be a promise, as fetch() returns it.
  expectTypeOf(expect(res).toKeepHeadersOf(Promise.resolve(ok))).toEqualTypeOf<Promise<void>>()
})

test('toBeUniform is synchronous and takes an array', () => {
  expectTypeOf(expect(snapshots).toBeUniform()).toEqualTypeOf<void>()
  expectTypeOf(expect(snapshots).toBeUniform({ mask: [/\d+ms/] })).toEqualTypeOf<void>()
  // @ts-expect-error one response is not a list of responses
  expect(res).toBeUniform()
})

test('arguments are typed', () => {
  // @ts-expect-error expected is a string, a RegExp or a format name
  void expect(res).toHaveRequestId(42)
  // @ts-expect-error the logs are required
  void expect(res).toBeTraceableIn()
  // @ts-expect-error the healthy response is required
  void expect(res).toKeepHeadersOf()
  // @ts-expect-error a number is no healthy response, nor a promise of one
  void expect(res).toKeepHeadersOf(Promise.resolve(42))
  // @ts-expect-error a number is not a response
  void expect(42).toHaveRequestId()
})

test('a found request ID says what it names', () => {
  expectTypeOf<FoundRequestId['kind']>().toEqualTypeOf<RequestIdKind>()
  expectTypeOf<RequestIdKind>().toEqualTypeOf<'request' | 'trace' | 'other'>()
  expectTypeOf<FoundRequestId['in']>().toEqualTypeOf<'header' | 'body'>()
})
