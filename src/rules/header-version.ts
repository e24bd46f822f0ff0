import { defineRule } from '../define-rule.ts'

/** Headers whose only job is to name a product version. */
const versionHeaders: readonly string[] = [
  'x-aspnet-version',
  'x-aspnetmvc-version',
  'x-php-version',
  'x-runtime-version',
  'x-version',
  'x-generator',
  'x-drupal-version',
  'x-jenkins',
  'x-owa-version',
  'x-nextjs-version',
  'x-envoy-version',
  'x-mod-pagespeed',
  'x-page-speed',
  'microsoftsharepointteamservices',
  'x-krakend',
  'x-catalyst',
]

/** Version headers (ZAP 10061: X-AspNet-Version; OWASP Secure Headers Project's removal list). */
export const headerVersion = defineRule({
  id: 'header-version',
  category: 'version-disclosure',
  description:
    'A header names a product version (X-AspNet-Version, X-AspNetMvc-Version, X-PHP-Version, X-Generator, X-Catalyst).',
  patterns: [/\d/],
  *detect({ headers }) {
    for (const name of versionHeaders) {
      const value = headers[name]
      if (value !== undefined && /\d/.test(value))
        yield {
          message: `${name} gives a version`,
          header: name,
          evidence: value,
        }
    }
  },
  examples: {
    leaky: [
      { status: 502, headers: { 'X-KrakenD': 'Version 2.6.0' }, body: 'Bad Gateway' },
      { status: 500, headers: { 'X-AspNet-Version': '4.0.30319' }, body: 'Error' },
      { status: 500, headers: { 'X-Catalyst': '5.90130' }, body: 'Error' },
      {
        status: 500,
        headers: { 'X-Generator': 'Drupal 10 (https://www.drupal.org)' },
        body: 'Error',
      },
    ],
    safe: [
      { status: 500, headers: { 'X-Generator': 'static site' }, body: 'Internal Server Error' },
    ],
  },
})
