import { audit } from 'safe500'
import type { FaultCase, Upstreams } from 'safe500/msw'
import { startApp } from 'safe500/fixtures'
import type { ClientName } from './call-upstream.ts'
import { checkoutApp, type Framework, type Style } from './checkout-app.ts'

/** The verdict on one answer of the app: did it pass, and which categories were found. */
export interface Verdict {
  readonly status: number
  readonly ok: boolean
  readonly categories: readonly string[]
}

/** The faults whose point is time: the app must give up on its own, after its short timeout. */
const timing = new Set(['hang', 'slow-headers', 'dribble'])

/**
 * Starts a checkout app on `framework` calling `upstream` with `client`, arms every fault of
 * `matrix` on a tenant path of its own (`<upstream>/t<n>/*`), calls `POST /checkout?tenant=t<n>`
 * for all of them at once and audits each answer as a 5xx. The app waits 200 ms for a timing
 * fault and 5 s for the others, so that a busy machine cannot turn them into timeouts.
 */
export async function verdicts(
  upstreams: Upstreams,
  matrix: (url: string) => readonly FaultCase[],
  setup: { framework: Framework; client: ClientName; style: Style; upstream: string },
): Promise<{ cases: readonly FaultCase[]; table: Record<string, Verdict> }> {
  const cases = matrix(setup.upstream).map((_, n) => matrix(`${setup.upstream}/t${n}/*`)[n]!)
  upstreams.use(...cases.map((c) => c.fault))
  const app = await startApp(checkoutApp(setup.framework, setup))
  try {
    const rows = await Promise.all(
      cases.map(async ({ name, family }, n) => {
        const timeout = timing.has(family) ? '&timeout=200' : ''
        const res = await fetch(`${app.url}/checkout?tenant=t${n}${timeout}`, { method: 'POST' })
        const report = await audit(res, { status: [500, 502, 503, 504] })
        const categories = [...new Set(report.findings.map((f) => f.category))]
        return [name, { status: report.status, ok: report.ok, categories }] as const
      }),
    )
    return { cases, table: Object.fromEntries(rows) }
  } finally {
    await app.close()
  }
}

/** Which faults carry canaries a naive app echoes: the bodies (but an empty one) and network errors. */
export function echoesCanaries({ family, name }: FaultCase): boolean {
  return (family === 'status' && !name.includes('(empty)')) || family === 'network-error'
}
