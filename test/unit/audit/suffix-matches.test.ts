import type { Snapshot } from 'safe500'
import { rules } from 'safe500'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { keywordGate, notePlaces } from '../../../src/audit/keywords.ts'
import { patternReach } from '../../../src/audit/pattern-reach.ts'
import { suffixMatches } from '../../../src/audit/suffix-matches.ts'
import { createSubject } from '../../../src/audit/subject.ts'
import { resolveOptions } from '../../../src/options.ts'

// Rules that match a suffix first and capture the run behind it must find exactly the spans the
// same pattern written from the front finds: that form is kept here as the oracle.

const extensions =
  'js|mjs|cjs|jsx|ts|mts|cts|tsx|vue|svelte|astro|py|rb|erb|java|kt|kts|scala|groovy|go|rs|cs|fs|vb|php|phtml|ex|exs|erl|swift|c|cc|cpp|h|hpp|m|pl|pm|lua|dart|jsp|cshtml'

// Runs at and just past each pattern's bounds, so a bound written differently shows.
const long = (c: string, n: number) => c.repeat(n)

const pyDistinct =
  'ValueError|KeyError|IndexError|AttributeError|ModuleNotFoundError|ZeroDivisionError|FileNotFoundError|IsADirectoryError|NotADirectoryError|UnboundLocalError|RecursionError|UnicodeDecodeError|UnicodeEncodeError|JSONDecodeError|NotImplementedError|ImproperlyConfigured|TemplateDoesNotExist|TemplateSyntaxError|MultipleObjectsReturned|ObjectDoesNotExist|SynchronousOnlyOperation|UndefinedError'
const pyAmbiguous =
  'RuntimeError|NameError|ImportError|PermissionError|LookupError|OSError|IOError|MemoryError|OverflowError|StopIteration|ConnectionError|ConnectionResetError|ConnectionRefusedError|ConnectionAbortedError|BrokenPipeError|AssertionError|OperationalError|ProgrammingError|IntegrityError'

const phpNamespaces =
  'Illuminate|Symfony|Doctrine|Laminas|Zend|Yii|CodeIgniter|Cake|Slim|GuzzleHttp|Psr|Predis|League|Twig|Monolog|PHPUnit'

