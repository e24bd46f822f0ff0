import { captureLogs, type LogCapture } from '../../../src/index.ts'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'

// Run by test/integration/logs-left-open.test.ts: the first test leaves a capture open.

test('leaves a capture open', () => {
  const logs = captureLogs()
  console.log('swallowed while the capture is open')
  expect(logs.records).toHaveLength(1)
})

test('prints after the capture left open', () => {
  console.log('VISIBLE-AFTER-THE-CAPTURE-LEFT-OPEN')
})

test('using restores it', () => {
  using logs = captureLogs()
  console.log('captured')
  expect(logs.records).toHaveLength(1)
})

describe('restored in afterEach', () => {
  let logs: LogCapture
  beforeEach(() => {
    logs = captureLogs()
  })
  afterEach(() => logs.restore())
  test('passes', () => {
    console.log('captured')
    expect(logs.records).toHaveLength(1)
  })
})

describe('a capture for the whole block', () => {
  let logs: LogCapture
  beforeAll(() => {
    logs = captureLogs()
  })
  afterAll(() => logs.restore())
  test('first', () => console.log('one'))
  test('second', () => expect(logs.records.length).toBeGreaterThanOrEqual(1))
})

// Tests that run at the same time: one's capture, still open, is no other test's left open.
describe.concurrent('concurrent tests with a capture each', () => {
  for (const [name, wait] of [
    ['quick', 5],
    ['slow', 60],
  ] as const)
    test(`concurrent, ${name}`, async ({ expect }) => {
      using logs = captureLogs()
      await new Promise((resolve) => setTimeout(resolve, wait))
      console.log(name)
      expect(logs.records.length).toBeGreaterThanOrEqual(1)
    })
})

// A capture that is a fixture's value, file-wide: the fixture restores it when the file ends.
const withLogs = test.extend<{ fileLogs: LogCapture }>({
  fileLogs: [
    // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's first argument as a pattern
    async ({}, use) => {
      const logs = captureLogs()
      await use(logs)
      logs.restore()
    },
    { scope: 'file' },
  ],
})

withLogs('file fixture, first test', ({ fileLogs }) => {
  console.log('one')
  expect(fileLogs.records.length).toBeGreaterThanOrEqual(1)
})

withLogs('file fixture, second test', ({ fileLogs }) => {
  console.log('two')
  expect(fileLogs.records.map((r) => r.text)).toContain('two')
})
