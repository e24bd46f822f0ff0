import type { Category } from 'safe500'

/**
 * What a body that shows `leakyMessage` gives away: the source location (file-path), the SQL error
 * text (sql-error), the database's connection string naming host and port (driver-error), the
 * credentials in it (secret) and its private address (internal-address).
 *
 * @example
 * ```ts
 * naive: { '/naive/throw': [...messageLeaks, 'header', 'request-id'] }
 * ```
 */
export const messageLeaks: readonly Category[] = [
  'file-path',
  'sql-error',
  'driver-error',
  'secret',
  'internal-address',
]

/**
 * What a body that shows `err.stack` gives away: the message's leaks, the V8 frames (stack-trace)
 * and the raw exception, `Error: <message>` (exception).
 *
 * @example
 * ```ts
 * naive: { '/naive/json': [...stackLeaks, 'header', 'request-id'] }
 * ```
 */
export const stackLeaks: readonly Category[] = ['stack-trace', 'exception', ...messageLeaks]
