import type { Hit, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { hexDigits, sampleSecret } from '../secrets/sample-secret.ts'
import { trailingSecret } from '../secrets/trailing-secret.ts'

const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const pattern = /\b(Bearer|Basic|Token)\s{1,3}([A-Za-z0-9._~+/-]{8,4000}=?=?)/gi
// Other schemes, only as an Authorization header's value (`Authorization: SSWS …`,
// `"authorization":"Bot …"`): Elasticsearch ApiKey, Discord Bot, Okta SSWS, DeepL, Splunk, Klaviyo.
const schemePattern =
  /\bAuthorization["']?\s{0,3}[:=]>?\s{0,3}["']?(ApiKey|Bot|SSWS|DeepL-Auth-Key|Splunk|Klaviyo-API-Key)\s{1,3}([A-Za-z0-9._~+/=-]{16,4000}(?::fx)?)/gi
// The base64 `user:password` a registry client keeps: Docker's config.json (`"auth": "…"`) and
// npm's .npmrc (`_auth=…`).
const registryAuthPattern =
  /(?:"auth"\s{0,3}:\s{0,3}"|(?<![\w-])_auth\s{0,3}=\s{0,3}"?)([A-Za-z0-9+/]{8,400}={0,2})/g

/**
 * Credentials of an Authorization header shown in text: `Bearer <token>`, `Basic <base64 of
 * user:password>`, `Authorization: token <token>`, and, as an Authorization value, the schemes
 * `ApiKey` (Elasticsearch), `Bot` (Discord), `SSWS` (Okta), `DeepL-Auth-Key`, `Splunk` and
 * `Klaviyo-API-Key` with a token-like value (16+ characters, letters and digits). JWTs are left to
 * `secret-jwt`; placeholders (`Bearer ${TOKEN}`, `Bearer <token>`) and challenge headers
 * (`Bearer realm="api"`) pass. Also the base64 `user:password` a registry client keeps (Docker's
 * config.json `"auth"`, npm's `_auth`).
 *
 * @example
 * ```ts
 * 'upstream said 401 for Authorization: Basic YXBwOmh1bnRlcjI=' // flagged, excerpt masked
 * ```
 */
export const secretAuthHeader = defineRule({
  id: 'secret-auth-header',
  category: 'secret',
  description:
    'Authorization credentials in text: Bearer tokens (16+ characters with letters and digits), Basic user:password, Authorization: token x, and Authorization values of the ApiKey, Bot, SSWS, DeepL-Auth-Key, Splunk and Klaviyo-API-Key schemes, and registry credentials (Docker config.json "auth", .npmrc _auth: base64 of user:password).',
  keywords: ['bearer', 'basic', 'authorization', '"auth"', '_auth'],
  patterns: [pattern, schemePattern, registryAuthPattern],
  *detect({ views }) {
    for (const view of views) yield* scan(view)
  },
  examples: {
    leaky: [
      `{"request":{"headers":{"authorization":"Bearer ${sampleSecret(40, 901)}"}}}`,
      `upstream said 401 for Authorization: Basic ${btoa(`app:${sampleSecret(12, 902)}`)}`,
      `curl -H "Authorization: token ${sampleSecret(40, 903, hexDigits)}" https://api.example.com`,
      `okta: 401 E0000011 Invalid token provided\nAuthorization: SSWS 00${sampleSecret(40, 904, urlSafe)}`,
      `{"request":{"headers":{"Authorization":"ApiKey ${btoa(`${sampleSecret(20, 905)}:${sampleSecret(22, 906)}`)}"}}}`,
      `{"headers":{"authorization":"Bot ${sampleSecret(24, 907)}.${sampleSecret(6, 908)}.${sampleSecret(38, 909, urlSafe)}"}}`,
      `{'Authorization': 'DeepL-Auth-Key ${[sampleSecret(8, 910, hexDigits), sampleSecret(4, 911, hexDigits), sampleSecret(4, 912, hexDigits), sampleSecret(4, 913, hexDigits), sampleSecret(12, 914, hexDigits)].join('-')}:fx'}`,
      `Authorization: Splunk ${[sampleSecret(8, 915, hexDigits), sampleSecret(4, 916, hexDigits), sampleSecret(4, 917, hexDigits), sampleSecret(4, 918, hexDigits), sampleSecret(12, 919, hexDigits)].join('-')}`,
      `"Authorization": "Klaviyo-API-Key ${['p', 'k_', sampleSecret(34, 920, hexDigits)].join('')}"`,
      `{"auths":{"registry.acme.io":{"auth":"${btoa(`deploy:${sampleSecret(20, 921)}`)}"}}}`,
      `npm ERR! 401 Unauthorized with //npm.acme.io/:_auth=${btoa(`ci:${sampleSecret(18, 922)}`)}`,
    ],
    safe: [
      'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
      '{"auth":"required","message":"Sign in to continue."}',
      `{"auth":"${btoa('no-colon-in-this-value')}"}`,
      'Authorization: Bearer ${TOKEN}',
      'Use Basic authentication or a Bearer token to sign in.',
      `Basic ${btoa('just-some-words-here')}`,
      'Authorization: Bot users are not allowed to use this endpoint.',
      'Authorization: SSWS ${OKTA_API_TOKEN}',
      'Send Authorization: ApiKey <base64 of id:api_key> to authenticate.',
    ],
  },
})

function* scan(view: TextView): Iterable<Hit> {
  yield* scanSchemes(view)
  for (const m of view.text.matchAll(registryAuthPattern)) {
    const value = m[1] ?? ''
    if (isBasicCredential(value))
      yield trailingSecret(view, m, value, 'shows registry credentials (base64 of user:password)')
  }
  for (const m of view.text.matchAll(pattern)) {
    const scheme = (m[1] ?? '').toLowerCase()
    const value = m[2] ?? ''
    if (isPlaceholder(value)) continue
    if (scheme === 'basic') {
      if (!isBasicCredential(value)) continue
    } else {
      if (value.startsWith('eyJ') || value.length < 16 || !hasLetterAndDigit(value)) continue
      if (scheme === 'token') {
        const before = view.text.slice(Math.max(0, m.index - 40), m.index).toLowerCase()
        if (!before.includes('authorization')) continue
      }
    }
    const shown = scheme === 'basic' ? 'Basic credentials' : `a ${m[1]} credential`
    yield trailingSecret(view, m, value, `shows ${shown}`)
  }
}

/** The values of the other schemes, each as an Authorization header's: token-like, not a placeholder. */
function* scanSchemes(view: TextView): Iterable<Hit> {
  for (const m of view.text.matchAll(schemePattern)) {
    const value = m[2] ?? ''
    if (isPlaceholder(value) || !hasLetterAndDigit(value)) continue
    yield trailingSecret(view, m, value, `shows an Authorization ${m[1]} credential`)
  }
}

/** Base64 of printable `user:password`. */
function isBasicCredential(value: string): boolean {
  let decoded: string
  try {
    decoded = atob(value)
  } catch {
    return false
  }
  const colon = decoded.indexOf(':')
  if (colon < 1 || colon === decoded.length - 1) return false
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i)
    if (c < 0x20 || c > 0x7e) return false
  }
  return true
}

function hasLetterAndDigit(value: string): boolean {
  let letter = false
  let digit = false
  for (const c of value) {
    if (c >= '0' && c <= '9') digit = true
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letter = true
  }
  return letter && digit
}
