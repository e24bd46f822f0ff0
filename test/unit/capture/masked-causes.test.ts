import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const src = new URL('../../../src/', import.meta.url)
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.ts'),
)

test('every error safe500 makes carries its cause through maskedCause()', () => {
  const unmasked: string[] = []
  for (const file of files) {
    const lines = readFileSync(new URL(file, src), 'utf8').split('\n')
    for (const [i, line] of lines.entries()) {
      if (/^\s*(?:\*|\/\/)/.test(line)) continue
      const cause = /\{ cause(?:: ([^}]{0,200}))? \}/.exec(line)
      if (cause && !cause[1]?.startsWith('maskedCause(')) unmasked.push(`src/${file}:${i + 1}`)
    }
  }
  expect(files.length).toBeGreaterThan(100)
  expect(unmasked).toEqual([])
})
