import { captureLogs, guardLogCaptures } from 'safe500'
import pino from 'pino'
import winston from 'winston'
import { afterEach, expect, test, vi } from 'vitest'

afterEach(() => {
  vi.restoreAllMocks()
})

test('captures console calls as Node formats them, without printing by default', () => {
  const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
  const logs = captureLogs()
  try {
    console.error('[%s] failed', 'abc-123', new Error('boom'))
    console.log('plain')
  } finally {
    logs.restore()
  }
  expect(printed).not.toHaveBeenCalled()
  expect(logs.records).toHaveLength(2)
  expect(logs.records[0]).toMatchObject({ source: 'console', level: 'error', json: undefined })
  expect(logs.records[0]?.text).toMatch(/^\[abc-123\] failed Error: boom\n {4}at /)
  expect(logs.records[1]).toMatchObject({ source: 'console', level: undefined, text: 'plain' })
})

test('print: true lets the output through', () => {
  const printed = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const logs = captureLogs({ print: true })
  console.warn('careful')
  logs.restore()
  expect(printed).toHaveBeenCalledWith('careful')
  expect(logs.text()).toBe('careful')
})

test('captures process.stdout and stderr writes, and calls their callbacks', async () => {
  const logs = captureLogs()
  let called = false
  try {
    process.stdout.write('{"level":50,"msg":"one"}\n{"level":30,"msg":"two"}\n')
    process.stderr.write(Buffer.from('raw bytes\n'), () => {
      called = true
    })
  } finally {
    logs.restore()
  }
  await new Promise((resolve) => process.nextTick(resolve))
  expect(called).toBe(true)
  expect(logs.records.map((r) => [r.source, r.level, r.text])).toEqual([
    ['stdout', 'error', '{"level":50,"msg":"one"}'],
    ['stdout', 'info', '{"level":30,"msg":"two"}'],
    ['stderr', undefined, 'raw bytes'],
  ])
  expect(logs.records[0]?.json).toEqual({ level: 50, msg: 'one' })
})

test('restore puts back exactly what was patched, also when captures overlap', () => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept for identity checks
  const before = { error: console.error, log: console.log, write: process.stdout.write }
  const outer = captureLogs()
  const inner = captureLogs({ stdout: false })
  console.log('both see this')
  process.stdout.write('only the outer sees this\n')
  outer.restore()
  console.log('only the inner sees this')
  inner.restore()
  inner.restore()
  expect(console.error).toBe(before.error)
  expect(console.log).toBe(before.log)
  // eslint-disable-next-line @typescript-eslint/unbound-method -- an identity check
  expect(process.stdout.write).toBe(before.write)
  expect(outer.text()).toBe('both see this\nonly the outer sees this')
  expect(inner.text()).toBe('both see this\nonly the inner sees this')
})

test('a patch someone wrapped is left in place and passes calls on, never recording twice', () => {
  const base = vi.spyOn(console, 'info').mockImplementation(() => {})
  const first = captureLogs()
  const ours = console.info
  let calls = 0
  console.info = (...args: unknown[]) => {
    calls++
    ours(...args)
  }
  const theirs = console.info
  first.restore()
  expect(console.info).toBe(theirs)
  const second = captureLogs({ print: true })
  console.info('once')
  second.restore()
  expect(second.records.map((r) => r.text)).toEqual(['once'])
  expect(first.records).toEqual([])
  expect(calls).toBe(1)
  expect(base).toHaveBeenCalledTimes(1)
})

test('`using` restores at the end of the block', () => {
  const before = console.error
  {
    using logs = captureLogs()
    expect(console.error).not.toBe(before)
    console.error('inside')
    expect(logs.records).toHaveLength(1)
  }
  expect(console.error).toBe(before)
})

test('pino writes to logs.stream: one JSON record per line, with its level', () => {
  const logs = captureLogs()
  const logger = pino(logs.stream)
  logger.child({ reqId: 'abc-123' }).error({ err: new Error('boom') }, 'request failed')
  logs.restore()
  expect(logs.records).toHaveLength(1)
  const [record] = logs.records
  expect(record).toMatchObject({ source: 'stream', level: 'error' })
  expect(record?.json).toMatchObject({
    reqId: 'abc-123',
    msg: 'request failed',
    err: { message: 'boom', type: 'Error' },
  })
})

test("winston's Stream transport writes to logs.stream", () => {
  const logs = captureLogs()
  const logger = winston.createLogger({
    format: winston.format.json(),
    transports: [new winston.transports.Stream({ stream: logs.stream })],
  })
  logger.error('request failed', { requestId: 'abc-123' })
  logs.restore()
  expect(logs.records[0]).toMatchObject({
    source: 'stream',
    level: 'error',
    json: { level: 'error', message: 'request failed', requestId: 'abc-123' },
  })
})

test('clear forgets the records so far', () => {
  using logs = captureLogs()
  console.log('old')
  logs.clear()
  console.log('new')
  expect(logs.text()).toBe('new')
})

test('bad options are refused', () => {
  expect(() => captureLogs(null as never)).toThrow(/captureLogs\(\) takes options/)
})

test('guardLogCaptures restores what was opened since and left open, and says so; older captures are left alone', () => {
  using older = captureLogs()
  const check = guardLogCaptures()
  const first = captureLogs()
  const second = captureLogs()
  console.log('swallowed')
  let thrown: unknown
  try {
    check()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toMatchObject({ code: 'ERR_LOGS_NOT_RESTORED' })
  expect((thrown as Error).message).toContain(
    'captureLogs() was called 2 times in this test and not restored',
  )
  // Both restored: nothing more reaches them; the older one still captures.
  console.log('after')
  expect(first.records.map((r) => r.text)).toEqual(['swallowed'])
  expect(second.records.map((r) => r.text)).toEqual(['swallowed'])
  expect(older.records.map((r) => r.text)).toEqual(['swallowed', 'after'])
  // Nothing left open: the check passes.
  expect(guardLogCaptures()()).toBeUndefined()
})

test("winston's Console transport is captured under Vitest, whose console has streams of its own", async () => {
  using logs = captureLogs()
  const logger = winston.createLogger({
    format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.simple()),
    transports: [new winston.transports.Console()],
  })
  logger.error('orders query failed', { requestId: 'req-7f3a' })
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(logs.text()).toContain('orders query failed')
  expect(logs.text()).toContain('req-7f3a')
})
