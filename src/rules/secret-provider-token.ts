import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { hexDigits, sampleSecret } from '../secrets/sample-secret.ts'
import { isTokenChar } from '../secrets/token-char.ts'

const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

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
]

/**
 * Tokens of other providers, recognisable by their prefix: npm (`npm_`), SendGrid (`SG.`),
 * Twilio API keys (`SK` + 32 hex), GitLab (`glpat-`), DigitalOcean, Shopify, Docker Hub, PyPI,
 * HashiCorp Vault, Linear, Postman.
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
    'Prefixed provider tokens: npm_, SendGrid SG.x.y, Twilio SK+32 hex, GitLab glpat-/glrt-, dop_v1_, shpat_, dckr_pat_, pypi-, hvs., lin_api_, PMAK-.',
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
  ],
  pattern:
    /(?:npm_[A-Za-z0-9]{36}|SG\.[\w-]{22}\.[\w-]{43}|SK[0-9a-f]{32}|glpat-[\w-]{20,60}|glrt-[\w-]{20,60}|dop_v1_[a-f0-9]{64}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dckr_pat_[\w-]{27,60}|pypi-AgEIcHlwaS5vcmc[\w-]{50,300}|hvs\.[\w-]{90,200}|lin_api_[A-Za-z0-9]{40}|PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![\w-])/g,
  // A token starts the word: the character before it is checked here rather than by a lookbehind
  // at the head of the pattern, which would keep the regex engine from skipping ahead to a prefix.
  ignore: (m) => isTokenChar(m.input.charCodeAt(m.index - 1)) || isPlaceholder(m[0].slice(-20)),
  secret: true,
  message: (m) => `shows a ${providers.find(([p]) => m[0].startsWith(p))?.[1] ?? 'provider'} token`,
  examples: {
    leaky: [
      `//registry.npmjs.org/:_authToken=${['np', 'm_', sampleSecret(36, 701)].join('')}`,
      `{"sendgrid":{"apiKey":"${['S', 'G.', sampleSecret(22, 702, urlSafe), '.', sampleSecret(43, 703, urlSafe)].join('')}"}}`,
      `Twilio auth failed for ${['S', 'K', sampleSecret(32, 704, hexDigits)].join('')}`,
      `remote: HTTP Basic: Access denied for ${['gl', 'pat-', sampleSecret(20, 705, urlSafe)].join('')}`,
    ],
    safe: [
      'npm_config_cache is set',
      `Order SK-${sampleSecret(8, 706, hexDigits)} shipped`,
      `Ticket ${['gl', 'pat-'].join('')}${'x'.repeat(20)}`,
    ],
  },
})
