import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { oldNodeExpected, oldNodeOutcomes } from '../support/old-node.ts'

// The package as users get it: built once, packed with npm, unpacked into throw-away projects.

const root = fileURLToPath(new URL('../..', import.meta.url))
const modules = join(root, 'node_modules')

interface Run {
  readonly code: number
  readonly stdout: string
  /** stdout and stderr. */
  readonly output: string
}

/** Runs a command to completion; never throws on a non-zero exit, so tests can assert on it. */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, output: `${stdout}${stderr}` })
      },
    )
  })
}

/** The parent's environment without what marks it as a running Vitest worker. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1', CI: '1' }
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(?:VITEST|TINYPOOL|FORCE_COLOR|NODE_OPTIONS|NODE_ENV)/.test(name)) env[name] = value
  }
  return env
}

let scratch: string
let build: Run
let files: string[]
let manifest: {
  exports: Record<string, string | Record<string, string>>
  sideEffects: string[]
}

/** Makes a project folder with the tarball unpacked as node_modules/safe500 and `links` from the repo. */
async function project(name: string, tarball: string, links: readonly string[]): Promise<string> {
  const dir = join(scratch, name)
  const pkg = join(dir, 'node_modules', 'safe500')
  await mkdir(pkg, { recursive: true })
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name, private: true, type: 'module' }),
  )
  const untar = await run('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1'], dir)
  expect(untar.code, untar.output).toBe(0)
  for (const link of links) {
    await mkdir(join(dir, 'node_modules', link, '..'), { recursive: true })
    await symlink(join(modules, link), join(dir, 'node_modules', link), 'dir')
  }
  return dir
}

/** A strict tsconfig.json for a project of the tarball, with the `types` its test files need. */
async function writeTsconfig(
  dir: string,
  types: readonly string[],
  {
    skipLibCheck,
    include,
    resolution = { module: 'nodenext', moduleResolution: 'nodenext' },
  }: {
    skipLibCheck: boolean
    include: readonly string[]
    /** `module`, `moduleResolution` and what else an older resolution needs. */
    resolution?: Record<string, string>
  },
): Promise<void> {
  const compilerOptions = {
    target: 'es2023',
    lib: ['es2023', 'dom'],
    ...resolution,
    types,
    strict: true,
    noEmit: true,
    skipLibCheck,
  }
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include }))
}

/** `tsc -p .` in `dir`, with the repository's TypeScript. */
function tscIn(dir: string): Promise<Run> {
  return run(
    process.execPath,
    [join(modules, 'typescript', 'bin', 'tsc'), '-p', '.'],
    dir,
    childEnv(),
  )
}

let tarball: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'safe500-package-'))
  build = await run('npm', ['run', 'build'], root)
  expect(build.code, build.output).toBe(0)
  // The build already ran: pack without the prepack script.
  const pack = await run(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch],
    root,
  )
  expect(pack.code, pack.output).toBe(0)
  const [packed] = JSON.parse(pack.stdout) as {
    filename: string
    files: { path: string }[]
  }[]
  if (!packed) throw new Error(`npm pack printed no result:\n${pack.output}`)
  tarball = join(scratch, packed.filename)
  files = packed.files.map((file) => file.path).sort()
  manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as typeof manifest
}, 60_000)

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

