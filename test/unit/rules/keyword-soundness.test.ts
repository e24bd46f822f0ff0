import type { Rule, Snapshot } from 'safe500'
import { rules } from 'safe500'
import { expect, test } from 'vitest'
import { keywordGate } from '../../../src/audit/keywords.ts'
import { createSubject } from '../../../src/audit/subject.ts'
import { resolveOptions } from '../../../src/options.ts'
import { loadSamples } from '../../../fixtures/corpus/load-samples.ts'
import { exampleSnapshot, snapshotOf } from '../../support/example-response.ts'

// A rule with keywords runs only when one occurs. So what it finds must hold a keyword, even with
// nothing else around: each thing a rule finds in the corpus and in the examples is cut out of
// its response and given to the rule alone. When the rule still finds it there, the keyword gate
// must let the rule run on it too; otherwise a leak seen with no keyword nearby would be missed.

const options = resolveOptions({})

const htmlOf = (body: string) =>
  snapshotOf({ status: 500, headers: { 'content-type': 'text/html; charset=utf-8' }, body })

const responses: Snapshot[] = [
  ...loadSamples().map(({ sample }) =>
    htmlOf(Buffer.from(sample.bodyBase64, 'base64').toString('utf8')),
  ),
  ...rules.flatMap((rule) => rule.examples.leaky.map((e) => exampleSnapshot(e))),
]

/** What `rule` finds in `snapshot`, every view scanned whole (no gate). */
function found(rule: Rule, snapshot: Snapshot): string[] {
  const subject = createSubject(snapshot, options)
  const texts: string[] = []
  for (const hit of rule.detect(subject)) {
    const view = hit.view ?? subject.views[0]
    if (hit.span && view && view.header === undefined)
      texts.push(view.text.slice(hit.span[0], hit.span[1]))
  }
  return texts
}

test('what a rule finds alone, it is let run on', () => {
  const gaps: string[] = []
  let checked = 0
  for (const rule of rules) {
    if (!rule.keywords) continue
    const gate = keywordGate([rule])
    const seen = new Set<string>()
    for (const snapshot of responses) {
      for (const text of found(rule, snapshot)) {
        if (seen.has(text)) continue
        seen.add(text)
        const alone = htmlOf(text)
        if (found(rule, alone).length === 0) continue
        checked++
        if (!gate.open(createSubject(alone, options).views)[0])
          gaps.push(`${rule.id}: ${JSON.stringify(text.slice(0, 80))}`)
      }
    }
  }
  expect(gaps).toEqual([])
  // The check ran on many findings, of many rules.
  expect(checked).toBeGreaterThan(500)
  // Every finding of every rule on the whole corpus, each audited again alone: seconds of work.
}, 60_000)
