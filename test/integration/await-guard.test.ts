import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { runVitestFixture } from '../support/run-vitest-fixture.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

test('a forgotten await fails the test that forgot it, at its line, whether the matcher passes or fails', () => {
  const run = runVitestFixture(
    new URL('../fixtures-vitest/forgot-await/vitest.config.ts', import.meta.url),
  )
  expect(run.status, run.output).toBe(1)
  const { tests } = run
  expect(tests['awaited and passing']?.status).toBe('passed')
  for (const title of [
    'forgot await on a matcher that would pass',
    'forgot await on a matcher that would fail',
  ]) {
    expect(tests[title]?.status, title).toBe('failed')
    expect(tests[title]?.message).toContain(
      '[safe500] toBeSafe500() was not awaited, so its verdict was lost.',
    )
  }
  // What the matcher would have said comes with the failure, when it failed.
  expect(tests['forgot await on a matcher that would pass']?.message).not.toContain('Awaited,')
  for (const title of [
    'forgot await on a matcher that would fail',
    'forgot await on a matcher that would fail, then more async work',
  ]) {
    expect(tests[title]?.status, title).toBe('failed')
    expect(tests[title]?.message).toMatch(
      /Awaited, it would have failed:\n\n[^]*Expected a safe 500, but found \d+ problems/,
    )
  }
  expect(tests['forgot await on a matcher whose verdict is still pending']?.message).toContain(
    'was not awaited, so its verdict was lost. Write `await expect(res).toBeSafe500()`; the matcher reads the body, which is async.\n\nIts verdict was still pending 2 s after the test ended.',
  )
  // Once: no unhandled rejection, no warning of one handled late.
  expect(run.output).not.toMatch(/Unhandled|PromiseRejectionHandledWarning/)
  // The fix it gives keeps the `.not`: copied, it asserts what the test meant.
  expect(tests['forgot await on a negated matcher']?.status).toBe('failed')
  expect(tests['forgot await on a negated matcher']?.message).toContain(
    '[safe500] not.toLeakDetails() was not awaited, so its verdict was lost. Write `await expect(res).not.toLeakDetails()`',
  )
  // test.concurrent, with each test's own expect: a verdict awaited late passes, and only the test
  // that forgot fails.
  for (let i = 0; i < 6; i++)
    expect(tests[`concurrent, awaited late ${i}`]?.status, `awaited late ${i}`).toBe('passed')
  expect(tests['concurrent, awaited alongside the one that forgot']?.status).toBe('passed')
  expect(tests['concurrent, forgot await on a matcher that would fail']?.status).toBe('failed')
  expect(tests['concurrent, forgot await on a matcher that would fail']?.message).toContain(
    '[safe500] toBeSafe500() was not awaited',
  )
  // The stack points at the line of the call that forgot its await.
  const fixture = readFileSync(
    new URL('../fixtures-vitest/forgot-await/forgot-await.test.ts', import.meta.url),
    'utf8',
  ).split('\n')
  const line = (call: string) => fixture.findIndex((l) => l.trim() === call) + 1
  expect(tests['forgot await on a matcher that would pass']?.message).toContain(
    `forgot-await.test.ts:${line('expect(safe()).toBeSafe500()')}:`,
  )
  expect(tests['forgot await on a matcher that would fail']?.message).toContain(
    `forgot-await.test.ts:${line('expect(leaky()).toBeSafe500()')}:`,
  )
  // No frame of safe500's own comes before the test's: runners draw their code frame at the
  // first frame outside the runner and its assertion library.
  for (const title of [
    'forgot await on a matcher that would pass',
    'forgot await on a negated matcher',
  ]) {
    const frames = (tests[title]?.message ?? '').split('\n').filter((l) => /^\s+at /.test(l))
    const at = frames.findIndex((frame) => frame.includes('forgot-await.test.ts:'))
    expect(at, title).toBeGreaterThanOrEqual(0)
    expect(frames.slice(0, at).filter((frame) => frame.includes(`${root}matchers/`))).toEqual([])
  }
})

test('a forgotten await in a hook, where no test can fail, still fails the run', () => {
  const run = runVitestFixture(
    new URL('../fixtures-vitest/forgot-await-hook/vitest.config.ts', import.meta.url),
  )
  expect(run.status, run.output).toBe(1)
  expect(run.output).toContain('Expected a safe 500, but found')
})