test('the tarball holds dist/, the docs the README links to, and package.json only', async () => {
  expect(files).toContain('package.json')
  // npm always adds README and LICENSE files; nothing else may sit outside dist/ and docs/.
  const outside = files.filter(
    (file) =>
      !file.startsWith('dist/') &&
      !/^docs\/[\w-]{1,60}\.md$/.test(file) &&
      !/^(?:package\.json|(?:readme|license)(?:\.md)?)$/i.test(file),
  )
  expect(outside).toEqual([])
  // The README's links to docs/ work where the package is installed.
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const linked = [...readme.matchAll(/\]\((docs\/[^)#]{1,80})(?:#[^)]{0,80})?\)/g)].map((m) => m[1])
  expect(linked.length).toBeGreaterThan(0)
  expect(linked.filter((path) => !files.includes(path as string))).toEqual([])
  const sources = files.filter(
    (file) =>
      /(?:^|\/)(?:test|node_modules|corpus)\//.test(file) ||
      /\.test(?:-d)?\.[cm]?[jt]s$/.test(file) ||
      (/\.[cm]?ts$/.test(file) && !/\.d\.[cm]?ts$/.test(file)),
  )
  expect(sources).toEqual([])
})

test('every "exports" entry resolves to a file in the tarball, "types" first', () => {
  const problems: string[] = []
  for (const [entry, target] of Object.entries(manifest.exports)) {
    const conditions = typeof target === 'string' ? { default: target } : target
    if (typeof target !== 'string' && Object.keys(target)[0] !== 'types')
      problems.push(`${entry}: "types" is not the first condition`)
    for (const [condition, path] of Object.entries(conditions)) {
      if (!files.includes(path.replace(/^\.\//, '')))
        problems.push(`${entry} (${condition}): ${path} is not in the tarball`)
    }
  }
  for (const path of manifest.sideEffects) {
    if (!files.includes(path.replace(/^\.\//, '')))
      problems.push(`sideEffects: ${path} is not in the tarball`)
  }
  expect(problems).toEqual([])
})

/** The files of dist/ that importing `file` (under dist/) loads, and the packages they import. */
async function loadedBy(file: string): Promise<{ files: string[]; packages: Set<string> }> {
  const files: string[] = []
  const packages = new Set<string>()
  const queue = [join(root, 'dist', file)]
  for (const path of queue) {
    if (files.includes(path)) continue
    files.push(path)
    // Comments hold @example imports of 'safe500'; only code counts.
    const code = (await readFile(path, 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    for (const match of code.matchAll(
      /^\s{0,20}(?:import|export)\s[^;'"]{0,5000}?\bfrom\s{0,5}['"]([^'"]{1,200})['"]|^\s{0,20}import\s{0,5}['"]([^'"]{1,200})['"]|\bimport\(\s{0,5}['"]([^'"]{1,200})['"]\s{0,5}\)/gm,
    )) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? ''
      if (specifier.startsWith('.')) queue.push(join(path, '..', specifier))
      else packages.add(specifier)
    }
  }
  return { files, packages }
}

/** Each entry of "exports" with the file under dist/ it names. */
function builtEntries(): [string, string][] {
  return Object.entries(manifest.exports).flatMap(([entry, target]): [string, string][] =>
    typeof target === 'string' || target.default === undefined
      ? []
      : [[entry, target.default.replace(/^\.\/dist\//, '')]],
  )
}

test("the core entry's code imports nothing but itself and node: builtins", async () => {
  const { files, packages } = await loadedBy('src/index.js')
  const code = await Promise.all(files.map((file) => readFile(file, 'utf8')))
  // The engine itself was followed, not only the entry's re-exports.
  expect(code.join('\n')).toContain('function auditSnapshot(')
  expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual([])
})

test('each entry is a few bundled files, not one module per source file', async () => {
  // Node spends most of an import resolving, reading and compiling modules one by one: some 230
  // for the core entry when each source file was its own.
  const counts: Record<string, number> = {}
  for (const [entry, file] of builtEntries()) counts[entry] = (await loadedBy(file)).files.length
  for (const [entry, count] of Object.entries(counts)) expect(count, entry).toBeLessThanOrEqual(6)
  expect(Object.keys(counts).sort()).toEqual(Object.keys(oldNodeExpected).sort())
})

test('one copy of the engine serves every entry: an error class of one is the class of all', async () => {
  const dir = await project('shared', tarball, ['msw', 'undici', '@mswjs/interceptors'])
  await writeFile(
    join(dir, 'check.mjs'),
    `
const core = await import('safe500')
const msw = await import('safe500/msw')
const matchers = await import('safe500/matchers')
let error
try { msw.fault.status(200, 'https://payments.example.com/*') } catch (e) { error = e }
console.log(JSON.stringify({
  same: error instanceof core.Safe500Error,
  code: error?.code,
  matchers: Object.keys(matchers).length > 0,
}))
`,
  )
  const result = await run(process.execPath, ['check.mjs'], dir, childEnv())
  expect(result.code, result.output).toBe(0)
  expect(JSON.parse(result.stdout)).toEqual({ same: true, code: 'ERR_BAD_OPTION', matchers: true })
})

test('the built entries, like the sources, stop with ERR_NODE_VERSION on Node 20 before msw and undici load', async () => {
  expect(await oldNodeOutcomes('dist')).toEqual(oldNodeExpected)
}, 30_000)

test("import('safe500') works in plain Node, with vitest and msw not resolvable", async () => {
  const dir = await project('bare', tarball, [])
  await writeFile(
    join(dir, 'check.mjs'),
    `
const safe500 = await import('safe500')
const resolvable = (name) => { try { import.meta.resolve(name); return true } catch { return false } }
const report = await safe500.audit(new Response('{"error":"Internal Server Error"}', {
  status: 500,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store',
    'x-content-type-options': 'nosniff', 'x-request-id': '0b6f3f5e-2f0c-4a57-9d0e-6f1d2c3b4a59' },
}))
console.log(JSON.stringify({
  audit: typeof safe500.audit, ok: report.ok, findings: report.findings,
  vitest: resolvable('vitest'), msw: resolvable('msw'),
}))
`,
  )
  const result = await run(process.execPath, ['check.mjs'], dir, childEnv())
  expect(result.code, result.output).toBe(0)
  expect(JSON.parse(result.stdout)).toEqual({
    audit: 'function',
    ok: true,
    findings: [],
    vitest: false,
    msw: false,
  })
})

test('a project using the tarball: toBeSafe500 fails a leaky Express 500 readably, passes a safe one', async () => {
  const dir = await project('consumer', tarball, [
    'vitest',
    'express',
    '@types/express',
    '@types/node',
  ])
  await writeFile(
    join(dir, 'vitest.config.mjs'),
    `import { defineConfig } from 'vitest/config'
export default defineConfig({ test: { setupFiles: ['safe500/vitest'], include: ['*.test.ts'] } })
`,
  )
  await writeFile(
    join(dir, 'app.mjs'),
    `import { randomUUID } from 'node:crypto'
import express from 'express'

export function start() {
  const app = express()
  app.get('/leaky', (_req, res) => {
    const err = new Error('connect ECONNREFUSED 10.0.3.7:5432')
    res.status(500).json({ error: err.message })
  })
  app.get('/safe', (_req, res) => {
    const requestId = randomUUID()
    res.removeHeader('x-powered-by')
    res.status(500).set({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': requestId,
    }).send(JSON.stringify({ error: 'Internal Server Error', requestId }))
  })
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve({ url: 'http://127.0.0.1:' + server.address().port, close: () => server.close() })
    })
  })
}
`,
  )
  await writeFile(
    join(dir, 'app.d.mts'),
    'export function start(): Promise<{ url: string; close(): void }>\n',
  )
  await writeFile(
    join(dir, 'safe500.test.ts'),
    `import { audit } from 'safe500'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { start } from './app.mjs'

let app: Awaited<ReturnType<typeof start>>
beforeAll(async () => { app = await start() })
afterAll(() => app.close())

test('leaky', async () => {
  await expect(await fetch(app.url + '/leaky')).toBeSafe500()
})

test('safe', async () => {
  await expect(await fetch(app.url + '/safe')).toBeSafe500()
})

test('audit', async () => {
  const report = await audit(await fetch(app.url + '/safe'))
  expect(report.ok).toBe(true)
})

test('bad option', async () => {
  await expect(await fetch(app.url + '/safe')).toBeSafe500({ skip: ['nosniff'] })
})

test('forgot await', async () => {
  const res = await fetch(app.url + '/safe')
  expect(res).toBeSafe500()
})

// Types only: never called.
export async function types(res: Response): Promise<void> {
  await expect(res).toBeSafe500({ requestId: 'both' })
  // @ts-expect-error: the options are an object
  await expect(res).toBeSafe500('strict')
}
`,
  )
  // setupFiles are not part of the TypeScript program: the matcher types come in here.
  await writeTsconfig(dir, ['safe500/vitest'], { skipLibCheck: true, include: ['*.ts', '*.mts'] })

  const [vitest, tsc] = await Promise.all([
    run(process.execPath, [join(modules, 'vitest', 'vitest.mjs'), 'run'], dir, childEnv()),
    tscIn(dir),
  ])

  expect(vitest.code, vitest.output).toBe(1)
  expect(vitest.output).toMatch(/Tests\s+3 failed \| 2 passed \(5\)/)
  expect(vitest.output).toContain('FAIL  safe500.test.ts > leaky')
  const source = await readFile(join(dir, 'safe500.test.ts'), 'utf8')
  /** What the run printed for the failed test `title`, up to the next separator. */
  const failure = (title: string) => {
    const from = vitest.output.slice(vitest.output.indexOf(`FAIL  safe500.test.ts > ${title}`))
    return from.slice(0, from.indexOf('⎯'))
  }
  // A bad option fails at the test's line, with its code frame, as a failed verdict does.
  const badOption = failure('bad option')
  expect(badOption).toContain('[safe500] toBeSafe500(): skip holds "nosniff"')
  const optionLine = lineOf(source, "skip: ['nosniff']")
  expect(badOption).toMatch(
    new RegExp(
      `❯ safe500\\.test\\.ts:${optionLine}:\\d+\\n[^]*?${optionLine}\\|.*toBeSafe500\\(\\{ skip`,
    ),
  )
  // A forgotten await too, though the check runs from safe500's code when the test ends: the
  // code frame is the test's first.
  const forgot = failure('forgot await')
  expect(forgot).toContain('[safe500] toBeSafe500() was not awaited')
  const forgotLine = lineOf(source, 'expect(res).toBeSafe500()')
  expect(forgot).toMatch(new RegExp(`^[^❯]*❯ safe500\\.test\\.ts:${forgotLine}:\\d+\\n`))
  expect(vitest.output).toContain('Expected a safe 500, but found')
  for (const category of [
    'driver-error',
    'internal-address',
    'framework-disclosure',
    'header',
    'request-id',
  ])
    expect(vitest.output).toContain(`${category} › `)
  // Readable: one short line per finding, then the summary; the body is never dumped.
  const message = vitest.output.slice(vitest.output.indexOf('Expected a safe 500'))
  const summary = /^\s*status 500, application\/json; charset=utf-8, [\d,]+ bytes/m.exec(message)
  expect(summary, vitest.output).not.toBeNull()
  const lines = message.slice(0, summary?.index).split('\n')
  expect(lines.length).toBeLessThan(30)
  for (const line of lines) expect(line.length, line).toBeLessThan(250)

  expect(tsc.code, tsc.output).toBe(0)
}, 40_000)

/** The line number (from 1) of the first line of `source` that contains `text`. */
function lineOf(source: string, text: string): number {
  return source.split('\n').findIndex((line) => line.includes(text)) + 1
}

/** The code block of the README that starts with `first` (its first line), without the fences. */
function readmeBlock(readme: string, first: string): string {
  const start = readme.indexOf(`\n${first}\n`)
  if (start === -1) throw new Error(`the README has no code block starting with ${first}`)
  return readme.slice(start + 1, readme.indexOf('\n```', start) + 1)
}

test('a Jest project set up as the README says: matchers, forgotten awaits, upstream faults and types', async () => {
  const dir = await project('jest-consumer', tarball, [
    'jest',
    '@jest/globals',
    'expect',
    '@types/jest',
    '@types/node',
    'msw',
    'undici',
    // safe500's own dependency, which npm installs with it.
    '@mswjs/interceptors',
    // Jest's, for the ordered run's sequencer.
    '@jest/test-sequencer',
  ])
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  await writeFile(join(dir, 'jest.config.mjs'), readmeBlock(readme, '// jest.config.mjs'))
  await writeFile(join(dir, 'safe500-jest.d.ts'), readmeBlock(readme, '// safe500-jest.d.ts'))
  const headers = `{ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store',
    'x-content-type-options': 'nosniff', 'x-request-id': '0b6f3f5e-2f0c-4a57-9d0e-6f1d2c3b4a59' }`
  await writeFile(
    join(dir, 'safe500.test.mjs'),
    `import { jest } from '@jest/globals'

test('leaky', async () => {
  const body = JSON.stringify({ error: 'connect ECONNREFUSED 10.0.3.7:5432' })
  await expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500()
})

test('safe', async () => {
  const body = JSON.stringify({ error: 'Internal Server Error' })
  await expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500()
})

test('bad option', async () => {
  const body = JSON.stringify({ error: 'Internal Server Error' })
  await expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500({ skip: ['nosniff'] })
})

test('forgot await, leaky', () => {
  const body = JSON.stringify({ error: 'connect ECONNREFUSED 10.0.3.7:5432' })
  expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500()
})

test('forgot await, safe', () => {
  const body = JSON.stringify({ error: 'Internal Server Error' })
  expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500()
})

// A plain response is read at once: the verdict is in before the test ends.
test('forgot await, leaky, verdict in before the test ends', async () => {
  expect({ status: 500, headers: ${headers}, body: JSON.stringify({ error: 'connect ECONNREFUSED 10.0.3.7:5432' }) }).toBeSafe500()
  await new Promise((resolve) => setTimeout(resolve, 20))
})

test('forgot await, safe, verdict in before the test ends', async () => {
  expect({ status: 500, headers: ${headers}, body: JSON.stringify({ error: 'Internal Server Error' }) }).toBeSafe500()
  await new Promise((resolve) => setTimeout(resolve, 20))
})

test('after them', () => {})

test('asymmetric use', () => {
  // Built here, so the code frame does not show it: only a dump of the value would.
  const body = JSON.stringify({ error: 'connect ECONNREFUSED ' + ['10.9', '8.7'].join('.') + ':6379' })
  expect({ res: new Response(body, { status: 500, headers: ${headers} }) }).toEqual({ res: expect.toBeSafe500() })
})

// A test that returns the matcher's promise, not async: Jest awaits what it returns.
test('returned at once, safe', () => {
  const body = JSON.stringify({ error: 'Internal Server Error' })
  return expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500()
})

// Jest's fake timers fake queueMicrotask and setTimeout: an awaited call is still seen as
// awaited, and a body that never ends is still reported, not left to the test's timeout.
test('fake timers, awaited, safe', async () => {
  jest.useFakeTimers()
  const body = JSON.stringify({ error: 'Internal Server Error' })
  await expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500()
  jest.useRealTimers()
})

test('fake timers, a body that never ends', async () => {
  const endless = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"error":')) })
  jest.useFakeTimers()
  try {
    await expect(new Response(endless, { status: 500, headers: ${headers} })).toBeSafe500({ timeout: 300 })
  } finally {
    jest.useRealTimers()
  }
})

// Awaited calls of tests that run at the same time are no test's forgotten call.
for (const name of ['concurrent, slow', 'concurrent, fast']) {
  test.concurrent(name, async () => {
    if (name.endsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 50))
    const body = JSON.stringify({ error: 'Internal Server Error' })
    await expect(new Response(body, { status: 500, headers: ${headers} })).toBeSafe500()
  })
}
`,
  )
  // safe500/msw in Jest: its hooks are Jest's globals.
  await writeFile(
    join(dir, 'upstreams.test.mjs'),
    `import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { fault, setupUpstreams } from 'safe500/msw'

const upstreams = setupUpstreams()

function start(safe) {
  const app = createServer(async (_req, res) => {
    const payment = await fetch('https://payments.example.com/v1/charges', { method: 'POST' })
    const body = await payment.text()
    if (safe) {
      const id = randomUUID()
      res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store',
        'x-content-type-options': 'nosniff', 'x-request-id': id })
      return res.end(JSON.stringify({ error: 'Bad Gateway', requestId: id }))
    }
    res.writeHead(502, { 'content-type': 'text/html; charset=utf-8' }).end(body)
  })
  return new Promise((resolve) => app.listen(0, '127.0.0.1', () => resolve(app)))
}

for (const safe of [true, false]) {
  test(safe ? 'upstream fails, app answers safely' : 'upstream fails, app echoes it', async () => {
    upstreams.use(fault.status(503, 'https://payments.example.com/*'))
    const app = await start(safe)
    try {
      await expect(await fetch('http://127.0.0.1:' + app.address().port + '/checkout')).toBeSafe5xx()
    } finally {
      app.close()
    }
  })
}

test('a fault the app never hits', () => {
  upstreams.use(fault.status(503, 'https://other.example.com/*'))
})
`,
  )
  // The same from a CommonJS test file, which require()s the ESM entry (no top-level await in it).
  await writeFile(
    join(dir, 'upstreams-cjs.test.cjs'),
    `const { fault, setupUpstreams } = require('safe500/msw')

const upstreams = setupUpstreams()

test('CommonJS: a fault reaches fetch', async () => {
  upstreams.use(fault.status(503, 'https://inventory.example.com/*'))
  const res = await fetch('https://inventory.example.com/items')
  expect(res.status).toBe(503)
})

// Jest runs each file in a vm context of its own; Node's fetch still meets the socket faults as
// undici reports them (not as MSW's emulation of node:http's errors), with their codes.
test('CommonJS: socket faults reach global fetch as undici reports them', async () => {
  upstreams.use(
    fault.emptyReply('https://inventory.example.com/empty'),
    fault.truncated('https://inventory.example.com/cut'),
  )
  const empty = await fetch('https://inventory.example.com/empty').catch((error) => error)
  expect(empty.cause.code).toBe('UND_ERR_SOCKET')
  const cut = await fetch('https://inventory.example.com/cut').then((res) => res.text()).catch((error) => error)
  expect(cut.cause.code).toBe('UND_ERR_RES_CONTENT_LENGTH_MISMATCH')
})
`,
  )
  // Two setupUpstreams in one file, which Jest closes first in, first out, then a later file of
  // the same worker without safe500/msw: Node's fetch has its own dispatcher back, not a bridge
  // already closed (run in this order by the sequencer below; in any order by the main run).
  await writeFile(
    join(dir, 'order-1-two-upstreams.test.mjs'),
    `import { setupUpstreams } from 'safe500/msw'

setupUpstreams()
setupUpstreams()

test('two setupUpstreams in one file', () => {})
`,
  )
  await writeFile(
    join(dir, 'order-2-later.test.mjs'),
    `import { createServer } from 'node:http'

test('a later file: fetch fails as Node reports it', async () => {
  const server = createServer((_req, res) => res.socket.destroy())
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const error = await fetch('http://127.0.0.1:' + server.address().port + '/').catch((e) => e)
    expect(error.cause.code).toBe('UND_ERR_SOCKET')
  } finally {
    server.close()
  }
})
`,
  )
  await writeFile(
    join(dir, 'order.cjs'),
    `const Sequencer = require('@jest/test-sequencer').default
module.exports = class extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path))
  }
}
`,
  )
  // Types only, never run: the global expect of @types/jest, and @jest/globals' expect.
  await writeFile(
    join(dir, 'global.ts'),
    `export async function types(res: Response): Promise<void> {
  await expect(res).toBeSafe500({ requestId: 'both' })
  await expect(res).not.toLeakDetails()
  expect([res]).toBeUniform()
  // @ts-expect-error: the options are an object
  await expect(res).toBeSafe500('strict')
  // @ts-expect-error: a number is no response
  await expect(42).toBeSafe500()
  // @ts-expect-error: the statuses are the first argument, not the status option
  await expect(res).toBeSafe5xx({ status: 502 })
}
`,
  )
  await writeFile(
    join(dir, 'globals.ts'),
    `import { expect } from '@jest/globals'

export async function types(res: Response): Promise<void> {
  await expect(res).toBeSafe500({ requestId: 'both' })
  await expect(res).toHaveRequestId()
  // @ts-expect-error: the options are an object
  await expect(res).toBeSafe500('strict')
  // @ts-expect-error: a number is no response
  await expect(42).toBeSafe500()
  // @ts-expect-error: the statuses are the first argument, not the status option
  await expect(res).toBeSafe5xx({ status: 502 })
}
`,
  )
  await writeTsconfig(dir, ['node', 'jest', 'safe500/jest'], {
    skipLibCheck: false,
    include: ['*.ts'],
  })
  const jest = join(modules, 'jest', 'bin', 'jest.js')
  const [esm, plain, tsc] = await Promise.all([
    run(
      process.execPath,
      ['--experimental-vm-modules', jest, '--ci', '--no-watchman', '--cacheDirectory=.jest-cache'],
      dir,
      childEnv(),
    ),
    run(
      process.execPath,
      [jest, '--ci', '--no-watchman', '--cacheDirectory=.jest-cache'],
      dir,
      childEnv(),
    ),
    tscIn(dir),
  ])

  const ordered = await run(
    process.execPath,
    [
      '--experimental-vm-modules',
      jest,
      '--ci',
      '--no-watchman',
      '--runInBand',
      '--testSequencer=./order.cjs',
      '--cacheDirectory=.jest-cache-order',
      'order-',
    ],
    dir,
    childEnv(),
  )
  expect(ordered.code, ordered.output).toBe(0)
  expect(ordered.output).toMatch(/Tests:\s+2 passed, 2 total/)

  expect(esm.code, esm.output).toBe(1)
  // A forgotten await fails its own test, whatever the verdict, and the run goes on to its summary.
  expect(esm.output).toMatch(/Tests:\s+10 failed, 11 passed, 21 total/)
  expect(esm.output).not.toContain('● fake timers, awaited, safe')
  expect(esm.output).not.toContain('● returned at once, safe')
  const endless = esm.output.slice(esm.output.indexOf('● fake timers, a body that never ends'))
  expect(endless.slice(0, endless.indexOf('\n  ●', 1))).toContain(
    '[safe500] toBeSafe500(): The body of the response did not end within 300 ms',
  )
  // An async matcher used asymmetrically throws at once: no diff of the response, body and all.
  const asymmetric = esm.output.slice(esm.output.indexOf('● asymmetric use'))
  expect(asymmetric.slice(0, asymmetric.indexOf('\n  ●', 1))).toContain(
    '[safe500] expect.toBeSafe500() cannot be used as an asymmetric matcher',
  )
  expect(esm.output).not.toContain('10.9.8.7')
  expect(esm.output).not.toContain('● CommonJS')
  expect(esm.output).not.toContain('[MSW] Encountered an unhandled exception')
  expect(esm.output).toContain('● leaky')
  // A bad option fails at the test's line, with its code frame, as a failed verdict does.
  const badOption = esm.output.slice(esm.output.indexOf('● bad option'))
  const optionLine = lineOf(
    await readFile(join(dir, 'safe500.test.mjs'), 'utf8'),
    "skip: ['nosniff']",
  )
  expect(badOption.slice(0, badOption.indexOf('\n  ●', 1))).toMatch(
    new RegExp(
      `^● bad option\\n\\n\\s+Safe500Error: \\[safe500\\] toBeSafe500\\(\\): skip holds "nosniff"[^]*> ${optionLine} \\|[^]*at Object\\.<anonymous> \\(safe500\\.test\\.mjs:${optionLine}:\\d+\\)`,
    ),
  )
  for (const test of [
    'forgot await, leaky',
    'forgot await, safe',
    'forgot await, leaky, verdict in before the test ends',
    'forgot await, safe, verdict in before the test ends',
  ]) {
    const section = esm.output.slice(esm.output.indexOf(`● ${test}`))
    expect(section).toMatch(/^● .*\n\n\s+Safe500Error: \[safe500\] toBeSafe500\(\) was not awaited/)
    // Pointed at the line that forgot.
    expect(section.slice(0, section.indexOf('\n  ●', 1))).toMatch(
      /at Object\.<anonymous> \(safe500\.test\.mjs:\d+:\d+\)/,
    )
  }
  const leaky = esm.output.slice(esm.output.indexOf('● forgot await, leaky'))
  expect(leaky.slice(0, leaky.indexOf('● forgot await, safe'))).toContain(
    'Awaited, it would have failed:',
  )
  expect(esm.output).toContain('Expected a safe 500, but found')
  for (const category of ['driver-error', 'internal-address'])
    expect(esm.output).toContain(`${category} › `)
  // safe500/msw registers its hooks with Jest's: the fault is armed, its canaries are caught in
  // the echo, and a fault never hit fails the test that armed it.
  expect(esm.output).toContain('● upstream fails, app echoes it')
  expect(esm.output).not.toContain('● upstream fails, app answers safely')
  const echo = esm.output.slice(esm.output.indexOf('● upstream fails, app echoes it'))
  expect(echo).toContain('upstream-echo › upstream-echo')
  const unhit = esm.output.slice(esm.output.indexOf('● a fault the app never hits'))
  expect(unhit).toContain('[safe500] 1 armed fault was never hit')
  // The check runs after the test, in safe500's code; the failure points at the line that made
  // the fault, in its message and in Jest's code frame.
  const faultLine = lineOf(
    await readFile(join(dir, 'upstreams.test.mjs'), 'utf8'),
    "fault.status(503, 'https://other.example.com/*')",
  )
  const unhitSection = unhit.slice(0, unhit.indexOf('\n  ●', 1))
  expect(unhitSection).toContain(
    `https://other.example.com/* (made at upstreams.test.mjs:${faultLine}:`,
  )
  expect(unhitSection).toMatch(new RegExp(`> ${faultLine} \\|.*fault\\.status\\(503`))
  // Without ESM mode, Jest cannot load the package: the README names the error it shows.
  expect(plain.code, plain.output).toBe(1)
  expect(plain.output).toContain('Must use import to load ES Module')
  expect(readme).toContain('`Must use import to load ES\nModule`')

  expect(tsc.code, tsc.output).toBe(0)
}, 60_000)

test("the README's CommonJS variant of safe500-jest.d.ts type-checks where the first one stops at TS1541", async () => {
  const dir = await project('jest-cjs-types', tarball, ['@jest/globals', 'expect', '@types/node'])
  // A CommonJS project: no "type": "module".
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'jest-cjs-types', private: true }),
  )
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const declaration = readmeBlock(readme, '// safe500-jest.d.ts')
  const variant = readme
    .split('\n')
    .find((line) =>
      line.startsWith("import type { Safe500Matchers } from 'safe500/matchers' with "),
    )
  expect(variant).toBeDefined()
  await writeFile(
    join(dir, 'globals.ts'),
    `import { expect } from '@jest/globals'

export async function types(res: Response): Promise<void> {
  await expect(res).toBeSafe500({ requestId: 'both' })
  // @ts-expect-error: a number is no response
  await expect(42).toBeSafe500()
  // @ts-expect-error: the statuses are the first argument, not the status option
  await expect(res).toBeSafe5xx({ status: 502 })
}
`,
  )
  await writeTsconfig(dir, ['node'], {
    skipLibCheck: false,
    include: ['*.ts'],
    resolution: { module: 'node16', moduleResolution: 'node16' },
  })
  const tsc = () => tscIn(dir)

  await writeFile(join(dir, 'safe500-jest.d.ts'), declaration)
  const first = await tsc()
  expect(first.output).toContain(
    "TS1541: Type-only import of an ECMAScript module from a CommonJS module must have a 'resolution-mode' attribute",
  )
  await writeFile(
    join(dir, 'safe500-jest.d.ts'),
    declaration.replace(
      /^import type \{ Safe500Matchers \} from 'safe500\/matchers'$/m,
      variant ?? '',
    ),
  )
  const fixed = await tsc()
  expect(fixed.code, fixed.output).toBe(0)
}, 30_000)

test('a project on TypeScript\'s old node10 resolution, which reads no "exports", finds the types of every entry', async () => {
  const dir = await project('node10-types', tarball, ['vitest', 'msw', 'undici', '@types/node'])
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'node10-types', private: true }),
  )
  await writeFile(
    join(dir, 'entries.ts'),
    `import { audit, type Report } from 'safe500'
import type { Safe500Matchers } from 'safe500/matchers'
import type {} from 'safe500/vitest'
import type {} from 'safe500/jest'
import { fault } from 'safe500/msw'
import type { RunningApp } from 'safe500/fixtures'

export async function types(res: Response, app: RunningApp): Promise<Report> {
  const matchers: Safe500Matchers<Promise<void>> | undefined = undefined
  void matchers
  void fault
  void app.url
  return audit(res)
}
`,
  )
  await writeTsconfig(dir, ['node'], {
    skipLibCheck: true,
    include: ['*.ts'],
    resolution: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' },
  })
  const tsc = await tscIn(dir)
  expect(tsc.code, tsc.output).toBe(0)
}, 30_000)

test('"typesVersions" (for node10 resolution) names the same types as "exports", entry by entry', () => {
  const fallback = (
    manifest as unknown as { typesVersions: Record<string, Record<string, string[]>> }
  ).typesVersions['*']
  const mapped = Object.entries(manifest.exports)
    .filter(([entry, target]) => entry !== '.' && typeof target !== 'string')
    .map(([entry, target]) => [entry.slice(2), [(target as Record<string, string>)['types']]])
  expect(fallback).toEqual(Object.fromEntries(mapped))
  expect((manifest as unknown as { types: string }).types).toBe(
    (manifest.exports['.'] as Record<string, string>)['types'],
  )
})
