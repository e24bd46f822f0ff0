import { defineRule } from '../define-rule.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const encode = (value: unknown) =>
  btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '')
const token = (seed: number, alg = 'HS256') =>
  [
    encode({ alg, typ: 'JWT' }),
    encode({ sub: `user_${seed}`, role: 'admin', iat: 1_717_000_000 + seed }),
    sampleSecret(43, seed, base64url),
  ].join('.')

/**
 * A JSON Web Token (three base64url parts, header and payload starting `ey`): a bearer credential.
 *
 * @example
 * ```ts
 * '{"session":"eyJhbGciOi….eyJzdWIi….sig"}' // flagged, excerpt masked
 * ```
 */
export const secretJwt = defineRule({
  id: 'secret-jwt',
  category: 'secret',
  description:
    'JSON Web Tokens: header.payload.signature in base64url, the header decoding to JSON with alg, typ or kid.',
  keywords: ['eyj'],
  pattern:
    /(?<![\w-])eyJ[A-Za-z0-9_-]{5,2000}\.ey[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{0,2000}(?![\w-])/g,
  ignore: (m) => {
    const [header = '', payload = ''] = m[0].split('.', 2)
    return !isJwtHeader(header) || isPublicAnonKey(payload)
  },
  secret: true,
  message: 'shows a JSON Web Token',
  examples: {
    leaky: [
      `{"error":"upstream rejected","auth":"Bearer ${token(7)}"}`,
      `SUPABASE_KEY=${[encode({ alg: 'HS256', typ: 'JWT' }), encode({ iss: 'supabase', ref: 'abcd', role: 'service_role', iat: 1_717_000_000 }), sampleSecret(43, 11, base64url)].join('.')}`,
      `Token ${token(8, 'RS256')} expired at 2024-06-01T10:00:00Z`,
      `<input type="hidden" name="session" value="${token(9)}">`,
    ],
    safe: [
      `createClient('https://abcd.supabase.co', '${[encode({ alg: 'HS256', typ: 'JWT' }), encode({ iss: 'supabase', ref: 'abcd', role: 'anon', iat: 1_717_000_000 }), sampleSecret(43, 10, base64url)].join('.')}')`,
      'Something went wrong. Request ID: eyJ-not-a-token',
      `${encode({ alg: 'HS256', typ: 'JWT' })} is only a header`,
      `${encode({ page: 2 })}.${encode({ cursor: 'abc' })}.x`,
    ],
  },
})

function isJwtHeader(part: string): boolean {
  const json = decode(part)
  return json.includes('"alg"') || json.includes('"typ"') || json.includes('"kid"')
}

/**
 * Supabase's anon key: a JWT made to be shown in browsers (its service_role key is the secret
 * one), its payload `{"iss":"supabase","role":"anon",…}` (`supabase-demo` for local projects).
 */
function isPublicAnonKey(payload: string): boolean {
  if (payload.length > 400) return false
  try {
    const claims: unknown = JSON.parse(decode(payload))
    return (
      typeof claims === 'object' &&
      claims !== null &&
      String((claims as { iss?: unknown }).iss).startsWith('supabase') &&
      (claims as { role?: unknown }).role === 'anon'
    )
  } catch {
    return false
  }
}

/** A base64url part decoded, or '' when it is not base64. */
function decode(part: string): string {
  try {
    const padded = part.replaceAll('-', '+').replaceAll('_', '/')
    return atob(padded + '='.repeat((4 - (padded.length % 4)) % 4))
  } catch {
    return ''
  }
}
