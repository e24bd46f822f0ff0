import { defineRule } from '../define-rule.ts'

const pattern1 =
  /\bConnection terminated (?:unexpectedly|due to connection timeout)|\bconnection to server (?:at|on socket) "[^"\n]{1,200}"|\bcould not connect to server: |\bIs the server running (?:on (?:that )?host|locally)|\bno pg_hba\.conf entry for host "|\bthe database system is (?:starting up|shutting down|in recovery mode)|\btoo many clients already/g
const pattern2 =
  /\bremaining connection slots are reserved|\btimeout exceeded when trying to connect|\bClient has encountered a connection error and is not queryable|\bterminating connection due to (?:administrator command|idle-in-transaction timeout|idle-session timeout|conflict with recovery)|\bserver closed the connection unexpectedly|\bThe server does not support SSL connections|\bClient was closed and is not queryable|\bCannot use a pool after calling end on the pool|\bClient has already been connected\. You cannot reuse a client/g
// Several small patterns rather than one large alternation: each is quick to prove linear.
const patterns = [pattern1, pattern2]

/**
 * PostgreSQL connection failures (libpq, node-postgres, pg-pool), which name the server and its
 * port. Authentication failures are server messages: sql-error-postgres reports them.
 *
 * @example
 * ```ts
 * 'connection to server at "db.internal" (10.0.0.3), port 5432 failed' // flagged
 * ```
 */
export const driverErrorPostgres = defineRule({
  id: 'driver-error-postgres',
  category: 'driver-error',
  description:
    'PostgreSQL connection errors: Connection terminated unexpectedly, connection to server at "x", port N failed, Is the server running on host, no pg_hba.conf entry, too many clients.',
  keywords: [
    'connection terminated',
    'connection to server',
    'could not connect to server',
    'is the server running',
    'pg_hba.conf',
    'the database system is',
    'too many clients',
    'connection slots are reserved',
    'timeout exceeded when trying to connect',
    'not queryable',
    'terminating connection due to',
    'server closed the connection',
    'does not support ssl',
    'cannot use a pool after calling end',
    'you cannot reuse a client',
  ],
  pattern: patterns,
  message: 'shows a PostgreSQL connection error',
  examples: {
    leaky: [
      '{"error":"Connection terminated unexpectedly"}',
      'psql: error: connection to server at "db.internal" (10.0.0.3), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
      'FATAL: no pg_hba.conf entry for host "10.0.1.7", user "app", database "shop", SSL off',
      'Error: timeout exceeded when trying to connect',
      'Error: Connection terminated due to connection timeout',
      '{"error":"Client was closed and is not queryable"}',
      'Error: Cannot use a pool after calling end on the pool',
      'Client has already been connected. You cannot reuse a client.',
    ],
    safe: [
      'Connection problem: please try again.',
      'The database is under maintenance until 14:00 UTC.',
      'The account "guest" does not exist.',
      'The report was closed and is not editable.',
    ],
  },
})
