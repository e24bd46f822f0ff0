import { expect, test } from 'vitest'
import { normalizeHeaders, rawHeadersOf } from '../../../src/capture/headers.ts'

test('a node headers object: names lower-cased, arrays joined, numbers kept, nullish dropped', () => {
  expect(
    normalizeHeaders({
      'Content-Type': 'text/html',
      'content-length': 12,
      'Set-Cookie': ['a=1', 'b=2'],
      Vary: ['Accept', 'Origin'],
      'x-empty': undefined,
      'x-null': null,
    }),
  ).toEqual({
    'content-type': 'text/html',
    'content-length': '12',
    'set-cookie': 'a=1\nb=2',
    vary: 'Accept, Origin',
  })
})

test("node's flat rawHeaders keep the repeats node drops from headers", () => {
  expect(
    normalizeHeaders([
      'Content-Length',
      '5',
      'content-length',
      '7',
      'Set-Cookie',
      'a=1',
      'Set-Cookie',
      'b=2',
    ]),
  ).toEqual({ 'content-length': '5, 7', 'set-cookie': 'a=1\nb=2' })
})

test('a list of pairs and a Map', () => {
  const pairs: [string, string][] = [
    ['X-A', '1'],
    ['x-a', '2'],
    ['Set-Cookie', 'c=3'],
  ]
  const expected = { 'x-a': '1, 2', 'set-cookie': 'c=3' }
  expect(normalizeHeaders(pairs)).toEqual(expected)
  expect(
    normalizeHeaders(
      new Map([
        ['X-A', '1, 2'],
        ['Set-Cookie', 'c=3'],
      ]),
    ),
  ).toEqual(expected)
})

test('fetch Headers keep each Set-Cookie', () => {
  const headers = new Headers([
    ['Set-Cookie', 'a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT'],
    ['Set-Cookie', 'b=2'],
  ])
  expect(normalizeHeaders(headers)).toEqual({
    'set-cookie': 'a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT\nb=2',
  })
})

test('anything else gives no headers, without throwing', () => {
  for (const value of [undefined, null, 'content-type: text/html', 42, () => {}])
    expect(normalizeHeaders(value)).toEqual({})
})

test('rawHeadersOf takes a string list only', () => {
  expect(rawHeadersOf({ rawHeaders: ['A', '1'] })).toEqual(['A', '1'])
  expect(rawHeadersOf({ rawHeaders: [] })).toBeUndefined()
  expect(rawHeadersOf({ rawHeaders: [['A', '1']] })).toBeUndefined()
  expect(rawHeadersOf(undefined)).toBeUndefined()
})
