/**
 * The fields of a W3C `traceparent` value.
 *
 * @example
 * ```ts
 * import { parseTraceparent, type Traceparent } from 'safe500'
 * const parsed: Traceparent | undefined = parseTraceparent(res.headers.get('traceparent') ?? '')
 * const sampled = parsed !== undefined && (parseInt(parsed.flags, 16) & 1) === 1
 * console.log(parsed?.traceId) // '4bf92f3577b34da6a3ce929d0e0e4736'
 * ```
 */
export interface Traceparent {
  /** `00`, the only version the Recommendation defines. */
  readonly version: string
  /** 32 lowercase hex digits, not all zero. */
  readonly traceId: string
  /** 16 lowercase hex digits, not all zero. */
  readonly parentId: string
  /** 2 lowercase hex digits; bit 0 is "sampled". */
  readonly flags: string
}

const shape = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/

/**
 * Parses a `traceparent` value strictly, as W3C Trace Context asks: version `00`, lowercase hex,
 * 55 characters, neither the trace-id nor the parent-id all zero. Anything else is `undefined`,
 * and a receiver must ignore the whole header.
 *
 * @example
 * ```ts
 * import { parseTraceparent } from 'safe500'
 * parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')?.traceId
 * // '4bf92f3577b34da6a3ce929d0e0e4736'
 * parseTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01') // undefined
 * ```
 */
export function parseTraceparent(value: string): Traceparent | undefined {
  if (value.length !== 55) return undefined
  const match = shape.exec(value)
  if (!match) return undefined
  const [, version, traceId, parentId, flags] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ]
  if (version !== '00') return undefined
  if (/^0{32}$/.test(traceId) || /^0{16}$/.test(parentId)) return undefined
  return { version, traceId, parentId, flags }
}

/**
 * Why a `traceparent` value is invalid (for a message), or `undefined` when it is valid.
 *
 * @example
 * ```ts
 * traceparentProblem('00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01') // 'uses upper-case hex'
 * ```
 */
export function traceparentProblem(value: string): string | undefined {
  if (parseTraceparent(value)) return undefined
  if (value.length !== 55) return `is ${value.length} characters long, not 55`
  const loose = /^([0-9a-fA-F]{2})-([0-9a-fA-F]{32})-([0-9a-fA-F]{16})-([0-9a-fA-F]{2})$/.exec(
    value,
  )
  if (!loose) return 'is not version-traceid-parentid-flags in hex'
  if (value !== value.toLowerCase()) return 'uses upper-case hex'
  if (loose[1] !== '00') return `has version ${loose[1]}, not 00`
  if (/^0{32}$/.test(loose[2] ?? '')) return 'has an all-zero trace-id'
  return 'has an all-zero parent-id'
}
