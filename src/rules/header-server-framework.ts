import { defineRule } from '../define-rule.ts'

/**
 * Application frameworks and language runtimes, as they name themselves in a Server header
 * (restify sends `Server: restify`, Mojolicious `Mojolicious (Perl)`, aiohttp `Python/3.11
 * aiohttp/3.8.4`, CherryPy `CherryPy/18.8.0`, Twisted `TwistedWeb/22.4.0`, Haskell's Snap and Happstack
 * `Snap/1.1.2.0`, `Happstack/7.7.2`, Erlang's MochiWeb, and Go's fasthttp, `Server: fasthttp`). Web servers, proxies and CDNs (nginx, gunicorn,
 * cloudflare) are not in the list: their name says little about the application behind them.
 */
const frameworks =
  /\b(?:restify|express|koa|hapi|fastify|nestjs|hono|feathers|sails|adonisjs|node(?:\.js)?|deno|mojolicious|dancer2?|catalyst|perl|python|aiohttp|tornado(?:server)?|django|flask|sanic|falcon|cherrypy|starlette|fastapi|php|ruby|rails|sinatra|asp\.net|phoenix|elixir|twistedweb|twisted|hunchentoot|yaws|yesod|scotty|snap|happstack|mochiweb|fasthttp)\b/i

/** The Server header names the application's framework or language, as X-Powered-By would. */
export const headerServerFramework = defineRule({
  id: 'header-server-framework',
  category: 'framework-disclosure',
  description:
    'The Server header names an application framework or language runtime (Server: restify, Mojolicious (Perl), Python/3.11 aiohttp/3.8.4, TwistedWeb/22.4.0); web server and proxy names (nginx, gunicorn) pass.',
  *detect({ headers }) {
    const value = headers['server']
    const name = value === undefined ? null : frameworks.exec(value)
    if (value !== undefined && name)
      yield {
        message: `the Server header names the stack (${name[0]}); send none, or a neutral name`,
        header: 'server',
        evidence: value,
      }
  },
  patterns: [frameworks],
  examples: {
    leaky: [
      { status: 500, headers: { Server: 'restify' }, body: '{"code":"Internal","message":"x"}' },
      { status: 500, headers: { Server: 'Mojolicious (Perl)' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'Python/3.11 aiohttp/3.8.4' }, body: 'Server error' },
      { status: 500, headers: { Server: 'TwistedWeb/22.4.0' }, body: 'Processing Failed' },
      { status: 500, headers: { Server: 'fasthttp' }, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { Server: 'Warp/3.3.21 + Yesod/1.6.24.0 (core)' },
        body: 'Internal Server Error',
      },
      { status: 500, headers: { Server: 'Happstack/7.7.2' }, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { Server: 'CherryPy/18.8.0' },
        body: '<h2>500 Internal Server Error</h2>',
      },
    ],
    safe: [
      { status: 500, headers: { Server: 'nginx' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'gunicorn' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'Warp/3.3.21' }, body: 'Something went wrong' },
      { status: 500, headers: { Server: 'cloudflare' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'expressway-edge' }, body: 'Internal Server Error' },
    ],
  },
})
