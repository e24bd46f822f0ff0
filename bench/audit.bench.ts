/**
 * `npm run bench`: how fast `auditSnapshot` is against the floor of decoding the same bytes plus one
 * linear pass of a simple regex, measured side by side in this process. Prints MB/s and the ratio to
 * the floor for safe, leaky and adversarial bodies of 1 KB to 10 MB, how time grows with body size
 * and with the number of rules, and which rules are slowest on each adversarial body.
 *
 * Flags: `--quick` (smaller time budgets), `--no-rules` (skip the per-rule table), `--no-corpus`
 * (skip the timing of the corpus's real responses), `--max-size=<KB>` (only bodies up to that
 * size), `--wall` (wall-clock instead of CPU time).
 */
import type { AuditOptions, Rule, Snapshot, Subject } from '../src/index.ts'
import { auditSnapshot, defineRule, findRequestIds, rules } from '../src/index.ts'
import { runRules } from '../src/audit/run-rules.ts'
import { createSubject } from '../src/audit/subject.ts'
import { keywordGate } from '../src/audit/keywords.ts'
import { resolveOptions } from '../src/options.ts'
import { corpusSnapshots } from './corpus-snapshots.ts'
import { KB, MB, adversarialBody, leakyBody, safeBody, stressBody, stressors } from './bodies.ts'
import { clockName, compare, keep, medianOf, percentile, sinkValue, time } from './measure.ts'

const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
/** One short batch per corpus sample and pass: the passes give the samples.*/
const corpusSampling = { minSamples: 1, batchMs: 0.5 }
const budget = (size: number) =>
  (quick ? 0.4 : 1) * (size >= 10 * MB ? 2500 : size >= MB ? 800 : 400)

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8')
const floorPattern = /\berror\b/gi

function headersFor(bytes: Uint8Array): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(bytes.byteLength),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
  }
}

/** A snapshot built directly from bytes (no capture(), so no 4 MiB cap): decode + the rest. */
function snapshotOf(bytes: Uint8Array, headers: Record<string, string>): Snapshot {
  return {
    status: 500,
    statusText: 'Internal Server Error',
    headers,
    body: bytes,
    text: decoder.decode(bytes),
    truncated: false,
    wireLength: bytes.byteLength,
  }
}

/** The floor: decode the bytes, then one linear pass of a simple regex. */
function floor(bytes: Uint8Array): number {
  const text = decoder.decode(bytes)
  let n = 0
  for (const _ of text.matchAll(floorPattern)) n++
  return n
}

function auditBytes(bytes: Uint8Array, headers: Record<string, string>, options?: AuditOptions) {
  return auditSnapshot(snapshotOf(bytes, headers), options)
}

const fmtSize = (size: number) => (size >= MB ? `${size / MB} MB` : `${size / KB} KB`)
const fmtMs = (ms: number) => (ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(3) : ms.toFixed(1))
const mbps = (size: number, ms: number) => (size / MB / (ms / 1000)).toFixed(0)

function table(head: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
  console.log()
}

const bodies: Readonly<Record<string, (size: number) => string>> = {
  safe: safeBody,
  leaky: leakyBody,
  adversarial: adversarialBody,
}
const sizeArg = process.argv.find((a) => a.startsWith('--max-size='))
const maxSize = sizeArg ? Number(sizeArg.slice('--max-size='.length)) * KB : Infinity
const sizes = [KB, 64 * KB, MB, 10 * MB].filter((s) => s <= maxSize)

console.log(
  `safe500 audit benchmark: node ${process.version}, ${rules.length} rules, ${rules.flatMap((r) => r.patterns).length} patterns`,
)
console.log(
  'Audit = decode the bytes + auditSnapshot() on a snapshot built directly (no capture(), so the',
)
console.log(
  "10 MB bodies are not cut at capture's 4 MiB default). Floor = decode + one pass of /\\berror\\b/gi.",
)
console.log(`Both run in alternating batches in this process; times are medians of ${clockName}.\n`)

// 0. Warm up: the engine compiles the audit's code paths for every kind of body before any is
// timed, so the first bodies timed do not pay for compiling what the later ones reuse.
for (const kind of Object.keys(bodies)) {
  for (const size of sizes.filter((s) => s <= 64 * KB)) {
    const bytes = encoder.encode((bodies[kind] as (n: number) => string)(size))
    const headers = headersFor(bytes)
    for (let i = 0; i < (size <= KB ? 300 : 30); i++) keep(auditBytes(bytes, headers))
  }
}

