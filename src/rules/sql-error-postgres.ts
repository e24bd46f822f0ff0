import { defineRule } from '../define-rule.ts'

const pattern1 =
  /\brelation "[^"\n]{1,128}" does not exist|\bcolumn "[^"\n]{1,128}" (?:of relation "[^"\n]{1,128}" )?does not exist|(?:\bERROR:? {1,2}|\(undefined_column\) |(?<="))column [a-z_][\w$]{0,62}\.[a-z_][\w$]{0,62} does not exist|\bcolumn [a-z]{1,3}\d{1,3}(?:_\d{1,3})?\.[a-z_][\w$]{0,62} does not exist|\bsyntax error at (?:or near "[^"\n]{0,128}"|end of input)|\bduplicate key value violates unique constraint|\bviolates (?:foreign key|not-null|check|exclusion) constraint|\bnull value in column "|\binvalid input (?:syntax for (?:type )?[a-z ]{1,40}: |value for enum [\w.]{1,64}: )/g
const pattern2 =
  /\boperator does not exist: |\bfunction [\w.]{1,128}\([^()\n]{0,200}\) does not exist|\bcurrent transaction is aborted, commands ignored|\bpermission denied for (?:table|relation|schema|sequence|database|function) |\bcould not serialize access due to |\bdeadlock detected\b/g
