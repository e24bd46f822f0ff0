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

/** The type names an index re-exports (`export type { A }`, `export { type A }`), with their file. */
function typeReExports(indexFile: string): Map<string, string> {
  const source = readFileSync(join(root, indexFile), 'utf8')
  const names = new Map<string, string>()
  for (const match of source.matchAll(
    /^export (type )?\{([^}]{1,2000})\} from '([^']{1,200})'/gm,
  )) {
    const file = join(dirname(indexFile), match[3] ?? '')
    for (const name of (match[2] ?? '').split(',')) {
      const entry = name.trim()
      const local = (match[1] ? entry : /^type\s(.{1,200})$/.exec(entry)?.[1])
        ?.split(' as ')[0]
        ?.trim()
      if (local) names.set(local, file)
    }
  }
  return names
}

/**
 * Where `export interface name` or `export type name` stands: in `file`, or one hop on, in the file
 * that `file` imports or re-exports it from.
 */
function typeDeclaration(
  name: string,
  file: string,
): { source: string; index: number } | undefined {
  const source = readFileSync(join(root, file), 'utf8')
  const declaration = new RegExp(`^export (?:interface|type) ${name}\\b`, 'm').exec(source)
  if (declaration) return { source, index: declaration.index }
  const from = new RegExp(
    `^(?:import|export) (?:type )?\\{[^}]{0,2000}\\b${name}\\b[^}]{0,2000}\\} from '([^']{1,200})'`,
    'm',
  ).exec(source)?.[1]
  if (from === undefined) return undefined
  const next = readFileSync(join(root, dirname(file), from), 'utf8')
  const there = new RegExp(`^export (?:interface|type) ${name}\\b`, 'm').exec(next)
  return there ? { source: next, index: there.index } : undefined
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

  test('every type export has JSDoc with an @example', () => {
    const missing: string[] = []
    const types = typeReExports(indexFile)
    for (const [name, file] of types) {
      const found = typeDeclaration(name, file)
      const before = found ? found.source.slice(0, found.index) : ''
      const doc = before.slice(before.lastIndexOf('/**'))
      if (!found || !doc.includes('@example') || !/\*\/\s*$/.test(doc))
        missing.push(`${name} (${file})`)
    }
    expect(types.size).toBeGreaterThan(0)
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
