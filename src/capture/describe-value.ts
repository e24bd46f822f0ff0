import { maskSecrets } from '../audit/mask-secrets.ts'
import { describe } from './read-stream.ts'

/**
 * A short description of a value for an error message: its type and, for objects, their
 * constructor and first keys (`a Request (GET http://…)`, `an object with keys foo, bar`).
 *
 * @example
 * ```ts
 * describeValue(new Request('http://127.0.0.1/boom')) // 'a Request (GET http://127.0.0.1/boom)'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'string') {
    const shown = maskSecrets(value.slice(0, 1000))
    return `a string (${JSON.stringify(shown.slice(0, 40))}${shown.length > 40 ? '…' : ''})`
  }
  if (typeof value === 'function') return `a function${value.name ? ` (${value.name})` : ''}`
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a primitive here, printed as is
  if (typeof value !== 'object') return `${typeof value} ${String(value).slice(0, 40)}`
  if (value instanceof Error) return `an error (${describe(value)})`
  const name = constructorName(value)
  if (isBlob(value))
    return `${article(name ?? 'Blob')} of ${value.size} bytes${value.type ? ` (${value.type})` : ''}`
  if (isBytes(value)) return `${article(name ?? 'ArrayBuffer')} of ${value.byteLength} bytes`
  const { method, url } = value as { method?: unknown; url?: unknown }
  if (typeof method === 'string' && typeof url === 'string' && url !== '')
    return `a ${name ?? 'request'} (${method} ${url.slice(0, 80)})`
  const keys = Object.keys(value).slice(0, 6)
  // A class instance without own keys (a Response, a Promise) is named by its class alone.
  const rest = keys.length ? ` with keys ${keys.join(', ')}` : name ? '' : ' with no keys'
  return `${name ? `a ${name}` : 'an object'}${rest}`
}

/**
 * True for a promise or any value with a `then` method (what `await` waits on).
 *
 * @example
 * ```ts
 * isThenable(fetch(url)) // true
 * ```
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}

/**
 * True for bytes held whole: a `Blob`, an `ArrayBuffer` or a view of one (a `Buffer`, a
 * `Uint8Array`), a body without its response.
 *
 * @example
 * ```ts
 * isBodyBytes(Buffer.from('x')) // true
 * ```
 */
export function isBodyBytes(value: unknown): boolean {
  return isBytes(value) || isBlob(value)
}

function isBytes(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob
}

/** `a Buffer`, `an ArrayBuffer`. */
function article(name: string): string {
  return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`
}

/**
 * The constructor name of an object, unless it is a plain object.
 *
 * @example
 * ```ts
 * constructorName(new Map()) // 'Map'; constructorName({}) // undefined
 * ```
 */
export function constructorName(value: object): string | undefined {
  try {
    const name = (value.constructor as { name?: unknown } | undefined)?.name
    return typeof name === 'string' && name !== '' && name !== 'Object' ? name : undefined
  } catch {
    return undefined
  }
}

/** The members a plain response object may have (see the plain adapter). */
const responseKeys = new Set([
  'status',
  'statusCode',
  'statusText',
  'headers',
  'body',
  'method',
  'isBase64Encoded',
  // AWS Lambda's other response members (API Gateway's, and an ALB's statusDescription).
  'multiValueHeaders',
  'cookies',
  'statusDescription',
])

/**
 * True for a body already parsed from JSON rather than a response: a plain object with a numeric
 * `status` or `statusCode`, neither `headers` nor `body`, and members no response has, as NestJS's `{ statusCode: 500, message }`
 * or a problem's `{ status: 500, title, detail }` are when a test passes `res.body` or `res.data`.
 *
 * @example
 * ```ts
 * isParsedBody({ statusCode: 500, message: 'Internal server error' }) // true
 * isParsedBody({ status: 500, headers: {}, body: '' }) // false
 * ```
 */
export function isParsedBody(value: object): boolean {
  if (!isPlainObject(value)) return false
  const v = value as Record<string, unknown>
  return (
    (typeof v['status'] === 'number' || typeof v['statusCode'] === 'number') &&
    v['headers'] === undefined &&
    v['body'] === undefined &&
    Object.keys(value).some((key) => !responseKeys.has(key))
  )
}

/**
 * True for an object made by a literal or `JSON.parse` (its prototype is null or an
 * `Object.prototype`, of any realm: `Response.json()` parses in Node's own, which a test file
 * under Jest does not share), not by a class.
 *
 * @example
 * ```ts
 * isPlainObject({ status: 500 }) // true; isPlainObject(new Response()) // false
 * ```
 */
export function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null
  return proto === null || Object.getPrototypeOf(proto) === null
}
