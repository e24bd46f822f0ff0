import { defineRule } from '../define-rule.ts'

const pattern1 =
  /\b(?:SQLSTATE|SQLState)(?:\[|: ?|=| )[0-9A-Z]{5}\b|\bSQLCODE ?[:=] ?-?\d{1,6}|\borg\.postgresql\.util\.PSQLException\b|\bjava\.sql\.SQL\w{0,40}|\bcom\.mysql\.(?:cj\.)?jdbc\.|\boracle\.jdbc\.|\bcom\.microsoft\.sqlserver\.jdbc\.|\borg\.hibernate\.exception\.|\borg\.springframework\.(?:jdbc|dao)\./g
const pattern2 =
  /\bPDOException\b|\bpsycopg2?\.(?:errors\.)?[A-Z]\w{1,60}|\bsqlalchemy\.exc\.\w{1,60}|\bsqlalche\.me\/e\/|\basyncpg\.exceptions\.|\bpymysql\.err\.|\bMySQLdb\.|\bdjango\.db\.utils\.\w{1,40}|\bActiveRecord::(?:StatementInvalid|RecordNotUnique|NotNullViolation|InvalidForeignKey|ConnectionNotEstablished|Deadlocked)\b|\bDBI connect\('[^'\n]{0,300}','[^'\n]{0,100}',\.\.\.\) failed\b|\bDBD::(?:Pg|mysql|MariaDB|SQLite|Oracle|ODBC)::(?:db|st|dr) \w{1,40} failed: |\bOperationalError: (?:connection to server at "|could not connect to server: |FATAL: )/g
const pattern3 =
  /\bPG::[A-Z]\w{1,60}|\bMysql2::Error\b|\bpgconn\.(?:PgError|connectError)\b|\bpq\.Error\b|\bSQLite3::\w{1,40}|\bSqlException\b|\bNpgsql\.(?:PostgresException|NpgsqlException)\b|\bPostgresException\b|\bMicrosoft\.EntityFrameworkCore\.DbUpdateException\b|\bDoctrine\\DBAL\\|\bIlluminate\\Database\\QueryException\b/g
// Several small patterns rather than one large alternation: each is quick to prove linear.
const patterns = [pattern1, pattern2, pattern3]

/**
 * Database errors from other runtimes (JDBC, Hibernate, Spring, PDO, Laravel, Doctrine,
 * psycopg, SQLAlchemy, Django, ActiveRecord, ADO.NET, Npgsql, EF Core, Go's pgx and lib/pq) and
 * SQLSTATE/SQLCODE markers.
 *
 * @example
 * ```ts
 * 'SQLSTATE[42S02]: Base table or view not found' // flagged
 * ```
 */
export const sqlErrorOtherRuntimes = defineRule({
  id: 'sql-error-other-runtimes',
  category: 'sql-error',
  description:
    'Database errors of JVM, PHP, Python, Ruby and .NET stacks (PSQLException, PDOException, psycopg2.errors, a DB-API OperationalError with the words of libpq, sqlalchemy.exc, PG::, SqlException, Perl DBI/DBD, pgconn.PgError, pq.Error) and SQLSTATE/SQLCODE markers.',
  keywords: [
    'operationalerror: ',
    'pgconn.',
    'pq.error',
    'dbi connect(',
    'dbd::',
    'sqlstate',
    'sqlcode',
    'psqlexception',
    'java.sql.',
    'jdbc',
    'hibernate',
    'org.springframework',
    'pdoexception',
    'psycopg',
    'sqlalchemy',
    'sqlalche.me',
    'asyncpg',
    'pymysql',
    'mysqldb',
    'django.db',
    'activerecord::',
    'pg::',
    'mysql2::',
    'sqlite3::',
    'sqlexception',
    'npgsql',
    'postgresexception',
    'entityframeworkcore',
    'doctrine',
    'illuminate',
  ],
  pattern: patterns,
  message: 'shows a database error',
  examples: {
    leaky: [
      '<b>OperationalError: connection to server at &quot;10.0.3.4&quot;, port 5432 failed: Connection refused</b>',
      '&pgconn.connectError{config:(*pgconn.Config)(0xc0001492c0), msg:"failed SASL auth", err:(*pgconn.PgError)(0xc00019ee10)}',
      "DBI connect('dbname=shop;host=127.0.0.1;port=5432','orders',...) failed: connection to server failed",
      'DBD::Pg::db selectall_arrayref failed: ERROR:  relation "orders" does not exist',
      "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.orders' doesn't exist",
      'org.postgresql.util.PSQLException: ERROR: relation "orders" does not exist',
      'psycopg2.errors.UndefinedTable: relation "orders" does not exist',
      '(sqlalchemy.exc.IntegrityError) (Background on this error at: https://sqlalche.me/e/20/gkpj)',
      'PG::UniqueViolation: ERROR:  duplicate key value',
      'System.Data.SqlClient.SqlException (0x80131904): Invalid object name',
      'DB2 SQL Error: SQLCODE=-204, SQLSTATE=42704',
    ],
    safe: [
      'State: degraded. See https://status.example.com for details.',
      'Our SQL team is looking into it.',
      '{"error":"Internal Server Error","state":"FAILED"}',
    ],
  },
})
