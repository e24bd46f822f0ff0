import {
  audit,
  canaryError,
  captureLogs,
  findTrace,
  formatFinding,
  formatReport,
  hostileRequestIds,
  type LogRecord,
} from 'safe500'
import pino from 'pino'
import { expect, test } from 'vitest'

const id = '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c'
const stack = 'Error: boom\n    at handler (/srv/app/src/routes/checkout.js:41:11)'

test('a record with the ID as a whole token and a stack traces the error', () => {
  const lines = ['GET /boom 500', `[${id}] ${stack}`, `[${id}] done`]
  const trace = findTrace(lines, [id])
  expect(trace.record?.text).toBe(`[${id}] ${stack}`)
  expect(trace.withId).toHaveLength(2)
  expect(trace.withError).toHaveLength(1)
  expect(trace.forged).toEqual([])
})

test('the ID and the error in different records is no trace', () => {
  const trace = findTrace([`request ${id} failed`, stack], [id])
  expect(trace.record).toBeUndefined()
  expect(trace.withId).toHaveLength(1)
  expect(trace.withError).toHaveLength(1)
})

test("what the test printed of safe500's own output is no trace: a report, its findings, an error", async () => {
  const report = await audit({
    status: 500,
    headers: { 'content-type': 'text/plain', 'x-request-id': id },
    body: stack,
  })
  expect(report.requestId).toBe(id)
  using logs = captureLogs()
  console.log(formatReport(report))
  console.log(report)
  console.log(JSON.stringify(report))
  console.log(report.findings.map(formatFinding).join('\n'))
  console.error(`[safe500] toBeSafe500(): request ID "${id}" ${stack}`)
  logs.restore()
  expect(logs.records.length).toBeGreaterThanOrEqual(5)
  expect(findTrace(logs, [id])).toMatchObject({ record: undefined, withId: [], withError: [] })
  // The app's own record still counts beside them.
  expect(findTrace([...logs.records, `[${id}] ${stack}`], [id]).record?.text).toBe(
    `[${id}] ${stack}`,
  )
})

test('a counter ID matches only as a whole token', () => {
  expect(findTrace([`req-10 ${stack}`], ['req-1']).record).toBeUndefined()
  expect(
    findTrace([`{"reqId":"req-1","msg":"${stack.replace('\n', '\\n')}"}`], ['req-1']).record,
  ).toBeDefined()
})

test('options.error: the message of an Error, a string or a RegExp', () => {
  const error = new Error('orders query failed')
  const lines = [`${id} Error: orders query failed`]
  expect(findTrace(lines, [id], { error }).record).toBeDefined()
  expect(findTrace(lines, [id], { error: 'orders query' }).record).toBeDefined()
  expect(findTrace(lines, [id], { error: /ORDERS/i }).record).toBeDefined()
  expect(findTrace(lines, [id], { error: 'payments' }).record).toBeUndefined()
  expect(() => findTrace(lines, [id], { error: '' })).toThrow(/empty/)
})

test('a planted canary counts as the real error', () => {
  const error = canaryError('checkout db')
  expect(findTrace([`${id} ${error.message}`], [id]).record).toBeDefined()
})

test("pino's err with a stack counts; pino-http's own 'failed with status code' does not", () => {
  const logs = captureLogs()
  const logger = pino(logs.stream).child({ reqId: id })
  logger.error({ err: new Error('failed with status code 500') }, 'request errored')
  logs.restore()
  expect(findTrace(logs, [id]).record).toBeUndefined()
  const real = captureLogs()
  pino(real.stream)
    .child({ reqId: id })
    .error({ err: new Error('boom') }, 'request errored')
  real.restore()
  expect(findTrace(real, [id]).record?.json).toMatchObject({ reqId: id, err: { message: 'boom' } })
})

test('a line forged through a CR/LF in the inbound ID is reported', () => {
  const hostile = hostileRequestIds().find((h) => h.kind === 'percent-encoded CR/LF')
  const decoded = decodeURIComponent(hostile?.value ?? '')
  const records: LogRecord[] = [
    { source: 'console', level: 'error', text: `[${decoded}] ${stack}`, json: undefined },
  ]
  expect(findTrace(records, [decoded]).forged).toHaveLength(1)
  expect(findTrace([`[${hostile?.value}] ${stack}`], ['x']).forged).toEqual([])
})

test('options.inbound: the text after its CR/LF must not start a line', () => {
  const inbound = 'abc%0d%0alevel=info msg="payment ok"'
  expect(
    findTrace(['req abc\nlevel=info msg="payment ok"'], ['abc'], { inbound }).forged,
  ).toHaveLength(1)
  expect(
    findTrace(['req abc%0d%0alevel=info msg="payment ok"'], ['abc'], { inbound }).forged,
  ).toEqual([])
})

test('bad logs are refused with a hint', () => {
  expect(() => findTrace('logs' as never, [id])).toThrow(/captureLogs\(\)/)
})

test("colour codes (Nest's ConsoleLogger) do not hide the stack, and the record is shown without them", () => {
  const red = (s: string) => `\u001b[31m${s}\u001b[39m`
  const coloured = `\u001b[32m[Nest] 4242  - \u001b[39m${red('ERROR')} [${id}] ${stack
    .split('\n')
    .map(red)
    .join('\n')}`
  const trace = findTrace([coloured], [id])
  expect(trace.record?.text).toBe(`[Nest] 4242  - ERROR [${id}] ${stack}`)
})

test('a hex ID is found in the logs in any case; other IDs only as written', () => {
  expect(findTrace([`[${id.toUpperCase()}] ${stack}`], [id]).record).toBeDefined()
  expect(findTrace([`[REQ-1] ${stack}`], ['req-1']).record).toBeUndefined()
})
