import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Entry name → its source file (the package.json exports point at the built copies of these). */
const entries = {
  safe500: 'src/index.ts',
  'safe500/matchers': 'matchers/index.ts',
  'safe500/msw': 'fixtures/msw/index.ts',
  'safe500/fixtures': 'fixtures/vitest/index.ts',
} as const

/** The runtime names an index re-exports, with the file each comes from. */
function reExports(indexFile: string): Map<string, string> {
  const source = readFileSync(join(root, indexFile), 'utf8')
  const names = new Map<string, string>()
  for (const match of source.matchAll(/^export \{([^}]{1,2000})\} from '([^']{1,200})'/gm)) {
    const file = join(dirname(indexFile), match[2] ?? '')
    for (const name of (match[1] ?? '').split(',')) {
      const local = name.trim().split(' as ')[0]?.trim()
      if (local && !local.startsWith('type ')) names.set(local, file)
    }
  }
  return names
}

test('the export list of each entry is pinned', async () => {
  const surface: Record<string, string[]> = {}
  surface['safe500'] = Object.keys(await import('safe500')).sort()
  surface['safe500/matchers'] = Object.keys(await import('safe500/matchers')).sort()
  surface['safe500/msw'] = Object.keys(await import('safe500/msw')).sort()
  surface['safe500/fixtures'] = Object.keys(await import('safe500/fixtures')).sort()
  expect(surface).toMatchSnapshot()
})

describe.each(Object.entries(entries))('%s', (_entry, indexFile) => {
  test('every runtime export has JSDoc with an @example', () => {
    const missing: string[] = []
    for (const [name, file] of reExports(indexFile)) {
      const source = readFileSync(join(root, file), 'utf8')
      const declaration = new RegExp(
        `export (?:async )?(?:function\\*? |const |class |let )${name}\\b`,
      ).exec(source)
      const before = declaration ? source.slice(0, declaration.index) : ''
      const doc = before.slice(before.lastIndexOf('/**'))
      if (!declaration || !doc.includes('@example') || !/\*\/\s*$/.test(doc))
        missing.push(`${name} (${file})`)
    }
    expect(missing).toEqual([])
  })
})

test('package.json exports put types first and point at the build of each entry', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { types: string; default: string }>
    type: string
    files: string[]
  }
  expect(pkg.type).toBe('module')
  expect(pkg.files).toEqual(['dist', 'docs'])
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue
    expect(Object.keys(target)[0], entry).toBe('types')
    expect(target.default, entry).toMatch(/^\.\/dist\/.+\.js$/)
    expect(target.types, entry).toBe(target.default.replace(/\.js$/, '.d.ts'))
  }
})
