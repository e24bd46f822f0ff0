import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Each entry imported on a Node.js that looks like Node 20: an older version number, and no zstd in
// node:zlib, which undici 8 binds when its module body runs (on Node 20 that crashes with
// "Cannot read properties of undefined (reading 'bind')").

const root = new URL('../../', import.meta.url)
const oldNode = `data:text/javascript,${encodeURIComponent(`
import zlib from 'node:zlib'
import { syncBuiltinESMExports } from 'node:module'
Object.defineProperty(process.versions, 'node', { value: '20.20.2' })
delete zlib.createZstdDecompress
syncBuiltinESMExports()
`)}`

/** What importing `url` on the old Node gives: `loaded`, or the error's code and message. */
export function importOnOldNode(url: string): Promise<string> {
  const script = `import(${JSON.stringify(url)}).then(() => console.log('loaded'), (e) => console.log(e.code, e.message))`
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(?:VITEST|TINYPOOL|NODE_OPTIONS)/.test(name)) env[name] = value
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', oldNode, '--input-type=module', '-e', script],
      { cwd: fileURLToPath(root), env, timeout: 15_000 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`.trim()),
    )
  })
}

const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, string | { default: string }>
}

/**
 * How each entry of the package fares on the old Node (`loaded`, `ERR_NODE_VERSION`, or what it
 * printed), imported from its built file (`dist`) or from the source file it is built from.
 */
export async function oldNodeOutcomes(from: 'dist' | 'source'): Promise<Record<string, string>> {
  const stopped =
    'ERR_NODE_VERSION [safe500] Node.js 20.20.2 is too old: safe500 needs 22.19.0 or later'
  const outcomes: Record<string, string> = {}
  await Promise.all(
    Object.entries(manifest.exports).map(async ([entry, target]) => {
      if (typeof target === 'string') return
      const built = target.default.replace(/^\.\//, '')
      const file = from === 'dist' ? built : built.replace(/^dist\//, '').replace(/\.js$/, '.ts')
      const output = await importOnOldNode(new URL(file, root).href)
      outcomes[entry] = output.startsWith(stopped) ? 'ERR_NODE_VERSION' : output
    }),
  )
  return outcomes
}

/** What each entry does on Node 20: those that load msw, undici or a runner's matchers stop. */
export const oldNodeExpected = {
  '.': 'loaded',
  './vitest': 'ERR_NODE_VERSION',
  './jest': 'ERR_NODE_VERSION',
  './matchers': 'loaded',
  './msw': 'ERR_NODE_VERSION',
  './fixtures': 'ERR_NODE_VERSION',
}
