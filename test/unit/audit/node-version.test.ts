import { assertSupportedNode, minimumNode } from 'safe500'
import { expect, test } from 'vitest'

test('the floor is 22.19, what vitest 5, msw 3 and undici 8 need', () => {
  expect(minimumNode).toBe('22.19.0')
})

test.each(['22.19.0', '22.20.1', '23.0.0', '24.21.0', '26.1.0'])(
  'Node %s is supported',
  (version) => {
    expect(() => assertSupportedNode(version)).not.toThrow()
  },
)

test.each(['20.20.2', '22.18.9', '18.0.0'])('Node %s gets a clear error', (version) => {
  expect(() => assertSupportedNode(version)).toThrow(
    `[safe500] Node.js ${version} is too old: safe500 needs 22.19.0 or later`,
  )
})

test('the running Node is supported (the repository runs its scripts on its own Node 24)', () => {
  expect(() => assertSupportedNode()).not.toThrow()
})
