import { defineRule } from '../define-rule.ts'

/**
 * Microsoft SQL Server errors (tedious, ODBC, OLE DB, sqlcmd's `Msg 208, Level 16`), and Azure
 * SQL's firewall refusal (error 40615: `Cannot open server 'acme-prod-sql' requested by the login.
 * Client with IP address '52.174.10.20' is not allowed to access the server.`).
 *
 * @example
 * ```ts
 * "Invalid object name 'dbo.Orders'." // flagged
 * ```
 */
export const sqlErrorMssql = defineRule({
  id: 'sql-error-mssql',
  category: 'sql-error',
  description:
    "SQL Server error text: Incorrect syntax near, Unclosed quotation mark, Msg N, Level N, Invalid object name, ODBC/OLE DB driver tags, Azure SQL's firewall refusal (Client with IP address 'x' is not allowed to access the server).",
  keywords: [
    'incorrect syntax near',
    'unclosed quotation mark',
    'msg ',
    'invalid object name',
    'invalid column name',
    'violation of ',
    'cannot insert ',
    'statement conflicted',
    'conversion failed',
    'would be truncated',
    '[microsoft]',
    'ole db provider',
    'login failed for user',
    'deadlocked on lock',
    "cannot open server '",
    "client with ip address '",
  ],
  pattern:
    /\bIncorrect syntax near\b|\bUnclosed quotation mark after the character string|\bMsg \d{1,6}, Level \d{1,2}, State \d{1,3}|\bInvalid (?:object|column) name '|\bViolation of (?:PRIMARY|UNIQUE) KEY constraint '|\bCannot insert (?:duplicate key row in object|the value NULL into column) '|\bThe (?:INSERT|UPDATE|DELETE|MERGE) statement conflicted with the (?:FOREIGN KEY|REFERENCE|CHECK) constraint|\bConversion failed when converting\b|\bString or binary data would be truncated|\[Microsoft\]\[[^\]\n]{1,60}\]|\bMicrosoft OLE DB Provider for (?:SQL Server|ODBC Drivers)|\bLogin failed for user '|\bwas deadlocked on lock resources|\bCannot open server '[^'\n]{1,128}' requested by the login\b|\bClient with IP address '[\dA-Fa-f.:]{2,45}' is not allowed to access the server\b/g,
  message: 'shows a SQL Server error',
  examples: {
    leaky: [
      '{"error":"Incorrect syntax near the keyword \'FROM\'."}',
      "Unclosed quotation mark after the character string 'O'.",
      "Msg 208, Level 16, State 1, Line 1\nInvalid object name 'dbo.Orders'.",
      "[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user 'app'.",
      "Violation of PRIMARY KEY constraint 'PK_Users'. Cannot insert duplicate key in object 'dbo.Users'.",
      '{"error":"Cannot open server \'acme-prod-sql\' requested by the login. Client with IP address \'52.174.10.20\' is not allowed to access the server. To enable access, use the Windows Azure Management Portal or run sp_set_firewall_rule on the master database to create a firewall rule for this IP address or address range."}',
    ],
    safe: [
      'Incorrect password or email.',
      'Msg: Something went wrong, please try again',
      'Conversion of your cart failed. Please retry.',
      'Powered by Microsoft Azure',
      'Your IP address is not allowed to access the server. Contact your administrator.',
      'Cannot open server settings: you need the admin role.',
    ],
  },
})