const cases = [
  {
    rule: 'file-path-source-location',
    forward: new RegExp(
      String.raw`(?<![\w.-])[\w-][\w.-]{0,100}\.(${extensions}):\d{1,7}(?::\d{1,7})?\b|(?<![\w.-])[\w-][\w.-]{0,100}\.php\(\d{1,7}\)`,
      'g',
    ),
    units: ['a', 'Z', '_', '-', '.', 'js', 'php', 'rs', ':', '1', '(', ')', ' ', '/', '@', '.js:1'],
    runs: [long('a', 100), long('a', 101), long('b.', 50)],
  },
  {
    rule: 'stack-trace-ruby',
    forward:
      /(?<![\w./~-])[\w./~-]{0,300}\.(?:rb|erb|rake|haml|slim|ru):\d{1,7}:in [`'‘]|<code>[^<>\n]{1,300}\.(?:rb|erb|rake|haml|slim|ru)<\/code>(?: in\s{1,40}<code><strong>|: in <code>)/g,
    units: [
      ...['a', '.', '/', '~', '-', 'rb', ':', '1', ':in ', '`', "'", ' ', '<code>', '</code>'],
      ...['.rb:12:in `', '.erb:1:in ', '</code> in <code><strong>', '</code>: in <code>'],
    ],
    runs: [long('a', 299), long('a', 300), long('a/', 150)],
  },
  {
    rule: 'exception-js-message',
    forward: /(?<![\w$.])[\w$]{1,100}\.[\w$.]{1,200} is not a (?:function|constructor)\b/g,
    units: ['a', '$', '.', '_', ' is not a function', ' is not a constructor', ' ', '1', 's'],
    runs: [long('a', 100), long('a', 101), long('b.', 100)],
  },
  {
    rule: 'stack-trace-java',
    forward:
      /(?:\bat |(?:^|\n)[ \t]{0,8})[\w$./<>-]{1,300}\((?:[\w$-]{1,200}\.(?:java|kt|kts|scala|groovy|clj):\d{1,7}|Native Method|Unknown Source)\)|\bCaused by: [a-z][\w$]{0,100}\.[\w$.]{1,200}(?:Exception|Error|Throwable)\b|(?:^|\n)[ \t]{1,10}\.\.\. \d{1,6} (?:more|common frames omitted)\b|\bException in thread "[^"\n]{1,100}" [a-z]/g,
    units: [
      ...['a', '.', '$', '<', '>', '-', ' ', '\n', '\t', 'at ', 'xat ', '(', ')', '1', 'x'],
      ...[
        '(A.java:12)',
        '(Native Method)',
        '(Unknown Source)',
        'Caused by: a.bException',
        '\t... 3 more',
      ],
    ],
    runs: [long('a', 299), long('a', 300), long('a.', 150), long(' ', 8), long('\t', 9)],
  },
  {
    rule: 'exception-python',
    forward: new RegExp(
      String.raw`\b(?:${pyDistinct})\b|\b(?:${pyAmbiguous}): \S|\b[A-Z]\w{0,60}\.DoesNotExist\b|\bmatching query does not exist\b|\b(?:psycopg2?|asyncpg|pymysql|MySQLdb|sqlalchemy|redis|requests|urllib3|botocore|pydantic)\.(?:errors?|exc|exceptions|_exceptions)\.[A-Z]\w{1,60}|\b(?:psycopg2?|pymysql|MySQLdb|sqlite3|mysql\.connector|django\.db\.utils|django\.db)\.[A-Z]\w{0,60}(?:Error|Exception)\b|\bException Type:\s{1,40}[A-Z][\w.]{1,100}`,
      'g',
    ),
    units: [
      ...['Value', 'Key', 'Runtime', 'OS', 'Error', ': ', 'x', 'A', '_', '.', ' ', '\n', 'Foo'],
      ...[
        'ValueError',
        'RuntimeError: ',
        'StopIteration: ',
        'ImproperlyConfigured',
        '.DoesNotExist',
      ],
      ...[
        'psycopg2',
        'django.db',
        '.utils',
        '.errors',
        '.exc',
        'sqlite3',
        'Exception',
        'Exception Type: ',
      ],
      ...['matching query does not exist', 'TemplateDoesNotExist', 'TemplateSyntaxError'],
    ],
    runs: [long('A', 60), long('A', 61), long('a', 100)],
  },
  {
    rule: 'exception-php',
    forward: new RegExp(
      String.raw`\bUncaught [A-Z][\w\\]{0,200}:|\bCall to (?:undefined (?:function|method)|a member function|private method|protected method) [\w\\:>$-]{1,200}\(\)|\bUndefined (?:index|offset|variable|array key|property|constant)(?:: | \$| "| \d)|\bAllowed memory size of \d{1,20} bytes exhausted|\bMaximum execution time of \d{1,10} seconds? exceeded|\b(?:${phpNamespaces})\\[\w\\]{1,300}|\b(?:ErrorException|ArgumentCountError|DivisionByZeroError|UnhandledMatchError)\b|<abbr title="[A-Z][\w\\]{0,200}(?:Exception|Error)">`,
      'g',
    ),
    units: [
      ...['\\', 'A', 'x', '_', ' ', ':', 'Illuminate', 'Symfony', 'Psr', 'Error', 'Exception'],
      ...[
        'ErrorException',
        'ArgumentCount',
        'DivisionByZeroError',
        'Uncaught ',
        'Call to a member function f()',
      ],
      ...['Undefined index: ', 'Undefined variable $', '<abbr title="', '">', 'App'],
    ],
    runs: [long('a', 200), long('a', 300), long('b\\', 150)],
  },
  {
    rule: 'version-disclosure-gem',
    forward: /(?<![\w.-])[a-z][\w-]{0,60} \(\d{1,4}\.\d[\w.]{0,40}\) (?:lib|app|exe|bin)\//g,
    units: [
      ...['a', 'B', '-', '_', '.', ' (', '1', '2.', ')', ' lib/', ' app/', ' ', 'x'],
      ...[' (6.1.7) lib/', ' (5.6.5) app/'],
    ],
    runs: [long('a', 60), long('a', 61), long('1.', 20)],
  },
] as const

function subjectOf(text: string) {
  const snapshot: Snapshot = {
    status: 500,
    statusText: 'Internal Server Error',
    headers: { 'content-type': 'text/plain' },
    body: new TextEncoder().encode(text),
    text,
    truncated: false,
    wireLength: text.length,
  }
  return createSubject(snapshot, resolveOptions({}))
}

/** The spans `pattern` written suffix first gives on `text`, through `suffixMatches`. */
function suffixSpans(pattern: RegExp, text: string): string[] {
  const subject = subjectOf(text)
  const view = subject.views[0]
  if (!view) throw new Error('no view')
  return [...suffixMatches(subject, view, pattern, [])].map(({ start, end }) => `${start}-${end}`)
}

const forwardSpans = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => `${m.index}-${m.index + m[0].length}`)

