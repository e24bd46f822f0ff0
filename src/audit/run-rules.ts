import type { Finding } from '../report.ts'
import { categories } from '../report.ts'
import type { Hit, Rule, Subject, TextView } from '../rule.ts'
import { excerpt, excerptWidth, fold, wordEnd } from '../format/excerpt.ts'
import { maskInline, secretsAround } from '../format/mask-inline.ts'
import { maskSecret } from '../format/mask.ts'
import { dataDocumentOf } from './data-urls.ts'
import { forgetPlaces, keywordGate, notePlaces } from './keywords.ts'
import { lineLocator } from './line-column.ts'
import { scrub, secretPlaces, secretTexts } from './secret-texts.ts'

/** Secret rules whose findings in Set-Cookie are the client's own session or token. */
const clientCredentials = new Set([
  'secret-jwt',
  'secret-session-cookie',
  'secret-assignment',
  'secret-signed-url',
])

/** Most findings one rule reports for one response; the rest add nothing a reader needs. */
export const maxHitsPerRule = 5

interface Located {
  readonly rule: Rule
  readonly hit: Hit
  readonly span: readonly [number, number] | undefined
  /** Where in a header's value (as its view reads it) a pattern matched. */
  readonly inHeader?: { readonly text: string; readonly span: readonly [number, number] }
}

/** Runs `rules` over `subject` and turns their hits into findings, secrets masked. */
export function runRules(rules: readonly Rule[], subject: Subject): Finding[] {
  const located: Located[] = []
  const { allow, skip } = subject.options
  // One pass over each view finds every rule's keywords at once, and where they stand. The gate
  // is that of the whole list, skipped rules and all: where keywords stand does not depend on
  // which rules run, and a list of its own for each `skip` would compile an automaton for each.
  const gate = keywordGate(rules).scan(subject.views)
  const before = notePlaces(subject, gate)
  const { runs } = gate
  try {
    for (let r = 0; r < rules.length; r++) {
      if (!runs[r]) continue
      const rule = rules[r] as Rule
      if (skip.size > 0 && (skip.has(rule.id) || skip.has(rule.category))) continue
      // Made at the first hit: most rules that run find nothing.
      let seen: Set<string> | undefined
      let spans: (readonly [number, number])[] | undefined
      let count = 0
      for (const hit of rule.detect(subject)) {
        const view = hit.view ?? subject.views[0]
        // A cookie's value is a credential the server hands the client for itself (a session, a
        // CSRF token, a signed URL's policy): in Set-Cookie it is no secret leaked. A provider's
        // key there is.
        if (clientCredentials.has(rule.id) && (hit.header ?? view?.header) === 'set-cookie')
          continue
        const span =
          hit.span && view && view.header === undefined
            ? view.toBody(hit.span[0], hit.span[1])
            : undefined
        const matched = matchedText(hit, view)
        if (allowed(matched, allow)) continue
        if (span) {
          // The same leak seen in the raw and the unescaped body is one finding.
          spans ??= []
          if (spans.some(([s, e]) => span[0] < e && s < span[1])) continue
          spans.push(span)
        } else {
          const key = `${hit.header ?? view?.header ?? ''}:${matched}`
          seen ??= new Set()
          if (seen.has(key)) continue
          seen.add(key)
        }
        located.push({
          rule,
          hit: hit.header === undefined && view?.header ? { ...hit, header: view.header } : hit,
          span,
          ...(hit.span &&
            view?.header !== undefined && { inHeader: { text: view.text, span: hit.span } }),
        })
        if (++count >= maxHitsPerRule) break
      }
    }
  } finally {
    // Rules ask where keywords stand only while they run.
    forgetPlaces(before)
  }
  // Secrets are masked where a rule found them, wherever else they stand in the body, and in
  // every message and excerpt that quotes them.
  const texts = secretTexts(located, subject)
  const secrets = [
    ...located
      .filter((l) => l.hit.secret && l.span)
      .map((l) => l.span as readonly [number, number]),
    ...secretPlaces(subject.snapshot.text, texts),
  ]
  const locate = lineLocator(subject.snapshot.text)
  const around = secretsAround(subject.snapshot.text)
  return located
    .map(({ rule, hit, span, inHeader }) => {
      const finding = toFinding(rule, hit, span, subject, secrets, locate, around, inHeader)
      return texts.length === 0
        ? finding
        : {
            ...finding,
            message: scrub(finding.message, texts),
            excerpt: scrub(finding.excerpt, texts),
          }
    })
    .sort((a, b) => categories.indexOf(a.category) - categories.indexOf(b.category))
}

