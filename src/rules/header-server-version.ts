import { defineRule } from '../define-rule.ts'

/**
 * A version in a product token: after a slash (`nginx/1.25.3`, RFC 9110's product/version), after
 * a `v` (`v2`), or dotted numbers (`Kestrel 8.0`, `Jetty(9.4.51)`). Digits in a name (`AmazonS3`,
 * `h2o`, `CDN77-Turbo`) or an edge node's ID (`BunnyCDN-DE1-1083`) are no version.
 */
const version = /\/v?\d|\bv\d|\d\.\d/
/**
 * Managed load balancers and edges whose banner the service behind cannot change, and whose number
 * is the platform's generation or build, not a release with its own flaws: AWS's `awselb/2.0`,
 * Azure's `Microsoft-Azure-Application-Gateway/v2` and Storage's `Windows-Azure-Blob/1.0`, Fly.io's
 * `Fly/9e1f4b3 (2024-05-01)`; the front ends of Google (`GFE/2.0`), GitHub (`GitHub Babel 2.0`)
 * and Apple (`daiquiri/5`).
 */
const managed =
  /^(?:awselb\/2\.0|Windows-Azure-(?:Blob|File|Queue|Table|Web)\/1\.0\b|Microsoft-Azure-Application-Gateway\/v\d|Fly\/[0-9a-f]{6,40}\b|GFE\/2\.0$|GitHub Babel 2\.0$|daiquiri\/\d{1,2}$)/

/**
 * RFC 9110 §10.2.4: Server should not carry fine-grained detail (ZAP 10036 flags any digit;
 * this rule, a version). The banners of managed load balancers (`awselb/2.0`) pass.
 *
 * @example
 * ```ts
 * // Server: nginx/1.25.3 → flagged; Server: nginx → passes
 * ```
 */
/**
 * The Server header, and the backend's as a platform passes it on under another name: Amazon API
 * Gateway's `x-amzn-Remapped-Server`, Render's `x-render-origin-server`.
 */
const serverHeaders = ['server', 'x-amzn-remapped-server', 'x-render-origin-server']

export const headerServerVersion = defineRule({
  id: 'header-server-version',
  category: 'version-disclosure',
  description:
    "The Server header carries a version (nginx/1.25.3, Apache/2.4.57, Kestrel 8.0), or the backend's as a platform passes it on (x-amzn-Remapped-Server, Render's x-render-origin-server). Managed load balancers' banners (awselb/2.0, Microsoft-Azure-Application-Gateway/v2, Windows-Azure-Blob/1.0, Fly/<build>, GFE/2.0) pass.",
  *detect({ headers }) {
    for (const name of serverHeaders) {
      const value = headers[name]
      if (value !== undefined && version.test(value) && !managed.test(value)) {
        yield {
          message: `the ${name === 'server' ? 'Server' : "backend's Server"} header gives a version; send none, or one without a version`,
          header: name,
          evidence: value,
        }
      }
    }
  },
  patterns: [version, managed],
  examples: {
    leaky: [
      { status: 502, headers: { Server: 'nginx/1.25.3' }, body: 'Bad Gateway' },
      {
        status: 502,
        headers: { 'x-amzn-Remapped-Server': 'nginx/1.18.0 (Ubuntu)' },
        body: '{"message":"Internal server error"}',
      },
      {
        status: 500,
        headers: { 'x-render-origin-server': 'Werkzeug/3.0.1 Python/3.11.9', server: 'cloudflare' },
        body: 'Internal Server Error',
      },
      { status: 500, headers: { Server: 'Apache/2.4.57 (Debian)' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'Kestrel 8.0' }, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { Server: 'Jetty(9.4.51.v20230217)' },
        body: 'Internal Server Error',
      },
    ],
    safe: [
      { status: 500, headers: { Server: 'nginx' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'cloudflare' }, body: 'Internal Server Error' },
      { status: 500, headers: { Server: 'AmazonS3' }, body: 'Internal Server Error' },
      { status: 502, headers: { Server: 'BunnyCDN-DE1-1083' }, body: 'Bad Gateway' },
      { status: 500, headers: { Server: 'h2o' }, body: 'Internal Server Error' },
      { status: 500, body: 'Internal Server Error' },
      { status: 502, headers: { Server: 'awselb/2.0' }, body: '502 Bad Gateway' },
      { status: 502, headers: { Server: 'GFE/2.0' }, body: "502. That's an error." },
      {
        status: 502,
        headers: { Server: 'Microsoft-Azure-Application-Gateway/v2' },
        body: '502 Bad Gateway',
      },
      { status: 502, headers: { Server: 'Fly/9e1f4b3 (2024-05-01)' }, body: 'Bad Gateway' },
      {
        status: 500,
        headers: { Server: 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0' },
        body: 'Internal Server Error',
      },
    ],
  },
})
