import { fileURLToPath } from 'node:url'
import { Safe500Error } from '../../src/index.ts'

/** safe500's matchers folder, as stack frames name it: a file URL (ES modules) or a path. */
const folder = new URL('..', import.meta.url)
const ownFolder = [folder.href, ...(folder.protocol === 'file:' ? [fileURLToPath(folder)] : [])]

/** Frames a call site keeps: the runner's own frames come before the test's. */
const depth = 30

/**
 * Runs a matcher's `work`, called by `matcher` itself before its first `await`. A `[safe500]`
 * error that `work` throws, or its promise rejects with (a bad option, a value that is no
 * response), gets the stack of the call that ran the matcher, safe500's own frames left out: the
 * runner then shows the test's line, not safe500's code after an `await`. Other errors, and
 * verdicts, pass unchanged.
 *
 * @example
 * ```ts
 * export function toBeSafe500(this: MatcherContext, received: unknown, options?: AuditOptions) {
 *   return atCaller(toBeSafe500, async () => {
 *     const report = await auditReceived('toBeSafe500', received, options)
 *     return reportResult(this, 'toBeSafe500', '', report, report.ok, sentences)
 *   })
 * }
 * ```
 */
export function atCaller<T>(matcher: (...args: never[]) => unknown, work: () => T): T {
  const site = callSite(matcher)
  let result: T
  try {
    result = work()
  } catch (error) {
    throw pointed(error, site)
  }
  return result instanceof Promise
    ? (result.catch((error: unknown) => {
        throw pointed(error, site)
      }) as T)
    : result
}

/**
 * The frames above `matcher` now: the runner's, then the test's. V8 formats them only when the
 * stack is read, so a matcher that throws nothing pays for the capture alone.
 *
 * @example
 * ```ts
 * const site = callSite(guarded) // in the method that wraps a matcher, before it returns
 * ```
 */
export function callSite(matcher: (...args: never[]) => unknown): { stack?: string | undefined } {
  const site: { stack?: string | undefined } = {}
  const limit = Error.stackTraceLimit
  try {
    Error.stackTraceLimit = Math.max(typeof limit === 'number' ? limit : 0, depth)
  } catch {
    // A frozen Error: keep its limit.
  }
  try {
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(site, matcher)
    else site.stack = new Error().stack
  } finally {
    try {
      Error.stackTraceLimit = limit
    } catch {
      // As above.
    }
  }
  return site
}

/** The error with the call site's frames (safe500's own left out), when it is a `[safe500]` one. */
function pointed(error: unknown, site: { stack?: string | undefined }): unknown {
  return error instanceof Safe500Error ? withFramesOf(error, site) : error
}

/**
 * `error`, its stack now its own first line and the frames of `site` (safe500's own left out):
 * runners draw their code frame at the first frame outside their own code, which is then the
 * test's line. An error whose stack cannot be set is returned as it is.
 *
 * @example
 * ```ts
 * return result.catch((error: unknown) => {
 *   throw error instanceof Error ? withFramesOf(error, site) : error
 * })
 * ```
 */
export function withFramesOf<E extends Error>(error: E, site: { stack?: string | undefined }): E {
  const frames = (site.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !ownFolder.some((own) => line.includes(own)))
  if (frames.length === 0) return error
  try {
    error.stack = `${error.name}: ${error.message}\n${frames.join('\n')}`
  } catch {
    // A frozen error keeps its own stack.
  }
  return error
}
