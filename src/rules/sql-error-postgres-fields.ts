import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

const codePattern = /"code"\s{0,3}:\s{0,3}"([0-9A-Z]{5})"/g
const fieldPattern =
  /"(routine|file|line|severity|schema|table|column|constraint|position|dataType|where)"\s{0,3}:\s{0,3}"([^"\\\n]{0,120})"/g

/** SQLSTATE classes PostgreSQL uses (the first two characters of a code). */
const classes = new Set(
  '00 01 02 03 08 09 0A 0B 0F 0L 0P 0Z 20 21 22 23 24 25 26 27 28 2B 2D 2F 34 38 39 3B 3D 3F 40 42 44 53 54 55 57 58 72 F0 HV P0 XX'.split(
    ' ',
  ),
)

/**
 * The SQLSTATEs PostgreSQL answers most (its errcodes appendix), by condition name: alone in a
 * `"code"` member (`{"code":"28P01","message":"Internal Server Error"}`, a driver's `err.code`
 * passed on) they say which database failed and how, a unique violation telling that a value
 * exists. Codes an app could choose for itself are left out (`40001`, `XX000`).
 */
const conditions = new Map(
  Object.entries({
    '08001': 'sqlclient_unable_to_establish_sqlconnection',
    '08006': 'connection_failure',
    '08P01': 'protocol_violation',
    '0A000': 'feature_not_supported',
    '22001': 'string_data_right_truncation',
    '22003': 'numeric_value_out_of_range',
    '22007': 'invalid_datetime_format',
    '22008': 'datetime_field_overflow',
    '22012': 'division_by_zero',
    '22023': 'invalid_parameter_value',
    '22P02': 'invalid_text_representation',
    '23502': 'not_null_violation',
    '23503': 'foreign_key_violation',
    '23505': 'unique_violation',
    '23514': 'check_violation',
    '23P01': 'exclusion_violation',
    '25P02': 'in_failed_sql_transaction',
    '28000': 'invalid_authorization_specification',
    '28P01': 'invalid_password',
    '3D000': 'invalid_catalog_name',
    '3F000': 'invalid_schema_name',
    '40P01': 'deadlock_detected',
    '42501': 'insufficient_privilege',
    '42601': 'syntax_error',
    '42703': 'undefined_column',
    '42704': 'undefined_object',
    '42710': 'duplicate_object',
    '42804': 'datatype_mismatch',
    '42883': 'undefined_function',
    '42P01': 'undefined_table',
    '42P07': 'duplicate_table',
    '53100': 'disk_full',
    '53200': 'out_of_memory',
    '53300': 'too_many_connections',
    '55P03': 'lock_not_available',
    '57014': 'query_canceled',
    '57P01': 'admin_shutdown',
    '57P03': 'cannot_connect_now',
    P0001: 'raise_exception',
  }),
)

/**
 * PostgREST's error object (supabase-js' PostgrestError), its members in PostgREST's order: a
 * `code` (a SQLSTATE, a function's `P0001`, or PostgREST's own `PGRST204`), then `details` and
 * `hint`; as JSON or as util.inspect prints it.
 */
const postgrestPattern =
  /"code"\s{0,3}:\s{0,3}"([0-9A-Z]{5}|PGRST\d{3})"\s{0,3},\s{0,3}"details"\s{0,3}:\s{0,3}(?:null|"[^"\\\n]{0,400}")\s{0,3},\s{0,3}"hint"\s{0,3}:|\bcode: '([0-9A-Z]{5}|PGRST\d{3})',\s{1,40}details: (?:null|'[^'\\\n]{0,400}'),\s{1,40}hint: /g

// The field pattern runs near the names of its fields; a finding needs a SQLSTATE `"code"` too.
const keywords = [
  '"code"',
  "code: '",
  '"routine"',
  '"file"',
  '"line"',
  '"severity"',
  '"schema"',
  '"table"',
  '"column"',
  '"constraint"',
  '"position"',
  '"datatype"',
  '"where"',
]

/**
 * A PostgreSQL error object serialised as JSON (node-postgres `DatabaseError`, postgres.js):
 * a SQLSTATE `code` next to fields only the server sends (`routine`, `file`, `severity`, ...),
 * or a well-known SQLSTATE alone (`{"code":"23505","message":"Internal Server Error"}`); and
 * PostgREST's, which Supabase's client passes on (`{"code":"P0001","details":…,"hint":…}`).
 *
 * @example
 * ```ts
 * '{"severity":"ERROR","code":"42P01","file":"parse_relation.c","routine":"parserOpenTable"}' // flagged
 * ```
 */
