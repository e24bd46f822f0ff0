import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { capture, defineRule } from 'safe500'
import { expect, test } from 'vitest'
import { leakyResponse, safeResponse } from '../../support/responses.ts'

// A bad option or a value that is no response throws a [safe500] error whose stack starts, past the
// runner's own frames, at the line of the test that called the matcher: Vitest and Jest show that
// line, not safe500's code after an await.

const file = fileURLToPath(import.meta.url)
const lines = readFileSync(file, 'utf8').split('\n')

/** The error's frames, past those of the runner (node_modules) and of Node itself. */
function frames(error: unknown): string[] {
  const stack = error instanceof Error ? (error.stack ?? '') : ''
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !/node_modules|node:internal/.test(line))
}

/** Asserts the error is a [safe500] one with `code`, whose first frame is the call of `matcher` in this file. */
function expectAtCall(error: unknown, code: string, matcher: string): void {
  expect(error).toMatchObject({ name: 'Safe500Error', code })
  expectFirstFrameAt(error, matcher)
}

/** Asserts the error's first frame outside the runner and Node is the call of `matcher` in this file. */
function expectFirstFrameAt(error: unknown, matcher: string): void {
  const [first] = frames(error)
  expect(first, (error as Error).stack).toContain(`${file}:`)
  const line = Number(/:(\d+):\d+\)?$/.exec(first ?? '')?.[1])
  expect(lines[line - 1], (error as Error).stack).toContain(`${matcher}(`)
}

test('a bad option points at the call, checked before the body is read', async () => {
  const skip = await expect(safeResponse())
    .toBeSafe500({ skip: ['nosniff'] })
    .catch((e: unknown) => e)
  expectAtCall(skip, 'ERR_BAD_OPTION', 'toBeSafe500')
  const unknownKey = await expect(safeResponse())
    .toBeSafe500({ statuss: 500 } as never)
    .catch((e: unknown) => e)
  expectAtCall(unknownKey, 'ERR_BAD_OPTION', 'toBeSafe500')
  const text = await expect(safeResponse())
    .not.toBeSafe500({ status: '500' } as never)
    .catch((e: unknown) => e)
  expectAtCall(text, 'ERR_BAD_OPTION', 'toBeSafe500')
  const status = await expect(safeResponse())
    .toBeSafe5xx({ status: 502 } as never)
    .catch((e: unknown) => e)
  expectAtCall(status, 'ERR_BAD_OPTION', 'toBeSafe5xx')
  const statuses = await expect(safeResponse())
    // @ts-expect-error a type error too: the run-time check is for JavaScript callers
    .toBeSafe5xx([404])
    .catch((e: unknown) => e)
  expectAtCall(statuses, 'ERR_BAD_OPTION', 'toBeSafe5xx')
  const leak = await expect(safeResponse())
    .not.toLeakDetails({ skip: ['nosniff'] })
    .catch((e: unknown) => e)
  expectAtCall(leak, 'ERR_BAD_OPTION', 'toLeakDetails')
  const headers = await expect(safeResponse())
    .toHaveSafeHeaders({ requestId: 'always' } as never)
    .catch((e: unknown) => e)
  expectAtCall(headers, 'ERR_BAD_OPTION', 'toHaveSafeHeaders')
  const expected = await expect(safeResponse())
    .toHaveRequestId(42 as never)
    .catch((e: unknown) => e)
  expectAtCall(expected, 'ERR_BAD_OPTION', 'toHaveRequestId')
  const logs = await expect(safeResponse())
    .toBeTraceableIn(null as never)
    .catch((e: unknown) => e)
  expectAtCall(logs, 'ERR_BAD_OPTION', 'toBeTraceableIn')
})