// 1. Audit against the floor.
const results = new Map<string, number>()
const rows: string[][] = []
for (const kind of Object.keys(bodies)) {
  for (const size of sizes) {
    const bytes = encoder.encode((bodies[kind] as (n: number) => string)(size))
    const headers = headersFor(bytes)
    const findings = auditBytes(bytes, headers).findings.length
    const [floorMs, auditMs] = compare(
      [() => floor(bytes), () => auditBytes(bytes, headers)],
      budget(size),
    ) as [number, number]
    results.set(`${kind} ${size}`, auditMs)
    rows.push([
      kind,
      fmtSize(size),
      fmtMs(floorMs),
      fmtMs(auditMs),
      mbps(bytes.byteLength, floorMs),
      mbps(bytes.byteLength, auditMs),
      `${(auditMs / floorMs).toFixed(2)}x`,
      String(findings),
    ])
  }
}
table(
  ['body', 'size', 'floor ms', 'audit ms', 'floor MB/s', 'audit MB/s', 'ratio', 'findings'],
  rows,
)

// What any scan written in JavaScript costs: one pass over the decoded text, a table lookup per
// character, and nothing else (the keyword pre-check does this, and more, on each view).
{
  const size = Math.min(MB, Math.max(...sizes))
  const bytes = encoder.encode(safeBody(size))
  const table = new Uint8Array(0x10000)
  const jsPass = () => {
    const text = decoder.decode(bytes)
    let sum = 0
    for (let i = 0; i < text.length; i++) sum += table[text.charCodeAt(i)] as number
    return sum
  }
  const [floorMs, passMs] = compare([() => floor(bytes), jsPass], budget(size)) as [number, number]
  console.log(
    `Reference: decode + one JavaScript pass over the ${fmtSize(size)} safe text (a table lookup per character): ${fmtMs(passMs)} ms, ${(passMs / floorMs).toFixed(2)}x the floor.\n`,
  )
}

// 2. Goals.
const at = (kind: string, size: number) => results.get(`${kind} ${size}`) as number
const ratio1mb = rows.filter((r) => r[1] === '1 MB').map((r) => `${r[0]} ${r[6]}`)
console.log(`Goal: 1 MB audit within 3x the floor ......... ${ratio1mb.join(', ')}`)
// Safe and adversarial side by side, alternating, so drift between the table's rows does not
// enter the ratio.
const sideBySide = sizes.map((size) => {
  const [safeMs, adversarialMs] = compare(
    [safeBody, adversarialBody].map((gen) => {
      const bytes = encoder.encode(gen(size))
      const headers = headersFor(bytes)
      return () => auditBytes(bytes, headers)
    }),
    budget(size),
  ) as [number, number]
  return `${fmtSize(size)} ${(adversarialMs / safeMs).toFixed(2)}x`
})
console.log(`Goal: adversarial within 2x of safe ........... ${sideBySide.join(', ')}`)
console.log(
  `Goal: 1 KB audit well under 0.1 ms ............ ${Object.keys(bodies)
    .map((k) => `${k} ${fmtMs(at(k, KB))} ms`)
    .join(', ')}\n`,
)

