import { capture, checkUniform, droppedHeaders, findTrace, probeRequestId } from 'safe500'
import { expect, test } from 'vitest'
import { exampleSnapshot } from '../../support/example-response.ts'

const snapshot = exampleSnapshot('{"error":"Internal Server Error"}')

/** The error a call throws or rejects with. */
async function failure(run: () => unknown): Promise<{ code?: string; message: string }> {
  try {
    await run()
  } catch (error) {
    return error as { code?: string; message: string }
  }
  throw new Error('it did not fail')
}

test.each<[string, () => unknown, string]>([
  [
    'capture()',
    () => capture(snapshot, { maxbytes: 10 } as never),
    '[safe500] capture(): Unknown option `maxbytes`: did you mean `maxBytes`?',
  ],
  [
    'checkUniform()',
    () => checkUniform([snapshot, snapshot], { masks: ['x'] } as never),
    '[safe500] checkUniform(): Unknown option `masks`: did you mean `mask`?',
  ],
  [
    'droppedHeaders()',
    () => droppedHeaders(snapshot, snapshot, { ignored: ['etag'] } as never),
    '[safe500] droppedHeaders(): Unknown option `ignored`: did you mean `ignore`?',
  ],
  [
    'findTrace()',
    () => findTrace([], ['req-1'], { errror: /boom/ } as never),
    '[safe500] Unknown option `errror`: did you mean `error`?',
  ],
  [
    'probeRequestId()',
    () => probeRequestId({ url: 'http://127.0.0.1:9/boom', propagate: false } as never),
    '[safe500] probeRequestId(): Unknown option `propagate`: did you mean `propagates`?',
  ],
])('%s names an unknown option and the nearest known one', async (_name, run, message) => {
  const error = await failure(run)
  expect(error.code).toBe('ERR_BAD_OPTION')
  expect(error.message).toBe(message)
})

test('known options, and none, are fine', async () => {
  await expect(capture(snapshot, { maxBytes: 10, timeout: 100 })).resolves.toBe(snapshot)
  expect(checkUniform([snapshot, snapshot], { mask: ['x'], requestIdHeaders: [] }).uniform).toBe(
    true,
  )
  expect(droppedHeaders(snapshot, snapshot, { ignore: [], headers: [] })).toEqual([])
  expect(findTrace([], ['req-1'], { requestIdHeaders: ['x-trace'] } as never).record).toBe(
    undefined,
  )
})
