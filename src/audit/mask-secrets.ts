import type { ResolvedOptions } from '../options.ts'
import type { Rule } from '../rule.ts'
import { exampleSnapshot } from '../example-snapshot.ts'
import { maskInline } from '../format/mask-inline.ts'
import { runRules } from './run-rules.ts'
import { scrub } from './secret-texts.ts'
import { createSubject } from './subject.ts'

/** Options for a text that is no response: only the rules matter, and none is skipped. */
const textOptions: ResolvedOptions = {
  status: [500],
  requestId: 'either',
  requestIdHeaders: [],
  requestIdKeys: [],
  skip: new Set(),
  rules: [],
  allow: [],
  maxBytes: Number.POSITIVE_INFINITY,
  timeout: 0,
  method: undefined,
}

/** Most characters read for secrets: a message, a stack, the start of a value passed in. */
const longest = 16_384

// The catalogue hands them over as it loads (`useSecretRules`): importing it here would close a
// loop, since a rule's messages describe values and so reach this module.
let secretRules: readonly Rule[] = []

/**
 * Gives `secretsIn()` the rules whose findings are secrets (categories `secret` and
 * `upstream-echo`, whose canaries stand for secrets): the catalogue calls it as it loads.
 *
 * @example
 * ```ts
 * useSecretRules(rules) // in rules/index.ts, once the catalogue is built
 * ```
 */
export function useSecretRules(rules: readonly Rule[]): void {
  secretRules = rules.filter((r) => r.category === 'secret' || r.category === 'upstream-echo')
}

/**
 * The secrets the audit finds in `text` (provider tokens, keys, JWTs, `password=` values, the
 * canaries of upstream faults), as they stand in it, longest first: for `scrub()` to mask them
 * wherever a message quotes them, even cut short.
 *
 * @example
 * ```ts
 * secretsIn(`creds ${awsKeyId} failed`) // ['AKIA…']
 * ```
 */
export function secretsIn(text: string): string[] {
  const read = text.length > longest ? text.slice(0, longest) : text
  const found = runRules(secretRules, createSubject(exampleSnapshot(read), textOptions))
  return found
    .flatMap((f) => (f.span ? [read.slice(f.span.start, f.span.end)] : []))
    .filter((t) => t.length >= 6)
    .sort((a, b) => b.length - a.length)
}

/**
 * `text` with every secret the audit would find in it masked as the audit masks it (provider
 * tokens, keys, JWTs, URL passwords, `password=` values, bearer tokens, canaries), for safe500's
 * own messages and the errors they carry: an error's message or stack, or a value passed in by
 * mistake, must not print in a test log what the audit would have masked in a body. A text longer
 * than the 16 KB read for secrets is cut there (with `…`). Give `within`
 * when `text` is a piece cut from a longer text: the secrets are looked for there, and masked in
 * `text` even where the cut split them.
 *
 * @example
 * ```ts
 * maskSecrets(`{"key":"${stripeKey}"}`) // '{"key":"sk_l****"}'
 * maskSecrets(body.slice(40, 100), body) // the window, its secrets masked
 * ```
 */
export function maskSecrets(text: string, within = text): string {
  // What is not read for secrets is not shown.
  const shown = text.length > longest ? `${text.slice(0, longest)}…` : text
  const texts = secretsIn(within)
  return maskInline(texts.length > 0 ? scrub(shown, texts) : shown)
}
