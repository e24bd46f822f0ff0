import { test } from 'safe500/fixtures'
import { fault } from 'safe500/msw'

test('the upstreams fixture fails a test whose fault was never hit', ({ upstreams }) => {
  upstreams.use(fault.hang('https://payments.example.com/*'))
})

test('and resets the handlers for the next test', ({ upstreams, expect }) => {
  expect(upstreams.listHandlers()).toEqual([])
})

// A test that does not ask for `upstreams` is still checked: its request to a host no handler
// answers escaped the mocks.
test('a test without the upstreams fixture whose request escapes fails too', async () => {
  await fetch('https://escaped.example.com/v1/charges', { method: 'POST' }).catch(() => undefined)
})
