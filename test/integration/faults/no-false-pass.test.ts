import { beforeAll, expect, test } from 'vitest'
import { runVitestFixture, type FixtureRun } from '../../support/run-vitest-fixture.ts'

const config = new URL('../../fixtures-vitest/faults/vitest.config.ts', import.meta.url)

let run: FixtureRun
beforeAll(() => {
  run = runVitestFixture(config)
})

test('the run fails', () => {
  expect(run.status).toBe(1)
})

test('a fault that is hit, an optional fault and loopback traffic pass', () => {
  for (const title of [
    'a fault that is hit passes',
    'an optional fault that is never hit passes',
    'requests to the app under test on loopback pass through untouched',
  ]) {
    expect(run.tests[title], title).toEqual({ status: 'passed', message: '' })
  }
})

test('an armed fault never hit fails its test, naming the fault, its method and URL', () => {
  const { status, message } = run.tests['an armed fault that is never hit fails'] ?? {}
  expect(status).toBe('failed')
  expect(message).toContain(
    '[safe500] 1 armed fault was never hit, so the test proves nothing (an app that cannot reach its upstream answers 500 too):\n  • fault.status(502) on POST https://payments.example.com/*',
  )
})

test('an unhandled request fails its test, though the app only saw a network error', () => {
  const { status, message } =
    run.tests['a request no handler matches fails, even though the app saw a plain failure'] ?? {}
  expect(status).toBe('failed')
  expect(message).toContain(
    '[safe500] 1 request escaped the mocks, so the app met a failure the test did not plan:\n  • GET https://payment.example.com/v1/charges matched no handler',
  )
  // Its stack starts where the upstreams were set up, not in safe500's own code.
  const frames = (message ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  expect(frames[0]).toMatch(/no-false-pass\.test\.ts:8:\d+/)
  expect(frames.join('\n')).not.toMatch(/tracker|setup-upstreams/)
})

test('a request from a client MSW misses fails its test in default mode', () => {
  const { status, message } =
    run.tests['a request from a client MSW misses fails in default mode'] ?? {}
  expect(status).toBe('failed')
  expect(message).toContain(
    '• GET https://payments.example.com/v1/charges came from a client MSW does not intercept',
  )
  expect(message).toContain('setupUpstreams({ strict: true })')
  expect(message).toContain("with safe500/fixtures, test.override('upstreamsOptions'")
})

test("concurrent tests: the last to end fails, saying the fault may be another test's", () => {
  const last = run.tests['a concurrent test that ends last']
  expect(last?.status).toBe('failed')
  expect(last?.message).toContain(
    '• fault.status(503) on any method https://inventory.example.com/*',
  )
  expect(last?.message).toContain(
    "Tests ran at the same time (test.concurrent) and share the handlers, so they are checked when the last of them ends: this test is that one, and the fault or request may be another test's",
  )
  // A test that ran alone says nothing of the kind.
  expect(run.tests['an armed fault that is never hit fails']?.message).not.toContain(
    'Tests ran at the same time',
  )
})

test('an initial handler never hit fails the file after all its tests', () => {
  const file = run.files['no-false-pass.test.ts']
  expect(file?.status).toBe('failed')
  expect(file?.message).toContain('• fault.status(500) on any method https://ledger.example.com/*')
})

test('the upstreams fixture of safe500/fixtures checks and resets after each test', () => {
  const unhit = run.tests['the upstreams fixture fails a test whose fault was never hit']
  expect(unhit?.status).toBe('failed')
  expect(unhit?.message).toContain('• fault.hang() on any method https://payments.example.com/*')
  expect(run.tests['and resets the handlers for the next test']?.status).toBe('passed')
  // Every test of the file is checked, not only those that ask for the fixture.
  const escaped = run.tests['a test without the upstreams fixture whose request escapes fails too']
  expect(escaped?.status).toBe('failed')
  expect(escaped?.message).toContain('POST https://escaped.example.com/v1/charges')
})
