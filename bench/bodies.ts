/** Body generators for the audit benchmark: safe, leaky and adversarial bodies of any size. */

/** Bytes in a kibibyte and a mebibyte, e.g. `64 * KB`. */
export const KB = 1024
/** Bytes in a mebibyte, e.g. `10 * MB`. */
export const MB = 1024 * 1024

/** A generic HTML error page paragraph: markup, entities, prose, nothing technical. */
const safeUnit =
  '<div class="notice"><h2>Something went wrong</h2><p>We&rsquo;re sorry &mdash; the page could ' +
  'not be shown right now. Our team has been notified and is looking into it. Please try again ' +
  'in a few minutes; your basket is kept for 24 hours.</p><ul><li>Orders you already placed are ' +
  'not affected.</li><li>You can still browse the catalogue &amp; your wish list.</li></ul><p>If ' +
  'this keeps happening, write to our support team and quote the reference shown at the top of ' +
  'this page.</p></div>\n'

/** Leaks of many kinds, as error pages and JSON APIs show them. Secrets are built from fragments. */
function leakBlock(i: number): string {
  const key = ['AKIA', 'IOSFODNN7', 'EXAMPL', String.fromCharCode(65 + (i % 26))].join('')
  const password = ['hunter', '2', 'pass', 'word'].join('')
  const jwt = [
    'eyJhbGciOiJIUzI1NiJ9',
    'eyJzdWIiOiIxMjM0NTY3ODkwIn0',
    'dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  ].join('.')
  return [
    "<pre>TypeError: Cannot read properties of undefined (reading 'id')",
    `    at getOrder (/srv/app/src/orders/service.js:${41 + i}:11)`,
    '    at async Layer.handle (/srv/app/node_modules/express/lib/router/layer.js:95:5)',
    '    at node:internal/process/task_queues:95:5</pre>',
    '<p>Traceback (most recent call last):<br>&nbsp;&nbsp;File "/usr/lib/python3.12/site-packages/app/views.py", line 88, in checkout</p>',
    `{"error":"Error: boom\\n    at handler (\\/app\\/src\\/routes.js:${10 + i}:5)","code":"ECONNREFUSED 10.0.3.7:5432"}`,
    'ERROR: duplicate key value violates unique constraint "orders_pkey" (SQLSTATE 23505)',
    `java.lang.NullPointerException: null\n\tat com.shop.OrderService.place(OrderService.java:${120 + i})`,
    `postgres://orders:${password}@db.internal:5432/orders`,
    `aws_access_key_id=${key}`,
    `Authorization: Bearer ${jwt}`,
    'Server: nginx/1.25.3 PHP/8.2.7 at 192.168.10.24',
    '',
  ].join('\n')
}

/**
 * Fills `size` characters by repeating `unit`.
 *
 * @example
 * ```ts
 * repeatTo('ab', 5) // 'ababa'
 * ```
 */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/**
 * A safe body: a generic HTML error page, repeated to `size` characters.
 *
 * @example
 * ```ts
 * const page = safeBody(64 * KB)
 * ```
 */
export function safeBody(size: number): string {
  return repeatTo(safeUnit, size)
}

/**
 * A leaky body: the safe page with a block of leaks every 16 KB (and at least one).
 *
 * @example
 * ```ts
 * const page = leakyBody(MB)
 * ```
 */
export function leakyBody(size: number): string {
  const every = 16 * KB
  let out = ''
  let i = 0
  while (out.length < size) {
    const leak = leakBlock(i++)
    out += leak + safeBody(Math.max(0, Math.min(every, size) - leak.length))
  }
  return out.slice(0, size)
}

/**
 * Repeating units that stress patterns: long runs of one character class (which bounded
 * quantifiers scan to their limit and back), keyword prefixes repeated without the rest of a
 * match, and escapes the unescaped view must undo (or must not take for escapes).
 *
 * @example
 * ```ts
 * for (const name of Object.keys(stressors)) console.log(name, stressBody(name, 16))
 * ```
 */
export const stressors: Readonly<Record<string, string>> = {
  'at-async': 'at async ',
  'word-run': 'a',
  'upper-run': 'A',
  'hex-run': '0123456789abcdef',
  'digit-run': '7',
  'dotted-digits': '1.',
  'colon-digits': ':1',
  'slash-path': '/a',
  'backslash-path': '\\a',
  'drive-path': 'C:\\a',
  whitespace: ' \t\n',
  ampersands: '&',
  'entity-like': '&amp',
  'tag-open': '<a',
  'lt-run': '<',
  'json-escapes': '\\u00',
  entities: '&#x2f;',
  'error-colon': 'Error: ',
  'sql-words': 'SELECT ',
  'url-scheme': 'http://',
  'at-sign': 'a@',
  'equals-quote': '="',
  'base64-ish': 'eyJhbGciOi',
  dashes: '-',
  // A key and a value that passes, at every place: rules that look back from each match.
  'key-words': 'token=refresh ',
  dots: '.',
  noise: '',
}

/** Printable ASCII noise from a fixed seed (the `noise` stressor). */
function noise(size: number, seed = 42): string {
  let x = seed
  let out = ''
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    out += String.fromCharCode(32 + (x % 95))
  }
  return out
}

/**
 * One stressor repeated to `size` characters.
 *
 * @example
 * ```ts
 * stressBody('ampersands', 4) // '&&&&'
 * ```
 */
export function stressBody(name: string, size: number): string {
  if (name === 'noise') return noise(size)
  const unit = stressors[name]
  if (unit === undefined) throw new Error(`unknown stressor ${name}`)
  return repeatTo(unit, size)
}

/**
 * The adversarial body: every stressor in turn, an equal share each.
 *
 * @example
 * ```ts
 * const body = adversarialBody(10 * MB)
 * ```
 */
export function adversarialBody(size: number): string {
  const names = Object.keys(stressors)
  const share = Math.ceil(size / names.length)
  return names
    .map((name) => stressBody(name, share))
    .join('')
    .slice(0, size)
}