// 2b. Real responses: every corpus sample as its server sent it, captured once, timed alone in
// alternating passes over the whole corpus (each sample's median over the passes).
if (!args.has('--no-corpus')) {
  const samples = await corpusSnapshots()
  const options: AuditOptions = { status: [500, 502, 503, 504] }
  const passes = quick ? 2 : 5
  const perPass = samples.map((): number[] => [])
  for (let pass = 0; pass < passes; pass++)
    samples.forEach(({ snapshot }, i) =>
      perPass[i]?.push(time(() => auditSnapshot(snapshot, options), 0, corpusSampling)),
    )
  const timed = samples.map((s, i) => ({
    ...s,
    ms: medianOf(perPass[i] ?? []),
    size: s.snapshot.body.byteLength,
  }))
  type Timed = (typeof timed)[number]
  const row = (name: string, group: readonly Timed[]): string[] => {
    const ms = group.map((t) => t.ms).sort((a, b) => a - b)
    const sizes = group.map((t) => t.size).sort((a, b) => a - b)
    const under = group.filter((t) => t.ms < 0.1).length
    return [
      name,
      String(group.length),
      (percentile(sizes, 0.5) / KB).toFixed(1),
      ...[0.5, 0.9, 0.99].map((p) => fmtMs(percentile(ms, p))),
      fmtMs(ms.at(-1) ?? 0),
      `${((100 * under) / Math.max(1, group.length)).toFixed(1)}%`,
    ]
  }
  const head = [
    'samples',
    'count',
    'median KB',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'max ms',
    'under 0.1 ms',
  ]
  console.log(
    `Real responses: the ${samples.length} corpus samples as their servers sent them, auditSnapshot() alone (median of ${passes} passes)`,
  )
  table(head, [
    row(
      'safe',
      timed.filter((t) => t.verdict === 'safe'),
    ),
    row(
      'leaky',
      timed.filter((t) => t.verdict === 'leaky'),
    ),
    row('all', timed),
  ])
  const buckets: [string, number, number][] = [
    ['up to 1 KB', 0, KB],
    ['1-4 KB', KB, 4 * KB],
    ['4-16 KB', 4 * KB, 16 * KB],
    ['16-64 KB', 16 * KB, 64 * KB],
    ['over 64 KB', 64 * KB, Infinity],
  ]
  console.log('The same by body size')
  table(
    head,
    buckets.map(([name, from, to]) =>
      row(
        name,
        timed.filter((t) => t.size > from && t.size <= to),
      ),
    ),
  )
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5)
  console.log('Slowest samples')
  table(
    ['sample', 'KB', 'findings', 'ms'],
    slowest.map((t) => [
      t.file,
      (t.size / KB).toFixed(1),
      String(auditSnapshot(t.snapshot, options).findings.length),
      fmtMs(t.ms),
    ]),
  )
}

// 3. Growth with body size: ms per MB, and the exponent of time against size from 1 MB to 10 MB.
const [small, large] = sizes.slice(-2) as [number, number]
const growth = Object.keys(bodies).map((kind) => [
  kind,
  ...sizes.map((s) => (at(kind, s) / (s / MB)).toFixed(1)),
  (Math.log(at(kind, large) / at(kind, small)) / Math.log(large / small)).toFixed(2),
])
console.log('Growth with body size (ms per MB; exponent 1.00 = linear)')
table(
  ['body', ...sizes.map((s) => `${fmtSize(s)}`), `exponent ${fmtSize(small)}→${fmtSize(large)}`],
  growth,
)

// 4. Growth with the number of rules, on a 1 MB safe body.
{
  const bytes = encoder.encode(safeBody(Math.min(MB, large)))
  const headers = headersFor(bytes)
  const ids = rules.map((r) => r.id)
  const only = (n: number): AuditOptions => ({ skip: ids.slice(n) })
  const counts = [0, Math.round(ids.length / 4), Math.round(ids.length / 2), ids.length]
  const catalogueRows = counts.map((n) => {
    const ms = time(() => auditBytes(bytes, headers, only(n)), budget(MB) / 2)
    return [`first ${n} catalogue rules`, fmtMs(ms)]
  })
  const synthetic = (n: number, present: boolean): Rule[] =>
    Array.from({ length: n }, (_, i) =>
      defineRule({
        id: `bench-rule-${i}`,
        category: 'exception',
        description: 'A synthetic rule for the benchmark.',
        keywords: [present ? 'something' : `zqx${i}kw`],
        pattern: present
          ? new RegExp(`\\bsomething ${i}wrong\\b`, 'g')
          : new RegExp(`\\bzqx${i}kw\\b`, 'g'),
        message: 'synthetic',
        examples: { leaky: [], safe: [] },
      }),
    )
  const syntheticRows = [0, 10, 50, 100, 200].flatMap((n) =>
    [false, true].map((present) => {
      const extra = synthetic(n, present)
      const ms = time(() => auditBytes(bytes, headers, { rules: extra }), budget(MB) / 2)
      return [`catalogue + ${n} rules, keyword ${present ? 'present' : 'absent'}`, fmtMs(ms)]
    }),
  )
  console.log(`Growth with the number of rules (${fmtSize(bytes.byteLength)} safe body)`)
  table(['rules', 'audit ms'], [...catalogueRows, ...syntheticRows])
}

// 5. Where the time goes at 1 MB: the parts of an audit, timed one by one.
const options = resolveOptions({})
const subjectOf = (bytes: Uint8Array, headers: Record<string, string>) =>
  createSubject(snapshotOf(bytes, headers), options)
