import { expect, test } from 'vitest'

const safe = () =>
  new Response(
    '{"error":"Internal Server Error","requestId":"0f8fad5b-d9cb-469f-a165-70867728950e"}',
    {
      status: 500,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    },
  )
const leaky = () => new Response('Error: x\n    at f (/srv/app/x.js:1:2)', { status: 500 })

test('awaited and passing', async () => {
  await expect(safe()).toBeSafe500()
})

test('forgot await on a matcher that would pass', () => {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  expect(safe()).toBeSafe500()
})

test('forgot await on a matcher that would fail', () => {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  expect(leaky()).toBeSafe500()
})

// The verdict is in while the test still runs: reported once, by the test, not also as an
// unhandled rejection.
test('forgot await on a matcher that would fail, then more async work', async () => {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  expect(leaky()).toBeSafe500()
  await pause(20)
})

// A body that never ends, read with a long timeout: the check does not wait for the verdict past a
// short while, so the test fails with the not-awaited error, not with the hook's timeout.
test('forgot await on a matcher whose verdict is still pending', () => {
  const endless = new ReadableStream({ start: () => {} })
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  expect(new Response(endless, { status: 500 })).toBeSafe500({ timeout: 30_000 })
})

test('forgot await on a negated matcher', () => {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  expect(safe()).not.toLeakDetails()
})

// test.concurrent: the expect of each test's own context, as Vitest asks for there.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

for (let i = 0; i < 6; i++) {
  test.concurrent(`concurrent, awaited late ${i}`, async ({ expect }) => {
    const verdict = expect(safe()).toBeSafe500()
    await pause(5 + ((i * 7) % 20))
    await verdict
  })
}

test.concurrent('concurrent, forgot await on a matcher that would fail', async ({ expect }) => {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  expect(leaky()).toBeSafe500()
  await pause(30)
})

test.concurrent('concurrent, awaited alongside the one that forgot', async ({ expect }) => {
  await pause(10)
  await expect(safe()).toBeSafe500()
  await pause(30)
})
