import { test } from 'safe500/fixtures'
import { fault } from 'safe500/msw'

test('the upstreams fixture fails a test whose fault was never hit', ({ upstreams }) => {
  upstreams.use(fault.hang('https://payments.example.com/*'))
})

test('and resets the handlers for the next test', ({ upstreams, expect }) => {
  expect(upstreams.listHandlers()).toEqual([])
})
