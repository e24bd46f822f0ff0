import { capture, droppedHeaders, Safe500Error, type DroppedHeadersOptions } from '../src/index.ts'
import type { MatcherContext, MatcherResult } from './internal/context.ts'
import { atCaller } from './internal/at-caller.ts'
import { captureReceived } from './internal/capture-received.ts'
import { clip, snapshotSummary } from './internal/request-id-lines.ts'

/**
 * Passes when the error response keeps the security headers (HSTS, CSP, nosniff,
 * X-Frame-Options, Referrer-Policy, ...) and request ID headers that a healthy response from the
 * same app carries. Koa drops every header set before an error; this catches it. Always `await` it.
 *
 * @example
 * ```ts
 * const ok = await fetch(`${app.url}/health`)
 * const failed = await fetch(`${app.url}/boom`)
 * await expect(failed).toKeepHeadersOf(ok)
 * await expect(failed).toKeepHeadersOf(ok, { headers: ['x-tenant'], ignore: ['x-dns-prefetch-control'] })
 * ```
 */
export function toKeepHeadersOf(
  this: MatcherContext,
  received: unknown,
  healthy: unknown,
  options: DroppedHeadersOptions = {},
): Promise<MatcherResult> {
  return atCaller(toKeepHeadersOf, async () => {
    const failed = await captureReceived('toKeepHeadersOf', received)
    let ok
    try {
      ok = await capture(healthy)
    } catch (error) {
      if (error instanceof Safe500Error)
        throw new Safe500Error(
          error.code,
          `toKeepHeadersOf(): the healthy response to compare with: ${error.message.replace(/^\[safe500\] /, '')}`,
          { cause: error.cause },
        )
      throw error
    }
    // An error response is what is checked: a healthy one in its place says nothing (and with the
    // arguments swapped, every header the error drops would be read the other way round).
    if (failed.status < 400) {
      throw new Safe500Error(
        'ERR_BAD_OPTION',
        `toKeepHeadersOf(): the response under test answered ${failed.status}, not an error${ok.status >= 400 ? `, and the healthy one to compare with answered ${ok.status}: the arguments look swapped` : ''}. Write \`await expect(failed).toKeepHeadersOf(healthy)\`: the error response first, the healthy one as the argument.`,
      )
    }
    if (ok.status >= 500) {
      throw new Safe500Error(
        'ERR_BAD_OPTION',
        `toKeepHeadersOf(): the healthy response to compare with answered ${ok.status}, an error itself. Pass the response of a route that works, e.g. await fetch(\`\${app.url}/health\`).`,
      )
    }
    const dropped = droppedHeaders(ok, failed, options)
    const pass = dropped.length === 0
    const hint = this.utils.matcherHint('toKeepHeadersOf', 'received', 'healthy', {
      isNot: this.isNot,
      ...(this.promise ? { promise: this.promise } : {}),
    })
    const both = `  healthy: ${snapshotSummary(ok)}\n  error:   ${snapshotSummary(failed)}`
    const message = (): string =>
      pass
        ? `${hint}\n\nExpected the error response to drop a header the healthy one sends, but it keeps every security and request ID header of it.\n\n${both}`
        : `${hint}\n\nExpected the error response to keep the headers the healthy one sends, but it drops ${dropped.length}:\n\n${dropped
            .map((d) => `  ${d.name}: ${JSON.stringify(clip(d.value, 60))}`)
            .join('\n')}\n\n${both}`
    return { pass, message }
  })
}
