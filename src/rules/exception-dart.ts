import { defineRule } from '../define-rule.ts'

/**
 * Dart runtime errors, as a shelf, dart_frog or Serverpod handler that returns
 * `error.toString()` shows them: `NoSuchMethodError: The method 'x' was called on null`,
 * `Null check operator used on a null value`, `type 'Null' is not a subtype of type 'String'`,
 * `LateInitializationError`, `Bad state: No element`, `FormatException: ...` and the VM's
 * `Unhandled exception:` line above an error.
 *
 * @example
 * ```ts
 * '{"error":"Null check operator used on a null value"}' // flagged
 * ```
 */
export const exceptionDart = defineRule({
  id: 'exception-dart',
  category: 'exception',
  description:
    "Dart runtime errors (NoSuchMethodError, Null check operator used on a null value, type 'X' is not a subtype of type 'Y', LateInitializationError, Bad state: No element, FormatException, Unhandled exception:).",
  keywords: [
    'nosuchmethoderror: ',
    'null check operator used on a null value',
    'is not a subtype of type',
    'lateinitializationerror: ',
    'bad state: ',
    'formatexception: ',
    'rangeerror (',
    'unhandled exception:',
  ],
  pattern: [
    /\bNoSuchMethodError: (?:The (?:method|getter|setter) '|Class '|Closure call with mismatched arguments)|\bNull check operator used on a null value\b|\btype '[\w<>, ?$.]{1,200}' is not a subtype of type '|\bLateInitializationError: (?:Field|Local) '/g,
    /\bBad state: (?:No element|Too many elements|Stream has already been listened to|Cannot add (?:new )?events? after (?:closing|calling close)|Future already completed|Headers? already sent)|(?<![\w.])FormatException: \S|\bRangeError \(\w{1,60}\): Invalid value: |\bUnhandled exception:\r?\n(?:[A-Z]\w{0,60}(?:Error|Exception)\b|Bad state: |Null check operator|type ')/g,
  ],
  message: 'shows a raw Dart error message',
  examples: {
    leaky: [
      '{"error":"NoSuchMethodError: The method \'toUpperCase\' was called on null.\\nReceiver: null\\nTried calling: toUpperCase()"}',
      '{"error":"NoSuchMethodError: Class \'String\' has no instance getter \'lengthx\'."}',
      '{"error":"Null check operator used on a null value"}',
      '{"error":"type \'_Map<String, dynamic>\' is not a subtype of type \'List<dynamic>\' in type cast"}',
      '{"error":"LateInitializationError: Field \'db\' has not been initialized."}',
      '{"error":"Bad state: No element"}',
      '{"error":"FormatException: Unexpected character (at character 1)\\n<html>\\n^\\n"}',
      '{"error":"RangeError (index): Invalid value: Not in inclusive range 0..2: 3"}',
      'Unhandled exception:\nPostgreSQLException: relation "orders" does not exist',
    ],
    safe: [
      'Internal Server Error',
      'Bad state: please choose your state from the list.',
      'This type of account is not a subtype of type Business; choose another plan.',
      'Unhandled exception: we are looking into it (reference 3f1c0d6e).',
      'Unhandled exception:\nOur team has been notified and is looking into it.',
      'Please use the format DD/MM/YYYY.',
    ],
  },
})
