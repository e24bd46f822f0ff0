import { defineRule } from '../define-rule.ts'

/**
 * Raw error messages of the JVM, .NET, PHP 8 and Ruby without their class names, and the errors
 * of graphql-java and the AWS SDKs, as wrappers that pass `err.message` on show them: `Cannot
 * invoke "String.length()" because "<local1>" is null`, `The given key 'tenantId' was not present
 * in the dictionary.`, `Attempt to read property "email" on null`, `no implicit conversion of nil
 * into String`, `An error occurred (AccessDenied) when calling the GetObject operation`.
 *
 * @example
 * ```ts
 * '{"error":"Index 3 out of bounds for length 2"}' // flagged
 * ```
 */
export const exceptionMessageOtherRuntimes = defineRule({
  id: 'exception-message-other-runtimes',
  category: 'exception',
  description:
    'Raw JVM, .NET, PHP 8 and Ruby error messages (Cannot invoke "x" because "y" is null, Index 3 out of bounds for length 2, The given key was not present in the dictionary, Attempt to read property "x" on null, no implicit conversion of nil into String, ...), graphql-java\'s data fetching errors and AWS SDK errors (botocore\'s message, v3\'s $fault).',
  keywords: [
    'because "',
    'out of bounds for length',
    'for input string: "',
    'cannot be cast to class',
    'could not initialize proxy',
    'failed to lazily initialize',
    'lateinit property',
    'was not present in the dictionary',
    'nullable object must have a value',
    'unable to resolve service for type',
    'was not in a correct format',
    'missing type map configuration',
    'attempt to read property "',
    'attempt to assign property "',
    'trying to access array offset on',
    'target class [',
    'no implicit conversion of',
    'comparison of ',
    'exception while fetching data',
    'when calling the ',
    '"$fault"',
  ],
  pattern: [
    /\bCannot (?:invoke|read field|assign field|load from [\w.]{1,60} array|store to [\w.]{1,60} array|read the array length) (?:"[^"\n]{1,200}" )?because "[^"\n]{1,200}" is null\b|\bIndex -?\d{1,10} out of bounds for length \d{1,10}\b|\bFor input string: "|\bclass [\w.$]{1,200} cannot be cast to class [\w.$]{1,200}/g,
    /\bcould not initialize proxy\b|\bfailed to lazily initialize a collection of role\b|\blateinit property \w{1,100} has not been initialized\b/g,
    /\bThe given key '[^'\n]{1,200}' was not present in the dictionary\b|\bNullable object must have a value\b|\bUnable to resolve service for type '|\b(?:The input string '[^'\n]{0,200}'|Input string) was not in a correct format\b|\bMissing type map configuration or unsupported mapping\b/g,
    /\bAttempt to (?:read|assign) property "\w{1,100}" on (?:null|bool|int|float|string|array)\b|\bTrying to access array offset on (?:value of type )?(?:null|bool|int|float)\b|\bTarget class \[[\w\\]{1,200}\] does not exist\b/g,
    /\bno implicit conversion of \w{1,60} into [A-Z]\w{0,60}|\bcomparison of [A-Z]\w{0,60} with (?:nil|\d{1,20}|[A-Z]\w{0,60}) failed\b/g,
    /\bException while fetching data \(|\bAn error occurred \([\w.]{1,100}\) when calling the \w{1,100} operation\b|"\$fault"\s{0,3}:\s{0,3}"(?:client|server)"/g,
  ],
  message: 'shows a raw runtime error message',
  examples: {
    leaky: [
      '{"error":"Cannot invoke \\"String.length()\\" because \\"<local1>\\" is null"}',
      'Cannot read field "price" because "item" is null',
      '{"error":"Index 3 out of bounds for length 2"}',
      'For input string: "abc"',
      "class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
      'Could not write JSON: failed to lazily initialize a collection of role: com.acme.shop.domain.Order.items: could not initialize proxy - no Session',
      'lateinit property repository has not been initialized',
      "The given key 'tenantId' was not present in the dictionary.",
      'Nullable object must have a value.',
      "Unable to resolve service for type 'Shop.Infrastructure.IPaymentGateway' while attempting to activate 'Shop.Api.Controllers.CheckoutController'.",
      "The input string 'abc' was not in a correct format.",
      'Missing type map configuration or unsupported mapping.',
      '{"message":"Attempt to read property \\"email\\" on null"}',
      'Trying to access array offset on value of type null',
      'Target class [App\\Services\\PaymentGateway] does not exist.',
      'no implicit conversion of nil into String',
      'comparison of Integer with nil failed',
      '{"message":"Exception while fetching data (/order) : boom"}',
      '{"error":"An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"}',
      '{"name":"AccessDeniedException","$fault":"client","$metadata":{"httpStatusCode":400,"attempts":1}}',
    ],
    safe: [
      'Internal Server Error',
      'We could not complete your order because "Express delivery" is not available today.',
      'The value you entered was not in a correct format. Please check the date.',
      'Your comparison of plans failed to load. Please try again.',
      'Page 3 is out of bounds for this list.',
    ],
  },
})
