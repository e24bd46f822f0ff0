import { afterAll, describe, expect, test } from 'vitest'
import { fault, setupUpstreams, socketFaultKinds, type SocketFaultKind } from 'safe500/msw'
import { callUpstream, clientNames, closePools, type ClientName } from './support/call-upstream.ts'

// Strict mode, so that every client is in the table; the undici bridge and the node:http route
// play socket faults the same way in default mode.
const upstreams = setupUpstreams({ strict: true })
afterAll(closePools)

/** The error as a client reports it: class, code and message, of the cause when there is one. */
async function failure(client: ClientName, kind: SocketFaultKind): Promise<string> {
  const url = `https://payments-${kind}.example.com/${client.replace(/\W/g, '')}`
  upstreams.use(fault.socket(kind, `${url}/*`))
  try {
    // Only the dribble needs a short timeout: the others fail at once, whatever the machine's load.
    const answer = await callUpstream(client, `${url}/v1/charges`, kind === 'dribble' ? 300 : 5000)
    return `answered ${answer.status}`
  } catch (error) {
    const e = error as Error & { code?: string; cause?: Error & { code?: string } }
    const own = `${e.name} ${e.code ?? ''} ${e.message}`
    return e.cause ? `${own} <- ${e.cause.name} ${e.cause.code ?? ''} ${e.cause.message}` : own
  }
}

/** What production clients report, per socket fault: undici-based ones, then node:http-based ones. */
const expected: Record<SocketFaultKind, [undici: RegExp, nodeHttp: RegExp]> = {
  reset: [/ECONNRESET read ECONNRESET/, /ECONNRESET read ECONNRESET/],
  'empty-reply': [/SocketError UND_ERR_SOCKET (other side )?closed/, /ECONNRESET socket hang up/],
  garbage: [
    /HTTPParserError .*Expected HTTP\//,
    /HPE_INVALID_CONSTANT Parse Error: Expected HTTP\//,
  ],
  'malformed-chunk': [
    /HTTPParserError .*Invalid character in chunk size/,
    /HPE_INVALID_CHUNK_SIZE Parse Error: Invalid character in chunk size/,
  ],
  truncated: [
    /UND_ERR_RES_CONTENT_LENGTH_MISMATCH/,
    /ECONNRESET (aborted|The server aborted pending request)|ERR_BAD_RESPONSE stream has been aborted/,
  ],
  dribble: [
    /UND_ERR_BODY_TIMEOUT|TimeoutError/,
    /ETIMEDOUT|ECONNABORTED|ERR_BAD_RESPONSE stream has been aborted/,
  ],
}

const undiciBased = new Set<ClientName>(['fetch', 'undici.request', 'undici.fetch', 'undici Pool'])

describe.each(socketFaultKinds)('%s', (kind) => {
  test.concurrent.each(clientNames)('%s reports what it reports in production', async (client) => {
    const [undici, nodeHttp] = expected[kind]
    expect(await failure(client, kind)).toMatch(undiciBased.has(client) ? undici : nodeHttp)
  })
})

test('fetch wraps body failures as "terminated", with the parser error as the cause', async () => {
  expect(await failure('fetch', 'malformed-chunk')).toMatch(
    /^TypeError +terminated <- HTTPParserError/,
  )
  expect(await failure('undici.fetch', 'truncated')).toMatch(
    /^TypeError +terminated <- ResponseContentLengthMismatchError/,
  )
})
