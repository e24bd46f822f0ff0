import { defineRule } from '../define-rule.ts'

/**
 * TypeORM errors: `QueryFailedError`, `EntityNotFoundError` and the other TypeORM classes, and
 * their messages naming entities.
 *
 * @example
 * ```ts
 * 'EntityNotFoundError: Could not find any entity of type "Order" matching: { "id": 42 }' // flagged
 * ```
 */
export const sqlErrorTypeorm = defineRule({
  id: 'sql-error-typeorm',
  category: 'sql-error',
  description:
    'TypeORM errors: QueryFailedError, EntityNotFoundError, EntityMetadataNotFoundError and others; Could not find any entity of type, No metadata for.',
  keywords: [
    'queryfailederror',
    'entitynotfounderror',
    'entitymetadatanotfounderror',
    'entitypropertynotfounderror',
    'cannotcreateentityidmaperror',
    'queryrunneralreadyreleasederror',
    'transactionnotstartederror',
    'cannotconnectalreadyconnectederror',
    'connectionisnotseterror',
    'datatypenotsupportederror',
    'missingprimarycolumnerror',
    'optimisticlockversionmismatcherror',
    'typeormerror',
    'could not find any entity of type',
    'no metadata for',
    'no repository for',
  ],
  pattern:
    /\b(?:QueryFailed|EntityNotFound|EntityMetadataNotFound|EntityPropertyNotFound|CannotCreateEntityIdMap|QueryRunnerAlreadyReleased|TransactionNotStarted|CannotConnectAlreadyConnected|ConnectionIsNotSet|DataTypeNotSupported|MissingPrimaryColumn|OptimisticLockVersionMismatch|TypeORM)Error\b|\bCould not find any entity of type "[^"\n]{1,128}" matching|\bNo metadata for "[^"\n]{1,128}" was found|\bNo repository for "[^"\n]{1,128}" was found/g,
  message: 'shows a TypeORM error',
  examples: {
    leaky: [
      '{"name":"QueryFailedError","query":"SELECT 1","driverError":{}}',
      'EntityNotFoundError: Could not find any entity of type "Order" matching: {\n    "id": 42\n}',
      'No metadata for "User" was found.',
    ],
    safe: [
      'Could not find any orders for this account.',
      '{"error":"Not Found","message":"Entity not found"}',
      'Query failed. Please try again later.',
    ],
  },
})
