import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

// After a column name, the `(?![\w$.])` that the space or comma implies anyway stops the engine
// from giving the name back one character at a time when neither follows: on text dense with
// `SELECT SELECT ...` that took two thirds of the time.
const select =
  /\bselect\s{1,5}(?:distinct\s{1,5}|top\s{1,3}\d{1,6}\s{1,5})?(?:\*|count\s{0,2}\(|[`"[][\w$ .]{1,64}[`"\]]|[\w$.]{1,64}(?![\w$.])(?:\s{0,3},|\s{1,3}as\s))[^;<>\n]{0,300}?\bfrom\s{1,5}(?:[`"[][\w$.]|[\w$.]{1,64}(?=\s{0,3}(?:$|;|\)|\s(?:where|join|inner|left|right|cross|order|group|limit|offset|as|having|union)\b)))/gim
const selectWhere =
  /\bselect\s{1,5}[\w$.]{1,64}\s{1,5}from\s{1,5}[\w$.]{1,64}\s{1,5}where\s{1,5}[\w$."`[\]]{1,130}\s{0,3}(?:=|<>|!=|<=|>=|<|>|in\b|is\b|like\b)/gi
const insert =
  /\binsert\s{1,5}(?:ignore\s{1,5})?into\s{1,5}[\w$."`[\]]{1,130}\s{0,3}(?:\(|values\b|select\b|default\s{1,3}values\b)/gi
const update = /\bupdate\s{1,5}[\w$."`[\]]{1,130}\s{1,5}set\s{1,5}[\w$."`[\]]{1,130}\s{0,3}=/gi
const remove = /\bdelete\s{1,5}from\s{1,5}(?:[`"[][\w$ .]{1,64}[`"\]]|[\w$.]{1,64}\s{1,5}where\b)/gi
const placeholder =
  /\bwhere\s{1,5}[\w$."`[\]]{1,130}\s{0,3}(?:=|<>|!=|<=|>=|<|>|\bin\s{0,3}\(|\blike\b)\s{0,3}(?:\$\d{1,3}|\?|:[A-Za-z_]\w{0,40}|@[A-Za-z_]\w{0,40})/gi

/** Each pattern with the keyword all its matches hold, so it runs only where that one stands. */
const kinds: readonly (readonly [RegExp, readonly string[]])[] = [
  [select, ['select']],
  [selectWhere, ['select']],
  [insert, ['insert']],
  [update, ['update']],
  [remove, ['delete']],
  [placeholder, ['where']],
]
const patterns = kinds.map(([pattern]) => pattern)
const keywords = [...new Set(kinds.flatMap(([, words]) => words))]

/**
 * A SQL statement echoed in the body (Sequelize's `sql`, Knex and Drizzle messages, MySQL's
 * `near '...'`): only text with SQL structure, so "select an item from the list" passes.
 *
 * @example
 * ```ts
 * 'select * from "orders" where "id" = $1 - relation "orders" does not exist' // flagged
 * ```
 */
export const sqlErrorStatement = defineRule({
  id: 'sql-error-statement',
  category: 'sql-error',
  description:
    'SQL statements with SQL structure: SELECT cols FROM table, INSERT INTO t (..)/VALUES, UPDATE t SET c =, DELETE FROM t WHERE, WHERE c = $1/?/:name.',
  keywords,
  patterns,
  *detect(subject) {
    for (const view of subject.views) {
      const spans = kinds
        .flatMap(([pattern, words]) => [...keywordMatches(subject, view, pattern, words)])
        .map((m) => [m.index, m.index + m[0].length] as [number, number])
        .sort((a, b) => a[0] - b[0])
      // Parts of one statement (its SELECT and its WHERE) make one finding.
      let current: [number, number] | undefined
      for (const span of spans) {
        if (
          current &&
          span[0] <= current[1] + 120 &&
          !view.text.slice(current[1], span[0]).includes('\n')
        ) {
          current[1] = Math.max(current[1], span[1])
          continue
        }
        if (current) yield { message: 'shows a SQL statement', view, span: current }
        current = span
      }
      if (current) yield { message: 'shows a SQL statement', view, span: current }
    }
  },
  examples: {
    leaky: [
      'select * from "orders" where "id" = $1 - relation "orders" does not exist',
      '{"name":"SequelizeDatabaseError","sql":"SELECT `id`, `email` FROM `users` AS `User` WHERE `User`.`id` = 42;"}',
      'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
      'UPDATE "accounts" SET "balance" = "balance" - 100 WHERE "id" = 7',
      'DELETE FROM sessions WHERE user_id = 42',
      'SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE "User"."id" IN ($1)',
      'select count(*) from orders where status = ?',
    ],
    safe: [
      'Please select an item from the list and try again.',
      'Select * options from the menu to see everything.',
      'Update your settings, then delete from your cart any item you no longer need.',
      'Insert into the slot the card you received, where indicated.',
      '<select name="country"><option>France</option></select> from the form above',
    ],
  },
})
