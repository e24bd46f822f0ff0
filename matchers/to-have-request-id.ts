import {
  findRequestIds,
  requestIdFormats,
  Safe500Error,
  type AuditOptions,
  type FoundRequestId,
  type RequestIdFormat,
} from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'
import { captureReceived } from './internal/capture-received.ts'
import { idLines, snapshotSummary } from './internal/request-id-lines.ts'

/**
 * What a request ID is expected to be: the exact value, a pattern, or a format name.
 *
 * @example
 * ```ts
 * import type { ExpectedRequestId } from 'safe500/matchers'
 * const expected: ExpectedRequestId = process.env.OTEL ? 'traceparent' : /^req_[a-z0-9]{20}$/
 * await expect(res).toHaveRequestId(expected)
 * ```
 */
export type ExpectedRequestId = RequestIdFormat | (string & {}) | RegExp

/**
 * Passes when the response carries a request ID (in a header such as X-Request-Id, X-Correlation-Id,
 * Request-Id, traceparent or one in `options.requestIdHeaders`, or in the body: JSON members like
 * `requestId` at any depth, problem+json `instance`, "Request ID: …" in text and HTML), header
 * and body agree when both carry one, and it is `expected`: the value itself, a RegExp, or one of
 * the formats `uuid`, `ulid`, `traceparent`, `hex`. `options.requestId` says where it must be
 * (default `either`). Always `await` it.
 *
 * @example
 * ```ts
 * await expect(res).toHaveRequestId()
 * await expect(res).toHaveRequestId('uuid', { requestId: 'both' })
 * await expect(res).toHaveRequestId(res.headers.get('x-request-id')!)
 * ```
 */
export function toHaveRequestId(
  this: MatcherContext,
  received: unknown,
  expected?: ExpectedRequestId,
  options?: AuditOptions,
): Promise<MatcherResult> {
  return atCaller(toHaveRequestId, async () => {
    if (expected !== undefined && typeof expected !== 'string' && !(expected instanceof RegExp)) {
      throw new Safe500Error(
        'ERR_BAD_OPTION',
        `toHaveRequestId(): expected must be the ID (a string), a RegExp, or one of ${Object.keys(requestIdFormats).join(', ')}, received ${typeof expected}. To pass options only, write toHaveRequestId(undefined, { requestId: 'both' }).`,
      )
    }
    const snapshot = await captureReceived('toHaveRequestId', received)
    const ids = findRequestIds(snapshot, options)
    const given = options?.requestId
    const placement = given === false ? 'none' : (given ?? 'either')
    const present =
      placement === 'both'
        ? ids.header !== undefined && ids.body !== undefined
        : placement === 'header'
          ? ids.header !== undefined
          : placement === 'body'
            ? ids.body !== undefined
            : ids.all.length > 0
    const primary = placement === 'body' ? ids.body : (ids.header ?? ids.body)
    const matches = primary !== undefined && matchesExpected(primary, expected)
    const pass = present && ids.agree && matches
    const hint = this.utils.matcherHint('toHaveRequestId', 'received', expectedLabel(expected), {
      isNot: this.isNot,
      ...(this.promise ? { promise: this.promise } : {}),
    })
    const where = { header: 'a header', body: 'the body', both: 'a header and the body' }
    const expectedText =
      expected === undefined
        ? ''
        : typeof expected === 'string' && Object.hasOwn(requestIdFormats, expected)
          ? ` in the ${expected} format`
          : ` matching ${this.utils.printExpected(expected)}`
    const message = (): string => {
      if (pass)
        return `${hint}\n\nExpected no request ID${expectedText}, but the response carries ${this.utils.printReceived(primary?.value)} (${primary?.where}).\n\n${idLines(ids.all)}`
      if (!present)
        return `${hint}\n\nExpected a request ID in ${placement in where ? where[placement as keyof typeof where] : 'a header or the body'}, but found ${ids.all.length === 0 ? 'none' : `one only in ${ids.header ? 'a header' : 'the body'}`}.\n\n${ids.all.length > 0 ? `${idLines(ids.all)}\n\n` : ''}  ${snapshotSummary(snapshot)}`
      if (!ids.agree)
        return `${hint}\n\nExpected the header and the body to carry the same request ID, but they differ, so support may search for an ID that was never logged.\n\n${idLines(ids.all)}`
      return `${hint}\n\nExpected the request ID${expectedText}, but it is ${this.utils.printReceived(primary?.value)} (${primary?.where}).${formatHint(expected)}`
    }
    return { pass, message }
  })
}

function matchesExpected(id: FoundRequestId, expected: ExpectedRequestId | undefined): boolean {
  if (expected === undefined) return true
  if (expected instanceof RegExp) {
    const pattern = new RegExp(expected.source, expected.flags.replace(/[gy]/g, ''))
    return pattern.test(id.value) || pattern.test(id.raw)
  }
  if (Object.hasOwn(requestIdFormats, expected)) {
    const test = requestIdFormats[expected as RequestIdFormat]
    return expected === 'traceparent' ? test(id.raw) : test(id.value) || test(id.raw)
  }
  return id.value === expected || id.raw === expected
}

function expectedLabel(expected: ExpectedRequestId | undefined): string {
  return expected === undefined ? '' : 'expected'
}

/**
 * For an expected value that is no format but reads like one (`'uuidv4'`, `'UUID'`, `'trace'`):
 * the format meant.
 */
function formatHint(expected: ExpectedRequestId | undefined): string {
  if (typeof expected !== 'string' || Object.hasOwn(requestIdFormats, expected)) return ''
  const word = expected.toLowerCase()
  const format =
    word.length <= 16
      ? Object.keys(requestIdFormats).find((f) => word.startsWith(f) || f.startsWith(word))
      : undefined
  return format === undefined
    ? ''
    : ` A string is the ID itself; to check the format, write toHaveRequestId('${format}').`
}
