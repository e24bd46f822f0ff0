import { expect, test } from 'vitest'
import { runVitestFixture } from '../support/run-vitest-fixture.ts'

test('a log capture a test leaves open fails that test, at its line, and is restored for the next', () => {
  const run = runVitestFixture(
    new URL('../fixtures-vitest/logs-left-open/vitest.config.ts', import.meta.url),
  )
  expect(run.status, run.output).toBe(1)
  const { tests } = run
  expect(tests['leaves a capture open']?.status).toBe('failed')
  const message = tests['leaves a capture open']?.message ?? ''
  expect(message).toContain(
    '[safe500] captureLogs() was called in this test and not restored, so it would have swallowed what later tests print',
  )
  // Pointed at the captureLogs() call.
  expect(message).toMatch(/logs-left-open\.test\.ts:7:\d+/)
  for (const title of [
    'prints after the capture left open',
    'using restores it',
    'passes',
    'first',
    'second',
    'concurrent, quick',
    'concurrent, slow',
    'file fixture, first test',
    'file fixture, second test',
  ])
    expect(tests[title]?.status, title).toBe('passed')
  // What the next test printed reached the terminal.
  expect(run.output).toContain('VISIBLE-AFTER-THE-CAPTURE-LEFT-OPEN')
})
