import { plantCanaries, Safe500Error } from 'safe500'
import { upstreamBody, upstreamBodyKinds, type UpstreamBodyKind } from 'safe500/msw'
import { describe, expect, test } from 'vitest'

describe.each(upstreamBodyKinds)('%s', (kind) => {
  test('carries the marker, the fake secret, the internal host and a path (headers only when empty)', () => {
    const c = plantCanaries(`a ${kind} body`)
    const { body, headers } = upstreamBody(kind, c, 502)
    expect(headers).toMatchObject({ 'x-backend-server': c.host, 'x-debug-trace': c.marker })
    if (kind === 'empty') return
    for (const canary of [c.marker, c.secret, c.host, `/srv/${c.token}/`]) {
      expect(body).toContain(canary)
    }
  })
})

test('each kind says what it is with its Content-Type, or lies about it on purpose', () => {
  const c = plantCanaries('content types')
  const types = Object.fromEntries(
    upstreamBodyKinds.map((kind) => [kind, upstreamBody(kind, c).headers['content-type']]),
  )
  expect(types).toEqual({
    'node-stack': 'text/plain; charset=utf-8',
    'java-stack': 'text/plain; charset=utf-8',
    'python-traceback': 'text/plain; charset=utf-8',
    'sql-error': 'text/plain; charset=utf-8',
    'json-internals': 'application/json',
    'html-proxy': 'text/html; charset=utf-8',
    empty: undefined,
    'malformed-json': 'application/json',
    'wrong-content-type': 'application/json',
  })
  expect(upstreamBody('empty', c).body).toBeNull()
  expect(() => JSON.parse(upstreamBody('malformed-json', c).body ?? '') as unknown).toThrow(
    SyntaxError,
  )
  expect(upstreamBody('wrong-content-type', c).body).toMatch(/^<html>/)
  expect(JSON.parse(upstreamBody('json-internals', c, 503).body ?? '')).toMatchObject({
    status: 503,
    connectionString: c.connectionString,
  })
})

test('the proxy page names the status it stands for', () => {
  expect(upstreamBody('html-proxy', plantCanaries('504 page'), 504).body).toContain(
    '<title>504 Gateway Timeout</title>',
  )
})

test('an unknown kind is refused, listing the kinds', () => {
  expect(() => upstreamBody('yaml' as UpstreamBodyKind, plantCanaries('x'))).toThrow(
    new Safe500Error(
      'ERR_BAD_OPTION',
      'Unknown upstream body "yaml": use one of node-stack, java-stack, python-traceback, sql-error, json-internals, html-proxy, empty, malformed-json, wrong-content-type.',
    ),
  )
})
