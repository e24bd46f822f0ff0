import { format } from 'node:util'

/** Where a captured write or call came from. */
export type Source = 'console' | 'stdout' | 'stderr'

/** One subscriber of the patched console and streams. */
export interface Listener {
  readonly console: boolean
  readonly stdout: boolean
  readonly stderr: boolean
  /** Let the output through to the terminal as well. */
  readonly print: boolean
  readonly record: (source: Source, level: string | undefined, text: string) => void
}

type Write = typeof process.stdout.write
type ConsoleMethod = (...args: unknown[]) => void

const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const
/** A patch left in place (someone patched over it) knows the original, so it is never wrapped twice. */
const originalOf = Symbol('safe500.original')
const listeners = new Set<Listener>()
let installed:
  | {
      readonly console: Map<
        (typeof methods)[number],
        { original: ConsoleMethod; patch: ConsoleMethod }
      >
      readonly streams: Map<NodeJS.WriteStream, { original: Write; patch: Write }>
    }
  | undefined
/** Inside a patched console call: its own writes to stdout/stderr are not recorded twice. */
let inConsole = 0

/**
 * Adds a listener; the first one patches console methods and process.stdout/stderr.write, the last
 * one to leave puts back every original that is still ours (one someone patched over is left).
 */
export function listen(listener: Listener): () => void {
  listeners.add(listener)
  if (!installed) install()
  let done = false
  return () => {
    if (done) return
    done = true
    listeners.delete(listener)
    if (listeners.size === 0) uninstall()
  }
}

function install(): void {
  const consoleMethods = new Map<
    (typeof methods)[number],
    { original: ConsoleMethod; patch: ConsoleMethod }
  >()
  for (const method of methods) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called back with its own receiver
    const current = console[method] as ConsoleMethod & { [originalOf]?: ConsoleMethod }
    const original = current[originalOf] ?? current
    const patch: ConsoleMethod = function (this: unknown, ...args: unknown[]) {
      // A stale patch (left under someone else's) only passes calls on.
      if (installed?.console.get(method)?.patch !== patch) return original.apply(this, args)
      inConsole++
      try {
        const text =
          method === 'trace'
            ? `Trace: ${format(...args)}\n${(new Error().stack ?? '').split('\n').slice(2).join('\n')}`
            : format(...args)
        let print = false
        for (const l of listeners) {
          if (!l.console) continue
          l.record('console', method === 'log' ? undefined : method, text)
          print ||= l.print
        }
        if (print || !someListen('console')) original.apply(this ?? console, args)
      } finally {
        inConsole--
      }
    }
    Object.defineProperty(patch, originalOf, { value: original })
    consoleMethods.set(method, { original, patch })
    console[method] = patch
  }
  const streams = new Map<NodeJS.WriteStream, { original: Write; patch: Write }>()
  for (const [stream, source] of writeTargets()) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called back with its own receiver
    const current = stream.write as Write & { [originalOf]?: Write }
    const original = current[originalOf] ?? current
    const patch = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
      if (installed?.streams.get(stream)?.patch !== patch)
        return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
      let print = inConsole > 0 || !someListen(source)
      if (inConsole === 0) {
        const text =
          typeof chunk === 'string'
            ? chunk
            : chunk instanceof Uint8Array
              ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8')
              : String(chunk)
        for (const l of listeners) {
          if (!l[source]) continue
          l.record(source, undefined, text)
          print ||= l.print
        }
      }
      if (print) return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      if (callback) process.nextTick(callback)
      return true
    } as Write
    Object.defineProperty(patch, originalOf, { value: original })
    streams.set(stream, { original, patch })
    stream.write = patch
  }
  installed = { console: consoleMethods, streams }
}

/**
 * process.stdout and process.stderr, and the console's own streams where they are others: Vitest
 * gives the console streams of its own, and winston's Console transport writes to them
 * (`console._stdout`), past process.stdout.
 */
function writeTargets(): [NodeJS.WriteStream, 'stdout' | 'stderr'][] {
  const targets: [NodeJS.WriteStream, 'stdout' | 'stderr'][] = [
    [process.stdout, 'stdout'],
    [process.stderr, 'stderr'],
  ]
  const own = console as unknown as { _stdout?: unknown; _stderr?: unknown }
  for (const [stream, source] of [
    [own._stdout, 'stdout'],
    [own._stderr, 'stderr'],
  ] as const) {
    const writable = stream as NodeJS.WriteStream | undefined
    if (typeof writable?.write === 'function' && !targets.some(([t]) => t === writable))
      targets.push([writable, source])
  }
  return targets
}

function uninstall(): void {
  if (!installed) return
  for (const [method, { original, patch }] of installed.console)
    if (console[method] === patch) console[method] = original
  for (const [stream, { original, patch }] of installed.streams)
    if (stream.write === patch) stream.write = original
  installed = undefined
}

function someListen(source: Source): boolean {
  for (const l of listeners) if (l[source]) return true
  return false
}