describe('suffix-first patterns find what their forward forms find', () => {
  for (const { rule: id, forward, units, runs } of cases) {
    const rule = rules.find((r) => r.id === id)
    // The suffix-first pattern is the one with the d flag (its groups' starts are read).
    const pattern = rule?.patterns.find((p) => p.flags.includes('d'))
    test(id, () => {
      expect(pattern, `${id} has a suffix-first pattern`).toBeDefined()
      if (!pattern || !rule) return
      const text = fc
        .array(fc.constantFrom(...units, ...runs), { maxLength: 40 })
        .map((parts) => parts.join(''))
      fc.assert(
        fc.property(text, (t) => {
          expect(suffixSpans(pattern, t)).toEqual(forwardSpans(forward, t))
        }),
        { numRuns: 3000 },
      )
      // The rule's own leaky examples hold matches: the property is not vacuous there.
      const found = rule.examples.leaky
        .filter((e): e is string => typeof e === 'string')
        .flatMap((e) => suffixSpans(pattern, e))
      expect(found.length).toBeGreaterThan(0)
    })
  }

  test('a match whose run starts inside the last match is dropped, as a forward scan skips it', () => {
    const rule = rules.find((r) => r.id === 'file-path-source-location')
    const pattern = rule?.patterns[0]
    if (!pattern) throw new Error('no pattern')
    // From the front: `a.js:1:2` then nothing (the `2` is taken); suffix first also finds `2.js:3`.
    expect(suffixSpans(pattern, 'a.js:1:2.js:3')).toEqual(['0-8'])
  })

  test('stack-trace-dotnet finds what its one pattern with (?:^|\\n|") found', () => {
    const rule = rules.find((r) => r.id === 'stack-trace-dotnet')
    if (!rule) throw new Error('no rule')
    const frame = String.raw`[ \t]{1,8}at [\w.\x60$<>|+,[\]]{1,300}\((?!Native Method\)|Unknown Source\))(?:\)|[\w.\x60[\]<>&*]{1,100} \w{1,100}[,)])`
    const forward = new RegExp(
      String.raw`(?:^|\n|")${frame}|\) in (?:[A-Za-z]:)?[^\n:()]{1,300}:line \d{1,7}|--- End of (?:stack trace from previous location|inner exception stack trace)(?: where exception was thrown)? ---| ---> [A-Z][\w.]{0,200}Exception\b`,
      'g',
    )
    const units = [
      ...['   at A.B()', '\tat A.B(Int32 id)', ' in x', ':line 1', ' ---> FooException', '\n', '"'],
      ...['--- End of stack trace from previous location ---', 'x', ' ', ')', 'C:'],
    ]
    const text = fc.array(fc.constantFrom(...units), { maxLength: 12 }).map((p) => p.join(''))
    fc.assert(
      fc.property(text, (t) => {
        const subject = subjectOf(t)
        const body = subject.views[0]
        const found = [...rule.detect(subject)]
          .filter((hit) => hit.view === body)
          .map((hit) => hit.span?.join('-'))
        expect(found).toEqual(forwardSpans(forward, t))
      }),
      { numRuns: 3000 },
    )
    // A frame at the very start, then a match that starts inside it in a scan from 0.
    const subject = subjectOf('   at A.B() in x ---> FooException:line 1')
    expect([...rule.detect(subject)].map((hit) => hit.span?.join('-'))).toEqual(['0-11', '16-34'])
  })

  test('the text a dropped match covers is searched again', () => {
    const rule = rules.find((r) => r.id === 'exception-python')
    const pattern = rule?.patterns[0]
    if (!pattern || !rule?.keywords) throw new Error('no pattern')
    // `RuntimeError: S` starts inside the first match and is dropped; its `S` starts the next one.
    const text = 'StopIteration: RuntimeError: StopIteration: Value'
    expect(suffixSpans(pattern, text)).toEqual(['0-16', '29-45'])
    // Far into a long text, where only windows near the keywords are scanned.
    const far = `${'Please try again. '.repeat(400)}${text}${' Thanks.'.repeat(400)}`
    const at = far.indexOf(text)
    const subject = subjectOf(far)
    notePlaces(subject, keywordGate(rules).scan(subject.views))
    const view = subject.views[0]
    if (!view) throw new Error('no view')
    // Proven to hold a keyword, so scanned in windows.
    expect(patternReach(pattern, rule.keywords)).toBeDefined()
    const spans = [...suffixMatches(subject, view, pattern, rule.keywords)]
    expect(spans.map(({ start, end }) => [start - at, end - at])).toEqual([
      [0, 16],
      [29, 45],
    ])
  })
})
