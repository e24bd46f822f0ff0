import { Safe500Error } from './errors.ts'
import { closest } from './format/closest.ts'

/**
 * Throws `ERR_BAD_OPTION` when `options` holds a key that is not one of `known`, naming the
 * nearest known key ("did you mean `maxBytes`?") or listing them all. `prefix` names the caller
 * (`capture(): `). A misspelled option would otherwise be ignored without a word.
 *
 * @example
 * ```ts
 * checkKeys({ maxbytes: 10 }, ['maxBytes', 'timeout'], 'capture(): ')
 * // [safe500] capture(): Unknown option `maxbytes`: did you mean `maxBytes`?
 * ```
 */
export function checkKeys(options: object, known: readonly string[], prefix = ''): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue
    const hint = closest(key, known)
    throw new Safe500Error(
      'ERR_BAD_OPTION',
      `${prefix}Unknown option \`${key}\`: ${hint ? `did you mean \`${hint}\`?` : `the options are ${known.join(', ')}.`}`,
    )
  }
}