function matchedText(hit: Hit, view: TextView | undefined): string {
  if (hit.span && view) return view.text.slice(hit.span[0], hit.span[1])
  return hit.evidence ?? ''
}

function allowed(text: string, allow: readonly (string | RegExp)[]): boolean {
  if (text === '') return false
  return allow.some((a) =>
    typeof a === 'string'
      ? text.includes(a)
      : new RegExp(a.source, a.flags.replace('g', '')).test(text),
  )
}

function toFinding(
  rule: Rule,
  hit: Hit,
  span: readonly [number, number] | undefined,
  subject: Subject,
  secrets: readonly (readonly [number, number])[],
  locate: ReturnType<typeof lineLocator>,
  around: ReturnType<typeof secretsAround>,
  inHeader: Located['inHeader'],
): Finding {
  const base = { rule: rule.id, category: rule.category, message: hit.message }
  if (span) {
    const text = subject.snapshot.text
    const { line, column } = locate(span[0])
    const where = `body ${line}:${column}`
    // In a document the body carries as a base64 data: URL, the excerpt quotes the decoded text
    // (the body there is base64), its own secrets masked, and the message says where it stands.
    const { view, span: inView } = hit
    if (view && inView && dataDocumentOf(view)) {
      const { text: decoded } = view
      return {
        ...base,
        message: `${hit.message} (in a base64 data: URL)`,
        where,
        excerpt: excerpt(
          decoded,
          inView[0],
          wordEnd(decoded, inView[0], inView[1]),
          hit.secret ? [inView] : [],
        ),
        span: { start: span[0], end: span[1] },
      }
    }
    return {
      ...base,
      where,
      // Only the secrets near the match can show in its window.
      excerpt: excerpt(
        text,
        span[0],
        wordEnd(text, span[0], span[1]),
        secrets.filter(([s, e]) => s < span[1] + excerptWidth && span[0] - excerptWidth < e),
        around,
      ),
      span: { start: span[0], end: span[1] },
    }
  }
  if (hit.header !== undefined) {
    const where = `header ${hit.header}`
    // Where a pattern matched in a header's value, the excerpt shows it as a body's excerpt does:
    // marked, with the value around it (a long value is cut around the match, not after its first
    // 80 characters), and masked the same way (a URL's password, a generated key). A secret is
    // masked where it stands, so the excerpt says which part of the value it is
    // (`Bearer »ghp_****«`, not `Bear****`).
    if (inHeader) {
      const { text, span } = inHeader
      const shown = excerpt(
        text,
        span[0],
        wordEnd(text, span[0], span[1]),
        hit.secret ? [span] : [],
      )
      return { ...base, where, excerpt: shown }
    }
    // The value as the rule gives it, or as it stands.
    const value = hit.evidence ?? subject.headers[hit.header] ?? ''
    // What no rule took for a secret, in the shapes secrets take (a URL's password, a bearer
    // token), is masked too.
    const shown = hit.secret ? maskSecret(value) : maskInline(fold(value))
    return { ...base, where, excerpt: clip(shown) }
  }
  return {
    ...base,
    where: rule.category === 'status' ? 'status' : 'response',
    excerpt: clip(fold(hit.evidence ?? '')),
  }
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
