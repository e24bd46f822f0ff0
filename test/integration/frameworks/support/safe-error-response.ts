/** How a careful team renders the 500: JSON, RFC 9457 problem+json, or an HTML page. */
export type SafeErrorKind = 'json' | 'problem' | 'html'

/** Status, headers and body of a safe 500, for any framework to write. */
export interface SafeErrorResponse {
  readonly status: 500
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

const bodies: Record<SafeErrorKind, (id: string) => readonly [string, string]> = {
  json: (id) => [
    'application/json; charset=utf-8',
    JSON.stringify({ error: 'Internal Server Error', requestId: id }),
  ],
  problem: (id) => [
    'application/problem+json; charset=utf-8',
    JSON.stringify({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      instance: `urn:uuid:${id}`,
    }),
  ],
  html: (id) => [
    'text/html; charset=utf-8',
    [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8"><title>Internal Server Error</title></head>',
      '<body><h1>Internal Server Error</h1>',
      `<p>Something went wrong on our side. Please try again later. Request ID: ${id}</p>`,
      '</body></html>',
    ].join('\n'),
  ],
}

/**
 * The generic 500 a careful error handler sends: a body with the request ID, the same ID in
 * `X-Request-Id`, `Cache-Control: no-store`, `X-Content-Type-Options: nosniff` and a Content-Type
 * with charset (HTML also gets a locked-down CSP).
 *
 * @example
 * ```ts
 * const { status, headers, body } = safeErrorResponse('problem', requestId)
 * res.writeHead(status, headers).end(body)
 * ```
 */
export function safeErrorResponse(kind: SafeErrorKind, requestId: string): SafeErrorResponse {
  const [contentType, body] = bodies[kind](requestId)
  return {
    status: 500,
    headers: {
      'content-type': contentType,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': requestId,
      ...(kind === 'html'
        ? { 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" }
        : {}),
    },
    body,
  }
}
