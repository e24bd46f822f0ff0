import { defineRule } from '../define-rule.ts'
import { randomTokens } from '../format/random-tokens.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

/**
 * A key or token an error's sentence quotes after naming it: `Invalid API key: <key>`, `The API
 * key '<key>' is not valid`, `x-api-key <key> was revoked`, `access token provided: <token>`.
 * A name spelt with a space may be followed by a colon; one spelt as a header or variable
 * (`x-api-key`, `api_key`) only by a space: `api_key=…` and `"apiKey":"…"` are
 * secret-assignment's.
 */
const pattern =
  /\b(?:(?:(?:api|access|secret|subscription) key|(?:api|access|auth|refresh) token)(?: (?:provided|given|used|supplied|sent))?(?::? {1,3}|:)|(?:x-api-key|api-key|api_key|apikey) {1,3})\\?["'`]?([A-Za-z0-9+/_-]{20,200})(?![\w+/-])/gi

/** Whether a value reads as a generated key: letters of both cases and digits, mixed. */
function generated(value: string): boolean {
  const [run] = randomTokens(value, 0, value.length)
  return run !== undefined && run[0] === 0 && run[1] === value.length && !isPlaceholder(value)
}

/**
 * API keys and tokens an error's sentence quotes, as an upstream's refusal words it and an app
 * passes it on: `Invalid API key: <key>`, `The API key '<key>' is not valid for this project`,
 * `x-api-key <key> was revoked`. Only a value that reads as a generated key (upper- and lower-case
 * letters and digits, mixed) counts, so `API key not valid` or a UUID passes; in a 4xx the key is
 * the caller's own, told back to it, and passes.
 *
 * @example
 * ```ts
 * '{"error":"Invalid API key: R63FLGPZ1N5d07NvUVWRMRuWEpoWtkk6MV7KjSZN"}' // flagged, masked
 * ```
 */
export const secretQuotedKey = defineRule({
  id: 'secret-quoted-key',
  category: 'secret',
  description:
    "API keys and tokens an error's sentence quotes after naming them (Invalid API key: <key>, The API key '<key>' is not valid, x-api-key <key> was revoked), when the value reads as a generated key; in a 5xx.",
  keywords: [
    'api key',
    'access key',
    'secret key',
    'subscription key',
    'api token',
    'access token',
    'auth token',
    'refresh token',
    'x-api-key',
    'api-key',
    'api_key',
    'apikey',
  ],
  pattern,
  group: 1,
  ignore: (match, subject) => subject.snapshot.status < 500 || !generated(match[1] ?? ''),
  secret: true,
  message: 'shows an API key or token its sentence names',
  examples: {
    leaky: [
      `{"error":"Invalid API key: ${sampleSecret(40, 711)}"}`,
      `{"message":"The API key '${sampleSecret(40, 712)}' is not valid for this project."}`,
      `{"error":"unauthorized","detail":"x-api-key ${sampleSecret(40, 713)} was revoked"}`,
      `upstream said: access token provided: ${sampleSecret(32, 714)} has expired`,
    ],
    safe: [
      'API key not valid. Please pass a valid API key.',
      '{"error":"Invalid API key: 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
      '{"error":"The access token expired; sign in again."}',
      `{"error":"Invalid API key: ${'x'.repeat(40)}"}`,
      'Set the API key: SHOP_PAYMENTS_PROVIDER_API_KEY_PRODUCTION in your environment.',
      {
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: `{"error":"Invalid API key: ${sampleSecret(40, 715)}"}`,
      },
    ],
  },
})
