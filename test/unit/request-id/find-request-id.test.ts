import { findRequestIds } from 'safe500'
import { describe, expect, test } from 'vitest'
import { snapshotOf } from '../../support/example-response.ts'

const uuid = '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c'
const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
const traceparent = `00-${traceId}-00f067aa0ba902b7-01`

const json = (body: unknown, headers: Record<string, string> = {}) =>
  snapshotOf({
    status: 500,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
const text = (body: string, headers: Record<string, string> = {}, type = 'text/plain') =>
  snapshotOf({ status: 500, headers: { 'content-type': type, ...headers }, body })

describe('headers', () => {
  test.each([
    ['x-request-id', uuid, uuid],
    ['x-correlation-id', uuid, uuid],
    ['request-id', 'req-7', 'req-7'],
    ['traceparent', traceparent, traceId],
    ['x-cloud-trace-context', `${traceId}/1234567890;o=1`, traceId],
  ])('%s', (name, value, id) => {
    const found = findRequestIds(text('Internal Server Error', { [name]: value }))
    expect(found.header).toMatchObject({ value: id, raw: value, where: `header ${name}` })
  })

  test('a Server-Timing trace metric', () => {
    const found = findRequestIds(
      text('x', { 'server-timing': `cache;dur=2, traceparent;desc="${traceparent}"` }),
    )
    expect(found.header).toMatchObject({
      value: traceId,
      where: 'header server-timing',
      traceparent: true,
    })
  })

  test('a configured name comes first, from the options or the subject', () => {
    const snapshot = text('x', { 'x-request-id': uuid, 'x-trace': 'abc-123456' })
    expect(findRequestIds(snapshot, { requestIdHeaders: ['X-Trace'] }).header?.value).toBe(
      'abc-123456',
    )
    expect(findRequestIds(snapshot).header?.value).toBe(uuid)
  })
})

describe('JSON bodies', () => {
  test.each([
    [{ requestId: uuid }, '$.requestId'],
    [{ error: { request_id: uuid } }, '$.error.request_id'],
    [{ errors: [{ meta: { 'x-request-id': uuid } }] }, '$.errors[0].meta.x-request-id'],
    [{ correlationId: uuid }, '$.correlationId'],
    [{ traceId: uuid }, '$.traceId'],
  ])('%j', (body, where) => {
    expect(findRequestIds(json(body)).body).toMatchObject({ value: uuid, where: `body ${where}` })
  })

  test('a traceparent member gives its trace-id; a number counts', () => {
    expect(findRequestIds(json({ traceparent })).body?.value).toBe(traceId)
    expect(findRequestIds(json({ reqId: 42 })).body?.value).toBe('42')
  })

  test('problem+json instance: a URN or the last path segment with a digit', () => {
    expect(findRequestIds(json({ status: 500, instance: `urn:uuid:${uuid}` })).body?.value).toBe(
      uuid,
    )
    expect(findRequestIds(json({ status: 500, instance: '/errors/01J9ZQ4T7B' })).body?.value).toBe(
      '01J9ZQ4T7B',
    )
    expect(findRequestIds(json({ status: 500, instance: '/checkout' })).body).toBeUndefined()
  })

  test('shallow members come first, and every ID is listed with its offset', () => {
    const body = { deep: { requestId: 'deep-000001' }, requestId: uuid }
    const found = findRequestIds(json(body))
    expect(found.all.map((f) => f.where)).toEqual(['body $.requestId', 'body $.deep.requestId'])
    const snapshot = json(body)
    const first = found.all[0]
    expect(snapshot.text.slice(first?.offset, (first?.offset ?? 0) + uuid.length)).toBe(uuid)
  })

  test('no ID-like member: nothing, and "Request failed" in a message is no ID', () => {
    expect(findRequestIds(json({ error: 'Request failed', id: 7 })).body).toBeUndefined()
  })
})

describe('text and HTML bodies', () => {
  test.each([
    ['Server logs contain details of this error with request ID: ABC-123.', 'ABC-123'],
    ['Something went wrong (reference #7f3a9c21).', '7f3a9c21'],
    [`Your request id is ${uuid}`, uuid],
    [`correlation-id=${uuid}`, uuid],
    [`Error ID: E-2024-0001`, 'E-2024-0001'],
  ])('%s', (body, id) => {
    expect(findRequestIds(text(body)).body?.value).toBe(id)
  })

  test('in HTML, tags and entities between label and ID do not matter', () => {
    const html = `<p>Request&nbsp;ID: <code>${uuid}</code></p>`
    expect(findRequestIds(text(html, {}, 'text/html')).body).toMatchObject({
      value: uuid,
      where: 'body text',
      offset: html.indexOf(uuid),
    })
  })

  test('data- attributes and meta tags', () => {
    expect(
      findRequestIds(text(`<div data-request-id="${uuid}">`, {}, 'text/html')).body,
    ).toMatchObject({
      value: uuid,
      where: 'body attribute',
    })
    expect(
      findRequestIds(text(`<meta name="x-request-id" content="${uuid}">`, {}, 'text/html')).body
        ?.value,
    ).toBe(uuid)
    for (const name of ['data-x-correlation-id', 'x-trace_id', 'requestid']) {
      const html = `<span ${name}='${uuid}'></span>`
      expect(findRequestIds(text(html, {}, 'text/html')).body, name).toMatchObject({
        value: uuid,
        where: 'body attribute',
        offset: html.indexOf(uuid),
      })
    }
    // A longer word that ends in the name is not the name.
    expect(
      findRequestIds(text(`<span myrequest-id="${uuid}"></span>`, {}, 'text/html')).body,
    ).toBeUndefined()
  })

  test('prose without an ID finds none', () => {
    for (const body of [
      'Internal Server Error',
      'Request failed. Please try again.',
      'Error: connect ECONNREFUSED',
      'Traceback (most recent call last)',
      'See the reference documentation',
    ])
      expect(findRequestIds(text(body)).body, body).toBeUndefined()
  })

  test('an ID longer than 128 characters is kept whole, so it can be flagged', () => {
    const long = `Request ID: ${'a1'.repeat(90)}`
    expect(findRequestIds(text(long)).body?.value).toHaveLength(180)
  })
})

describe('agreement', () => {
  test('header and body with the same ID agree (hex compared without case)', () => {
    expect(
      findRequestIds(json({ requestId: uuid.toUpperCase() }, { 'x-request-id': uuid })).agree,
    ).toBe(true)
    expect(findRequestIds(json({ traceId }, { traceparent })).agree).toBe(true)
  })

  test('a body ID that no header carries disagrees', () => {
    const found = findRequestIds(json({ requestId: 'other-000001' }, { 'x-request-id': uuid }))
    expect(found.agree).toBe(false)
  })

  test('an ID in one place only agrees', () => {
    expect(findRequestIds(json({ requestId: uuid })).agree).toBe(true)
    expect(findRequestIds(text('x', { 'x-request-id': uuid })).agree).toBe(true)
  })
})

test("a traceparent-shaped body value (ASP.NET's traceId) agrees with the traceparent header", () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
  const found = findRequestIds(
    json(
      { title: 'An error occurred', status: 500, traceId: `00-${traceId}-00f067aa0ba902b7-00` },
      { traceparent: `00-${traceId}-b7ad6b7169203331-01` },
    ),
  )
  expect(found.body?.value).toBe(traceId)
  expect(found.agree).toBe(true)
})
