import { defineRule } from '../define-rule.ts'

// Names only Python uses: flagged even without a message.
const distinct =
  'ValueError|KeyError|IndexError|AttributeError|ModuleNotFoundError|ZeroDivisionError|FileNotFoundError|IsADirectoryError|NotADirectoryError|UnboundLocalError|RecursionError|UnicodeDecodeError|UnicodeEncodeError|JSONDecodeError|NotImplementedError|ImproperlyConfigured|TemplateDoesNotExist|TemplateSyntaxError|MultipleObjectsReturned|ObjectDoesNotExist|SynchronousOnlyOperation|UndefinedError'
// Names that are also plain words or other runtimes' names: only as `Name: message`.
const ambiguous =
  'RuntimeError|NameError|ImportError|PermissionError|LookupError|OSError|IOError|MemoryError|OverflowError|StopIteration|ConnectionError|ConnectionResetError|BrokenPipeError|AssertionError|OperationalError|ProgrammingError|IntegrityError'

/** Python exceptions: `KeyError: 'user_id'`, `ValueError`, Django's `matching query does not exist`. */
export const exceptionPython = defineRule({
  id: 'exception-python',
  category: 'exception',
  description:
    'Python exception names (KeyError, ValueError, AttributeError, RuntimeError: ...) and Django/Jinja error names.',
  keywords: [
    'error',
    'improperlyconfigured',
    'doesnotexist',
    'does not exist',
    'stopiteration',
    'multipleobjectsreturned',
  ],
  pattern: new RegExp(
    String.raw`\b(?:${distinct})\b|\b(?:${ambiguous}): \S|\b[A-Z]\w{0,60}\.DoesNotExist\b|\bmatching query does not exist\b`,
    'g',
  ),
  message: 'shows a Python exception',
  examples: {
    leaky: [
      "KeyError: 'user_id'",
      "AttributeError: 'NoneType' object has no attribute 'email'",
      '{"detail":"ValueError(\'invalid literal for int() with base 10\')"}',
      'RuntimeError: bad payload',
      'Order.DoesNotExist: Order matching query does not exist.',
      "ModuleNotFoundError: No module named 'redis'",
      'django.core.exceptions.ImproperlyConfigured',
    ],
    safe: [
      'Internal Server Error',
      'A runtime error occurred. Please try again at 10:30.',
      'Key error? No: the service is just busy. Request 3f1c0d6e.',
      '{"detail":"Internal Server Error"}',
      'The page does not exist any more.',
    ],
  },
})
