import { defineRule } from '../define-rule.ts'

const pattern1 =
  /\bKnex(?:Timeout)?Error\b|\bKnex: Timeout acquiring a connection|\bUndefined binding\(s\) detected when compiling|\bDrizzle(?:Query)?Error\b/g
const pattern2 =
  /\bFailed query: [^\n]{1,200}|\b(?:UniqueViolation|NotNullViolation|ForeignKeyViolation|CheckViolation|ConstraintViolation)Error\b|\bDBError\b|\b(?:UniqueConstraintViolation|ForeignKeyConstraintViolation|NotNullConstraintViolation|CheckConstraintViolation|TableNotFound|InvalidFieldName|NonUniqueFieldName)Exception\b/g
// Spring's DataAccessException messages: `could not execute statement; SQL [n/a]; constraint [x]`,
// and Hibernate's own, also bare (`could not extract ResultSet`, `could not execute statement`).
const pattern3 =
  /\bcould not (?:execute statement|execute query|extract ResultSet|prepare statement)(?: \[[^\]\n]{0,300}\])?; SQL \[|\bcould not (?:extract ResultSet|execute statement)\b/g
// Rust's sqlx: a column it could not decode (`error occurred while decoding column "total":
// mismatched types; Rust type f64 …`), a row or a column that is not there.
const pattern4 =
  /\berror occurred while decoding column (?:"[^"\n]{1,100}"|\d{1,4}): |\bmismatched types; Rust type `|\bno rows returned by a query that expected to return at least one row\b|\bno column found for name: /g
// Slonik's words for PostgreSQL's SQLSTATEs (23505, 57014, …), and DuckDB's errors by their type.
const pattern5 =
  /\bQuery violates an? (?:unique|foreign key|not null|check) integrity constraint\.|\bStatement has been cancelled due to a statement_timeout\b|\bConstraint Error: (?:Duplicate key "|NOT NULL constraint failed: |Violates foreign key constraint |CHECK constraint failed)|\bIO Error: (?:Cannot open file "|Could not set lock on file "|Could not (?:read|write) from file ")/g
// CakePHP 2's MissingTableException, as its API answers it in debug mode.
const pattern6 = /\bTable \w{1,64} for model \w{1,64} was not found in datasource \w{1,64}/g
// Several small patterns rather than one large alternation: each is quick to prove linear.
const patterns = [pattern1, pattern2, pattern3, pattern4, pattern5, pattern6]

/**
 * Errors of other query builders and ORMs: Knex, Drizzle, Objection/db-errors, MikroORM and
 * Doctrine exception classes, Spring's data access messages (`could not execute statement; SQL
 * [n/a]; constraint [orders_pkey]`) and Rust's sqlx (`error occurred while decoding column
 * "total": mismatched types; …`, `no rows returned by a query that expected to return at least one
 * row`); Slonik's words for PostgreSQL's refusals (`Query violates a unique integrity
 * constraint.`) and DuckDB's constraint and file errors (`Constraint Error: Duplicate key "…"`);
 * CakePHP 2's missing table (`Table Monitors for model Monitor was not found in datasource default.`).
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
    'Knex (KnexTimeoutError, Undefined binding(s)), Drizzle (DrizzleQueryError, Failed query:), db-errors/Objection (UniqueViolationError, DBError), MikroORM/Doctrine (*ConstraintViolationException), Spring data access (could not execute statement; SQL [...]), sqlx (error occurred while decoding column, no rows returned by a query that expected ...), Slonik (Query violates a unique integrity constraint., Statement has been cancelled due to a statement_timeout.), DuckDB (Constraint Error: Duplicate key, IO Error: Cannot open file).',
  keywords: [
    'integrity constraint.',
    'due to a statement_timeout',
    'constraint error: ',
    'io error: ',
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
    'error occurred while decoding column',
    'mismatched types; rust type',
    'no rows returned by a query that expected',
    'no column found for name: ',
    'was not found in datasource ',
  ],
  pattern: patterns,
  message: 'shows a query builder or ORM error',
  examples: {
    leaky: [
      '{"error":"Query violates a unique integrity constraint."}',
      '{"code": 500, "name": "Table Monitors for model Monitor was not found in datasource default."}',
      '{"error":"Statement has been cancelled due to a statement_timeout."}',
      '{"error":"Constraint Error: Duplicate key \\"email: ada@example.com\\" violates unique constraint."}',
      '{"error":"IO Error: Cannot open file \\"/srv/app/data/shop.duckdb\\": No such file or directory"}',
      '{"message":"could not execute statement; SQL [n/a]; constraint [orders_pkey]; nested exception is org.hibernate.exception.ConstraintViolationException"}',
      '{"message":"500 Internal Server Error: \\"{\\"message\\":\\"could not extract ResultSet\\"}\\""}',
      '{"message":"could not execute statement"}',
      'KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      'Undefined binding(s) detected when compiling SELECT. Undefined column(s): [id] query: select * from "orders" where "id" = ?',
      'DrizzleQueryError: Failed query: select "id", "email" from "users" where "users"."id" = $1\nparams: 42',
      '{"name":"UniqueViolationError","table":"users","columns":["email"],"constraint":"users_email_unique"}',
      "UniqueConstraintViolationException: insert into `user` (`email`) values ('a@b.c')",
      '{"error":"error occurred while decoding column \\"total\\": mismatched types; Rust type `f64` (as SQL type `FLOAT8`) is not compatible with SQL type `NUMERIC`"}',
      '{"error":"no rows returned by a query that expected to return at least one row"}',
    ],
    safe: [
      'IO Error: the printer is offline. Constraint Error: pick one size.',
      'Knex is a query builder; read more on our engineering blog.',
      'The operation failed. Query ID: 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
      'Constraint violation? No: just a temporary outage.',
      'An error occurred while decoding your upload. Please check the file and try again.',
      'No rows were returned for your search. Try other filters.',
    ],
  },
})
