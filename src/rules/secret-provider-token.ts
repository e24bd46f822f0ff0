import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { hexDigits, sampleSecret } from '../secrets/sample-secret.ts'
import { isTokenChar } from '../secrets/token-char.ts'

const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const lowerAlnum = 'abcdefghijklmnopqrstuvwxyz0123456789'
/** The characters of a Microsoft Entra ID client secret after its `Q~`. */
const entra = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-'
/** The Bech32 alphabet of age keys. */
const bech32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'

/**
 * A Sentry organization token: `sntrys_`, the base64 JSON of its claims (`{"iat":…`, with a
 * `region_url`), `_` and a 43-character secret.
 */
const sentryOrgToken = (seed: number) =>
  [
    'sntr',
    'ys_',
    btoa(
      `{"iat":1718000000.123,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme${seed}"}`,
    ),
    '_',
    sampleSecret(43, seed, base64),
  ].join('')

/** What the base64 JSON of a Sentry organization token holds: `region_url`, at each alignment. */
const sentryRegionUrl = ['LCJyZWdpb25fdXJs', 'InJlZ2lvbl91cmwi', 'cmVnaW9uX3VybCI6']

/** How far before a `key-` token the name Mailgun is looked for (`MAILGUN_API_KEY=key-…`). */
const mailgunReach = 60

/** Prefix to provider, longest prefixes first where they overlap. */
const providers: readonly (readonly [string, string])[] = [
  ['npm_', 'npm'],
  ['SG.', 'SendGrid'],
  ['SK', 'Twilio'],
  ['glpat-', 'GitLab'],
  ['glrt-', 'GitLab'],
  ['dop_v1_', 'DigitalOcean'],
  ['shp', 'Shopify'],
  ['dckr_pat_', 'Docker Hub'],
  ['pypi-', 'PyPI'],
  ['hvs.', 'HashiCorp Vault'],
  ['lin_api_', 'Linear'],
  ['PMAK-', 'Postman'],
  ['dapi', 'Databricks'],
  ['ATATT3', 'Atlassian'],
  ['sntrys_', 'Sentry organization'],
  ['sntryu_', 'Sentry user'],
  ['AGE-SECRET-KEY-1', 'age secret key'],
  ['access_token$', 'Braintree'],
  ['dt0c01.', 'Dynatrace'],
  ['tskey-', 'Tailscale key'],
  ['dp.pt.', 'Doppler'],
  ['sbp_', 'Supabase'],
  ['pul-', 'Pulumi'],
  ['ntn_', 'Notion'],
  ['fo1_', 'Fly.io'],
  ['fm1', 'Fly.io'],
  ['fm2_', 'Fly.io'],
  ['pat', 'Airtable'],
  ['key-', 'Mailgun API key'],
  ['sk.eyJ', 'Mapbox secret'],
]

/**
 * Tokens of other providers, recognisable by their prefix: npm (`npm_`), SendGrid (`SG.`),
 * Twilio API keys (`SK` + 32 hex), GitLab (`glpat-`), DigitalOcean, Shopify, Docker Hub, PyPI,
 * HashiCorp Vault, Linear, Postman, Databricks (`dapi`), Atlassian (`ATATT3`), Sentry
 * (`sntrys_`, `sntryu_`), age secret keys, Braintree (`access_token$production$`), Dynatrace
 * (`dt0c01.`), Tailscale (`tskey-`), Doppler (`dp.pt.`), Supabase (`sbp_`), Pulumi (`pul-`),
 * Notion (`ntn_`), Fly.io (`fo1_`, `fm1a_`, `fm1r_`, `fm2_`), Airtable personal access tokens
 * (`pat….<hex>`), Mailgun keys (`key-` + 32 hex, only with the name Mailgun just before) and
 * Mapbox secret tokens (`sk.eyJ1…`; public `pk.` ones pass).
 * Formats as gitleaks' rules give them.
 *
 * @example
 * ```ts
 * '//registry.npmjs.org/:_authToken=npm_…' // flagged, excerpt masked
 * ```
 */
