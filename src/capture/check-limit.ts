import { Safe500Error } from '../errors.ts'
import { showValue } from '../format/show-value.ts'

/**
 * Throws `ERR_BAD_OPTION` unless a read limit (`maxBytes`, `timeout`) is a positive finite number;
 * `prefix` names the caller in the message (`configure(): `).
 *
 * @example
 * ```ts
 * checkLimit('timeout', 5000) // fine
 * checkLimit('maxBytes', '1mb') // throws [safe500] Invalid maxBytes option "1mb": give a positive number ...
 * ```
 */
export function checkLimit(
  name: 'maxBytes' | 'timeout',
  value: unknown,
  prefix = '',
): asserts value is number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return
  throw new Safe500Error(
    'ERR_BAD_OPTION',
    `${prefix}Invalid ${name} option ${showValue(value)}: give a positive number (of ${name === 'maxBytes' ? 'bytes, e.g. { maxBytes: 1_048_576 }' : 'milliseconds, e.g. { timeout: 10_000 }'}).`,
  )
}
