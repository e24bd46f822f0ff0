import { expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

// An async matcher cannot answer inside toEqual: its asymmetric forms throw at once, so the
// comparison neither passes (Vitest reads `expect.not`'s promise as a pass) nor prints the value.

const leaky = snapshotOf({
  status: 500,
  headers: { 'content-type': 'text/plain' },
  body: 'Error: boom\n    at handler (/srv/app/src/orders.js:41:11)',
})

// The asymmetric forms do not compile either (test/types pins that): the calls below are what
// a test without type checking would run.
test.each([
  // @ts-expect-error: an async matcher has no asymmetric form
  ['toBeSafe500', () => expect.toBeSafe500()],
  // @ts-expect-error: an async matcher has no asymmetric form
  ['not.toBeSafe500', () => expect.not.toBeSafe500()],
  // @ts-expect-error: an async matcher has no asymmetric form
  ['not.toLeakDetails', () => expect.not.toLeakDetails()],
])('expect.%s() throws ERR_NOT_AWAITED when it is made', (name, make) => {
  expect(make).toThrow(
    `[safe500] expect.${name}() cannot be used as an asymmetric matcher (inside toEqual, toHaveBeenCalledWith or objectContaining): it reads a body, which is async. Check the response on its own: \`await expect(res).${name}()\`.`,
  )
})

test('a leaky response compared through expect.not never passes', () => {
  expect(() => {
    // @ts-expect-error: an async matcher has no asymmetric form
    expect({ res: leaky }).toEqual({ res: expect.not.toBeSafe500() })
  }).toThrow(/ERR_NOT_AWAITED|cannot be used as an asymmetric matcher/)
})

test("the expect of a test's context refuses them too", ({ expect: local }) => {
  // @ts-expect-error: an async matcher has no asymmetric form
  expect(() => local.toBeSafe500()).toThrow(
    '[safe500] expect.toBeSafe500() cannot be used as an asymmetric matcher',
  )
  // @ts-expect-error: nor with .not
  expect(() => local.not.toLeakDetails()).toThrow(
    '[safe500] expect.not.toLeakDetails() cannot be used as an asymmetric matcher',
  )
})
