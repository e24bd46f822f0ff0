import { defineRule } from '../define-rule.ts'

// basic-ftp: a socket's timeout (`Timeout (control socket)`), an FTP server's reply as the message
// (vsftpd's and Pure-FTPd's words), or beside FTPError in a stack.
const ftp =
  /\bTimeout \((?:control|data) socket\)|(?<![^"'>\n])(?:530 (?:Login incorrect\.|Please login with USER and PASS\.|Login authentication failed)|550 (?:Failed to open file\.|Permission denied\.|Create directory operation failed\.|Delete operation failed\.|Rename failed\.)|553 Could not create file\.)|\bFTPError: [45]\d\d /g

// ssh2 and ssh2-sftp-client, its method before ssh2's or the server's words
// (`getConnection: All configured authentication methods failed`, `get: No such file /srv/…`);
// ssh2's sentence alone only as the whole message (Icinga Web 2's login form says it too, and
// goes on).
const sftp =
  /(?:\bgetConnection: |(?<![^"'>\n]))All configured authentication methods failed(?![^"'<\n\\])|\bTimed out while waiting for handshake\b|\bNo SFTP connection available\b|\b_?(?:put|get|fastPut|fastGet|append): (?:Write|Read) stream error: |\b(?:get|fastGet|_get|stat|list|delete|rename|exists|rmdir): No such file \//g

// imapflow: no greeting, and its error serialized with the server's line and the command it sent
// (`"response":"2 NO [AUTHENTICATIONFAILED] …","executedCommand":"2 AUTHENTICATE PLAIN"`).
const imap =
  /\bFailed to receive greeting from server in required time\b|"executedCommand"\s{0,3}:\s{0,3}"|"code"\s{0,3}:\s{0,3}"(?:GREETING_TIMEOUT|NoConnection)"/g

// LDAP clients timing out: ldapts (`BindRequest: Operation timed out`), ldapjs (`request timeout
// (client interrupt)`).
const ldap =
  /\b(?:Bind|Search|Add|Modify|Delete|ModifyDN|Compare|Extended)Request: Operation timed out\b|\brequest timeout \(client interrupt\)/g

/**
 * Errors of FTP, SFTP, IMAP and LDAP clients calling their servers: basic-ftp, ssh2-sftp-client,
 * imapflow, ldapts and ldapjs, as a handler answering `err.message` or the error serialized shows
 * them.
 *
 * @example
 * ```ts
 * '{"error":"getConnection: All configured authentication methods failed"}' // flagged
 * ```
 */
export const driverErrorProtocolClients = defineRule({
  id: 'driver-error-protocol-clients',
  category: 'driver-error',
  description:
    "Errors of FTP, SFTP, IMAP and LDAP clients: basic-ftp (Timeout (control socket), an FTP server's reply as the message: 530 Login incorrect., 550 Failed to open file.), ssh2-sftp-client (getConnection: All configured authentication methods failed, Timed out while waiting for handshake, get: No such file /…), imapflow (Failed to receive greeting from server, its serialized executedCommand), ldapts and ldapjs timeouts (BindRequest: Operation timed out, request timeout (client interrupt)).",
  keywords: [
    ' socket)',
    '530 login ',
    '530 please login',
    '550 failed to open',
    '550 permission denied',
    '550 create directory',
    '550 delete operation',
    '550 rename failed',
    '553 could not create',
    'ftperror: ',
    'all configured authentication methods failed',
    'timed out while waiting for handshake',
    'no sftp connection available',
    ' stream error: ',
    ': no such file /',
    'failed to receive greeting from server',
    '"executedcommand"',
    '"greeting_timeout"',
    '"noconnection"',
    'request: operation timed out',
    'request timeout (client interrupt)',
  ],
  pattern: [ftp, sftp, imap, ldap],
  message: "shows a file transfer, mail or directory client's error",
  examples: {
    leaky: [
      '{"error":"Timeout (control socket)"}',
      '{"error":"530 Login incorrect."}',
      '{"error":"550 Failed to open file.","stack":"FTPError: 550 Failed to open file.\\n    at FTPContext._onControlSocketData (/srv/app/node_modules/basic-ftp/dist/Client.js:1:1)"}',
      '{"error":"getConnection: All configured authentication methods failed"}',
      '{"error":"get: No such file /srv/exports/orders-2024-12.csv"}',
      '{"error":"_put: Write stream error: Permission denied /srv/exports/acknowledged-42.csv"}',
      '{"error":"Failed to receive greeting from server in required time. Maybe should use TLS?"}',
      '{"error":{"response":"2 NO [AUTHENTICATIONFAILED] Authentication failed.","responseStatus":"NO","executedCommand":"2 AUTHENTICATE PLAIN"}}',
      '{"error":{"code":"GREETING_TIMEOUT","details":{"greetingTimeout":1000}}}',
      '{"error":"BindRequest: Operation timed out"}',
      '{"error":"request timeout (client interrupt)"}',
    ],
    safe: [
      'Internal Server Error',
      '{"error":"Login incorrect. Please try again."}',
      '<p>Error 530: your login is incorrect.</p>',
      'Permission denied. Ask your administrator.',
      '<li>All configured authentication methods failed. Please check the system log or Icinga Web 2 log for more information.</li>',
      'We could not export the file; try again later.',
      '{"error":"The request timed out. Please retry."}',
    ],
  },
})
