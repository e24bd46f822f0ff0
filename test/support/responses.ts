/** A request ID as a careful app makes one. */
export const requestId = 'b1946ac9-2492-4f5b-9c1a-0d2d4d8f6a3e'

/** Headers of a safe error answer. */
export const safeHeaders: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-request-id': requestId,
}

/** A safe 500 (or another status), as a fetch Response. */
export function safeResponse(status = 500): Response {
  return new Response(JSON.stringify({ error: 'Internal Server Error', requestId }), {
    status,
    headers: safeHeaders,
  })
}

/** A 500 as Express's development error page sends it: a stack with paths, and X-Powered-By. */
export function leakyResponse(status = 500): Response {
  return new Response('Error: boom\n    at handler (/srv/app/src/routes/checkout.js:41:11)', {
    status,
    headers: { 'x-powered-by': 'Express', 'content-type': 'text/plain; charset=utf-8' },
  })
}

/** Strips ANSI colours from a message, for snapshots. */
export function plain(error: unknown): string {
  return String(error instanceof Error ? error.message : error).replace(/\x1b\[\d{1,3}m/g, '')
}
