import { defineRule } from '../define-rule.ts'

/**
 * SQLite errors as node:sqlite, better-sqlite3 and sqlite3 print them.
 *
 * @example
 * ```ts
 * 'UNIQUE constraint failed: users.email' // flagged
 * ```
 */
export const sqlErrorSqlite = defineRule({
  id: 'sql-error-sqlite',
  category: 'sql-error',
  description:
    'SQLite error text: SQLITE_* codes, no such table/column, constraint failed, near "x": syntax error, unable to open database file, better-sqlite3\'s Cannot open database because the directory does not exist, libsql\'s Unable to open connection to local database … : 14, SqliteError.',
  keywords: [
    'sqlite',
    'no such ',
    'constraint failed',
    'syntax error',
    'has no column named',
    'readonly database',
    'malformed',
    'sql logic error',
    'unable to open database file',
    'unable to open connection to local database ',
    'cannot open database because',
  ],
  pattern:
    /\b(?:ERR_)?SQLITE_[A-Z_]{2,40}\b|\bno such (?:table|column|function|index|collation sequence): |\b(?:UNIQUE|NOT NULL|CHECK|FOREIGN KEY|PRIMARY KEY) constraint failed\b|\bnear "[^"\n]{1,100}": syntax error|\bS(?:QL|ql)ite(?:Error|Exception)\b|\btable [\w"`]{1,100} has no column named |\battempt to write a readonly database|\bdatabase disk image is malformed|\bSQL logic error\b|\bunable to open database file\b|\bCannot open database because the directory does not exist\b|\bUnable to open connection to local database [^\n"]{1,300}: \d{1,3}\b/g,
  message: 'shows a SQLite error',
  examples: {
    leaky: [
      '{"message":"no such table: orders","code":"ERR_SQLITE_ERROR","errcode":1,"errstr":"SQL logic error"}',
      'Error: UNIQUE constraint failed: users.email',
      'SqliteError: NOT NULL constraint failed: users.email',
      'near "selec": syntax error',
      "[Error: SQLITE_BUSY: database is locked] { errno: 5, code: 'SQLITE_BUSY' }",
      '{"error":"unable to open database file"}',
      '{"error":"ConnectionFailed(\\"Unable to open connection to local database /srv/app/data/shop.db: 14\\")"}',
      '{"error":"Cannot open database because the directory does not exist"}',
    ],
    safe: [
      'Sorry, no such page.',
      'There was a syntax error in your search query; try simpler words.',
      'SQLite is great for embedded use (see our blog).',
    ],
  },
})
