import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

test('the README quickstart is the test that runs in test/readme/quickstart.test.ts', () => {
  const quickstart = readFileSync(new URL('../readme/quickstart.test.ts', import.meta.url), 'utf8')
  expect(readme).toContain('```ts\n' + quickstart + '```')
})

test('the README states the two commands, and .ci/run runs exactly those', () => {
  expect(readme).toContain('npm ci')
  expect(readme).toContain('npm test')
  const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')
  const commands = ci
    .split('\n')
    .filter(
      (line) =>
        line.trim() !== '' &&
        !line.startsWith('#') &&
        !line.startsWith('set ') &&
        !line.startsWith('cd '),
    )
  expect(commands).toEqual(['npm ci', 'npm test'])
})

test('the README setup is one line in setupFiles', () => {
  expect(readme).toContain("setupFiles: ['safe500/vitest']")
})

test('the failure shown in the README is what toBeSafe500 prints for a leaky response', async () => {
  const { leakyResponse, plain } = await import('../support/responses.ts')
  const error = await expect(leakyResponse())
    .toBeSafe500()
    .catch((e: unknown) => e)
  const start = readme.indexOf('```\n', readme.indexOf('prints the whole body:')) + 4
  const shown = readme.slice(start, readme.indexOf('\n```', start))
  expect(shown).toBe(plain(error))
})
