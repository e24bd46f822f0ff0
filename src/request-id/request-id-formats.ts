import { parseTraceparent } from './parse-traceparent.ts'

/**
 * A named request ID format that `toHaveRequestId()` and `requestIdFormats` know.
 *
 * @example
 * ```ts
 * import { requestIdFormats, type RequestIdFormat } from 'safe500'
 * const format: RequestIdFormat = 'ulid'
 * requestIdFormats[format]('01ARZ3NDEKTSV4RRFFQ69G5FAV') // true
 * await expect(res).toHaveRequestId(format)
 * ```
 */
export type RequestIdFormat = 'uuid' | 'ulid' | 'traceparent' | 'hex'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ulid = /^[0-7][0-9a-hjkmnp-tv-z]{25}$/i
const hex = /^[0-9a-f]{8,128}$/i
const zeros = /^[0-]{1,128}$/

/**
 * Tests for the request ID formats, by name: `uuid` (any version, not the nil UUID), `ulid`
 * (Crockford base32, 26 characters), `traceparent` (W3C, strict: version 00, lowercase, not all
 * zero) and `hex` (8 to 128 hex digits, not all zero).
 *
 * @example
 * ```ts
 * import { requestIdFormats } from 'safe500'
 * requestIdFormats.uuid('3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c') // true
 * requestIdFormats.hex('req-1') // false
 * ```
 */
export const requestIdFormats: Readonly<Record<RequestIdFormat, (value: string) => boolean>> = {
  uuid: (value) => uuid.test(value) && !zeros.test(value),
  ulid: (value) => ulid.test(value),
  traceparent: (value) => parseTraceparent(value) !== undefined,
  hex: (value) => hex.test(value) && !zeros.test(value),
}

/**
 * True when `name` is one of the format names of `requestIdFormats`.
 *
 * @example
 * ```ts
 * isRequestIdFormat('uuid') // true
 * isRequestIdFormat('3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c') // false
 * ```
 */
export function isRequestIdFormat(name: unknown): name is RequestIdFormat {
  return typeof name === 'string' && Object.hasOwn(requestIdFormats, name)
}
