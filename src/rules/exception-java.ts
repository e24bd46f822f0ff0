import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

const jdk =
  'NullPointer|IllegalArgument|IllegalState|ClassCast|ArrayIndexOutOfBounds|IndexOutOfBounds|StringIndexOutOfBounds|NumberFormat|ConcurrentModification|UnsupportedOperation|NoSuchElement|NoSuchMethod|NoSuchField|ClassNotFound|DateTimeParse|UncheckedIO|LazyInitialization|DataIntegrityViolation|HttpMessageNotReadable|HttpMediaTypeNotSupported|MethodArgumentTypeMismatch|BeanCreation|NoSuchBeanDefinition|JsonProcessing|JsonMapping|InvalidDefinition|MismatchedInput|EntityNotFound|OptimisticLock|NestedServlet|HttpServerError|HttpClientError|ResourceAccess'
const jdkErrors =
  'StackOverflow|OutOfMemory|NoClassDefFound|ExceptionInInitializer|IncompatibleClassChange|AbstractMethod|UnsatisfiedLink|Verify'

// A dotted name starting with a lower-case package, not inside a host, path or mail address. The
// match starts at the package's dot, so the regex engine skips from one `.` to the next and looks
// behind it for the package (a whole word of [a-z0-9_]); starting at every word instead would
// try each word of prose. One character class after the dot, so each run is scanned once; the
// class-name test is done in code.
const qualified = /(?<=(?<![\w.$@/-])[a-z][a-z0-9_]{1,30})\.[\w.$]{1,300}/g
// The suffix, with the class name looked for behind it (the engine skips to the suffix).
const known = new RegExp(
  String.raw`(?<=\b(?:${jdk}))Exception\b|(?<=\b(?:${jdkErrors}))Error\b`,
  'g',
)

/** Where the word that ends at `end` starts: the run of word characters before it. */
function wordStart(text: string, end: number, isPart: (c: number) => boolean): number {
  let start = end
  while (start > 0 && isPart(text.charCodeAt(start - 1))) start--
  return start
}

const isPackageChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
const isWordChar = (c: number) => isPackageChar(c) || (c >= 0x41 && c <= 0x5a)

/** True when the last segment of a dotted name is an exception class (`x.y.FooException`). */
function isExceptionClass(name: string): boolean {
  const last = name.slice(name.lastIndexOf('.') + 1)
  const first = last.charCodeAt(0)
  return (
    first >= 0x41 &&
    first <= 0x5a &&
    ['Exception', 'Error', 'Throwable', 'ExceptionInfo'].some((suffix) => last.endsWith(suffix))
  )
}

const keywords = ['exception', 'error', 'throwable']

/** JVM exception names: `java.lang.NullPointerException`, `com.acme.OrderException`, `IllegalStateException`. */
export const exceptionJava = defineRule({
  id: 'exception-java',
  category: 'exception',
  description:
    "Package-qualified exception class names (java.lang.NullPointerException, com.acme.shop.OrderException, json.decoder.JSONDecodeError, Clojure's clojure.lang.ExceptionInfo) and common JDK/Spring ones.",
  keywords,
  patterns: [qualified, known],
  *detect(subject): Iterable<Hit> {
    for (const view of subject.views) {
      const { text } = view
      for (const match of keywordMatches(subject, view, qualified, keywords)) {
        // The look-behind holds a whole package word: it ends at the dot, after no word character.
        const start = wordStart(text, match.index, isPackageChar)
        // `errors.internalServerError` (an i18n key) fails: the last segment must be a class name.
        let name = text.slice(start, match.index + match[0].length)
        while (name.endsWith('.') || name.endsWith('$')) name = name.slice(0, -1)
        if (!isExceptionClass(name)) continue
        yield {
          message: 'shows an exception class name',
          view,
          span: [start, start + name.length],
        }
      }
      for (const match of keywordMatches(subject, view, known, keywords)) {
        const start = wordStart(text, match.index, isWordChar)
        yield {
          message: 'shows an exception class name',
          view,
          span: [start, match.index + match[0].length],
        }
      }
    }
  },
  examples: {
    leaky: [
      'java.lang.NullPointerException: Cannot invoke "String.trim()"',
      '{"exception":"org.springframework.dao.DataIntegrityViolationException"}',
      'com.acme.shop.orders.OrderNotFoundException: order 42',
      'clojure.lang.ExceptionInfo: charge failed {:customer 42}',
      'IllegalStateException: Could not load order 42',
      'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
      'java.lang.OutOfMemoryError: Java heap space.',
      'kotlin.UninitializedPropertyAccessException: lateinit property repo has not been initialized',
    ],
    safe: [
      'Internal Server Error',
      'Write to support@example.com.Error reports are answered within a day.',
      'https://status.example.com/InternalError',
      '{"error":"InternalServerError","message":"An unexpected error occurred"}',
      '{"messageKey":"errors.internalServerError","requestId":"3f1c0d6e"}',
      'Something went wrong (Error 500). Request ID 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
    ],
  },
})
