import { checkKeys } from '../check-keys.ts'
import { randomBytes, randomUUID } from 'node:crypto'
import type { Snapshot } from '../capture/snapshot.ts'
import { placementOf, type RequestIdPlacement } from '../options.ts'
import type { Finding } from '../report.ts'
import { auditSnapshot } from '../audit/audit.ts'
import { defaultTimeout } from '../capture/capture.ts'
import { describeValue } from '../capture/describe-value.ts'
import { checkOption } from '../check-options.ts'
import { Safe500Error } from '../errors.ts'
import { categories } from '../report.ts'
import { hostileRequestIds } from './hostile-request-ids.ts'
import { findEchoes, type Echo } from './internal/find-echo.ts'
import { probeSender, type Sent } from './internal/probe-sender.ts'
import { looksSequential } from './looks-sequential.ts'
import { errorChain } from '../capture/error-chain.ts'
import { maskedCause } from '../capture/masked-cause.ts'
import { maskSecrets } from '../audit/mask-secrets.ts'

/**
 * What `probeRequestId()` sends, and what it expects of the app.
 *
 * @example
 * ```ts
 * import { probeRequestId, type ProbeRequestIdOptions } from 'safe500'
 * const options: ProbeRequestIdOptions = {
 *   url: `${app.url}/orders`,
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ sku: 'A-1' }),
 * }
 * expect((await probeRequestId(options)).ok).toBe(true)
 * ```
 */
export interface ProbeRequestIdOptions {
  /** A URL that answers with an error (a 5xx, or at least a 4xx), e.g. with a fault armed. */
  readonly url: string | URL
  /** Default `GET`. */
  readonly method?: string | undefined
  /** Headers sent with every request (auth, content type). */
  readonly headers?: Readonly<Record<string, string>> | undefined
  /** A body sent with every request. */
  readonly body?: string | Uint8Array | undefined
  /**
   * What the app does with a well-formed inbound ID. `undefined` (default): echoing it back or
   * not are both fine. `false`: any echo is reported. `true`: an app that echoes none is reported.
   */
  readonly propagates?: boolean | undefined
  /** More header names that carry the ID, both inbound and in the response, e.g. `x-trace`. */
  readonly requestIdHeaders?: readonly string[] | undefined
  /** More JSON member names that carry the ID in a response's body, e.g. `ref`. */
  readonly requestIdKeys?: readonly string[] | undefined
  /** Where each error response must carry the ID. Default `either` (a header or the body). */
  readonly requestId?: RequestIdPlacement | false | undefined
  /** The fetch to use (default the global one), e.g. one bound to an undici Agent. */
  readonly fetch?: ((url: string, init: RequestInit) => Promise<Response>) | undefined
  /**
   * Most milliseconds to wait for each answer, its body included. Default 3000 (as `capture()`),
   * under the 5 s a test may take, so an app that never answers is reported as such.
   */
  readonly timeout?: number | undefined
}

/**
 * What `probeRequestId()` resolves to: the shape of `audit()`'s report, findings of category `request-id`.
 *
 * @example
 * ```ts
 * import { formatFinding, probeRequestId, type ProbeReport } from 'safe500'
 * const report: ProbeReport = await probeRequestId({ url: `${app.url}/boom` })
 * console.log(`${report.requests} requests, plain ones got ${report.requestIds.join(', ')}`)
 * expect(report.findings.map(formatFinding)).toEqual([])
 * ```
 */
export interface ProbeReport {
  /** True when there are no findings. */
  readonly ok: boolean
  readonly findings: readonly Finding[]
  /** The request ID of each plain request (sent without an inbound ID), in order. */
  readonly requestIds: readonly (string | undefined)[]
  /** How many requests were sent. */
  readonly requests: number
}

/** Plain requests sent to judge uniqueness. */
const plainRequests = 3
const defaultInbound = ['x-request-id', 'x-correlation-id', 'request-id']
const notRequestId = categories.filter((c) => c !== 'request-id')

