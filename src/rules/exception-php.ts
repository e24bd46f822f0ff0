import { defineRule } from '../define-rule.ts'

const namespaces =
  'Illuminate|Symfony|Doctrine|Laminas|Zend|Yii|yii|CodeIgniter|Cake|Slim|GuzzleHttp|Psr|Predis|League|Twig|Monolog|PHPUnit'

/** The letters the namespaces end with: a backslash after none of them is passed over at once. */
const lastLetters = [...new Set(namespaces.split('|').map((n) => n.slice(-1)))].join('')

// Namespaced classes match from their backslash, with the namespace looked for behind it, so the
// regex engine skips from one backslash to the next instead of trying every namespace at every
// word. The other forms start with words of their own (which hold their keywords whole).
const error = new RegExp(
  [
    String.raw`\bUncaught [A-Z][\w\\]{0,200}:`,
    String.raw`\bCall to (?:undefined (?:function|method)|a member function|private method|protected method) [\w\\:>$-]{1,200}\(\)`,
    String.raw`\bUndefined (?:index|offset|variable|array key|property|constant)(?:: | \$| "| \d)`,
    String.raw`\bAllowed memory size of \d{1,20} bytes exhausted|\bMaximum execution time of \d{1,10} seconds? exceeded`,
    String.raw`\\(?<=[${lastLetters}]\\)(?<=\b(${namespaces})\\)[\w\\]{1,300}`,
    String.raw`\b(?:ErrorException|ArgumentCountError|DivisionByZeroError|UnhandledMatchError)\b`,
    String.raw`<abbr title="[A-Z][\w\\]{0,200}(?:Exception|Error)">`,
  ].join('|'),
  'dg',
)
const keywords = [
  'uncaught ',
  'call to ',
  'undefined ',
  'allowed memory size',
  'maximum execution time',
  '\\',
  'errorexception',
  'argumentcounterror',
  'divisionbyzeroerror',
  'unhandledmatcherror',
  '<abbr title=',
]

/**
 * PHP errors: `Uncaught TypeError`, `Call to a member function x() on null`,
 * `Illuminate\...\QueryException`, and the class in the Symfony exception page's
 * `<abbr title="PDOException">` hierarchy.
 */
export const exceptionPhp = defineRule({
  id: 'exception-php',
  category: 'exception',
  description:
    'PHP errors and exception names (Uncaught Error, Call to undefined function, Undefined array key, Illuminate\\... class names, ErrorException), and exception classes in <abbr title="..."> as the Symfony exception page shows them.',
  keywords,
  pattern: error,
  message: 'shows a PHP error or exception',
  examples: {
    leaky: [
      '{"name":"Exception","type":"yii\\\\base\\\\UnknownPropertyException"}',
      'UnhandledMatchError: Unhandled match case 3',
      'Uncaught TypeError: App\\Cart::add(): Argument #1 ($qty) must be of type int, string given',
      'Call to a member function getName() on null',
      '{"message":"Undefined array key \\"user\\"","exception":"ErrorException"}',
      'Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)',
      'Illuminate\\Database\\Eloquent\\ModelNotFoundException: No query results for model [App\\Models\\Order] 42',
      '{"exception":"Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\HttpException"}',
      '<h2 class="exception-hierarchy">\n  <a href="#trace-box-1"><abbr title="PDOException">PDOException</abbr></a>\n</h2>',
      '<a href="#trace-box-1"><abbr title="RuntimeException">RuntimeException</abbr></a>',
    ],
    safe: [
      'Internal Server Error',
      'Call to our support line: +1 555 0100 (9:00-17:00).',
      'The delivery date is undefined at the moment. Please try again later.',
      '500 | Server Error',
      '<p><abbr title="Internal Server Error">ISE</abbr>: please retry. <abbr title="Error">E</abbr> 3f1c0d6e</p>',
    ],
  },
})
