import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { hexDigits, sampleSecret } from '../secrets/sample-secret.ts'

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

// WordPress names its auth cookies after the site (`wordpress_logged_in_` and the MD5 of the site
// URL, also `wordpress_sec_…` and `wordpress_…`); their value is `user|expiration|token|hmac`
// (wp_generate_auth_cookie).
const names =
  'sessionid|PHPSESSID|JSESSIONID|connect\\.sid|laravel_session|_session_id|ASP\\.NET_SessionId|rack\\.session|express:sess|CFID|CFTOKEN|wordpress_(?:logged_in_|sec_)?[0-9a-f]{32}'

// Rails' cookie store (`_<app>_session`): base64 data, `--`, then the digest (older, signed) or
// the IV and auth tag (encrypted), each base64 and maybe URL-encoded; or a 32-character session
// id (a server-side store, as gitleaks' gitlab-session-cookie). Flask's (itsdangerous): base64 JSON
// (`eyJ`, or `.eJ` when compressed), `.`, a timestamp, `.`, a signature.
const rails = String.raw`[A-Za-z0-9%+/=]{16,4000}--[A-Za-z0-9%+/=]{8,400}(?:--[A-Za-z0-9%+/=]{8,400})?|[0-9a-z]{32}(?![\w-])`
const flask = String.raw`(?:eyJ|\.eJ)[\w-]{2,4000}\.[\w-]{4,12}\.[\w-]{20,100}(?![\w-])`

/**
 * A session cookie's value in the body: the request's `Cookie` header echoed in an error dump
 * (`{"headers":{"cookie":"connect.sid=s%3A…"}}`), a framework's session id printed, a
 * `Set-Cookie:` line quoted. Rails' `_<app>_session=<data>--<digest>` and Flask's
 * `session=eyJ….<timestamp>.<signature>` count by the shape of their value, also as a JSON member
 * (`"session":"eyJ…"`); WordPress' auth cookies by their name (`wordpress_logged_in_<hash>=…`).
 * Whoever reads the page can take over that session. The response's own `Set-Cookie` header is not
 * read.
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
    "Session cookie values in the body (sessionid, PHPSESSID, JSESSIONID, connect.sid, laravel_session, _session_id, ASP.NET_SessionId, rack.session, Plug's _app_key, Rails' _app_session, Flask's session, WordPress' wordpress_logged_in_<hash>), as an echoed Cookie or Set-Cookie header or a JSON dump shows them.",
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
    '_key=',
    'session=',
    'session"',
    'wordpress_',
  ],
  // Plug's (Phoenix) cookie is named after the app (`_shop_key`): it counts when its value is a
  // signed or encrypted Plug session (`SFMyNTY.` is HS256, `QTEyOEdDTQ.` A128GCM, in base64).
  pattern: [
    new RegExp(
      String.raw`(?<![\w.-])(?:(?:${names})=|_[a-z][a-z0-9_]{0,60}_key=(?=(?:SFMyNTY|QTEyOEdDTQ)\.))([^;\s"'\\,&<>]{16,400})`,
      'g',
    ),
    new RegExp(String.raw`(?<![\w.-])_[a-z][a-z0-9_]{0,60}_session=(${rails})`, 'g'),
    new RegExp(String.raw`(?<![\w.-])session=(${flask})`, 'g'),
    // As a JSON member: `"cookies":{"session":"eyJ…"}`.
    new RegExp(
      String.raw`"(?:_[a-z][a-z0-9_]{0,60}_)?session"\s{0,3}:\s{0,3}"(${rails}|${flask})`,
      'g',
    ),
  ],
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
      `Cookie: _shop_session=${sampleSecret(180, 839, base64)}--${sampleSecret(16, 840, base64)}--${sampleSecret(22, 841, base64)}%3D%3D; locale=en`,
      `{"headers":{"cookie":"_acme_session=${sampleSecret(120, 842, base64)}%3D--${sampleSecret(40, 843, hexDigits)}"}}`,
      `Set-Cookie: session=${['ey', 'J', sampleSecret(60, 844, urlSafe)].join('')}.${sampleSecret(6, 845, urlSafe)}.${sampleSecret(27, 846, urlSafe)}; HttpOnly; Path=/`,
      `{"cookies":{"session":".${['e', 'J', sampleSecret(90, 847, urlSafe)].join('')}.${sampleSecret(6, 848, urlSafe)}.${sampleSecret(27, 849, urlSafe)}"}}`,
      `{"cookies":{"_gitlab_session":"${sampleSecret(32, 850, hexDigits)}"}}`,
      `<pre>HTTP_COOKIE: wordpress_logged_in_${sampleSecret(32, 852, hexDigits)}=admin%7C1717000000%7C${sampleSecret(43, 853)}%7C${sampleSecret(64, 854, hexDigits)}; wp-settings-1=libraryContent%3Dbrowse</pre>`,
    ],
    safe: [
      'Internal Server Error',
      'Your session expired. Please sign in again.',
      'sessionid=${SESSION_ID}',
      'Cookies we use: sessionid (keeps you signed in), csrftoken (protects forms).',
      `{"api_key_hint":"_shop_key=${sampleSecret(20, 838)}"}`,
      'Set-Cookie: _shop_session=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT',
      'session=expired; please sign in again',
      `{"session":"${sampleSecret(24, 851, urlSafe)}","flash":"eyJ"}`,
      'Cookie: wordpress_test_cookie=WP%20Cookie%20check',
      `Set-Cookie: wordpress_logged_in_${sampleSecret(32, 855, hexDigits)}=+; expires=Thu, 01 Jan 1970 00:00:00 GMT`,
    ],
  },
})
