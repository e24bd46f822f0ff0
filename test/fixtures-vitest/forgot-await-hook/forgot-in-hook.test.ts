import { beforeAll, expect, test } from 'vitest'

const leaky = () => new Response('Error: x\n    at f (/srv/app/x.js:1:2)', { status: 500 })

// A hook has no test to fail: the forgotten verdict is left to reject unhandled, which the runner
// reports and fails the run on.
beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  expect(leaky()).toBeSafe500()
  await new Promise((resolve) => setTimeout(resolve, 50))
})

test('a test after the hook', () => {})