/**
 * Sends an app a set of requests to a URL that fails and checks its request IDs: each error
 * response carries one (well-formed, header and body agreeing), they differ between requests and
 * are no counter (`req-1`, `req-2`), and no hostile inbound ID (CR/LF, markup, 8 KB, non-ASCII,
 * an all-zero or malformed traceparent) comes back in a header or the body. Echoing a
 * well-formed inbound ID is fine unless `propagates: false`; `propagates: true` reports an app
 * that drops it. Findings name the rule: `request-id-missing`, `-mismatch`, `-malformed`,
 * `-repeated`, `-counter`, `-reflected`, `-dropped`.
 *
 * @example
 * ```ts
 * import { formatFinding, probeRequestId } from 'safe500'
 * const report = await probeRequestId({ url: `${app.url}/boom`, propagates: false })
 * expect(report.ok, report.findings.map(formatFinding).join('\n')).toBe(true)
 * ```
 */
export async function probeRequestId(options: ProbeRequestIdOptions): Promise<ProbeReport> {
  const url = checkOptions(options)
  const method = (options.method ?? 'GET').toUpperCase()
  const extraNames = (options.requestIdHeaders ?? []).map((n) => n.toLowerCase())
  const inbound = [...new Set([...extraNames, ...defaultInbound])]
  const auditOptions = {
    requestId: placementOf(options.requestId),
    requestIdHeaders: extraNames,
    requestIdKeys: options.requestIdKeys ?? [],
    skip: notRequestId,
  }
  const { send, sendRaw, count } = probeSender({
    url,
    method,
    headers: options.headers,
    body: options.body,
    timeout: options.timeout ?? defaultTimeout,
    fetch: options.fetch,
  })
  // Every answer must be an error: a request that took the success path tells nothing of the
  // error path's IDs (a fault armed with `once` fails the first request only).
  const failed = (snapshot: { readonly status: number }, which: string | undefined) => {
    if (snapshot.status >= 400) return
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      maskSecrets(
        which === undefined
          ? `probeRequestId(): ${method} ${url.href} answered ${snapshot.status}, not an error, so there is no failure to trace. Point url at a route that fails (arm a fault, or call a route that throws).`
          : `probeRequestId(): ${method} ${url.href} answered ${snapshot.status} to ${which}, after failing before: the probe's requests must all take the error path, or the IDs it checks are not those of failures. A fault armed with { once: true } fails the first request only: arm it for every request while probing, or call a route that always throws.`,
      ),
    )
  }
  const findings: Finding[] = []
  const seen = new Set<string>()
  const add = (finding: Finding) => {
    const key = `${finding.rule}\u0000${finding.where}\u0000${finding.message}`
    if (seen.has(key)) return
    seen.add(key)
    findings.push(finding)
  }

  // 1. Plain requests: an ID on each, well-formed, header and body agreeing; all different.
  const ids: (string | undefined)[] = []
  for (let i = 0; i < plainRequests; i++) {
    const sent = await send({})
    if ('error' in sent) throw noAnswer(`${method} ${url.href}`, sent)
    failed(sent.snapshot, i === 0 ? undefined : `plain request ${i + 1} of ${plainRequests}`)
    const report = auditSnapshot(sent.snapshot, auditOptions)
    for (const finding of report.findings) add(finding)
    ids.push(report.requestId)
  }
  const found = ids.filter((id): id is string => id !== undefined)
  const repeated = found.find((id, i) => found.indexOf(id) !== i)
  if (repeated !== undefined) {
    add(
      probeFinding(
        'request-id-repeated',
        `gives ${found.length} failing requests the same ID, so their log records cannot be told apart`,
        repeated,
      ),
    )
  } else if (looksSequential(found)) {
    add(
      probeFinding(
        'request-id-counter',
        `numbers requests with a counter (${found.map((id) => JSON.stringify(id)).join(', ')}): IDs repeat across restarts and instances, and can be guessed`,
        found.join(', '),
      ),
    )
  }

  // 2. Hostile inbound IDs: none may come back (no answer at all is fine).
  for (const hostile of hostileRequestIds()) {
    for (const name of hostile.header ? [hostile.header] : inbound) {
      const headers = { [name]: hostile.value }
      const reply = hostile.raw ? await sendRaw(headers) : answer(await send(headers))
      if (reply) failed(reply, `the request with a hostile ID (${hostile.kind}) in ${name}`)
      for (const echo of reply ? findEchoes(reply, hostile.markers) : [])
        add(
          echoFinding(
            `echoes a hostile inbound ID (${hostile.kind}) sent in ${name}; an app must replace an ID it cannot trust`,
            echo,
          ),
        )
    }
  }

  // 3. Well-formed inbound IDs: propagation is the app's choice, unless `propagates` says otherwise.
  const echoed: string[] = []
  for (const name of [...inbound, 'traceparent']) {
    const traceId = randomBytes(16).toString('hex')
    const value =
      name === 'traceparent' ? `00-${traceId}-${randomBytes(8).toString('hex')}-01` : randomUUID()
    const reply = answer(await send({ [name]: value }))
    if (reply) failed(reply, `the request with a well-formed ID in ${name}`)
    const echoes = reply ? findEchoes(reply, [name === 'traceparent' ? traceId : value]) : []
    if (echoes.length === 0) continue
    echoed.push(name)
    if (options.propagates === false)
      for (const echo of echoes)
        add(
          echoFinding(
            `echoes the well-formed inbound ID sent in ${name}, but propagates: false says the app makes its own`,
            echo,
          ),
        )
  }
  if (options.propagates === true && echoed.length === 0) {
    add(
      probeFinding(
        'request-id-dropped',
        `drops a well-formed inbound ID: sent in ${[...inbound, 'traceparent'].join(', ')}, none came back, but propagates: true says the app keeps it`,
        '',
      ),
    )
  }
  return { ok: findings.length === 0, findings, requestIds: ids, requests: count() }
}

