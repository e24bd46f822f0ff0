import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** What a Vitest run of a fixture folder gave: its exit status, output and report. */
export interface FixtureRun {
  readonly status: number | null
  /** What the default reporter printed, the tests' console output with it. */
  readonly output: string
  /** The status and error (of its afterAll hooks, say) of each fixture file, by file name. */
  readonly files: Record<string, { status: string; message: string }>
  /** Each test's status and failure messages, by title. */
  readonly tests: Record<string, { status: string; message: string }>
}

/**
 * Runs Vitest (Node 24, as this process) in a child process on the fixture folder whose
 * `vitest.config.ts` is at `config`, with the default and JSON reporters, and reads its report.
 *
 * @example
 * ```ts
 * const run = runVitestFixture(new URL('../fixtures-vitest/forgot-await/vitest.config.ts', import.meta.url))
 * expect(run.tests['awaited and passing']?.status).toBe('passed')
 * ```
 */
export function runVitestFixture(config: URL): FixtureRun {
  const out = mkdtempSync(join(tmpdir(), 'safe500-fixture-'))
  try {
    const run = spawnSync(
      process.execPath,
      [
        `${root}node_modules/vitest/vitest.mjs`,
        'run',
        '--config',
        fileURLToPath(config),
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${join(out, 'report.json')}`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 60_000,
      },
    )
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      testResults: {
        name: string
        status: string
        message: string
        assertionResults: { title: string; status: string; failureMessages: string[] }[]
      }[]
    }
    const results = report.testResults
    return {
      status: run.status,
      output: run.stdout + run.stderr,
      files: Object.fromEntries(
        results.map((f) => [basename(f.name), { status: f.status, message: f.message }]),
      ),
      tests: Object.fromEntries(
        results
          .flatMap((f) => f.assertionResults)
          .map((t) => [t.title, { status: t.status, message: t.failureMessages.join('\n') }]),
      ),
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
