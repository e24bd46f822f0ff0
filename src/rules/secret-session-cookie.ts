import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

const names =
  'sessionid|PHPSESSID|JSESSIONID|connect\\.sid|laravel_session|_session_id|ASP\\.NET_SessionId|rack\\.session|express:sess|CFID|CFTOKEN'

/**
 * A session cookie's value in the body: the request's `Cookie` header echoed in an error dump
 * (`{"headers":{"cookie":"connect.sid=s%3A…"}}`), a framework's session id printed. Whoever reads
 * the page can take over that session. The response's own `Set-Cookie` header is not read.
 *
 * @example
 * ```ts
 * '{"headers":{"cookie":"connect.sid=s%3AxY…"}}' // flagged, excerpt masked
 * ```
 */
export const secretSessionCookie = defineRule({
  id: 'secret-session-cookie',
  category: 'secret',
  description:
    "Session cookie values in the body (sessionid, PHPSESSID, JSESSIONID, connect.sid, laravel_session, _session_id, ASP.NET_SessionId, rack.session, Plug's _app_key), as an echoed Cookie header shows them.",
  keywords: [
    'sessionid',
    'phpsessid',
    'jsessionid',
    'connect.sid',
    'laravel_session',
    '_session_id',
    'asp.net_sessionid',
    'rack.session',
    'express:sess',
    'cfid',
    'cftoken',
    '_key=sfmynty.',
    '_key=qteyoedctq.',
  ],
  // Plug's (Phoenix) cookie is named after the app (`_shop_key`): it counts when its value is a
  // signed or encrypted Plug session (`SFMyNTY.` is HS256, `QTEyOEdDTQ.` A128GCM, in base64).
  pattern: new RegExp(
    String.raw`(?<![\w.-])(?:${names}|_[a-z][a-z0-9_]{0,60}_key(?==(?:SFMyNTY|QTEyOEdDTQ)\.))=([^;\s"'\\,&<>]{16,400})`,
    'g',
  ),
  group: 1,
  headers: false,
  ignore: (m) => isPlaceholder(m[1] as string),
  secret: true,
  message: 'shows a session cookie',
  examples: {
    leaky: [
      `{"error":"boom","headers":{"cookie":"connect.sid=s%3A${sampleSecret(32, 831)}.${sampleSecret(43, 832)}"}}`,
      `Cookie: sessionid=${sampleSecret(32, 833, 'abcdefghijklmnopqrstuvwxyz0123456789')}; csrftoken=abc`,
      `HTTP_COOKIE: PHPSESSID=${sampleSecret(26, 834, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
      `JSESSIONID=${sampleSecret(32, 835, '0123456789ABCDEF')}`,
      `* cookie: _shop_key=SFMyNTY.${sampleSecret(40, 836)}.${sampleSecret(43, 837)}`,
    ],
    safe: [
      'Internal Server Error',
      'Your session expired. Please sign in again.',
      'sessionid=${SESSION_ID}',
      'Cookies we use: sessionid (keeps you signed in), csrftoken (protects forms).',
      `{"api_key_hint":"_shop_key=${sampleSecret(20, 838)}"}`,
    ],
  },
})
