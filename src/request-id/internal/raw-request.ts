import { connect } from 'node:net'

/** What came back from a raw request: status, lower-case headers, and the body as latin1 text. */
export interface RawReply {
  readonly status: number
  readonly headers: Record<string, string>
  readonly text: string
}

const maxBytes = 1024 * 1024

/**
 * Sends one HTTP/1.1 request over a plain socket, header values byte for byte (fetch and node:http
 * refuse CR or LF in a value). Resolves `undefined` when the server closes without an answer.
 */
export function rawRequest(
  url: URL,
  init: {
    readonly method: string
    readonly headers: Readonly<Record<string, string>>
    readonly body: Uint8Array | undefined
    readonly timeout: number
  },
): Promise<RawReply | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const socket = connect({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: Number(url.port || 80),
    })
    socket.setTimeout(init.timeout, () => socket.destroy())
    socket.on('error', () => resolve(undefined))
    socket.on('connect', () => {
      const lines = [`${init.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`]
      for (const [name, value] of Object.entries(init.headers)) lines.push(`${name}: ${value}`)
      lines.push('Connection: close', `Content-Length: ${init.body?.byteLength ?? 0}`, '', '')
      socket.write(Buffer.from(lines.join('\r\n'), 'latin1'))
      if (init.body) socket.write(init.body)
    })
    socket.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size <= maxBytes) chunks.push(chunk)
      else socket.destroy()
    })
    socket.on('close', () => resolve(parse(Buffer.concat(chunks).toString('latin1'))))
  })
}

function parse(reply: string): RawReply | undefined {
  const end = reply.indexOf('\r\n\r\n')
  const head = (end === -1 ? reply : reply.slice(0, end)).split('\r\n')
  const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(head[0] ?? '')
  if (!status) return undefined
  const headers: Record<string, string> = {}
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value
  }
  return { status: Number(status[1]), headers, text: end === -1 ? '' : reply.slice(end + 4) }
}
