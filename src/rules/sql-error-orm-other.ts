import { defineRule } from '../define-rule.ts'

const pattern1 =
  /\bKnex(?:Timeout)?Error\b|\bKnex: Timeout acquiring a connection|\bUndefined binding\(s\) detected when compiling|\bDrizzle(?:Query)?Error\b/g
const pattern2 =
  /\bFailed query: [^\n]{1,200}|\b(?:UniqueViolation|NotNullViolation|ForeignKeyViolation|CheckViolation|ConstraintViolation)Error\b|\bDBError\b|\b(?:UniqueConstraintViolation|ForeignKeyConstraintViolation|NotNullConstraintViolation|CheckConstraintViolation|TableNotFound|InvalidFieldName|NonUniqueFieldName)Exception\b/g
// Spring's DataAccessException messages: `could not execute statement; SQL [n/a]; constraint [x]`,
// and Hibernate's own, also bare (`could not extract ResultSet`, `could not execute statement`).
const pattern3 =
  /\bcould not (?:execute statement|execute query|extract ResultSet|prepare statement)(?: \[[^\]\n]{0,300}\])?; SQL \[|\bcould not (?:extract ResultSet|execute statement)\b/g
// Several small patterns rather than one large alternation: each is quick to prove linear.
const patterns = [pattern1, pattern2, pattern3]

/**
 * Errors of other query builders and ORMs: Knex, Drizzle, Objection/db-errors, MikroORM and
 * Doctrine exception classes, and Spring's data access messages (`could not execute statement; SQL
 * [n/a]; constraint [orders_pkey]`).
 *
 * @example
 * ```ts
 * 'KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full.' // flagged
 * ```
 */
export const sqlErrorOrmOther = defineRule({
  id: 'sql-error-orm-other',
  category: 'sql-error',
  description:
    'Knex (KnexTimeoutError, Undefined binding(s)), Drizzle (DrizzleQueryError, Failed query:), db-errors/Objection (UniqueViolationError, DBError), MikroORM/Doctrine (*ConstraintViolationException), Spring data access (could not execute statement; SQL [...]).',
  keywords: [
    'knex',
    'undefined binding',
    'drizzle',
    'failed query: ',
    'violationerror',
    'dberror',
    'violationexception',
    'tablenotfoundexception',
    'invalidfieldnameexception',
    'nonuniquefieldnameexception',
    '; sql [',
    'could not extract resultset',
    'could not execute statement',
  ],
  pattern: patterns,
  message: 'shows a query builder or ORM error',
  examples: {
    leaky: [
      '{"message":"could not execute statement; SQL [n/a]; constraint [orders_pkey]; nested exception is org.hibernate.exception.ConstraintViolationException"}',
      '{"message":"500 Internal Server Error: \\"{\\"message\\":\\"could not extract ResultSet\\"}\\""}',
      '{"message":"could not execute statement"}',
      'KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      'Undefined binding(s) detected when compiling SELECT. Undefined column(s): [id] query: select * from "orders" where "id" = ?',
      'DrizzleQueryError: Failed query: select "id", "email" from "users" where "users"."id" = $1\nparams: 42',
      '{"name":"UniqueViolationError","table":"users","columns":["email"],"constraint":"users_email_unique"}',
      "UniqueConstraintViolationException: insert into `user` (`email`) values ('a@b.c')",
    ],
    safe: [
      'Knex is a query builder; read more on our engineering blog.',
      'The operation failed. Query ID: 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
      'Constraint violation? No: just a temporary outage.',
    ],
  },
})
