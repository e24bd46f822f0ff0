import type { Category } from 'safe500'
import { startNestApps } from './apps/nest-apps.ts'
import { frameworkSuite } from './support/framework-suite.ts'
import { messageLeaks, stackLeaks } from './support/leaks.ts'

/** Nest on Express: X-Powered-By: Express, no Cache-Control: no-store, no nosniff, no request ID. */
const defaults: Category[] = ['framework-disclosure', 'header', 'request-id']

frameworkSuite({
  framework: 'NestJS 12 (Express)',
  mode: 'default',
  kind: 'json',
  naive: {
    // Unknown errors become "Internal server error"; http-errors-shaped errors with expose: true
    // and HttpExceptions are sent as they are.
    '/naive/throw': defaults,
    '/naive/expose': [...messageLeaks, ...defaults],
    '/naive/http-exception': [...messageLeaks, ...defaults],
    '/naive/json': [...stackLeaks, ...defaults],
  },
  start: startNestApps,
})