function answer(sent: Sent): Snapshot | undefined {
  return 'snapshot' in sent ? sent.snapshot : undefined
}

function describeError(error: unknown): string {
  if (error instanceof Safe500Error) return error.message.replace(/^\[safe500\] /, '')
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return cause instanceof Error ? cause.message : String(cause)
}

/** Whether the request was given up on after `timeout` (AbortSignal.timeout's TimeoutError). */
function timedOut(error: unknown): boolean {
  for (const e of errorChain(error, 4)) if (e.name === 'TimeoutError') return true
  return false
}

/** The error for a request that got no whole answer: none at all, or a body that failed. */
function noAnswer(request: string, sent: { readonly error: unknown; readonly status?: number }) {
  const message =
    sent.status !== undefined
      ? `${request} answered ${sent.status}, but its body did not arrive whole: ${describeError(sent.error)}`
      : timedOut(sent.error)
        ? `${request} got no answer within the timeout (${describeError(sent.error)}): the app took the request and did not answer. Check that the route answers when it fails, or raise timeout.`
        : `${request} got no answer (${describeError(sent.error)}). Start the app and pass the URL it listens on.`
  return new Safe500Error('ERR_BAD_OPTION', maskSecrets(`probeRequestId(): ${message}`), {
    cause: maskedCause(sent.error),
  })
}

function probeFinding(rule: string, message: string, excerpt: string): Finding {
  return {
    rule,
    category: 'request-id',
    message,
    where: 'response',
    excerpt: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt,
  }
}

function echoFinding(message: string, echo: Echo): Finding {
  return {
    rule: 'request-id-reflected',
    category: 'request-id',
    message,
    where: echo.where,
    excerpt: echo.excerpt,
  }
}

const probeOptionNames = [
  'url',
  'method',
  'headers',
  'body',
  'propagates',
  'requestIdHeaders',
  'requestIdKeys',
  'requestId',
  'fetch',
  'timeout',
]

function checkOptions(options: ProbeRequestIdOptions): URL {
  if (typeof options !== 'object' || options === null) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `probeRequestId() takes options, received ${describeValue(options)}. Write probeRequestId({ url: 'http://127.0.0.1:3000/boom' }).`,
    )
  }
  checkKeys(options, probeOptionNames, 'probeRequestId(): ')
  const { url } = options
  let parsed: URL | undefined
  try {
    parsed = url instanceof URL ? url : new URL(String(url))
  } catch {
    parsed = undefined
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `probeRequestId(): url must be an absolute http(s) URL, received ${describeValue(url)}. Pass the URL of a route that fails, e.g. \`\${app.url}/boom\`.`,
    )
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `probeRequestId(): fetch must be a function, received ${describeValue(options.fetch)}.`,
    )
  }
  for (const key of [
    'requestId',
    'requestIdHeaders',
    'requestIdKeys',
    'timeout',
    'method',
  ] as const)
    checkOption(key, options[key], 'probeRequestId(): ')
  return parsed
}
