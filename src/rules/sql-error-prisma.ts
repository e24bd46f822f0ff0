import { defineRule } from '../define-rule.ts'

const namePattern =
  /\bPrismaClient(?:KnownRequest|UnknownRequest|Validation|Initialization|RustPanic)Error\b|\bInvalid `[\w$.]{1,120}\(\)` invocation/g
const textPattern =
  /\bUnique constraint failed on the (?:fields|constraint): |\bForeign key constraint (?:failed|violated) on the (?:field|constraint): |\bThe (?:table|column) `[^`\n]{1,128}` does not exist in the current database|\bdepends on one or more records that were required but not found|\bError in connector: |\bError querying the database: /g
const codePattern = /"code"\s{0,3}:\s{0,3}"P[1-6]\d{3}"/g

/**
 * Prisma Client errors: class names, ``Invalid `prisma.user.create()` invocation``, engine
 * messages, and serialised errors with a `P2002`-style code and `clientVersion`.
 *
 * @example
 * ```ts
 * 'Invalid `prisma.user.findUnique()` invocation' // flagged
 * ```
 */
export const sqlErrorPrisma = defineRule({
  id: 'sql-error-prisma',
  category: 'sql-error',
  description:
    'Prisma Client errors: PrismaClient*Error, Invalid `prisma.x.y()` invocation, Unique constraint failed on the fields, P-codes with clientVersion.',
  keywords: [
    'prisma',
    'invocation',
    'constraint failed on the',
    'constraint violated on the',
    'in the current database',
    'required but not found',
    'error in connector',
    'error querying the database',
    '"clientversion"',
  ],
  patterns: [namePattern, textPattern, codePattern],
  *detect({ views }) {
    for (const view of views) {
      for (const m of [...view.text.matchAll(namePattern), ...view.text.matchAll(textPattern)])
        yield { message: 'shows a Prisma error', view, span: [m.index, m.index + m[0].length] }
      if (!view.lower.includes('"clientversion"')) continue
      for (const m of view.text.matchAll(codePattern))
        yield {
          message: 'shows a serialised Prisma error',
          view,
          span: [m.index, m.index + m[0].length],
        }
    }
  },
  examples: {
    leaky: [
      '\nInvalid `prisma.user.create()` invocation in\n/app/src/users.ts:12:25\n\nUnique constraint failed on the fields: (`email`)',
      '{"name":"PrismaClientKnownRequestError","code":"P2002","clientVersion":"5.22.0","meta":{"target":["email"]}}',
      '{"error":{"code":"P2025","clientVersion":"6.1.0","meta":{"modelName":"Order"}}}',
      'The table `public.Order` does not exist in the current database.',
    ],
    safe: [
      'Invalid invocation. Please try again.',
      '{"error":"Internal Server Error","code":"P2002"}',
      'Spare part P2002 is out of stock.',
    ],
  },
})
