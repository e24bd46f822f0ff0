import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { canaryLabel, canaryPattern, canaryPrefix, newCanaryToken } from '../canaries/registry.ts'

const keywords = [canaryPrefix]

/** A canary planted by a fault or `canaryError()` reached the response: exact, no false positives. */
export const upstreamEcho = defineRule({
  id: 'upstream-echo',
  category: 'upstream-echo',
  description: 'A canary planted in an upstream failure or a thrown error reached the response.',
  keywords,
  patterns: [canaryPattern],
  *detect(subject) {
    for (const view of subject.views) {
      for (const match of keywordMatches(subject, view, canaryPattern, keywords)) {
        const label = canaryLabel(match[0])
        if (label === undefined) continue
        yield {
          message: `echoes a canary planted by ${label}`,
          view,
          span: [match.index, match.index + match[0].length],
          // A canary stands for a secret: masked here and wherever else it stands.
          secret: true,
        }
      }
    }
  },
  examples: {
    leaky: [`{"error":"payment failed: ${newCanaryToken('the rule example')}"}`],
    safe: ['Internal Server Error', `unplanted ${canaryPrefix}aaaaaaaaaaaaaaaaaaaa`],
  },
})
