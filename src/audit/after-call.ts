import { isWordChar } from '../secrets/token-char.ts'

/**
 * What stands before a URL an app called (lower case, quotes and brackets after it left out): a
 * request's method (`POST http://…`, ofetch's `[POST] "http://…"`), a client's words for the call
 * (`request to`, `connection to`, `upstream`, `from`), or the member of a client's config or error that
 * holds its URL (`"url":"http://…"`). A link, a documentation URL or an XML namespace has none.
 */
const callMarkers = [
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  ']',
  'request to',
  'request for',
  'requesting',
  'connect to',
  'connecting to',
  'connection to',
  'calling',
  'call to',
  'upstream',
  'upstream:',
  'proxy to',
  'proxying to',
  'forwarding to',
  'fetching',
  'fetch',
  // anyhow's context and the like: `failed to decode the invoice from http://…`.
  'from',
  'reach',
  'failed to reach',
  'for url',
  '"url":',
  '"baseurl":',
  '"uri":',
  '"endpoint":',
  '"target":',
  '"upstream":',
  '"host":',
  '"address":',
  // util.inspect of a client's error or config: `url: 'http://…'`. A link's `href` or a CORS
  // `origin` names the app's own address or a page's, not one it called.
  'url:',
  'baseurl:',
  // got's ParseError: `… is not valid JSON in "http://orders-svc:8080/…"`, and on a body cut
  // short `Unexpected end of JSON input in "http://…"`.
  'json in',
  'json input in',
  // PHP's stream functions name the URL they failed to open: `file_get_contents(http://…):
  // Failed to open stream`.
  'file_get_contents',
  'fopen',
  // An identity library naming the issuer it was configured with (`unexpected iss value,
  // expected http://keycloak:8080/realms/acme`, `jwt issuer invalid. expected: …`), or where it
  // fetched the provider's keys and discovery document.
  'expected',
  'expected:',
  '"issuer":',
  'issuer:',
  '"jwks_uri":',
  'jwks_uri:',
]

/**
 * Members that may hold the request's own URL or host rather than one the app called: Nitro's
 * error answer has `"url": "http://127.0.0.1:37205/…"`, and a page may give the front end's
 * configured `"baseUrl"`.
 */
const ownUrlMembers = new Set(['url', 'uri', 'host', 'address', 'baseurl'])

/** The markers without the members of `ownUrlMembers` (`"url":`, `url:`). */
const phraseMarkers = callMarkers.filter(
  (marker) => !ownUrlMembers.has(marker.replace(/[":]/g, '')),
)

/**
 * Whether the text before `at` (quotes and brackets just before it left out) ends in one of
 * `callMarkers`: a URL starting at `at` is one an app called. With `members: false`, a member
 * that may hold the request's own URL (`"url":`, `host:`) does not count: an error page may give
 * it (Nitro's `"url": "http://127.0.0.1:37205/…"`); `"upstream":` or `"endpoint":` do.
 *
 * @example
 * ```ts
 * afterCall('request to http://orders:8080/', 11) // true
 * afterCall('see http://orders:8080/', 4) // false
 * ```
 */
export function afterCall(text: string, at: number, { members = true } = {}): boolean {
  let end = at
  while (end > 0 && at - end < 4 && '"\'([<` '.includes(text[end - 1] as string)) end--
  const before = text.slice(Math.max(0, end - 20), end).toLowerCase()
  return (members ? callMarkers : phraseMarkers).some(
    (marker) =>
      before.endsWith(marker) &&
      // A word stands alone (`get`, not `target`); `]` and `"url":` end in no word.
      (!isWordChar(marker.charCodeAt(0)) ||
        before.length === marker.length ||
        !isWordChar(before.charCodeAt(before.length - marker.length - 1))),
  )
}
