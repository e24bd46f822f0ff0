import { createServer } from 'node:http'
import express5 from 'express'
import express4 from 'express4'
import type { Category } from 'safe500'
import { expressApps } from './apps/express-apps.ts'
import { frameworkSuite } from './support/framework-suite.ts'
import { stackLeaks } from './support/leaks.ts'
import { listen } from './support/listen.ts'
import { withNodeEnv } from './support/with-node-env.ts'

/** Express defaults: X-Powered-By, no Cache-Control: no-store, no request ID (and no nosniff on res.json). */
const defaults: Category[] = ['framework-disclosure', 'header', 'request-id']

const modes = [
  {
    mode: 'NODE_ENV unset',
    env: undefined,
    naive: {
      // finalhandler's development page: err.stack in <pre>, HTML-escaped.
      '/naive/throw': [...stackLeaks, 'debug-page', ...defaults],
      '/naive/expose': [...stackLeaks, 'debug-page', ...defaults],
      '/naive/json': [...stackLeaks, ...defaults],
    },
  },
  {
    mode: 'NODE_ENV=production',
    env: 'production',
    naive: {
      // finalhandler hides the message in production, but still copies err.headers to the response.
      '/naive/throw': defaults,
      '/naive/expose': ['internal-address', ...defaults],
      '/naive/json': [...stackLeaks, ...defaults],
    },
  },
] satisfies { mode: string; env: string | undefined; naive: Record<string, Category[]> }[]

// Express 4 and 5 share finalhandler's behaviour; the safe app answers HTML on 4 and JSON on 5.
const versions = [
  { framework: 'Express 4', express: express4, kind: 'html' },
  { framework: 'Express 5', express: express5, kind: 'json' },
] as const

for (const { framework, express, kind } of versions) {
  for (const { mode, env, naive } of modes) {
    frameworkSuite({
      framework,
      mode,
      kind,
      naive,
      async start(logs) {
        const apps = withNodeEnv(env, () => expressApps(express, kind, logs))
        return {
          naive: await listen(createServer(apps.naive)),
          safe: await listen(createServer(apps.safe)),
        }
      },
    })
  }
}
