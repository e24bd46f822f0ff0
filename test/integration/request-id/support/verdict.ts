import { capture, droppedHeaders, findRequestIds, findTrace, probeRequestId } from 'safe500'
import type { RequestIdApp } from './apps.ts'

/** What safe500 says about one app's request IDs, one column per check. */
export interface Verdict {
  /** Where the 500 carries the ID: `header + body`, `header`, `body`, `none`. */
  readonly onError: string
  /** `yes`, `counter`, `repeated`, or `-` when there is no ID to compare. */
  readonly unique: string
  /** The hostile inbound IDs that came back (and where), or `none`. */
  readonly hostileEchoed: string
  /** The inbound headers whose well-formed ID came back, or `none`. */
  readonly propagates: string
  /** `yes`, or why not. */
  readonly traceable: string
  /** `yes`, or the headers of a 200 the 500 drops. */
  readonly keepsHeaders: string
}

/** The columns of the verdict table, in order, with their headings. */
export const columns: readonly (readonly [keyof Verdict, string])[] = [
  ['onError', 'ID on the 500'],
  ['unique', 'unique per request'],
  ['hostileEchoed', 'hostile inbound ID echoed'],
  ['propagates', 'well-formed inbound ID echoed'],
  ['traceable', 'traceable in logs'],
  ['keepsHeaders', 'keeps the headers of a 200'],
]

/** Measures every column for `app` with safe500's own engine and matchers' building blocks. */
export async function measureVerdict(app: RequestIdApp): Promise<Verdict> {
  const probe = await probeRequestId({ url: app.url('/boom'), propagates: false })
  const rules = new Set(probe.findings.map((f) => f.rule))

  const hostile = new Map<string, Set<string>>()
  const propagated = new Set<string>()
  for (const f of probe.findings) {
    if (f.rule !== 'request-id-reflected') continue
    const place = f.where.startsWith('header') ? 'header' : 'body'
    const kind = /hostile inbound ID \(([^)]{1,60})\)/.exec(f.message)?.[1]
    if (kind) hostile.set(kind, (hostile.get(kind) ?? new Set()).add(place))
    const name = /well-formed inbound ID sent in ([\w-]{1,40})/.exec(f.message)?.[1]
    if (name) propagated.add(name)
  }

  await app.idle()
  app.logs.clear()
  const failed = await capture(await fetch(app.url('/boom')))
  const ok = await capture(await fetch(app.url('/ok')))
  await app.idle()
  const ids = findRequestIds(failed)
  const header = ids.header !== undefined
  const body = ids.body !== undefined
  const trace = findTrace(
    app.logs,
    ids.all.map((id) => id.value),
  )
  const dropped = droppedHeaders(ok, failed)

  return {
    onError: header && body ? 'header + body' : header ? 'header' : body ? 'body' : 'none',
    unique: rules.has('request-id-counter')
      ? 'counter'
      : rules.has('request-id-repeated')
        ? 'repeated'
        : probe.requestIds.some((id) => id !== undefined)
          ? 'yes'
          : '-',
    hostileEchoed: hostileSummary(hostile),
    propagates: propagated.size === 0 ? 'none' : [...propagated].join(', '),
    traceable:
      ids.all.length === 0
        ? 'no: no ID on the 500'
        : trace.record
          ? 'yes'
          : trace.withId.length === 0
            ? 'no: the ID is in no log record'
            : 'no: no record has the ID and the error',
    keepsHeaders: dropped.length === 0 ? 'yes' : `drops ${dropped.map((d) => d.name).join(', ')}`,
  }
}

/** The verdicts as a Markdown table, one row per app. */
export function verdictTable(verdicts: Readonly<Record<string, Verdict>>): string {
  const head = `| app | ${columns.map(([, title]) => title).join(' | ')} |`
  const rule = `|---|${columns.map(() => '---').join('|')}|`
  const rows = Object.entries(verdicts).map(
    ([app, verdict]) => `| ${app} | ${columns.map(([key]) => verdict[key]).join(' | ')} |`,
  )
  return [head, rule, ...rows].join('\n')
}

/** `markup, 8 KB, non-ASCII (header, body)`: the kinds echoed, grouped by where they came back. */
function hostileSummary(hostile: ReadonlyMap<string, ReadonlySet<string>>): string {
  if (hostile.size === 0) return 'none'
  const byPlace = new Map<string, string[]>()
  for (const [kind, places] of hostile) {
    const key = [...places].sort().reverse().join(', ')
    byPlace.set(key, [...(byPlace.get(key) ?? []), kind])
  }
  return [...byPlace].map(([places, kinds]) => `${kinds.join(', ')} (${places})`).join('; ')
}