export const sqlErrorPostgresFields = defineRule({
  id: 'sql-error-postgres-fields',
  category: 'sql-error',
  description:
    "A serialised PostgreSQL error: a SQLSTATE code with server-only fields such as routine, file, severity, schema, table, constraint; a well-known SQLSTATE alone in a code member (23505 unique_violation, 28P01 invalid_password, 42P01 undefined_table, ...); PostgREST's (Supabase's) error object, a SQLSTATE or PGRST code followed by details and hint.",
  keywords,
  patterns: [codePattern, fieldPattern, postgrestPattern],
  *detect(subject) {
    for (const view of subject.views) {
      if (view.header !== undefined) continue
      yield* scan(subject, view)
      for (const m of keywordMatches(subject, view, postgrestPattern, keywords)) {
        const code = m[1] ?? m[2] ?? ''
        if (!code.startsWith('PGRST') && !classes.has(code.slice(0, 2))) continue
        yield {
          message: `shows a PostgREST error object (code ${code})`,
          view,
          span: [m.index, m.index + m[0].length],
        }
      }
    }
  },
  examples: {
    leaky: [
      '{"length":105,"name":"error","severity":"ERROR","code":"42P01","position":"15","file":"parse_relation.c","line":"1392","routine":"parserOpenTable"}',
      '{"error":{"length":197,"name":"error","severity":"ERROR","code":"23505","detail":"Key (email)=(a@b.c) already exists.","schema":"public","table":"users","constraint":"users_email_key","file":"nbtinsert.c","line":"664","routine":"_bt_check_unique"}}',
      '{"message":"Internal Server Error","cause":{"severity":"ERROR","code":"22012","file":"int.c","line":"869","routine":"int4div"}}',
      '{"error":{"code":"P0001","details":null,"hint":null,"message":"insufficient balance: account 9f3a has 12.50"}}',
      '{"code":"23505","message":"Internal Server Error"}',
      '{"code":"28P01","message":"Internal Server Error"}',
      "PostgrestError {\n  code: 'PGRST204',\n  details: null,\n  hint: null,\n  message: \"Could not find the 'emial' column\"\n}",
    ],
    safe: [
      '{"error":"Internal Server Error","code":"50001","severity":"ERROR"}',
      // An app's own codes: not a SQLSTATE PostgreSQL answers with, or not one alone.
      '{"code":"40001","message":"Something went wrong"}',
      '{"code":"12345","message":"Something went wrong","hint":"Try again"}',
      '{"routine":"morning","file":"notes.txt","code":"AB123"}',
      '{"code":"ORDER","details":"Your order could not be placed.","hint":"Try again later."}',
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  const seen = new Set<string>()
  let routine: [number, number] | undefined
  for (const m of keywordMatches(subject, view, fieldPattern, keywords)) {
    const [, name = '', value = ''] = m
    if (name === 'file' && !['.c', '.l', '.y'].some((ext) => value.endsWith(ext))) continue
    if (name === 'severity' && !['ERROR', 'FATAL', 'PANIC'].includes(value)) continue
    if (name === 'line' && !isDigits(value)) continue
    seen.add(
      ['schema', 'table', 'column', 'constraint', 'position', 'dataType', 'where'].includes(name)
        ? 'detail'
        : name,
    )
    if (name === 'routine') routine ??= [m.index, m.index + m[0].length]
  }
  // With two of the server's fields, any code of a PostgreSQL class; alone, a well-known one.
  const fields = seen.size >= 2
  let found = false
  for (const m of keywordMatches(subject, view, codePattern, keywords)) {
    const code = m[1] ?? ''
    const condition = conditions.get(code)
    if (fields ? !classes.has(code.slice(0, 2)) : condition === undefined) continue
    found = true
    yield {
      message: fields
        ? `shows a PostgreSQL error object (SQLSTATE ${code})`
        : `shows PostgreSQL's SQLSTATE ${code} (${condition})`,
      view,
      span: [m.index, m.index + m[0].length],
    }
  }
  if (fields && !found && routine && seen.has('file'))
    yield { message: 'shows a PostgreSQL error object', view, span: routine }
}

function isDigits(value: string): boolean {
  if (value.length === 0 || value.length > 6) return false
  for (const c of value) if (c < '0' || c > '9') return false
  return true
}
