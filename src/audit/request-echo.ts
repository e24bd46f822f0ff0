const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT']

/** The phrases of default 404 answers that echo the path the client asked for. */
const echoes = [
  // Express, Connect (finalhandler) and NestJS: `Cannot GET /path`.
  ...methods.map((method) => `Cannot ${method} `),
  // Fastify: `Route GET:/path not found`.
  ...methods.map((method) => `Route ${method}:`),
  // Apache httpd: `The requested URL /path was not found on this server.`
  'The requested URL ',
]

/**
 * True when the text at `at` follows a default 404's echo of the request's path (`Cannot GET
 * /app/views/layout.pug`, Fastify's `Route GET:/@fs/etc/passwd not found`, Apache's `The
 * requested URL /www/x.tpl was not found`): the path is
 * the one the client asked for, not a file of the server.
 *
 * @example
 * ```ts
 * echoesRequestPath('<pre>Cannot GET /src/index.js</pre>', 16) // true
 * ```
 */
export function echoesRequestPath(text: string, at: number): boolean {
  return echoes.some((phrase) => text.startsWith(phrase, at - phrase.length))
}
