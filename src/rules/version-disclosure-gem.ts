import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { suffixMatches } from '../audit/suffix-matches.ts'

// Suffix first: a match starts at ` (6.1.7.10) lib/` and the gem name, a whole word after none, is
// captured behind it (the space ends it), so the engine skips to the parenthesis.
const gem = /(?<=(?<![\w.-])([a-z][\w-]{0,60})) \(\d{1,4}\.\d[\w.]{0,40}\) (?:lib|app|exe|bin)\//dg
const keywords = [') lib/', ') app/', ') exe/', ') bin/']

/**
 * Ruby gem versions as Rails prints them in its framework trace:
 * `actionpack (6.1.7.10) lib/action_controller/metal.rb:190:in 'dispatch'`, `puma (5.6.5) lib/…`.
 *
 * @example
 * ```ts
 * 'activesupport (6.1.7.10) lib/active_support/callbacks.rb:98' // flagged: activesupport 6.1.7.10
 * ```
 */
export const versionDisclosureGem = defineRule({
  id: 'version-disclosure-gem',
  category: 'version-disclosure',
  description:
    'Ruby gem versions in a trace, as Rails prints framework frames: "actionpack (6.1.7.10) lib/…", "puma (5.6.5) lib/…".',
  keywords,
  patterns: [gem],
  *detect(subject): Iterable<Hit> {
    for (const view of subject.views)
      for (const { match, start, end } of suffixMatches(subject, view, gem, keywords)) {
        const version = view.text.slice(start, match.index + match[0].indexOf(')') + 1)
        yield { message: `shows a gem version: ${version}`, view, span: [start, end] }
      }
  },
  examples: {
    leaky: [
      '<a class="trace-frames trace-frames-0" data-exception-object-id="1" data-frame-id="1" href="#">\n  actionpack (6.1.7.10) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action&#39;\n</a>',
      "puma (5.6.5) lib/puma/request.rb:77:in `block in handle_request'",
      '{"traces":{"Framework Trace":[{"id":1,"trace":"activesupport (7.1.3) lib/active_support/callbacks.rb:98:in `run_callbacks\'"}]}}',
    ],
    safe: [
      'Internal Server Error',
      'Delivery (2.5 days) to lib/orders is delayed; please try again at 10:30.',
      'Release notes (6.1) are at https://status.example.com/lib/notes.',
      'app/orders failed (500). Request 3f1c0d6e.',
    ],
  },
})
