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
  ignore: (m) => !isJwtHeader(m[0].slice(0, m[0].indexOf('.'))),
  secret: true,
  message: 'shows a JSON Web Token',
  examples: {
    leaky: [
      `{"error":"upstream rejected","auth":"Bearer ${token(7)}"}`,
      `Token ${token(8, 'RS256')} expired at 2024-06-01T10:00:00Z`,
      `<input type="hidden" name="session" value="${token(9)}">`,
    ],
    safe: [
      'Something went wrong. Request ID: eyJ-not-a-token',
      `${encode({ alg: 'HS256', typ: 'JWT' })} is only a header`,
      `${encode({ page: 2 })}.${encode({ cursor: 'abc' })}.x`,
    ],
  },
})

function isJwtHeader(part: string): boolean {
  try {
    const padded = part.replaceAll('-', '+').replaceAll('_', '/')
    const json = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4))
    return json.includes('"alg"') || json.includes('"typ"') || json.includes('"kid"')
  } catch {
    return false
  }
}
