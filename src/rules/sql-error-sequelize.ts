import { defineRule } from '../define-rule.ts'

/**
 * Sequelize errors: `Sequelize*Error` class names and its validation messages.
 *
 * @example
 * ```ts
 * 'SequelizeUniqueConstraintError: Validation error' // flagged
 * ```
 */
export const sqlErrorSequelize = defineRule({
  id: 'sql-error-sequelize',
  category: 'sql-error',
  description:
    'Sequelize errors: SequelizeDatabaseError, SequelizeUniqueConstraintError and the other Sequelize*Error classes, notNull Violation, Validation x on y failed.',
  keywords: ['sequelize', 'validation ', 'notnull violation'],
  pattern:
    /\bSequelize[A-Z][A-Za-z]{1,60}\b|\bValidation [A-Za-z]{2,40} on [\w$.]{1,80} failed\b|\bnotNull Violation: [\w$.]{1,80} cannot be null/g,
  ignore: (m) => m[0].startsWith('Sequelize') && !m[0].endsWith('Error'),
  message: 'shows a Sequelize error',
  examples: {
    leaky: [
      '{"name":"SequelizeDatabaseError","parent":{"code":"42P01"},"original":{"code":"42P01"}}',
      'SequelizeUniqueConstraintError: Validation error',
      '{"errors":["Validation isEmail on email failed"]}',
      'notNull Violation: User.email cannot be null',
    ],
    safe: [
      'We use Sequelize and PostgreSQL (see our engineering blog).',
      '{"error":"Validation failed"}',
      'SequelizeMeta is up to date',
    ],
  },
})
