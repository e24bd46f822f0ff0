import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const config = fileURLToPath(
  new URL('../fixtures-vitest/forgot-await/vitest.config.ts', import.meta.url),
)

test('a forgotten await fails the test that forgot it, at its line, whether the matcher passes or fails', () => {
  const run = spawnSync(
    process.execPath,
    [`${root}node_modules/vitest/vitest.mjs`, 'run', '--config', config, '--reporter', 'json'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 60_000,
    },
  )
  expect(run.status, run.stderr).toBe(1)
  const result = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
    testResults: {
      assertionResults: { title: string; status: string; failureMessages: string[] }[]
    }[]
  }
  const tests = Object.fromEntries(
    (result.testResults[0]?.assertionResults ?? []).map((t) => [
      t.title,
      { status: t.status, message: t.failureMessages.join('\n') },
    ]),
  )
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
  // The stack points at the line of the call that forgot its await.
  expect(tests['forgot await on a matcher that would pass']?.message).toMatch(
    /forgot-await\.test\.ts:16:\d+/,
  )
  expect(tests['forgot await on a matcher that would fail']?.message).toMatch(
    /forgot-await\.test\.ts:21:\d+/,
  )
})
