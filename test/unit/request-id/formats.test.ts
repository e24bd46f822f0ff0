import { looksSequential, parseTraceparent, requestIdFormats, requestIdProblems } from 'safe500'
import { describe, expect, test } from 'vitest'

const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
const valid = `00-${traceId}-00f067aa0ba902b7-01`

describe('parseTraceparent (W3C Trace Context, strict)', () => {
  test('a valid value gives its fields', () => {
    expect(parseTraceparent(valid)).toEqual({
      version: '00',
      traceId,
      parentId: '00f067aa0ba902b7',
      flags: '01',
    })
  })

  test.each([
    ['upper-case hex', valid.toUpperCase()],
    ['all-zero trace-id', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`],
    ['all-zero parent-id', `00-${traceId}-${'0'.repeat(16)}-01`],
    ['version ff', `ff-${traceId}-00f067aa0ba902b7-01`],
    ['version 01 (not defined)', `01-${traceId}-00f067aa0ba902b7-01`],
    ['extra fields', `${valid}-what`],
    ['short trace-id', `00-${traceId.slice(2)}-00f067aa0ba902b7-01`],
    ['garbage', '00-<script>-01'],
    ['empty', ''],
  ])('%s is invalid', (_why, value) => {
    expect(parseTraceparent(value)).toBeUndefined()
  })
})

describe('requestIdFormats', () => {
  test.each([
    ['uuid', '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c', true],
    ['uuid', '3F1C0D6E-8F2A-4A7E-9C1B-2D3E4F5A6B7C', true],
    ['uuid', '00000000-0000-0000-0000-000000000000', false],
    ['uuid', 'req-1', false],
    ['ulid', '01J9ZQ4T7B8N3K5M6P2R4S6V8X', true],
    ['ulid', '81J9ZQ4T7B8N3K5M6P2R4S6V8X', false],
    ['ulid', '01J9ZQ4T7B8N3K5M6P2R4S6V8U', false],
    ['traceparent', valid, true],
    ['traceparent', valid.toUpperCase(), false],
    ['hex', traceId, true],
    ['hex', '0'.repeat(32), false],
    ['hex', 'abc', false],
  ] as const)('%s %s → %s', (format, value, ok) => {
    expect(requestIdFormats[format](value)).toBe(ok)
  })
})

describe('requestIdProblems', () => {
  test('well-formed IDs have none', () => {
    for (const id of [
      '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      'ABC-123',
      'a.b_c~d+e/f=',
      '42',
      // GitHub's and Vercel's own formats.
      'C0DE:3F2A:1B2C3D:1C2D3E:65A1B2C3',
      'fra1::iad1::8xk2m-1700000000000-abcdef123456',
    ])
      expect(requestIdProblems(id), id).toEqual([])
    expect(requestIdProblems(valid, { traceparent: true })).toEqual([])
  })

  test('each problem is named', () => {
    expect(requestIdProblems('a'.repeat(200))).toEqual(['is 200 characters long (at most 128)'])
    expect(requestIdProblems('abc\r\nX-Evil: 1')).toEqual([
      'contains CR/LF',
      'contains characters outside A-Z a-z 0-9 . _ ~ + / = : - (" ")',
    ])
    expect(requestIdProblems('<script>')).toEqual(['contains markup (<, >)'])
    expect(requestIdProblems('réq 1')).toEqual([
      'contains characters outside A-Z a-z 0-9 . _ ~ + / = : - ("é" " ")',
    ])
    expect(requestIdProblems('')).toEqual(['is empty'])
    expect(requestIdProblems(valid.toUpperCase(), { traceparent: true })).toEqual([
      'is not a valid traceparent: uses upper-case hex',
    ])
    expect(
      requestIdProblems(`00-${'0'.repeat(32)}-00f067aa0ba902b7-01`, { traceparent: true }),
    ).toEqual(['is not a valid traceparent: has an all-zero trace-id'])
  })
})

describe('looksSequential', () => {
  test.each([
    [['1', '2', '3']],
    [['req-1', 'req-2', 'req-3']],
    [['req-9', 'req-a', 'req-b']],
    [['req-z', 'req-10']],
    [['svc-0041', 'svc-0042']],
  ])('%j is a counter', (ids) => {
    expect(looksSequential(ids)).toBe(true)
  })

  test.each([
    [['3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c', '9b2e7a10-5c4d-4f3e-8a1b-0c9d8e7f6a5b']],
    [['01J9ZQ4T7B8N3K5M6P2R4S6V8X', '01J9ZQ4T7CAAAAAAAAAAAAAAAA']],
    [['req-3', 'req-2']],
    [['only-one']],
    [['aZ3kq9', 'p0Lm2x']],
  ])('%j is not', (ids) => {
    expect(looksSequential(ids)).toBe(false)
  })
})
