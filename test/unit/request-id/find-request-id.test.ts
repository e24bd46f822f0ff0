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
    // Platforms' and CDNs' own headers, whole.
    ['x-vercel-id', 'fra1::iad1::8xk2m-1700000000000-abcdef123456', undefined],
    ['fly-request-id', '01HF3Z5V2M8Y6K9Q4R7T1W3X5Z-fra', undefined],
    ['apigw-requestid', 'Ab1CdEfGhIjKLmN=', undefined],
    ['x-amz-cf-id', 'Nh8rZ3lE-2vQ9kLmN4pR7sT1uW5xY8zA0bC3dE6fG9hJ2kL5mN8pQ==', undefined],
    ['x-kong-request-id', 'a8f2d0e4c6b24e1a9f3d5c7b1e2a4f6d', undefined],
    ['x-nf-request-id', '01HF3Z5V2M8Y6K9Q4R7T1W3X5Z', undefined],
    ['x-github-request-id', 'C0DE:3F2A:1B2C3D:1C2D3E:65A1B2C3', undefined],
    // Tracers' headers, by their trace ID.
    ['sentry-trace', `${traceId}-e457b5a2e4d86bd1-1`, traceId],
    ['x-b3-traceid', '80f198ee56343ba864fe8b2a57d3eff7', '80f198ee56343ba864fe8b2a57d3eff7'],
    ['b3', `${traceId}-e457b5a2e4d86bd1-1`, traceId],
    [
      'x-amzn-trace-id',
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
      '1-5759e988-bd862e3fe1be46a994272793',
    ],
    [
      'x-amzn-trace-id',
      'Self=1-67891234-12456789abcdef012345678;Root=1-5759e988-bd862e3f',
      '1-5759e988-bd862e3f',
    ],
    ['uber-trace-id', '5b7e0a8d1c2f3e4a:5b7e0a8d1c2f3e4a:0:1', '5b7e0a8d1c2f3e4a'],
    ['uber-trace-id', '5b7e0a8d1c2f3e4a%3A5b7e0a8d1c2f3e4a%3A0%3A1', '5b7e0a8d1c2f3e4a'],
    ['x-datadog-trace-id', '1234567890123456789', '1234567890123456789'],
  ])('%s', (name, value, id) => {
    const found = findRequestIds(text('Internal Server Error', { [name]: value }))
    expect(found.header).toMatchObject({ value: id ?? value, raw: value, where: `header ${name}` })
  })

  test('a B3 header that says only whether to sample carries no ID', () => {
    expect(findRequestIds(text('Internal Server Error', { b3: '1' })).header).toBeUndefined()
  })

  test("each ID says what it names: the app's request, a W3C trace, or another system's", () => {
    const { all } = findRequestIds(
      json(
        { requestId: uuid, traceId, sentryEventId: traceId },
        { 'x-request-id': uuid, 'x-trace-id': uuid, traceparent, 'sentry-trace': traceId },
      ),
    )
    expect(all.map((id) => [id.where, id.kind])).toEqual([
      ['header x-request-id', 'request'],
      ['header x-trace-id', 'request'],
      ['header sentry-trace', 'other'],
      ['header traceparent', 'trace'],
      ['body $.requestId', 'request'],
      ['body $.traceId', 'trace'],
      ['body $.sentryEventId', 'other'],
    ])
    for (const [body, kind] of [
      [text(`Event ID: ${traceId}`), 'other'],
      [text(`Trace ID: ${traceId}`), 'trace'],
      [text('Request ID: retrace-0042'), 'request'],
      [text('Support code: 7F3A-9C21'), 'other'],
      [json({ eventId: uuid }), 'other'],
      [json({ instance: `urn:uuid:${uuid}` }), 'other'],
    ] as const)
      expect(findRequestIds(body).body?.kind, body.text).toBe(kind)
  })

  test('a label inside a longer name, as a folder holds it, announces no ID', () => {
    const path = 'at Layer.handle (/srv/app/node_modules/express-request-id-3.0.0/index.js:9:5)'
    expect(findRequestIds(text(path)).body).toBeUndefined()
    expect(findRequestIds(text(`X-Request-Id: ${uuid}`)).body?.value).toBe(uuid)
  })

  test("a member's name is read by its words: arrayId is no ray ID", () => {
    expect(findRequestIds(json({ arrayId: 'a-42' })).body).toBeUndefined()
    expect(findRequestIds(json({ cfRayId: '8c2f1a3b4d5e6f70' })).body?.kind).toBe('other')
    expect(findRequestIds(json({ parent_trace_id: traceId })).body?.kind).toBe('other')
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
    // A vendor's or product's name before a known one.
    [{ error: 'x', sentryEventId: uuid }, '$.sentryEventId'],
    [{ awsRequestId: uuid }, '$.awsRequestId'],
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
    ['Something went wrong (Ray ID: 8c2f1a3b4d5e6f70)', '8c2f1a3b4d5e6f70'],
    ['Support code: 7F3A-9C21', '7F3A-9C21'],
    // A body that is the ID alone, as Sentry's Express guide answers.
    ['e5a5d4bced114707a133fc121c034d84\n', 'e5a5d4bced114707a133fc121c034d84'],
    [`  ${uuid}  `, uuid],
  ])('%s', (body, id) => {
    expect(findRequestIds(text(body)).body?.value).toBe(id)
  })

  test('a lone word, a lone number or a longer text is no lone ID', () => {
    for (const body of ['Internal Server Error', 'deadbeefcafebabe', '500', `${uuid} failed`])
      expect(findRequestIds(text(body)).body, body).toBeUndefined()
  })

  test("Cloudflare's Ray ID in HTML", () => {
    const page = '<p>Cloudflare Ray ID: <strong class="font-semibold">8c2f1a3b4d5e6f70</strong></p>'
    expect(findRequestIds(text(page, {}, 'text/html')).body?.value).toBe('8c2f1a3b4d5e6f70')
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

  test("an app's request ID and its tracer's trace ID are two IDs, not a disagreement", () => {
    expect(findRequestIds(json({ error: 'x', traceId }, { 'x-request-id': uuid })).agree).toBe(true)
    expect(findRequestIds(json({ requestId: uuid }, { traceparent })).agree).toBe(true)
    expect(findRequestIds(text(`Request ID: ${uuid}`, { 'sentry-trace': traceId })).agree).toBe(
      true,
    )
    // An error tracker's event ID beside the app's request ID.
    expect(
      findRequestIds(json({ error: 'x', sentryEventId: traceId }, { 'x-request-id': uuid })).agree,
    ).toBe(true)
    expect(findRequestIds(text(traceId, { 'x-request-id': uuid })).agree).toBe(true)
    // Sentry's event ID as the body, its trace in the header.
    expect(
      findRequestIds(text('e5a5d4bced114707a133fc121c034d84', { 'sentry-trace': traceId })).agree,
    ).toBe(true)
  })

  test('IDs of the same kind must agree, whatever else is there', () => {
    const other = '7d1e2f30aaaa4bbb8ccc0123456789ab'
    expect(findRequestIds(json({ traceId: other }, { traceparent })).agree).toBe(false)
    // The trace IDs agree; the request IDs do not.
    expect(
      findRequestIds(json({ requestId: 'other-1', traceId }, { 'x-request-id': uuid, traceparent }))
        .agree,
    ).toBe(false)
    // X-Trace-Id is most often the app's own request ID header.
    expect(findRequestIds(json({ requestId: uuid }, { 'x-trace-id': 'other-1' })).agree).toBe(false)
  })

  test("IDs of other systems are found but compared with nothing: a CDN's, a gateway's, another tracer's, a support desk's", () => {
    const cases: readonly (readonly [string, Record<string, string>, unknown])[] = [
      // Cloudflare's page shows the ray ID without the colo.
      ['cf-ray', { 'cf-ray': '8c2f1a3b4d5e6f70-FRA' }, 'Ray ID: <strong>8c2f1a3b4d5e6f70</strong>'],
      ['ray id beside the app ID', { 'x-request-id': uuid }, 'Ray ID: 8c2f1a3b4d5e6f70'],
      ['support code', { 'x-request-id': uuid }, 'Support code: 3F1C0D6E'],
      [
        'API Gateway beside its Lambda',
        { 'x-amzn-requestid': '9d8c7b6a-1111-4222-8333-444455556666' },
        { message: 'Internal server error', awsRequestId: uuid },
      ],
      [
        'X-Ray beside the app tracer',
        { 'x-amzn-trace-id': 'Root=1-67a1b2c3-0123456789abcdef01234567;Sampled=0' },
        { traceId },
      ],
      [
        'a zero-padded B3 trace',
        { 'x-b3-traceid': '5b7e0a8d1c2f3e4a' },
        { traceId: `${'0'.repeat(16)}5b7e0a8d1c2f3e4a` },
      ],
      ['an error ID', { 'x-request-id': uuid }, { errorId: 'E-2024-0001' }],
      ['an incident ID', { 'x-request-id': uuid }, { incidentId: 'INC-42' }],
      [
        'a problem instance',
        { 'x-request-id': uuid },
        { status: 500, instance: `/api/orders/${uuid.replace('3f', '4e')}` },
      ],
    ]
    for (const [name, headers, body] of cases) {
      const snapshot =
        typeof body === 'string' ? text(body, headers, 'text/html') : json(body, headers)
      const found = findRequestIds(snapshot)
      expect(found.body, name).toBeDefined()
      expect(found.agree, name).toBe(true)
    }
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

test('a value that is no snapshot gets a [safe500] error naming findRequestIds', () => {
  for (const value of [{ status: 500, headers: {}, body: 'x' }, undefined, 'x'])
    expect(() => findRequestIds(value as never)).toThrow(
      /^\[safe500\] findRequestIds\(\) takes the snapshot capture\(\) makes.*findRequestIds\(await capture\(res\)\)/,
    )
})