const pattern3 =
  /\bcanceling statement due to (?:statement timeout|lock timeout|user request|conflict with recovery)|\bvalue too long for type character(?: varying)?\(|\bKey \([^()\n]{1,200}\)=\([^()\n]{0,200}\) (?:already exists|is not present in table)|\bthere is no unique or exclusion constraint matching the ON CONFLICT|\b(?:DETAIL|HINT): {2}[A-Za-z(]|\bPostgresError\b|\bpassword authentication failed for user \\{0,7}"|\b(?:database|role) "[^"\n]{1,128}" does not exist/g
// asyncpg refusing a query argument before it reaches the server.
const pattern4 = /\binvalid input for query argument \$\d{1,5}: /g
// Server messages about a statement's values, types and parameters.
const pattern5 =
  /\bis out of range for type (?:integer|bigint|smallint|numeric|real|double precision)\b|\bmust appear in the GROUP BY clause or be used in an aggregate function|\bis of type (?:[a-z_][a-z0-9_ ]{0,62}|"char")(?:\[\])? but expression is of type |\b(?:smallint|integer|bigint) out of range\b|\bcolumn reference "[^"\n]{1,128}" is ambiguous|\bbind message supplies \d{1,5} parameters?, but prepared statement "|\bcannot insert multiple commands into a prepared statement|\bcould not determine data type of parameter \$\d|\bmissing FROM-clause entry for table "|\bmore than one row returned by a subquery used as an expression|\bunterminated quoted string at or near "|\bthere is no parameter \$\d|\bnumeric field overflow\b/g
// PostgREST (Supabase) naming what its schema cache lacks: a column of a table, a table, a function.
const pattern6 =
  /\bCould not find the (?:'[^'\n]{1,100}' column of '[^'\n]{1,100}'|table '[^'\n]{1,200}'|function [\w.]{1,200}(?:\([^()\n]{0,300}\))?) in the schema cache\b/g
// graphile-worker's add_job function raising on a job's options, inside the database.
const pattern7 = /\bInvalid job_key_mode value, expected '/g
// Several small patterns rather than one large alternation: each is quick to prove linear.
const patterns = [pattern1, pattern2, pattern3, pattern4, pattern5, pattern6, pattern7]

/**
 * PostgreSQL server messages, worded as the server sends them (node-postgres, postgres.js, psql),
 * asyncpg's refusal of a query argument, and what graphile-worker's SQL functions raise.
 *
 * @example
 * ```ts
 * 'error: relation "orders" does not exist' // flagged
 * ```
 */
export const sqlErrorPostgres = defineRule({
  id: 'sql-error-postgres',
  category: 'sql-error',
  description:
    "PostgreSQL error text: relation/column does not exist, syntax error at or near, constraint violations, authentication failures, values out of range for a type, GROUP BY, type mismatch, ambiguous column and bind-parameter errors, psql DETAIL:/HINT: lines, asyncpg's invalid input for query argument $1, PostgREST's Could not find the 'x' column of 'y' in the schema cache, graphile-worker's add_job raising Invalid job_key_mode value.",
  keywords: [
    'does not exist',
    'syntax error at',
    'duplicate key value',
    'violates',
    'null value in column',
    'invalid input',
    'operator does not exist',
    'current transaction is aborted',
    'permission denied for',
    'could not serialize',
    'deadlock detected',
    'canceling statement',
    'value too long for type',
    'key (',
    'on conflict',
    'detail:  ',
    'hint:  ',
    'postgreserror',
    'password authentication failed',
    'out of range for type',
    'group by clause',
    'but expression is of type',
    'column reference',
    'bind message supplies',
    'cannot insert multiple commands',
    'could not determine data type',
    'missing from-clause',
    'returned by a subquery',
    'unterminated quoted string',
    'there is no parameter',
    'numeric field overflow',
    'integer out of range',
    'bigint out of range',
    'in the schema cache',
    'smallint out of range',
    'invalid job_key_mode value',
  ],
  pattern: patterns,
  message: 'shows a PostgreSQL error',
  examples: {
    leaky: [
      '{"code":"42703","details":null,"hint":null,"message":"column orders.deleted_at does not exist"}',
      'ERROR: column orders.deleted_at does not exist',
      '{"error":"Could not find the \'emial\' column of \'users\' in the schema cache"}',
      "{\"error\":\"Invalid job_key_mode value, expected 'replace', 'preserve_run_at' or 'unsafe_dedupe'.\"}",
      '{"message":"Could not find the table \'public.ledger_entries\' in the schema cache"}',
      '{"error":"relation \\"orders\\" does not exist"}',
      'error: duplicate key value violates unique constraint "users_email_key"',
      '{"message":"null value in column \\"email\\" of relation \\"users\\" violates not-null constraint","detail":"Failing row contains (3, null, null)."}',
      'ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(a@b.c) already exists.',
      'error: syntax error at or near "selec"',
      'invalid input syntax for type integer: "abc"',
      'PostgresError: canceling statement due to statement timeout',
      '{"error":"password authentication failed for user \\"orders\\""}',
      // Escaped twice: an upstream's JSON body inside the app's JSON message.
      '{"error":"inventory answered 500: {\\"error\\":\\"pq: password authentication failed for user \\\\\\"inventory\\\\\\"\\"}"}',
      'error: role "nobody" does not exist',
      '** (Postgrex.Error) ERROR 42703 (undefined_column) column o0.discount_code does not exist',
      '{"error":"invalid input for query argument $1: \'abc\' (\'str\' object cannot be interpreted as an integer)"}',
      '{"error":"insert or update on table \\"orders\\" violates foreign key constraint \\"orders_user_id_fkey\\""}',
      'value "99999999999" is out of range for type integer',
      'error: column "users.id" must appear in the GROUP BY clause or be used in an aggregate function',
      'column "qty" is of type integer but expression is of type text',
      'column reference "id" is ambiguous',
      'bind message supplies 1 parameters, but prepared statement "" requires 2',
      '{"error":"cannot insert multiple commands into a prepared statement"}',
      'could not determine data type of parameter $1',
      'missing FROM-clause entry for table "o"',
      'more than one row returned by a subquery used as an expression',
      'unterminated quoted string at or near "\'abc"',
      'there is no parameter $2',
      'numeric field overflow',
      'column "status" is of type order_status but expression is of type text',
      '{"error":"integer out of range"}',
    ],
    safe: [
      '{"message":"The column reports.total does not exist in this view yet."}',
      'The mapping refers to column customer.email does not exist in the uploaded sheet.',
      'The page "orders" does not exist.',
      'We could not process your order: a syntax error in the address. Please check and retry.',
      'ERROR: Something went wrong. Request ID: 3f1c0d6e',
      '{"error":"Internal Server Error","detail":"Permission denied. Contact support@shop.example."}',
      'Sorry, this promo code violates our terms of use.',
      'The quantity is out of range: order between 1 and 99.',
      'Your column reference in the report is not valid. Pick a column from the list.',
      'Numbers in this field must be whole: the value is of type text.',
    ],
  },
})
