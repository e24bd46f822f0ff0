import { defineRule } from '../define-rule.ts'

/**
 * Oracle error codes (`ORA-00942:`, `PLS-00201:`, `TNS-12541:`) and node-oracledb's `NJS-`/`DPI-`.
 *
 * @example
 * ```ts
 * 'ORA-00942: table or view does not exist' // flagged
 * ```
 */
export const sqlErrorOracle = defineRule({
  id: 'sql-error-oracle',
  category: 'sql-error',
  description:
    'Oracle error codes with their colon or quote (ORA-, PLS-, TNS-, SP2-, NJS-, DPI-), TNS: listener messages.',
  keywords: ['ora-', 'pls-', 'tns-', 'tns:', 'sp2-', 'njs-', 'dpi-'],
  pattern:
    /\b(?:ORA|PLS|TNS)-\d{5}(?=[:"'])|\bSP2-\d{4}:|\b(?:NJS|DPI)-\d{3,4}(?=[:"'])|\bTNS:[a-z]{2,20} /g,
  message: 'shows an Oracle error code',
  examples: {
    leaky: [
      'ORA-00942: table or view does not exist',
      '{"errorNum":1017,"code":"ORA-01017"}',
      'NJS-503: connection to host db.internal port 1521 could not be established',
      '{"code":"NJS-503","isRecoverable":false}',
      'ORA-12514: TNS:listener does not currently know of service requested in connect descriptor',
    ],
    safe: [
      'See ticket ORA-1234 for the known issue.',
      'FLORA-00942: our flower shop is closed today',
      'Reference: ORA-2024-0042 (quote it when you contact support).',
    ],
  },
})
