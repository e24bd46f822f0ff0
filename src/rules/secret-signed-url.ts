import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { hexDigits, sampleSecret } from '../secrets/sample-secret.ts'
import { trailingSecret } from '../secrets/trailing-secret.ts'

// The signature or session token of an AWS SigV4 or Google V4 signed URL.
const namedPattern =
  /[?&;](?:X-Amz-Signature|X-Amz-Security-Token|X-Goog-Signature)=([A-Za-z0-9%+/=_-]{16,4000})/gi
// Azure's shared access signature, and the signature of a Google V2 or AWS S3 V2 signed URL.
const sigPattern = /[?&;](?:sig|Signature)=([A-Za-z0-9%+/=_-]{24,1500})/g
// What a signed URL's query holds besides the signature: Azure's signed version (sv=2022-11-02),
// Google V2's GoogleAccessId and AWS S3 V2's AWSAccessKeyId.
const signedQuery = /(?:^|[?&;])(?:sv=\d{4}-\d\d-\d\d|GoogleAccessId=|AWSAccessKeyId=)/
// A Telegram bot's token in a Bot API URL (gitleaks: telegram-bot-api-token's token): on
// api.telegram.org, with a port, or on a self-hosted Bot API server (`apiRoot`).
const telegramPattern = /\/bot([0-9]{5,16}:A[\w-]{34})(?![\w-])/g
// What follows webhookb2/ in a Microsoft Teams incoming webhook URL (gitleaks: microsoft-teams-webhook).
const teamsPattern =
  /[a-z0-9]{1,63}\.webhook\.office\.com\/webhookb2\/([a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}@[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})/gi
// The token of a Discord webhook URL: /api/webhooks/<id>/<token> (68 characters).
const discordPattern =
  /\bdiscord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/\d{17,20}\/([\w-]{60,100})(?![\w-])/g
// The key of an Azure Functions HTTP trigger in its URL's query (`?code=`), as a client's error
// quotes the URL it called: a `code=` whose URL is a function's (`functionUrl`).
const codePattern = /[?&]code=([A-Za-z0-9_%/+=-]{20,120})(?![\w%/+=-])/g
const functionUrl = '.azurewebsites.net/api/'

const keywords = [
  'x-amz-signature=',
  'x-amz-security-token=',
  'x-goog-signature=',
  'sig=',
  'signature=',
  '/bot',
  '.webhook.office.com/webhookb2/',
  'discord.com/api/',
  'discordapp.com/api/',
  'code=',
]

/** How far back a query is read for the parameters that make a `sig=` a signed URL's. */
const queryReach = 1500

const urlBase64 = (length: number, seed: number) => `${sampleSecret(length, seed)}%3D`
const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
/** A GUID, lower-case hex, as Teams webhook URLs hold them. */
const guid = (seed: number) =>
  [8, 4, 4, 4, 12].map((n, i) => sampleSecret(n, seed * 10 + i, hexDigits)).join('-')

/**
 * The signatures and session tokens of signed URLs, which grant access to what they point at
 * until they expire: AWS SigV4 (`X-Amz-Signature=`, `X-Amz-Security-Token=`), Google Cloud
 * Storage V4 (`X-Goog-Signature=`), Azure shared access signatures (`sig=` next to `sv=<date>`),
 * and Google V2 and S3 V2 URLs (`Signature=` next to `GoogleAccessId=` or `AWSAccessKeyId=`). A
 * `sig=` in any other query passes. Also the secrets of URLs that are credentials themselves: a
 * Telegram bot token in `https://api.telegram.org/bot<token>/…` (or a self-hosted Bot API
 * server's `/bot<token>/…`) and the path of a Microsoft
 * Teams incoming webhook (`https://<tenant>.webhook.office.com/webhookb2/…`), the token of a
 * Discord webhook (`https://discord.com/api/webhooks/<id>/<token>`), and the key of an Azure
 * Functions HTTP trigger (`https://<app>.azurewebsites.net/api/<function>?code=<key>`).
 *
 * @example
 * ```ts
 * 'https://acme.blob.core.windows.net/invoices/1.pdf?sv=2022-11-02&sp=r&sig=…' // flagged, excerpt masked
 * ```
 */
