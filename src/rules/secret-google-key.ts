import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { lastIndexWithin } from '../audit/look-back.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

const patterns = [
  /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g,
  /(?<![\w-])ya29\.[0-9A-Za-z_-]{20,2000}/g,
  /(?<![\w-])GOCSPX-[0-9A-Za-z_-]{28}(?![\w-])/g,
]
const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const keywords = ['aiza', 'ya29.', 'gocspx-']

/**
 * Google credentials: API keys (`AIza…`), OAuth access tokens (`ya29.…`) and OAuth client secrets
 * (`GOCSPX-…`). The browser key in the URL of the Maps JavaScript API's loader passes, and so does
 * the `apiKey` of a Firebase web config (`{ apiKey: "AIza…", authDomain: …, projectId: … }`),
 * which Firebase documents as public.
 *
 * @example
 * ```ts
 * 'key=AIza…' // flagged, excerpt masked
 * ```
 */
export const secretGoogleKey = defineRule({
  id: 'secret-google-key',
  category: 'secret',
  description:
    'Google API keys (AIza + 35; not the browser key of a Maps loader or a Firebase web config), OAuth access tokens (ya29.) and OAuth client secrets (GOCSPX-).',
  keywords,
  patterns,
  *detect(subject) {
    for (const view of subject.views)
      for (const pattern of patterns)
        for (const m of keywordMatches(subject, view, pattern, keywords)) {
          if (isPlaceholder(m[0].slice(5)) || inMapsLoader(view.text, m.index)) continue
          if (m[0].startsWith('AIza') && inFirebaseConfig(view.text, m.index)) continue
          const span = [m.index, m.index + m[0].length] as const
          yield { message: 'shows a Google API key or OAuth token', view, span, secret: true }
        }
  },
  examples: {
    leaky: [
      `GET https://maps.googleapis.com/maps/api/geocode/json?key=${['AI', 'za', sampleSecret(35, 501, urlSafe)].join('')} failed`,
      `{"access_token":"${['ya', '29.', sampleSecret(120, 502, urlSafe)].join('')}"}`,
      `client_secret: ${['GOC', 'SPX-', sampleSecret(28, 503, urlSafe)].join('')}`,
      `{"error":"geocoding failed","config":{"key":"${['AI', 'za', sampleSecret(35, 507, urlSafe)].join('')}","projectId":"acme-shop"}}`,
      `{"firebase":{"apiKey":"${['AI', 'za', sampleSecret(35, 508, urlSafe)].join('')}"}}`,
    ],
    safe: [
      'Sign in with Google',
      `AIza${'x'.repeat(35)}`,
      'ya29 is not a token',
      `<script async src="https://maps.googleapis.com/maps/api/js?v=weekly&key=${['AI', 'za', sampleSecret(35, 504, urlSafe)].join('')}&callback=initMap"></script>`,
      `<script>(g=>{var h,a,k,p="The Google Maps JavaScript API",c="google",l="importLibrary",q="__ib__"})({key: "${['AI', 'za', sampleSecret(35, 505, urlSafe)].join('')}", v: "weekly"});</script>`,
      `<gmpx-api-loader key="${['AI', 'za', sampleSecret(35, 506, urlSafe)].join('')}" solution-channel="GMP_GE_mapsandplacesautocomplete_v1"></gmpx-api-loader>`,
      `<script type="module">
  const firebaseConfig = {
    apiKey: "${['AI', 'za', sampleSecret(35, 509, urlSafe)].join('')}",
    authDomain: "acme-shop.firebaseapp.com",
    projectId: "acme-shop",
    storageBucket: "acme-shop.appspot.com",
    messagingSenderId: "123456789012",
    appId: "1:123456789012:web:0a1b2c3d4e5f6a7b"
  };
  initializeApp(firebaseConfig);
</script>`,
    ],
  },
})

/** The URLs of the Maps JavaScript API's loader. */
const loaderUrls = ['maps.googleapis.com/maps/api/js?', 'maps.google.com/maps/api/js?']
/** What else loads it with a key: the dynamic import bootstrap, js-api-loader, the web component. */
const loaderCalls = ['importLibrary', 'new Loader(', '<gmpx-api-loader']

/**
 * Whether the key at `at` is the one a page loads the Maps JavaScript API with: in the loader's
 * URL (`<script src=".../maps/api/js?key=…">`), or shortly after the dynamic import bootstrap,
 * `new Loader({ apiKey })` or `<gmpx-api-loader key=…>`. It is a browser key, restricted by
 * referrer, that the page must show.
 */
function inMapsLoader(text: string, at: number): boolean {
  for (const loader of loaderUrls) {
    const url = lastIndexWithin(text, loader, at, 300)
    if (url === -1) continue
    const query = text.slice(url + loader.length, at)
    if (![' ', '\t', '\n', '"', "'", '<', '>'].some((c) => query.includes(c))) return true
  }
  return loaderCalls.some((call) => lastIndexWithin(text, call, at, 1199) !== -1)
}

/** How far around a key the other fields of a Firebase web config are looked for. */
const firebaseReach = 300
/** How far before a key its `apiKey` name is looked for (`apiKey: "`, `"apiKey":"`). */
const apiKeyReach = 16
/** The fields a Firebase web config holds besides its key. */
const firebaseFields = ['authDomain', 'projectId']

/**
 * Whether the key at `at` is the `apiKey` of a Firebase web config: named `apiKey`, with
 * `authDomain` or `projectId` within 300 characters. Firebase documents these browser keys as
 * public (access is guarded by security rules), and every page that uses Firebase shows one.
 */
function inFirebaseConfig(text: string, at: number): boolean {
  const name = 'apiKey'
  if (lastIndexWithin(text, name, at - name.length, apiKeyReach - name.length) === -1) return false
  const around = text.slice(Math.max(0, at - firebaseReach), at + firebaseReach)
  return firebaseFields.some((field) => around.includes(field))
}
