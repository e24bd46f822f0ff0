import { expect } from '@jest/globals'
import type { Safe500Matchers } from 'safe500/matchers'
import { expectTypeOf, test } from 'vitest'

// Jest's typings as the README sets them up for `import { expect } from '@jest/globals'`: the
// matchers merged into the `expect` package's Matchers. (The global `expect` of @types/jest takes
// the same Safe500Matchers, through safe500/jest; the package test checks it in a Jest project.)
declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<R extends void | Promise<void>, T = unknown> extends Safe500Matchers<R, T> {}
}

declare const res: Response

test('the matchers are on the expect of @jest/globals', () => {
  expectTypeOf(expect(res).toBeSafe500({ requestId: 'both' })).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(res).toBeSafe5xx([502, 503], { requestId: 'both' })).toEqualTypeOf<
    Promise<void>
  >()
})

test('toBeSafe5xx takes its statuses as the first argument, never as the status option', () => {
  expectTypeOf(expect(res).toBeSafe5xx).toBeCallableWith(502, { skip: ['header-nosniff'] })
  // @ts-expect-error the statuses are the first argument: toBeSafe5xx(502)
  void expect(res).toBeSafe5xx({ status: 502 })
  // @ts-expect-error the same with .not
  void expect(res).not.toBeSafe5xx({ status: 502 })
  // @ts-expect-error nor next to the statuses
  void expect(res).toBeSafe5xx(502, { status: 502 })
})

test('toBeSafe5xx takes 5xx codes only in Jest too', () => {
  // @ts-expect-error 404 is no 5xx code
  void expect(res).toBeSafe5xx([404])
})

declare const nestBody: { statusCode: number; message: string }

test("a body parsed from JSON (NestJS's error body, res.body) is a type error in Jest too", () => {
  // @ts-expect-error res.body is no response
  void expect(nestBody).toBeSafe500()
})