export const secretProviderToken = defineRule({
  id: 'secret-provider-token',
  category: 'secret',
  description:
    'Prefixed provider tokens: npm_, SendGrid SG.x.y, Twilio SK+32 hex, GitLab glpat-/glrt-, dop_v1_, shpat_, dckr_pat_, pypi-, hvs., lin_api_, PMAK-, Databricks dapi, Atlassian ATATT3, Sentry sntrys_/sntryu_, AGE-SECRET-KEY-1, Braintree access_token$production$, Dynatrace dt0c01., Tailscale tskey-, Doppler dp.pt., Supabase sbp_, Pulumi pul-, Notion ntn_, Fly.io fo1_/fm2_, Airtable pat…, Mailgun key- (named Mailgun), Mapbox sk.eyJ1…, Microsoft Entra ID client secrets (…8Q~…).',
  // The prefixes as written (the pattern is case-sensitive): a bare `sk`, or `sk` and a hex digit,
  // would let the rule run on every "ask" and "basket".
  keywords: [
    'npm_',
    'SG.',
    'SK',
    'glpat-',
    'glrt-',
    'dop_v1_',
    'shpat_',
    'shpca_',
    'shppa_',
    'shpss_',
    'dckr_pat_',
    'pypi-',
    'hvs.',
    'lin_api_',
    'PMAK-',
    'dapi',
    'ATATT3',
    'sntrys_',
    'sntryu_',
    'AGE-SECRET-KEY-1',
    'access_token$production$',
    'access_token$sandbox$',
    'dt0c01.',
    'tskey-',
    'dp.pt.',
    'sbp_',
    'pul-',
    'ntn_',
    'fo1_',
    'fm1a_',
    'fm1r_',
    'fm2_',
    'pat',
    'key-',
    'Q~',
    'sk.eyJ1',
  ],
  pattern: [
    /(?:npm_[A-Za-z0-9]{36}|SG\.[\w-]{22}\.[\w-]{43}|SK[0-9a-f]{32}|glpat-[\w-]{20,60}|glrt-[\w-]{20,60}|dop_v1_[a-f0-9]{64}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dckr_pat_[\w-]{27,60}|pypi-AgEIcHlwaS5vcmc[\w-]{50,300}|hvs\.[\w-]{90,200}|lin_api_[A-Za-z0-9]{40}|PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![\w-])/g,
    // gitleaks: databricks-api-token, atlassian-api-token, sentry-org-token, sentry-user-token,
    // age-secret-key, braintree-access-token, dynatrace-api-token, tailscale-key (bounded here),
    // doppler-api-token, supabase-service-key, pulumi-api-token, notion-api-token.
    /(?:dapi[a-f0-9]{32}(?:-\d)?|ATATT3[A-Za-z0-9_=-]{186}|sntrys_eyJpYXQiO[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64}|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}|access_token\$(?:production|sandbox)\$[a-z0-9]{16}(?:\$[a-f0-9]{32})?|dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}|tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9_]{4,64}-[A-Za-z0-9_]{8,128}|dp\.pt\.[A-Za-z0-9]{43}|sbp_[a-f0-9]{40}|pul-[a-f0-9]{40}|ntn_[0-9]{11}[A-Za-z0-9]{35})(?![\w-])/g,
    // gitleaks: flyio-access-token; apart from the short tokens below, so that their scans near a
    // common prefix (`pat`) reach a short match's length, not a Fly.io macaroon's 4000 characters.
    /(?:fo1_[\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,4000}={0,3}|fm2_[A-Za-z0-9+/]{100,4000}={0,3})(?![\w-])/g,
    // gitleaks: airtable-personnal-access-token, mailgun-private-api-token.
    /(?:pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|key-[a-f0-9]{32})(?![\w-])/g,
    // A Mapbox secret token: `sk.` and base64url claims that start `{"u":"`, then a signature.
    /sk\.eyJ1Ijoi[\w-]{10,300}\.[\w-]{20,40}(?![\w-])/g,
    // gitleaks: azure-ad-client-secret (Microsoft Entra ID): three characters, a digit, `Q~`.
    /[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34}(?![\w~.-])/g,
  ],
  // A token starts the word: the character before it is checked here rather than by a lookbehind
  // at the head of the pattern, which would keep the regex engine from skipping ahead to a prefix.
  ignore: (m) =>
    isTokenChar(m.input.charCodeAt(m.index - 1)) ||
    (m[0].includes('Q~') && '~.'.includes(m.input.charAt(m.index - 1) || '_')) ||
    isPlaceholder(m[0].slice(-20)) ||
    // A Sentry organization token's claims name its region, as gitleaks checks.
    (m[0].startsWith('sntrys_') && !sentryRegionUrl.some((part) => m[0].includes(part))) ||
    // `key-` + 32 hex is Mailgun's only when named so: alone it is any key's id.
    (m[0].startsWith('key-') && !namesMailgun(m.input, m.index)),
  secret: true,
  message: (m) => {
    const name =
      providers.find(([p]) => m[0].startsWith(p))?.[1] ??
      (m[0].includes('Q~') ? 'Entra ID client secret' : 'provider')
    const article = 'AEIOUaeiou'.includes(name.charAt(0)) ? 'an' : 'a'
    return `shows ${article} ${name}${name.endsWith(' key') ? '' : ' token'}`
  },
  examples: {
    leaky: [
      `//registry.npmjs.org/:_authToken=${['np', 'm_', sampleSecret(36, 701)].join('')}`,
      `{"sendgrid":{"apiKey":"${['S', 'G.', sampleSecret(22, 702, urlSafe), '.', sampleSecret(43, 703, urlSafe)].join('')}"}}`,
      `Twilio auth failed for ${['S', 'K', sampleSecret(32, 704, hexDigits)].join('')}`,
      `remote: HTTP Basic: Access denied for ${['gl', 'pat-', sampleSecret(20, 705, urlSafe)].join('')}`,
      `{"error":"databricks: 403 Invalid access token","token":"${['da', 'pi', sampleSecret(32, 707, hexDigits)].join('')}"}`,
      `JIRA_API_TOKEN=${['ATA', 'TT3', sampleSecret(186, 708, urlSafe)].join('')}`,
      `sentry-cli: auth failed (SENTRY_AUTH_TOKEN=${sentryOrgToken(709)})`,
      `{"sentry":{"authToken":"${['sntr', 'yu_', sampleSecret(64, 710, hexDigits)].join('')}"}}`,
      `age: error: no identity matched; tried ${['AGE-SECRET-', 'KEY-1', sampleSecret(58, 711, bech32)].join('')}`,
      `Braintree::AuthenticationError with ${['access_token$', 'production$', sampleSecret(16, 712, lowerAlnum), '$', sampleSecret(32, 713, hexDigits)].join('')}`,
      `Api-Token ${['dt0', 'c01.', sampleSecret(24, 714), '.', sampleSecret(64, 715)].join('')} rejected`,
      `{"TS_AUTHKEY":"${['tskey-', 'auth-', sampleSecret(12, 716), '-', sampleSecret(32, 717)].join('')}"}`,
      `DOPPLER_TOKEN=${['dp.', 'pt.', sampleSecret(43, 718)].join('')}`,
      `supabase: Unauthorized for ${['sb', 'p_', sampleSecret(40, 719, hexDigits)].join('')}`,
      `PULUMI_ACCESS_TOKEN: ${['pu', 'l-', sampleSecret(40, 720, hexDigits)].join('')}`,
      `{"notion":{"auth":"${['nt', 'n_', sampleSecret(11, 721, '0123456789'), sampleSecret(35, 722)].join('')}"}}`,
      `Authorization: FlyV1 ${['fm', '2_', sampleSecret(300, 723, base64)].join('')}`,
      `{"airtable":"${['pa', 't', sampleSecret(14, 724), '.', sampleSecret(64, 725, hexDigits)].join('')}"}`,
      `MAILGUN_API_KEY=${['ke', 'y-', sampleSecret(32, 726, hexDigits)].join('')}`,
      `{"error":"Mapbox 401 Not Authorized - Invalid Token","token":"${['sk', '.eyJ1Ijoi', sampleSecret(40, 731, urlSafe), '.', sampleSecret(22, 732, urlSafe)].join('')}"}`,
      `AADSTS7000215: Invalid client secret provided (${[sampleSecret(3, 729), '8', 'Q~', sampleSecret(34, 730, entra)].join('')}).`,
    ],
    safe: [
      'npm_config_cache is set',
      `Order SK-${sampleSecret(8, 706, hexDigits)} shipped`,
      `Ticket ${['gl', 'pat-'].join('')}${'x'.repeat(20)}`,
      `{"error":"duplicate idempotency key-${sampleSecret(32, 727, hexDigits)}"}`,
      `TS_AUTHKEY=${['tskey-', 'auth-'].join('')}${'x'.repeat(12)}-${'x'.repeat(32)}`,
      `Shipment pul-${sampleSecret(12, 728, hexDigits)} is late; see dapi docs.`,
      'Press Q~ to quit the console.',
      `mapboxgl.accessToken = '${['pk', '.eyJ1Ijoi', sampleSecret(40, 733, urlSafe), '.', sampleSecret(22, 734, urlSafe)].join('')}'`,
    ],
  },
})

/** Whether the name Mailgun stands shortly before `at` (`MAILGUN_API_KEY=`, `"mailgun": {"key": `). */
function namesMailgun(text: string, at: number): boolean {
  return text
    .slice(Math.max(0, at - mailgunReach), at)
    .toLowerCase()
    .includes('mailgun')
}
