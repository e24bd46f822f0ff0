import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const config = fileURLToPath(
  new URL('../fixtures-vitest/logs-left-open/vitest.config.ts', import.meta.url),
)

test('a log capture a test leaves open fails that test, at its line, and is restored for the next', () => {
  const output = join(mkdtempSync(join(tmpdir(), 'safe500-logs-')), 'report.json')
  const run = spawnSync(
    process.execPath,
    [
      `${root}node_modules/vitest/vitest.mjs`,
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 60_000,
    },
  )
  expect(run.status, run.stderr).toBe(1)
  const result = JSON.parse(readFileSync(output, 'utf8')) as {
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
  ])
    expect(tests[title]?.status, title).toBe('passed')
  // What the next test printed reached the terminal.
  expect(run.stdout).toContain('VISIBLE-AFTER-THE-CAPTURE-LEFT-OPEN')
})
