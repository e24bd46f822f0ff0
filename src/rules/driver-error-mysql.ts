import { defineRule } from '../define-rule.ts'

/**
 * MySQL and MariaDB connection failures (mysql, mysql2, JDBC), which name hosts and users.
 *
 * @example
 * ```ts
 * "Can't connect to MySQL server on 'db.internal' (111)" // flagged
 * ```
 */
export const driverErrorMysql = defineRule({
  id: 'driver-error-mysql',
  category: 'driver-error',
  description:
    "MySQL/MariaDB connection errors: Can't connect to MySQL server on 'host', PROTOCOL_CONNECTION_LOST, server has gone away, Communications link failure.",
  keywords: [
    "can't connect to",
    'protocol_',
    'connection lost:',
    'lost connection to mysql',
    'server has gone away',
    'unknown mysql server host',
    'handshake inactivity timeout',
    'is not allowed to connect',
    'communications link failure',
  ],
  pattern:
    /\bCan't connect to (?:local )?MySQL server (?:on|through socket) '|\bPROTOCOL_(?:CONNECTION_LOST|SEQUENCE_TIMEOUT|ENQUEUE_AFTER_(?:FATAL_ERROR|QUIT|DESTROY)|PACKETS_OUT_OF_ORDER)\b|\bConnection lost: The server closed the connection|\bLost connection to MySQL server|\bMySQL server has gone away|\bUnknown MySQL server host '|\bHandshake inactivity timeout|\bHost '[^'\n]{1,200}' is not allowed to connect to this (?:MySQL|MariaDB) server|\bCommunications link failure/g,
  message: 'shows a MySQL connection error',
  examples: {
    leaky: [
      "Error: Can't connect to MySQL server on 'db.internal' (111)",
      '{"code":"PROTOCOL_CONNECTION_LOST","fatal":true}',
      'Error: Connection lost: The server closed the connection.',
      'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
    ],
    safe: [
      'Access denied. Please sign in again.',
      "We can't connect to our payment partner right now.",
      'Connection lost. Check your network and retry.',
    ],
  },
})