export const secretSignedUrl = defineRule({
  id: 'secret-signed-url',
  category: 'secret',
  description:
    'Signatures and session tokens of signed URLs: AWS SigV4 (X-Amz-Signature, X-Amz-Security-Token), Google V4 (X-Goog-Signature), Azure SAS (sig= with sv=), Google V2 and S3 V2 (Signature= with GoogleAccessId or AWSAccessKeyId); Telegram bot tokens in Bot API URLs (api.telegram.org/bot<token>, or /bot<token> on a self-hosted server); Microsoft Teams incoming webhook URLs; Discord webhook URLs; Azure Functions keys in a function URL (?code=).',
  keywords,
  patterns: [
    namedPattern,
    sigPattern,
    signedQuery,
    telegramPattern,
    teamsPattern,
    discordPattern,
    codePattern,
  ],
  *detect(subject) {
    for (const view of subject.views) yield* scan(subject, view)
  },
  examples: {
    leaky: [
      `{"error":"AuthenticationFailed","url":"https://acmeprod.blob.core.windows.net/invoices/1.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01T00:00:00Z&spr=https&sig=${urlBase64(40, 1201)}"}`,
      `upload failed: https://storage.googleapis.com/acme/x?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=uploader%40acme.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240101T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${sampleSecret(128, 1202, hexDigits)}`,
      `GET /b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240101T000000Z&X-Amz-Expires=900&X-Amz-Security-Token=${sampleSecret(180, 1203)}&X-Amz-Signature=${sampleSecret(64, 1204, hexDigits)} failed`,
      `https://storage.googleapis.com/acme/x?GoogleAccessId=uploader@acme.iam.gserviceaccount.com&Expires=1700000000&Signature=${urlBase64(340, 1205)}`,
      `{"error":"notify failed: POST https://api.telegram.org/bot${sampleSecret(10, 1207, '0123456789')}:${['A', 'A', sampleSecret(33, 1208, urlSafe)].join('')}/sendMessage: 502"}`,
      `{"error":"invalid json response body at http://telegram-bot-api:8081/bot${sampleSecret(10, 1215, '0123456789')}:${['A', 'A', sampleSecret(33, 1216, urlSafe)].join('')}/sendMessage reason: Unexpected end of JSON input"}`,
      `{"error":"Request failed with status code 429","config":{"url":"https://discord.com/api/webhooks/${sampleSecret(19, 1213, '0123456789')}/${sampleSecret(68, 1214, urlSafe)}"}}`,
      `{"statusCode":500,"message":"Backend request to https://orders-fn.azurewebsites.net/api/orders?code=${sampleSecret(54, 1307)}%3D%3D failed"}`,
      `requests.exceptions.HTTPError: 400 Client Error for url: https://acme.webhook.office.com/webhookb2/${guid(1209)}@${guid(1210)}/IncomingWebhook/${sampleSecret(32, 1211, hexDigits)}/${guid(1212)}`,
    ],
    safe: [
      'https://acme.blob.core.windows.net/invoices/1.pdf',
      `https://cdn.example.net/img.png?w=300&sig=${sampleSecret(32, 1206)}`,
      'X-Amz-Signature=<signature>&X-Amz-Credential=<credential>',
      'Download links expire after 15 minutes; ask for a new one. Request 3f1c0d6e.',
      'See https://api.telegram.org/bot<token>/getMe and https://core.telegram.org/bots/api',
      'Our /bot123456:help command lists what the shop bot can do.',
      'Post to https://acme.webhook.office.com/webhookb2/<id>/IncomingWebhook/<key>/<owner>',
      'Set DISCORD_WEBHOOK to https://discord.com/api/webhooks/<id>/<token>; see https://discord.com/api/docs',
      `Example: https://discord.com/api/webhooks/123456789012345678/${'X'.repeat(68)}`,
      'Call https://orders-fn.azurewebsites.net/api/orders?code=<your-function-key> with the key.',
      `curl https://discord.com/api/webhooks/123456789012345678/${'abcdefghijklmnopqrstuvwxyz'.repeat(3).slice(0, 68)}`,
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  for (const [pattern, message] of urlSecrets)
    for (const m of keywordMatches(subject, view, pattern, keywords)) {
      // Documentation's made-up token (`XXXX…`, `abcdef…`) passes.
      if (!isPlaceholder(m[1] ?? '')) yield trailingSecret(view, m, m[1] ?? '', message)
    }
  for (const m of keywordMatches(subject, view, namedPattern, keywords)) {
    const found = hit(view, m)
    if (found) yield found
  }
  for (const m of keywordMatches(subject, view, sigPattern, keywords)) {
    const found = signedQuery.test(queryBefore(view.text, m.index)) ? hit(view, m) : undefined
    if (found) yield found
  }
  for (const m of keywordMatches(subject, view, codePattern, keywords)) {
    if (!queryBefore(view.text, m.index).toLowerCase().includes(functionUrl)) continue
    if (!isPlaceholder(m[1] ?? ''))
      yield trailingSecret(view, m, m[1] ?? '', 'shows the key of an Azure Functions URL')
  }
}

/** URLs that are credentials, each with its finding's sentence; what group 1 captures is masked. */
const urlSecrets = [
  [telegramPattern, 'shows a Telegram bot token in a Bot API URL'],
  [teamsPattern, 'shows a Microsoft Teams incoming webhook URL'],
  [discordPattern, 'shows the token of a Discord webhook URL'],
] as const

/** The value a match captured, as a masked finding, unless it stands for one (`<signature>`). */
function hit(view: TextView, m: RegExpExecArray): Hit | undefined {
  const value = m[1] ?? ''
  if (isPlaceholder(decodeQuery(value))) return undefined
  const token = m[0].slice(0, 30).toLowerCase().includes('security-token=')
  const what = token ? 'the session token' : 'the signature'
  return trailingSecret(view, m, value, `shows ${what} of a signed URL`)
}

/** The query before a parameter at `at`: back to its `?`, a blank or a quote, at most `queryReach` characters. */
function queryBefore(text: string, at: number): string {
  const from = Math.max(0, at - queryReach)
  let start = at
  while (start > from && !queryEnds.has(text.charCodeAt(start - 1))) start--
  return text.slice(start, at)
}

/** Characters a URL's query does not cross: blanks, quotes and angle brackets. */
const queryEnds = new Set([...' \t\n\r"\'<>`'].map((c) => c.charCodeAt(0)))

function decodeQuery(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
