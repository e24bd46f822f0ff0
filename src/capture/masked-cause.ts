import { maskSecrets } from '../audit/mask-secrets.ts'

/** What a copy keeps besides the message and stack: what says which call failed, and how. */
const kept = ['name', 'code', 'errno', 'syscall', 'address', 'port', 'status', 'statusCode']
/** Causes deeper than this are dropped from the copy. */
const deepest = 4

/**
 * The `cause` to give a `Safe500Error`: a copy of the error with the secrets of its message and
 * stack masked, keeping its prototype (`instanceof` still holds), its name, its code and the
 * other fields that say what failed (errno, syscall, address, port, status), its own cause and
 * an `AggregateError`'s errors, copied the same way. Everything else is dropped: test runners
 * print a cause's fields, and an axios error's `config` holds the request's headers, a bearer
 * token among them. A value that is no error is kept, masked if it is a string.
 *
 * @example
 * ```ts
 * new Safe500Error('ERR_BODY_READ', message, { cause: maskedCause(error) })
 * ```
 */
export function maskedCause(error: unknown, depth = 0): unknown {
  if (typeof error === 'string') return maskSecrets(error)
  if (!isErrorLike(error)) return error
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Record<string, unknown>
  const own = (key: string, value: unknown, enumerable = false) =>
    Object.defineProperty(copy, key, { value, enumerable, writable: true, configurable: true })
  own('message', maskSecrets(error.message))
  if (typeof error.stack === 'string') own('stack', maskSecrets(error.stack))
  for (const key of kept) {
    const value = read(error, key)
    if (typeof value === 'string' || typeof value === 'number')
      own(key, value, Object.prototype.propertyIsEnumerable.call(error, key))
  }
  const { cause, errors } = error as { cause?: unknown; errors?: unknown }
  if (cause !== undefined && depth < deepest) own('cause', maskedCause(cause, depth + 1))
  if (Array.isArray(errors) && depth < deepest)
    own(
      'errors',
      errors.slice(0, 20).map((e) => maskedCause(e, depth + 1)),
    )
  return copy
}

/** An error from any realm (Jest runs tests in a context of their own): a message and a name. */
function isErrorLike(value: unknown): value is Error {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string' &&
    typeof (value as { name?: unknown }).name === 'string'
  )
}

/** A field of the error, or undefined if reading it throws (a getter of a foreign object). */
function read(error: Error, key: string): unknown {
  try {
    return (error as unknown as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}
