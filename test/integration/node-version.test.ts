import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

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
function importOnOldNode(url: string): Promise<string> {
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
/** Each entry of the package, with the source file its dist file is built from. */
const entries = Object.entries(manifest.exports)
  .filter(([, target]) => typeof target !== 'string')
  .map(([entry, target]): [string, string] => {
    const dist = (target as { default: string }).default
    return [entry, new URL(dist.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts'), root).href]
  })

test('the simulated old Node crashes in undici the way Node 20 does', async () => {
  expect(await importOnOldNode('undici')).toContain(
    "Cannot read properties of undefined (reading 'bind')",
  )
})

test('every entry that needs Node 22.19 stops with ERR_NODE_VERSION before msw and undici load; the others load', async () => {
  const stopped =
    'ERR_NODE_VERSION [safe500] Node.js 20.20.2 is too old: safe500 needs 22.19.0 or later'
  const outcomes: Record<string, string> = {}
  await Promise.all(
    entries.map(async ([entry, url]) => {
      const output = await importOnOldNode(url)
      outcomes[entry] = output.startsWith(stopped) ? 'ERR_NODE_VERSION' : output
    }),
  )
  expect(outcomes).toEqual({
    '.': 'loaded',
    './vitest': 'ERR_NODE_VERSION',
    './jest': 'ERR_NODE_VERSION',
    './matchers': 'loaded',
    './msw': 'ERR_NODE_VERSION',
    './fixtures': 'ERR_NODE_VERSION',
  })
}, 30_000)
