import { auditSnapshot } from 'safe500'
import { expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

// A generic errorType (InternalError) counts only beside a non-empty trace member of its own
// object; an AWS `__type` counts when an app echoes it, not when an AWS service answers.

const flags = (body: string, contentType = 'application/json') =>
  auditSnapshot(
    snapshotOf({ status: 500, headers: { 'content-type': contentType }, body }),
  ).findings.some((f) => f.rule === 'exception-json-member')

test('a generic errorType alone passes, in any case and with Exception', () => {
  for (const name of ['InternalError', 'ServerError', 'UnknownError', 'UnexpectedError'])
    expect(flags(`{"errorType":"${name}","errorMessage":"Please retry."}`), name).toBe(false)
  for (const name of ['ServiceException', 'ApplicationError', 'GenericError', 'INTERNALERROR'])
    expect(flags(`{"errorType":"${name}","errorMessage":"Please retry."}`), name).toBe(false)
})

test('a generic errorType with a trace beside it counts', () => {
  expect(flags('{"errorType":"InternalError","trace":["InternalError: boom"]}')).toBe(true)
  expect(flags('{"trace" : "InternalError: boom", "errorType":"ServerError"}')).toBe(true)
  expect(flags('{"errorType":"InternalError","StackTrace":["at x"]}')).toBe(true)
})

test('an empty trace, or one in another object, does not make it count', () => {
  expect(flags('{"errorType":"InternalError","trace":[],"stackTrace":[ ],"stack":""}')).toBe(false)
  expect(flags('{"errorType":"InternalError","meta":{"trace":["a"]}}')).toBe(false)
  expect(flags('{"a":{"trace":["a"]},"b":{"errorType":"InternalError"}}')).toBe(false)
  // Braces and quotes inside strings are text.
  expect(flags('{"m":"x\\"}{","errorType":"InternalError","n":"{\\"trace\\":[1]}"}')).toBe(false)
  expect(flags('{"m":"}\\\\","errorType":"InternalError","trace":["InternalError: boom"]}')).toBe(
    true,
  )
})

test('a specific errorType still counts without a trace', () => {
  expect(flags('{"errorType":"KeyError","errorMessage":"\'DB_HOST\'"}')).toBe(true)
  expect(flags('{"errorType":"Runtime.ImportModuleError","errorMessage":"x"}')).toBe(true)
})

test('an AWS __type echoed by an app counts; the service itself answering passes', () => {
  const body =
    '{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}'
  expect(flags(body)).toBe(true)
  expect(flags(body, 'application/x-amz-json-1.0')).toBe(false)
  expect(flags('{"__type":"com.amazon.coral.service#UnrecognizedClientException"}')).toBe(true)
  expect(flags('{"__type":"com.acme.orders#InternalServerError","message":"x"}')).toBe(false)
})
