import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

const pattern =
  /\bMongo[A-Z][A-Za-z]{1,40}\b|\bMongo(?:ose)?Error\b|\bE11000 duplicate key error\b|\bCast to [A-Za-z]{2,30} failed for value\b|\bNo matching document found for id\b|\bNo document found for query\b|\bnot authorized on [\w.-]{1,64} to execute command \{|\b(?:PlanExecutor|Executor) error during (?:aggregation|find command|findAndModify|getMore command|distinct command|count command)\b|\bSort exceeded memory limit of \d{1,12} bytes\b/g
/** A server reply: `codeName` counts only next to `errmsg`. */
const codeNamePattern = /"codeName"\s{0,3}:\s{0,3}"[A-Za-z]{2,60}"/g

/** Connection failures: driver-error-mongodb reports these. */
const connectionErrors = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoTopologyClosedError',
  'MongoPoolClosedError',
  'MongoWaitQueueTimeoutError',
  'MongoServerClosedError',
])

const keywords = [
  'mongo',
  'e11000',
  'cast to ',
  'no matching document',
  'no document found',
  '"errmsg"',
  'not authorized on ',
  'executor error during',
  'sort exceeded memory limit',
]

/**
 * MongoDB and Mongoose errors: driver class names, E11000 duplicate key, server replies with
 * `errmsg` and `codeName`, Mongoose cast errors.
 *
 * @example
 * ```ts
 * 'MongoServerError: E11000 duplicate key error collection: shop.users index: email_1' // flagged
 * ```
 */
export const sqlErrorMongodb = defineRule({
  id: 'sql-error-mongodb',
  category: 'sql-error',
  description:
    'MongoDB/Mongoose error text: MongoServerError and other driver classes, E11000 duplicate key, errmsg/codeName replies, Cast to ObjectId failed, not authorized on db to execute command { … }, PlanExecutor error during aggregation, Sort exceeded memory limit.',
  keywords,
  patterns: [pattern, codeNamePattern],
  *detect(subject) {
    for (const view of subject.views) {
      for (const m of keywordMatches(subject, view, pattern, keywords)) {
        const name = m[0]
        // `MongoDB` is a product name; connection errors are driver-error-mongodb's.
        if (name.startsWith('Mongo') && (!name.endsWith('Error') || connectionErrors.has(name)))
          continue
        yield { message: 'shows a MongoDB error', view, span: [m.index, m.index + name.length] }
      }
      if (!view.lower.includes('"errmsg"')) continue
      for (const m of keywordMatches(subject, view, codeNamePattern, keywords))
        yield {
          message: 'shows a MongoDB server reply',
          view,
          span: [m.index, m.index + m[0].length],
        }
    }
  },
  examples: {
    leaky: [
      'MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "a@b.c" }',
      '{"ok":0,"errmsg":"unknown operator: $foo","code":2,"codeName":"BadValue"}',
      '{"error":"not authorized on billing to execute command { find: \\"audit_log\\", filter: { accountId: \\"acct_9f3a\\" } }"}',
      "PlanExecutor error during aggregation :: caused by :: $lookup failed on path 'customer.ssn_hash'",
      'Sort exceeded memory limit of 104857600 bytes, but did not opt in to external sorting.',
      'CastError: Cast to ObjectId failed for value "abc" (type string) at path "_id" for model "Order"',
      '{"name":"MongoBulkWriteError","code":11000}',
    ],
    safe: [
      'Our MongoDB Atlas maintenance window is posted on https://status.example.com',
      '{"error":"Cast your vote again later"}',
      'No matching documents. Try another search.',
    ],
  },
})
