import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import got from 'got'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { audit, capture, Safe500Error } from 'safe500'
import { startApp, type RunningApp } from 'safe500/fixtures'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

// Clients that read or decode the body before safe500 sees it: ky and ofetch parse the body of a
// failed response themselves, superagent and axios decode any body as UTF-8 text, superagent keeps
// nothing of a body cut short. Each must give a true verdict or an error that says what to do.

const stack = [
  "TypeError: Cannot read properties of undefined (reading 'id')",
  '    at getOrder (/srv/app/src/orders.js:41:11)',
  '    at Layer.handle (/srv/app/node_modules/express/lib/router/layer.js:95:5)',
].join('\n')
const leakyJson = JSON.stringify({ error: stack })
const safeJson = JSON.stringify({ error: 'Internal Server Error', requestId: 'req-7f3a9c21' })
const safeHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Request-Id': 'req-7f3a9c21',
}

function handler(req: IncomingMessage, res: ServerResponse) {
  const path = req.url ?? '/'
  const send = (type: string, body: string | Buffer) => {
    res.writeHead(500, { ...safeHeaders, 'Content-Type': type })
    res.end(body)
  }
  if (path === '/leaky') return send('application/json; charset=utf-8', leakyJson)
  if (path === '/safe') return send('application/json; charset=utf-8', safeJson)
  if (path === '/text') return send('text/plain; charset=utf-8', 'Internal Server Error')
  if (path === '/empty') {
    res.writeHead(500, { ...safeHeaders, 'Content-Length': '0' })
    return void res.end()
  }
  if (path === '/latin1')
    return send(
      'text/plain; charset=iso-8859-1',
      Buffer.from('Erreur interne du serveur: réessayez plus tard', 'latin1'),
    )
  if (path === '/utf16') {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(leakyJson, 'utf16le')])
    return send('application/json; charset=utf-16', bytes)
  }
  if (path === '/bare-gzip') return send('application/json; charset=utf-8', gzipSync(leakyJson))
  if (path === '/bare-gzip-text') return send('text/plain; charset=utf-8', gzipSync(stack))
  if (path === '/false-gzip') {
    res.writeHead(500, { ...safeHeaders, 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' })
    return void res.end('Internal Server Error')
  }
  if (path === '/cut') {
    res.writeHead(500, { ...safeHeaders, 'Content-Type': 'text/plain; charset=utf-8' })
    res.write('Internal Server Error: the order service ')
    return void setTimeout(() => res.destroy(), 20)
  }
  if (path === '/silent') return // an app waiting on an upstream that never answers
  if (path === '/hang') {
    res.writeHead(500, { ...safeHeaders, 'Content-Type': 'text/plain; charset=utf-8' })
    return void res.write('Internal')
  }
  res.writeHead(404)
  res.end()
}

let app: RunningApp
let base = ''
const url = (path: string) => `${base}${path}`

beforeAll(async () => {
  app = await startApp(handler)
  base = app.url
})

afterAll(() => app.close())

async function errorOf(input: unknown, options?: { timeout?: number }): Promise<Safe500Error> {
  const error = await capture(input, options).then(
    () => new Error('capture() resolved'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(Safe500Error)
  return error as Safe500Error
}

const rulesOf = async (input: unknown) => (await audit(input)).findings.map((f) => f.rule)

describe('ky 2 reads the body of an HTTPError into error.data', () => {
  const caught = (path: string) => ky(url(path), { retry: 0 }).catch((e: unknown) => e)

  test('the error: a leak in the parsed JSON is found', async () => {
    const error = await caught('/leaky')
    expect((error as { response: Response }).response.bodyUsed).toBe(true)
    const findings = await rulesOf(error)
    expect(findings).toContain('stack-trace-node')
    expect(findings).toContain('file-path-unix')
  })

  test('the promise itself, rejecting with the error', async () => {
    expect(await rulesOf(ky(url('/leaky'), { retry: 0 }))).toContain('stack-trace-node')
  })

  test('a safe JSON 500 and a text one pass, with no length checked against parsed text', async () => {
    expect((await audit(await caught('/safe'))).findings).toEqual([])
    const report = await audit(await caught('/text'))
    expect(report.findings.map((f) => f.rule)).toEqual([])
    const snapshot = await capture(await caught('/text'))
    expect(snapshot.text).toBe('Internal Server Error')
    expect(snapshot.wireLength).toBeUndefined()
  })

  test('an empty body (Content-Length: 0) is read as empty', async () => {
    const snapshot = await capture(await caught('/empty'))
    expect(snapshot.text).toBe('')
    expect(await rulesOf(await caught('/empty'))).toContain('body-empty')
  })

  test('error.response alone: the body is gone, and the message says to pass the error', async () => {
    const error = await errorOf(((await caught('/leaky')) as { response: Response }).response)
    expect(error.code).toBe('ERR_BODY_CONSUMED')
    expect(error.message).toContain('ky and ofetch read the body of a response they fail on')
  })

  test('with throwHttpErrors: false the response is read as any fetch Response', async () => {
    const res = await ky(url('/leaky'), { retry: 0, throwHttpErrors: false })
    expect(await rulesOf(res)).toContain('stack-trace-node')
  })
})

describe('ofetch reads every body into response._data', () => {
  test('the FetchError: a leak in the parsed JSON is found', async () => {
    const error: unknown = await ofetch(url('/leaky'), { retry: 0 }).catch((e: unknown) => e)
    expect((error as Error).name).toBe('FetchError')
    expect(await rulesOf(error)).toContain('stack-trace-node')
  })

  test('ofetch.raw with ignoreResponseError: the response, its body read into _data', async () => {
    const res = await ofetch.raw(url('/leaky'), { retry: 0, ignoreResponseError: true })
    expect(res.bodyUsed).toBe(true)
    expect(await rulesOf(res)).toContain('stack-trace-node')
    const safe = await ofetch.raw(url('/safe'), { retry: 0, ignoreResponseError: true })
    expect((await audit(safe)).findings).toEqual([])
  })
})

describe('supertest (superagent) decodes every text body as UTF-8', () => {
  const agent = () => supertest(base)

  test('Latin-1 text: audited, and its Content-Length is not compared with the re-encoded text', async () => {
    const res = await agent().get('/latin1')
    expect(res.text).toContain('\uFFFD')
    const findings = await rulesOf(res)
    expect(findings).not.toContain('content-length-mismatch')
    expect(findings).toEqual([])
  })

  test('UTF-16: the bytes are lost, ERR_BAD_ENCODING says to ask for them', async () => {
    const error = await errorOf(agent().get('/utf16'))
    expect(error.code).toBe('ERR_BAD_ENCODING')
    expect(error.message).toContain('supertest (superagent) decoded the body as UTF-8 text')
    expect(error.message).toContain('not text in UTF-8 (UTF-16, or binary)')
    expect(error.message).toContain(".responseType('blob')")
  })

  test('gzip without Content-Encoding, as JSON (superagent fails to parse) and as text', async () => {
    for (const path of ['/bare-gzip', '/bare-gzip-text']) {
      const error = await errorOf(agent().get(path))
      expect(error.code, path).toBe('ERR_BAD_ENCODING')
      expect(error.message, path).toContain('gzip bytes sent without a Content-Encoding header')
    }
  })

  test(".responseType('blob') hands over the bytes: UTF-16 is decoded, bare gzip gunzipped, leaks found", async () => {
    for (const path of ['/utf16', '/bare-gzip', '/bare-gzip-text'])
      expect(await rulesOf(agent().get(path).responseType('blob')), path).toContain(
        'stack-trace-node',
      )
  })

  test('a body cut short: ERR_BODY_READ with the status that arrived, not "no response"', async () => {
    const error = await errorOf(agent().get('/cut'))
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain('The response began (status 500 and its headers arrived)')
  })
})

describe('axios and got keep none of a body cut short', () => {
  const noRetry = { retry: { limit: 0 } }
  test.each<[string, () => unknown, string]>([
    ['axios, the promise', () => axios.get(url('/cut')), 'axios'],
    ['axios, the error', () => axios.get(url('/cut')).catch((e: unknown) => e), 'axios'],
    [
      'axios, any status',
      () => axios.get(url('/cut'), { validateStatus: null }).catch((e: unknown) => e),
      'axios',
    ],
    ['got, the promise', () => got(url('/cut'), noRetry), 'got'],
    ['got, the error', () => got(url('/cut'), noRetry).catch((e: unknown) => e), 'got'],
  ])('%s: ERR_BODY_READ with the status that arrived and why', async (_name, send, client) => {
    const error = await errorOf(send())
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain(
      `The response began (status 500 and its headers arrived) but ${client} could not read its body (`,
    )
    expect(error.message).toContain('request it with fetch or undici request()')
    // Not the advice for error.response, which would send the user back to what they passed.
    expect(error.message).not.toContain('rather than error.response')
  })

  test("got's timeout in the middle of a body: ERR_BODY_READ with got's error", async () => {
    const failed = await got(url('/hang'), { timeout: { request: 300 }, ...noRetry }).catch(
      (e: unknown) => e,
    )
    const error = await errorOf(failed)
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain(
      "but got could not read its body (TimeoutError ETIMEDOUT: Timeout awaiting 'request' for 300ms)",
    )
  })

  test('an axios 500 an adapter made without a body (a mock) is read as an empty body', async () => {
    const adapter = (config: InternalAxiosRequestConfig) =>
      Promise.reject(
        new AxiosError(
          'Request failed with status code 500',
          'ERR_BAD_RESPONSE',
          config,
          {},
          {
            status: 500,
            statusText: '',
            headers: { 'content-type': 'text/plain' },
            config,
            request: {},
            data: undefined,
          },
        ),
      )
    const failed = await axios.get(url('/mocked'), { adapter }).catch((e: unknown) => e)
    await expect(capture(failed)).resolves.toMatchObject({ status: 500, text: '' })
    await expect(capture((failed as AxiosError).response)).resolves.toMatchObject({ status: 500 })
  })

  test("axios' error.response alone, cut short: ERR_BODY_READ says to pass the error", async () => {
    const failed = await axios.get(url('/cut')).catch((e: unknown) => e)
    const error = await errorOf((failed as { response: unknown }).response)
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain('response.data is undefined. axios leaves it so')
    expect(error.message).toContain('pass that error (or the promise) rather than error.response')
  })
})

describe('fetch\'s "terminated" for a body cut short is ERR_BODY_READ, whoever read the body', () => {
  const inAxios =
    "The response began but its body was cut short: axios' fetch adapter failed while reading it ("
  const bare = 'A body fetch was reading was cut short (TypeError: terminated'
  test.each<[string, () => unknown, string]>([
    [
      "axios' fetch adapter, the promise",
      () => axios.get(url('/cut'), { adapter: 'fetch' }),
      inAxios,
    ],
    [
      "axios' fetch adapter, the error",
      () =>
        axios.get(url('/cut'), { adapter: 'fetch', validateStatus: null }).catch((e: unknown) => e),
      inAxios,
    ],
    ['ky, the text read', () => ky(url('/cut'), { retry: 0, throwHttpErrors: false }).text(), bare],
    ['ofetch, the error', () => ofetch(url('/cut'), { retry: 0 }).catch((e: unknown) => e), bare],
  ])('%s', async (_name, send, says) => {
    const error = await errorOf(send())
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain(says)
    expect(error.message).toContain("pass fetch's Response before its body is read")
  })

  test("bare, it may be an upstream's body that code the test awaited let escape: the message says so", async () => {
    const error = await errorOf(fetch(url('/cut')).then((res) => res.text()))
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain(
      "If it came from code the test awaited that fetches an upstream itself (a handler called in the test, with a fault such as fault.truncated on the upstream), that code let fetch's error escape: handle it there.",
    )
  })

  test('a body fetch could not decode (gzip said, plain sent) is ERR_BAD_ENCODING, not cut short', async () => {
    for (const send of [
      () => ky(url('/false-gzip'), { retry: 0, throwHttpErrors: false }).text(),
      () => ofetch(url('/false-gzip'), { retry: 0 }).catch((e: unknown) => e),
    ]) {
      const error = await errorOf(send())
      expect(error.code).toBe('ERR_BAD_ENCODING')
      expect(error.message).toContain('fetch could not decode it')
    }
  })

  test("fetch's own Response: the error names the status that arrived", async () => {
    const error = await errorOf(await fetch(url('/cut')))
    expect(error.code).toBe('ERR_BODY_READ')
    expect(error.message).toContain(
      'Cannot read the body of the response (status 500 and its headers arrived): TypeError: terminated',
    )
  })

  test('another TypeError is still no response', async () => {
    const error = await errorOf(new TypeError('fetch failed'))
    expect(error.code).toBe('ERR_NOT_A_RESPONSE')
  })
})

describe('axios decodes text bodies as UTF-8 too', () => {
  const get = (path: string, options = {}) =>
    axios.get(url(path), { validateStatus: () => true, ...options })

  test('UTF-16 and bare gzip: ERR_BAD_ENCODING says to ask for an arraybuffer', async () => {
    for (const path of ['/utf16', '/bare-gzip-text']) {
      const error = await errorOf(get(path, { responseType: 'text' }))
      expect(error.code, path).toBe('ERR_BAD_ENCODING')
      expect(error.message, path).toContain("responseType: 'arraybuffer'")
    }
  })

  test("responseType: 'arraybuffer' gives the bytes, and the leak is found", async () => {
    for (const path of ['/utf16', '/bare-gzip-text'])
      expect(await rulesOf(get(path, { responseType: 'arraybuffer' })), path).toContain(
        'stack-trace-node',
      )
  })
})

test('a body that never ends is reported before the 5 s test timeouts of Vitest and Jest', async () => {
  const error = await errorOf(fetch(url('/hang')))
  expect(error.code).toBe('ERR_BODY_TIMEOUT')
  expect(error.message).toContain('did not end within 3000 ms')
})

test('an app that never answers: a fetch promise not settled says the app had not answered', async () => {
  const error = await errorOf(fetch(url('/silent')), { timeout: 300 })
  expect(error.code).toBe('ERR_BODY_TIMEOUT')
  expect(error.message).toContain('The response did not arrive within 300 ms')
  expect(error.message).toContain('so the app had not answered at all')
  expect(error.message).toContain("give the app's upstream calls a timeout")
})

test('supertest and axios, whose promise settles only with the whole body: timeout bounds the wait too', async () => {
  for (const input of [
    () => supertest(base).get('/hang'),
    () => axios.get(url('/hang'), { validateStatus: () => true }),
  ]) {
    const error = await errorOf(input(), { timeout: 300 })
    expect(error.code).toBe('ERR_BODY_TIMEOUT')
    expect(error.message).toContain('The response did not arrive within 300 ms')
  }
})
