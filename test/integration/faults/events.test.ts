import { http, HttpResponse } from 'msw'
import { setupUpstreams, type Upstreams } from 'safe500/msw'
import { afterEach, expect, test, vi } from 'vitest'
import { callUpstream, closePools, type ClientName } from './support/call-upstream.ts'

// MSW's life-cycle events tell a test what its app asked of its upstreams. Requests that MSW's
// interceptors miss, answered by the undici bridge or (in strict mode) the socket guard, emit the
// same events as those MSW answers itself.

let upstreams: Upstreams | undefined
afterEach(async () => {
  await upstreams?.close()
  upstreams = undefined
  await closePools()
})

/** Starts upstreams with one handler and records every life-cycle event they emit. */
function recording(host: string): string[] {
  upstreams = setupUpstreams(
    { hooks: false, strict: true },
    http.post(`${host}/charges`, () => HttpResponse.json({ id: 'ch_1' }, { status: 201 })),
  )
  upstreams.listen()
  const seen: string[] = []
  const { events } = upstreams
  for (const type of [
    'request:start',
    'request:match',
    'request:unhandled',
    'request:end',
  ] as const)
    events.on(type, ({ request }) => seen.push(`${type} ${request.method} ${request.url}`))
  events.on('response:mocked', ({ request, response }) =>
    seen.push(`response:mocked ${request.method} ${request.url} ${response.status}`),
  )
  return seen
}

test.each<ClientName>(['fetch', 'node:http', 'undici.request', 'undici.fetch', 'undici Pool'])(
  'a request answered from the handlers over %s emits the events MSW emits',
  async (client) => {
    const host = `https://pay-${client.replace(/\W/g, '').toLowerCase()}.example.com`
    const seen = recording(host)
    expect((await callUpstream(client, `${host}/charges`)).status).toBe(201)
    await expect.poll(() => seen.length).toBe(4)
    expect(seen).toEqual([
      `request:start POST ${host}/charges`,
      `request:match POST ${host}/charges`,
      `request:end POST ${host}/charges`,
      `response:mocked POST ${host}/charges 201`,
    ])
  },
)

test.each<ClientName>(['undici.request', 'undici Pool'])(
  'a request no handler answers over %s emits request:unhandled, as over fetch',
  async (client) => {
    const host = `https://none-${client.replace(/\W/g, '').toLowerCase()}.example.com`
    const seen = recording(`https://other.example.com`)
    await expect(callUpstream(client, `${host}/charges`)).rejects.toThrow()
    expect(seen).toEqual([
      `request:start POST ${host}/charges`,
      `request:unhandled POST ${host}/charges`,
      `request:end POST ${host}/charges`,
    ])
  },
)

test.each<ClientName>(['fetch', 'undici.request', 'undici Pool'])(
  'a handler that throws over %s answers 500, emits unhandledException and is logged as MSW logs it',
  async (client) => {
    const host = `https://throw-${client.replace(/\W/g, '').toLowerCase()}.example.com`
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    upstreams = setupUpstreams(
      { hooks: false, strict: true },
      http.post(`${host}/charges`, () => {
        throw new Error('handler bug')
      }),
    )
    upstreams.listen()
    const errors: string[] = []
    upstreams.events.on('unhandledException', ({ error }) => errors.push(String(error)))
    const answer = await callUpstream(client, `${host}/charges`)
    expect(answer.status).toBe(500)
    expect(JSON.parse(answer.body)).toMatchObject({ name: 'Error', message: 'handler bug' })
    expect(errors).toEqual(['Error: handler bug'])
    const lines = logged.mock.calls.map((args) => args.map(String).join(' '))
    logged.mockRestore()
    expect(lines.filter((line) => line.includes('handler bug'))).toEqual(['Error: handler bug'])
    expect(
      lines.some((line) =>
        line.includes(`unhandled exception during the handler lookup for "POST ${host}/charges"`),
      ),
    ).toBe(true)
  },
)

test.each<ClientName>(['undici.request', 'undici Pool'])(
  'a handler that throws a network error over %s fails the request with it',
  async (client) => {
    const host = `https://neterr-${client.replace(/\W/g, '').toLowerCase()}.example.com`
    upstreams = setupUpstreams(
      { hooks: false, strict: true },
      http.post(`${host}/charges`, () => {
        throw Object.assign(new Error('connect ECONNREFUSED 10.9.8.7:443'), {
          code: 'ECONNREFUSED',
          errno: -111,
        })
      }),
    )
    upstreams.listen()
    await expect(callUpstream(client, `${host}/charges`)).rejects.toThrow(/ECONNREFUSED/)
  },
)