/** For each rule: does its keyword pre-check let it run on this subject? */
const runsOn = (subject: Subject): boolean[] => keywordGate(rules).open(subject.views)
{
  const size = Math.min(MB, large)
  const rows = Object.keys(bodies).map((kind) => {
    const bytes = encoder.encode((bodies[kind] as (n: number) => string)(size))
    const headers = headersFor(bytes)
    const subject = subjectOf(bytes, headers)
    const b = budget(size) / 4
    const decodeMs = time(() => decoder.decode(bytes), b)
    // Each part on a fresh subject (views cache their lower-cased text, JSON and request IDs).
    const subjectMs = time(() => subjectOf(bytes, headers), b)
    const gateMs = time(() => runsOn(subject), b)
    const rulesMs = time(() => runRules(rules, subjectOf(bytes, headers)), b) - subjectMs - gateMs
    const idMs = time(() => findRequestIds(subjectOf(bytes, headers)), b) - subjectMs
    const totalMs = time(() => auditBytes(bytes, headers), b)
    const running = runsOn(subject).filter(Boolean).length
    return [
      kind,
      ...[decodeMs, subjectMs - decodeMs, gateMs, rulesMs, idMs, totalMs].map(fmtMs),
      `${running}/${rules.length}`,
    ]
  })
  console.log(
    `Where the time goes (${fmtSize(size)}, ms; rules = the rules that pass the pre-check, run)`,
  )
  table(
    ['body', 'decode', 'views', 'keyword pre-check', 'rules', 'request ID', 'audit', 'rules run'],
    rows,
  )
}

// 6. Each stressor at 1 MB, and the rules slowest on it: each rule timed alone on the same subject
// (0 when its keywords are absent, as in a full audit).
if (!args.has('--no-rules')) {
  const size = Math.min(MB, large)
  const ruleBudget = quick ? 4 : 12
  const sampling = { minSamples: quick ? 1 : 2, batchMs: 2 }
  const bare = rules.map((rule): Rule => {
    const { keywords: _, ...rest } = rule
    return rest
  })
  const perRule = (subject: Subject) => {
    const runs = runsOn(subject)
    return new Map(
      rules.map((rule, i) => {
        const alone = [bare[i] as Rule]
        return [
          rule.id,
          runs[i] ? time(() => runRules(alone, subject), ruleBudget, sampling) : 0,
        ] as const
      }),
    )
  }
  const safeBytes = encoder.encode(safeBody(size))
  const safeHeaders = headersFor(safeBytes)
  const safeRules = perRule(subjectOf(safeBytes, safeHeaders))
  const safeMs = time(() => auditBytes(safeBytes, safeHeaders), budget(size) / 2)
  const stressRows: string[][] = []
  const outliers: [string, string, number, number][] = []
  for (const name of Object.keys(stressors)) {
    const bytes = encoder.encode(stressBody(name, size))
    const headers = headersFor(bytes)
    const [floorMs, auditMs] = compare(
      [() => floor(bytes), () => auditBytes(bytes, headers)],
      budget(size) / 2,
    ) as [number, number]
    const byRule = [...perRule(subjectOf(bytes, headers))].sort((a, b) => b[1] - a[1])
    stressRows.push([
      name,
      fmtMs(floorMs),
      fmtMs(auditMs),
      `${(auditMs / floorMs).toFixed(1)}x`,
      `${(auditMs / safeMs).toFixed(2)}x`,
      byRule
        .slice(0, 3)
        .map(([id, ms]) => `${id} ${fmtMs(ms)}`)
        .join(', '),
    ])
    for (const [id, ms] of byRule) {
      const usual = safeRules.get(id) ?? 0
      if (ms > 2 && ms > 3 * usual) outliers.push([id, name, ms, usual])
    }
  }
  console.log(
    `Adversarial bodies, one stressor each, ${fmtSize(size)} (safe ${fmtSize(size)}: ${fmtMs(safeMs)} ms)`,
  )
  table(
    ['stressor', 'floor ms', 'audit ms', 'vs floor', 'vs safe', 'slowest rules on it (ms, alone)'],
    stressRows,
  )
  outliers.sort((a, b) => b[2] - a[2])
  console.log(
    `Rule outliers: over 2 ms alone on a ${fmtSize(size)} stressor and over 3x their time on the safe body (${outliers.length}; slowest 25)`,
  )
  if (outliers.length === 0) console.log('(none)\n')
  else
    table(
      ['rule', 'stressor', 'ms', 'safe ms'],
      outliers.slice(0, 25).map(([id, name, ms, usual]) => [id, name, fmtMs(ms), fmtMs(usual)]),
    )
}

console.log(`(sink ${sinkValue() % 997})`)
keep(0)