test('a bad option found once the body is read points at the call too', async () => {
  const placement = await expect(safeResponse())
    .toHaveRequestId(undefined, { requestId: 'always' } as never)
    .catch((e: unknown) => e)
  expectAtCall(placement, 'ERR_BAD_OPTION', 'toHaveRequestId')
  const error = await expect(safeResponse())
    .toBeTraceableIn([], { error: '' })
    .catch((e: unknown) => e)
  expectAtCall(error, 'ERR_BAD_OPTION', 'toBeTraceableIn')
  const keep = await expect(safeResponse())
    .toKeepHeadersOf(safeResponse(), { header: ['x-tenant'] } as never)
    .catch((e: unknown) => e)
  expectAtCall(keep, 'ERR_BAD_OPTION', 'toKeepHeadersOf')
})

test("a value that is no response, or a sync matcher's bad option, points at the call", async () => {
  const missing = await expect(undefined as unknown)
    .toBeSafe500()
    .catch((e: unknown) => e)
  expectAtCall(missing, 'ERR_NOT_A_RESPONSE', 'toBeSafe500')
  const healthy = await expect(safeResponse())
    .toKeepHeadersOf(42 as never)
    .catch((e: unknown) => e)
  expectAtCall(healthy, 'ERR_NOT_A_RESPONSE', 'toKeepHeadersOf')
  const snapshots = [await capture(safeResponse()), await capture(safeResponse())]
  let uniform: unknown
  try {
    expect(snapshots).toBeUniform({ masks: [/x/] } as never)
  } catch (e) {
    uniform = e
  }
  expectAtCall(uniform, 'ERR_BAD_OPTION', 'toBeUniform')
  expect((uniform as Error).message).toMatch(/^\[safe500\] toBeUniform\(\): Unknown option `masks`/)
})

test('the message stays as it was, above the frames', async () => {
  const error = await expect(safeResponse())
    .toBeSafe500({ skip: ['nosniff'] })
    .catch((e: unknown) => e)
  expect((error as Error).stack).toMatch(
    /^Safe500Error: \[safe500\] toBeSafe500\(\): skip holds "nosniff"[^\n]*request-id\.\n\s+at /,
  )
  const consumed = safeResponse()
  await consumed.text()
  const reread = await expect(consumed)
    .toBeSafe500()
    .catch((e: unknown) => e)
  expectAtCall(reread, 'ERR_BODY_CONSUMED', 'toBeSafe500')
  expect((reread as Error).message).toMatch(/^\[safe500\] toBeSafe500\(\): .*already consumed/)
})

test('an error of a custom rule keeps its own stack: where the rule threw', async () => {
  const buggy = defineRule({
    id: 'buggy-rule',
    category: 'exception',
    description: 'throws',
    keywords: ['error'],
    detect() {
      throw new TypeError('bug in my rule')
    },
    examples: { leaky: [], safe: [] },
  })
  const error = await expect(safeResponse())
    .toBeSafe500({ rules: [buggy] })
    .catch((e: unknown) => e)
  expect(error).toBeInstanceOf(TypeError)
  const [first] = frames(error)
  const line = Number(/:(\d+):\d+\)?$/.exec(first ?? '')?.[1])
  expect(lines[line - 1], (error as Error).stack).toContain("throw new TypeError('bug in my rule')")
})

// Vitest throws a failed verdict of an async matcher from its own code after an await: without
// the call's frames its stack would hold no line of the test, and no code frame would be drawn.
test('a failed verdict points at the call, its message and error kept', async () => {
  const leaky = await expect(leakyResponse())
    .toBeSafe500()
    .catch((e: unknown) => e)
  expectFirstFrameAt(leaky, 'toBeSafe500')
  const { name, message, stack } = leaky as Error
  expect(message).toMatch(/\n\nExpected a safe 500, but found \d+ problems/)
  expect(stack?.startsWith(`${name}: ${message}\n    at `), stack).toBe(true)
  const negated = await expect(safeResponse())
    .not.toLeakDetails()
    .then(() => expect(leakyResponse()).not.toLeakDetails())
    .catch((e: unknown) => e)
  expectFirstFrameAt(negated, 'toLeakDetails')
  const passed = await expect(safeResponse()).toBeSafe500()
  expect(passed).toBeUndefined()
})
