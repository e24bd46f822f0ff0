import { maskSecrets } from '../audit/mask-secrets.ts'
import { describeValue } from './describe-value.ts'

/** What a copy keeps besides the message and stack: what says which call failed, and how. */
const kept = ['name', 'code', 'errno', 'syscall', 'address', 'port', 'status', 'statusCode']
/** Causes deeper than this are dropped from the copy. */
const deepest = 4
/** Most errors copied for one cause, its own causes and an AggregateError's errors together. */
const mostCopies = 50

/**
 * The `cause` to give a `Safe500Error`: a copy of the error with the secrets of its message and
 * stack masked (see `maskSecrets`), keeping its prototype (`instanceof` still holds), its name,
 * its code and the other fields that say what failed (errno, syscall, address, port, status), its
 * own cause and an `AggregateError`'s errors, copied the same way. Everything else is dropped:
 * test runners print a cause's fields, and an axios error's `config` holds the request's headers,
 * a bearer token among them. A string is masked; a value that is no error (a plain object thrown)
 * becomes its masked description, `an object with keys code, config`. Reading the error never
 * throws: a field whose getter throws is left out.
 *
 * @example
 * ```ts
 * new Safe500Error('ERR_BODY_READ', message, { cause: maskedCause(error) })
 * ```
 */
export function maskedCause(error: unknown): unknown {
  let copies = 0
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return maskSecrets(value)
    if (typeof value !== 'object' || value === null) return value
    try {
      if (isErrorLike(value) && ++copies <= mostCopies) return copyError(value, depth, copy)
    } catch {
      // Read as a value below.
    }
    try {
      return maskSecrets(describeValue(value))
    } catch {
      return 'a value that cannot be read'
    }
  }
  return copy(error, 0)
}

function copyError(
  error: object,
  depth: number,
  copy: (value: unknown, depth: number) => unknown,
): Error {
  // A real error (runners print a cause only if it is one, Jest across realms too), with the
  // prototype of the one it copies.
  const out = new Error()
  Object.setPrototypeOf(out, Object.getPrototypeOf(error) as object | null)
  const own = (key: string, value: unknown, enumerable = false) =>
    Object.defineProperty(out, key, { value, enumerable, writable: true, configurable: true })
  const message = read(error, 'message')
  own('message', maskSecrets(typeof message === 'string' ? message : ''))
  const stack = read(error, 'stack')
  if (typeof stack === 'string') own('stack', maskSecrets(stack))
  else delete (out as { stack?: unknown }).stack
  for (const key of kept) {
    const value = read(error, key)
    if (typeof value === 'string' || typeof value === 'number')
      own(key, value, Object.prototype.propertyIsEnumerable.call(error, key))
  }
  // Vitest prints an error by its `toJSON` when it has one, else by every property along its
  // prototype chain: the copy's own `toJSON` keeps it to what the copy holds (a copy of an
  // AxiosError would print `config: undefined` by the class's, one of a DOMException its 25
  // constants).
  own('toJSON', function toJSON(this: Record<string, unknown>) {
    const fields: Record<string, unknown> = {}
    for (const key of Object.getOwnPropertyNames(this))
      if (key !== 'toJSON') fields[key] = this[key]
    return fields
  })
  if (depth >= deepest) return out
  const cause = read(error, 'cause')
  if (cause !== undefined) own('cause', copy(cause, depth + 1))
  const errors = read(error, 'errors')
  if (Array.isArray(errors))
    own(
      'errors',
      errors.slice(0, 20).map((e: unknown) => copy(e, depth + 1)),
    )
  return out
}

/** An error from any realm (Jest runs tests in a context of their own): a message and a name. */
function isErrorLike(value: object): boolean {
  return typeof read(value, 'message') === 'string' && typeof read(value, 'name') === 'string'
}

/** A field of the error, or undefined if reading it throws (a getter of a foreign object). */
function read(error: object, key: string): unknown {
  try {
    return (error as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}
