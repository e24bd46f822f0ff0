import http from 'node:http'
import * as httpNamespace from 'node:http'
import https from 'node:https'
import * as httpsNamespace from 'node:https'
import axios from 'axios'
import got from 'got'
import * as undici from 'undici'

/** The HTTP clients an app under test may call its upstream with. */
export const clientNames = [
  'fetch',
  'node:http',
  'node:http (namespace import)',
  'undici.request',
  'undici.fetch',
  'undici Pool',
  'axios',
  'got',
] as const
export type ClientName = (typeof clientNames)[number]

/** What the upstream answered. */
export interface UpstreamAnswer {
  readonly status: number
  readonly contentType: string
  readonly body: string
}

/**
 * How long an app waits for its upstream by default. Tests of the timing faults (hang, slow
 * headers, dribble) pass a short one instead, so that they cost little.
 */
export const upstreamTimeout = 5000

const pools = new Map<string, undici.Pool>()

/** Closes the undici Pools the apps opened (one per origin). */
export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.destroy()))
  pools.clear()
}

/** POSTs JSON to the upstream with `client` and a timeout (ms); throws what the client throws. */
export async function callUpstream(
  client: ClientName,
  url: string,
  T = upstreamTimeout,
): Promise<UpstreamAnswer> {
  const body = JSON.stringify({ amount: 4200 })
  const headers = { 'content-type': 'application/json' }
  switch (client) {
    case 'fetch':
    case 'undici.fetch': {
      const request = client === 'fetch' ? fetch : undici.fetch
      const res = await request(url, {
        method: 'POST',
        body,
        headers,
        signal: AbortSignal.timeout(T),
      })
      return {
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        body: await res.text(),
      }
    }
    case 'undici.request':
    case 'undici Pool': {
      const { origin, pathname } = new URL(url)
      const options = { method: 'POST', body, headers, headersTimeout: T, bodyTimeout: T } as const
      const res =
        client === 'undici.request'
          ? await undici.request(url, options)
          : await poolFor(origin).request({ ...options, path: pathname })
      return {
        status: res.statusCode,
        contentType: String(res.headers['content-type'] ?? ''),
        body: await res.body.text(),
      }
    }
    case 'node:http':
      return viaNodeHttp(url.startsWith('https:') ? https.request : http.request, url, body, T)
    case 'node:http (namespace import)':
      return viaNodeHttp(
        url.startsWith('https:') ? httpsNamespace.request : httpNamespace.request,
        url,
        body,
        T,
      )
    case 'axios': {
      const res = await axios.post<string>(url, body, {
        headers,
        timeout: T,
        responseType: 'text',
        transformResponse: (data: string) => data,
        validateStatus: () => true,
      })
      return {
        status: res.status,
        contentType: String(res.headers['content-type'] ?? ''),
        body: res.data,
      }
    }
    case 'got': {
      const res = await got.post(url, {
        body,
        headers,
        timeout: { request: T },
        retry: { limit: 0 },
        throwHttpErrors: false,
      })
      return {
        status: res.statusCode,
        contentType: res.headers['content-type'] ?? '',
        body: res.body,
      }
    }
  }
}

function poolFor(origin: string): undici.Pool {
  let pool = pools.get(origin)
  if (pool === undefined) pools.set(origin, (pool = new undici.Pool(origin)))
  return pool
}

function viaNodeHttp(
  request: typeof http.request,
  url: string,
  body: string,
  timeout: number,
): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString(),
          }),
        )
        res.on('error', reject)
        res.on('aborted', () => reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })))
      },
    )
    req.setTimeout(timeout, () =>
      req.destroy(Object.assign(new Error('upstream timed out'), { code: 'ETIMEDOUT' })),
    )
    req.on('error', reject)
    req.end(body)
  })
}
