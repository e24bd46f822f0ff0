import type { Hit, Subject, TextView } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { lastIndexWithin } from '../audit/look-back.ts'
import { inViewScript } from '../audit/script-code.ts'
import { inSdkCall } from '../secrets/in-sdk-call.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { hexDigits, sampleSecret } from '../secrets/sample-secret.ts'
import { isAsciiDigit, isAsciiLetter, isHexDigit, isTokenChar } from '../secrets/token-char.ts'
import { trailingSecret } from '../secrets/trailing-secret.ts'

/**
 * `key=value`, `"key":"value"`, `key: 'value'`; and, after a quoted or bracketed key, `=>`: a Ruby
 * hash inspected (`"SECRET_KEY_BASE"=>"…"`), PHP's print_r (`[DB_PASSWORD] => …`).
 */
const pattern =
  /(pass(?:word|wd|phrase)?|pwd|secret[_-]?key(?:[_-]?base)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|signing[_-]?key|encryption[_-]?key|app[_-]?key|account[_-]?key|functions[_-]?key|ocp-apim-subscription-key)(["'\]]?)\s{0,3}(=>|[:=])\s{0,3}(?:(["'])([^"'\n\\]{1,200})|([^\s"'`&,;<>(){}[\]\\]{1,200}))/gi
/**
 * Rust's `{:?}` of a struct with an optional secret, as sqlx's `PgConnectOptions` and redis-rs's
 * connection info print it: `password: Some("…")`, also pretty-printed over lines, with escapes
 * (`\\`) or inside a wrapper (`Some(Secret("…"))`). Run only near `Some(` (`optionKeywords`).
 */
const optionPattern =
  /(pass(?:word|wd|phrase)?|pwd|secret[_-]?key|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|signing[_-]?key|encryption[_-]?key)(: Some\(\s{0,40}(?:[A-Z]\w{0,40}\()?")((?:[^"\n\\]|\\[^\n]){1,200})"(?:\s{0,40},)?\s{0,40}\)/gi
const optionKeywords = ['some(']
/**
 * An Erlang proplist entry, as a crash report prints a connection's options:
 * `{password,"…"}`, `{password,<<"…">>}`. Run only near `{password,` and its kin
 * (`tupleKeywords`).
 */
const tuplePattern =
  /\{(password|passwd|pass|pwd|secret|secret_key|api_key|apikey|token|access_token|client_secret),\s{0,3}(<<)?"([^"\n\\]{1,200})"(?:>>)?\}/g
const tupleKeywords = [
  '{password,',
  '{passwd,',
  '{pass,',
  '{pwd,',
  '{secret,',
  '{secret_key,',
  '{api_key,',
  '{apikey,',
  '{token,',
  '{access_token,',
  '{client_secret,',
]
/**
 * OpenWeather's API key in a URL's query (`?q=Berlin&appid=<32 hex>`), as an HTTP client's error
 * quotes the URL it called. Run only near `appid=` (`appidKeywords`).
 */
const appidPattern = /[?&;]appid=([0-9a-f]{32})(?![\w-])/g
const appidKeywords = ['appid=']
/**
 * An API key in a URL's query under the bare name `key` (Google's style, and many APIs'), as an
 * HTTP client's error quotes the URL it called: a value of 20 or more key characters with letters
 * and digits mixed as in a generated key, so an object key (`?key=reports-2024-summary`) or a
 * UUID passes. Run only near `key=` (`keyParamKeywords`).
 */
const keyParamPattern = /[?&;]key=([\w-]{20,200})(?![\w.~-])/g
const keyParamKeywords = ['?key=', '&key=', ';key=']
/**
 * Cloudflare's global API key (gitleaks: cloudflare-global-api-key), 37 hex digits, as the v4 API
 * takes it in the X-Auth-Key header or a config names it (`CLOUDFLARE_AUTH_KEY=…`): only after
 * such a name, so the scan runs near the name and 37 hex digits elsewhere (a hash) pass.
 */
const cloudflarePattern =
  /(?:cloudflare[\w-]{0,30}|x-auth-key)["']?\s{0,3}[:=]\s{0,3}["']?([0-9a-f]{37})(?![\w-])/gi
const cloudflareKeywords = ['cloudflare', 'x-auth-key']

/**
 * Key names (lower case, without separators) whose values are not secrets: anti-forgery tokens
 * (`X-CSRF-Token`, ASP.NET's `__RequestVerificationToken`), pagination cursors, and keys made to
 * be public (Algolia's search-only key, Shopify's Storefront token).
 */
const harmlessPrefixes = [
  'csrf',
  'xsrf',
  'xcsrf',
  'xxsrf',
  'authenticity',
  'requestverification',
  'antiforgery',
  'next',
  'prev',
  'page',
  'pagination',
  'continuation',
  'cursor',
  'sync',
  'resume',
  'storefront',
]
/**
 * Parts of key names, anywhere in them: Algolia's search-only keys (`ALGOLIA_SEARCH_API_KEY`),
 * Shopify's Storefront tokens, and what a build puts in the browser bundle on purpose
 * (`NEXT_PUBLIC_…`, `VITE_…`, `PUBLIC_…`, `REACT_APP_…`).
 */
const harmlessParts = ['searchapikey', 'searchonlyapikey', 'storefront']
/** Prefixes of names a front-end build exposes to the browser. */
const bundlePrefixes = [
  'nextpublic',
  'nuxtpublic',
  'expopublic',
  'public',
  'vite',
  'reactapp',
  'gatsby',
]
/**
 * What may own a bare `pass`: `db_pass`, `SMTP_PASS`, `pass` alone. A `day_pass` or a
 * `boarding_pass` is a ticket, not a password.
 */
const passOwners = new Set([
  '',
  'db',
  'database',
  'smtp',
  'mail',
  'email',
  'redis',
  'mysql',
  'pg',
  'postgres',
  'mongo',
  'admin',
  'root',
  'user',
  'ftp',
  'sftp',
  'ldap',
  'proxy',
  'basic',
  'auth',
  'app',
  'api',
  'amqp',
  'rabbitmq',
  'mq',
  'broker',
  'imap',
  'pop',
  'sql',
  'jdbc',
  'sasl',
  'bind',
  'master',
])
/** "Password" in languages that write it in lower-case ASCII, as a translation's label. */
const passwordWords = new Set([
  'passwort',
  'kennwort',
  'senha',
  'wachtwoord',
  'adgangskode',
  'salasana',
  'heslo',
  'parola',
  'lozinka',
  'jelszo',
  'geslo',
  'passord',
  'losenord',
  'sifre',
  'haslo',
  'contrasena',
  'parool',
])
/**
 * What a form's validation says of a password or token (`"password":"invalid"`), in lower case:
 * codes, not values.
 */
const validationCodes = new Set([
  'invalid',
  'missing',
  'mismatch',
  'incorrect',
  'wrong',
  'blank',
  'weak',
  'too_weak',
  'too_short',
  'too_long',
  'too_common',
  'expired',
  'revoked',
  'taken',
  'reused',
  'compromised',
  'breached',
  'pwned',
  'unchanged',
  'not_match',
  'does_not_match',
  'confirmation',
])
/** Key names under which a client SDK takes the key it is started with (see `inSdkCall`). */
const sdkKeys = new Set(['apikey', 'accesstoken', 'token', 'clienttoken'])
/** Key names that a more specific rule reports. */
const coveredElsewhere = ['awssecretaccesskey', 'secretaccesskey']

const keywords = ['pass', 'pwd', 'secret', 'token', 'api', 'key']

/**
 * A secret assigned to a name: `password=…`, `"password":"…"`, `secret: '…'`, `api_key=…`,
 * `access_token=…`, in JSON, query strings, connection strings and config dumps (nested YAML
 * lines too, Ruby hashes inspected, PHP's print_r, Erlang's proplists), OpenWeather's `appid=` and a `key=` of letters
 * and digits in a URL, and
 * Cloudflare's global API key after `X-Auth-Key` or a Cloudflare name. A quoted
 * value counts whole, symbols and all (`"password":"Tr0u&b(4)"`); one that
 * holds a space is a message (`"password":"is too short"`). Templates and redactions (`${DB_PASSWORD}`, `<password>`, `****`, `[REDACTED]`)
 * pass; so do CSRF and pagination tokens, keys made for browsers (Algolia search-only, Shopify
 * Storefront, Stripe `pk_`, Mapbox `pk.`, Datadog `pub…` client tokens, the key a client SDK is
 * started with, `data-` attributes and what they hold), a translation's labels
 * (`"password":"Passwort"`) and the names of Kubernetes Secrets (`existingSecret: shop-db`). A
 * default password like `changeme` is reported: in a response it is the real password.
 *
 * @example
 * ```ts
 * 'Server=db;User Id=sa;Password=Hunter2!;' // flagged, excerpt masked
 * ```
 */
export const secretAssignment = defineRule({
  id: 'secret-assignment',
  category: 'secret',
  description:
    'Values assigned to password, passwd, pwd, secret, secret_key, token, api_key, access_key, private_key, client_secret, signing_key, encryption_key, Laravel\'s APP_KEY, Azure\'s AccountKey, x-functions-key and Ocp-Apim-Subscription-Key (key=value, "key":"value", key: \'value\', Ruby\'s "key"=>"value", PHP print_r\'s [key] => value, Erlang\'s {password,"value"}), OpenWeather\'s appid= and a mixed key= in a URL, Cloudflare\'s global API key (37 hex after X-Auth-Key or a Cloudflare name).',
  keywords: [
    ...keywords,
    ...optionKeywords,
    ...tupleKeywords,
    ...appidKeywords,
    ...keyParamKeywords,
    ...cloudflareKeywords,
  ],
  patterns: [
    pattern,
    optionPattern,
    tuplePattern,
    appidPattern,
    keyParamPattern,
    cloudflarePattern,
  ],
  *detect(subject) {
    for (const view of subject.views) {
      yield* scan(subject, view)
      yield* scanOptions(subject, view)
      yield* scanTuples(subject, view)
      for (const m of keywordMatches(subject, view, appidPattern, appidKeywords))
        if (!isPlaceholder(m[1] ?? ''))
          yield trailingSecret(view, m, m[1] ?? '', 'assigns a value to appid')
      for (const m of keywordMatches(subject, view, keyParamPattern, keyParamKeywords))
        if (isKeyLike(m[1] ?? ''))
          yield trailingSecret(view, m, m[1] ?? '', 'shows an API key in a URL (key=)')
      for (const m of keywordMatches(subject, view, cloudflarePattern, cloudflareKeywords))
        if (!isPlaceholder(m[1] ?? ''))
          yield trailingSecret(view, m, m[1] ?? '', 'shows a Cloudflare global API key')
    }
  },
  examples: {
    leaky: [
      `{"error":"sync failed","config":{"token":"${sampleSecret(32, 1401, hexDigits)}"}}`,
      `{"db":{"host":"db","user":"app","password":"${sampleSecret(14, 801)}"}}`,
      `Error: login failed (Server=tcp:sql,1433;User ID=sa;Password=${sampleSecret(12, 802)}!;)`,
      `{ host: 'db', user: 'app', password: '${sampleSecret(10, 803)}' }`,
      `GET /v1/rates?api_key=${sampleSecret(32, 804)} failed`,
      `Request failed with status code 500 Internal Server Error: POST http://payments.internal/v1/charges?key=ak_${sampleSecret(32, 1309, hexDigits)}`,
      `{"error":"upstream failed","url":"https://api.example.com/v2/search?key=${sampleSecret(32, 1314)}%20&q=shoes"}`,
      `{"request":{"headers":{"x-functions-key":"${sampleSecret(54, 1305)}=="}}}`,
      `{"headers":{"Ocp-Apim-Subscription-Key":"${sampleSecret(32, 1306, hexDigits)}"}}`,
      `{"refresh_token":"${sampleSecret(40, 805)}"}`,
      'password=changeme rejected by the server',
      `mapboxgl.accessToken = 'sk.${sampleSecret(60, 810)}'`,
      `{"SECRET_KEY":"${sampleSecret(50, 818)}","DEBUG":false}`,
      `{'SECRET_KEY': '${sampleSecret(50, 819)}', 'ALLOWED_HOSTS': ['shop.example']}`,
      `{"secretKey":"${sampleSecret(40, 820)}","signingKey":"${sampleSecret(40, 821)}"}`,
      `APP_KEY=base64:${sampleSecret(43, 822)}=`,
      `#<ActiveSupport::OrderedOptions secret_key_base="${sampleSecret(64, 823, hexDigits)}">`,
      `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${sampleSecret(86, 824)}==;EndpointSuffix=core.windows.net`,
      `redis.createClient({ url: 'redis://cache:6379', password: '${sampleSecret(16, 815)}' })`,
      `payments.connect({ apiKey: '${sampleSecret(32, 816)}' })`,
      `spring:\n  datasource:\n    username: app\n    password: ${sampleSecret(16, 827)}\n`,
      `{"password":"${sampleSecret(12, 831, 'abcdefghijklmnopqrstuvwxyz')}"}`,
      `<p data-note="x">done</p> {"secret":"${sampleSecret(24, 832)}"}`,
      'mail:\n  smtp:\n    password: changeme\n',
      `{"db_pass":"${sampleSecret(12, 833)}"}`,
      `{"password":"${sampleSecret(9, 835)}&${sampleSecret(2, 836)}"}`,
      `{"config":{"DB_PASSWORD":"${sampleSecret(6, 837)}(${sampleSecret(3, 838)});<>[]{}"}}`,
      `password='${sampleSecret(6, 839)},${sampleSecret(6, 840)}'`,
      `failed to connect: PgConnectOptions { host: "orders-db", port: 5432, username: "orders", password: Some("${sampleSecret(7, 841)}-${sampleSecret(6, 842)}"), database: Some("orders") }`,
      `PgConnectOptions {\n    host: "orders-db",\n    password: Some(\n        "${sampleSecret(14, 861)}",\n    ),\n}`,
      `RedisConnectionInfo { db: 0, password: Some("${sampleSecret(9, 862)}\\\\${sampleSecret(3, 863)}") }`,
      `Config { password: Some(Secret("${sampleSecret(14, 864)}")) }`,
      `Exception: {db_connect_failed,[{host,"orders-db"},{port,5432},{user,"shop_app"},{password,"${sampleSecret(12, 875)}"},{reason,econnrefused}]}`,
      `{"PATH"=>"/usr/local/bin:/usr/bin", "RAILS_ENV"=>"production", "SECRET_KEY_BASE"=>"${sampleSecret(128, 865, hexDigits)}"}`,
      `{"DATABASE_PASSWORD" => "${sampleSecret(16, 866)}", "RAILS_ENV" => "production"}`,
      `{:adapter=>"postgresql", :password=>"${sampleSecret(16, 869)}"}`,
      `<pre>Array\n(\n    [APP_ENV] => production\n    [DB_HOST] => mysql\n    [DB_PASSWORD] => ${sampleSecret(18, 867)}\n)\n</pre>`,
      `{"message":"Cloudflare API error","request":{"headers":{"X-Auth-Email":"ops@acme.io","X-Auth-Key":"${sampleSecret(37, 870, hexDigits)}"}}}`,
      `CLOUDFLARE_AUTH_KEY=${sampleSecret(37, 871, hexDigits)}`,
      `{"detail":"401 Client Error: Unauthorized for url: https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=${sampleSecret(32, 868, hexDigits)}"}`,
    ],
    safe: [
      {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<script>CommonParams.setAll({server:"1",table:"",db:"",token:"${sampleSecret(32, 1400, hexDigits)}",text_dir:"ltr"})</script>`,
      },
      {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<script>rcmail.set_env({"action":"login","request_token":"${sampleSecret(32, 1401)}"});</script>`,
      },
      '{"headers":{"Ocp-Apim-Subscription-Key":"<your-key>","x-functions-key":"[REDACTED]"}}',
      '{"subscription_key":"premium-monthly-2024","subscriptionKey":"plan_basic_monthly"}',
      '{"password":"[REDACTED]","user":"app"}',
      'api_key=${API_KEY}',
      '<meta name="csrf-token" content="m2Xq9vK3LrT8pZ1c">',
      '{"csrf_token":"m2Xq9vK3LrT8pZ1cQ7w","next_page_token":"CAEQAA"}',
      'Forgot your password? Reset it from the sign-in page.',
      '{"has_password":true,"token_type":"Bearer","max_tokens":1000}',
      'password: ********',
      'Please check:\n  password: is too short (minimum is 8 characters)\n',
      'Fields:\npassword: required\nemail: invalid\n',
      'spring:\n  datasource:\n    password: ${DB_PASSWORD}\n',
      'const CancelToken = axios.CancelToken; token = source.token',
      `fetch(url, { headers: { 'X-CSRF-Token': '${sampleSecret(20, 806)}' } })`,
      `{"__RequestVerificationToken":"CfDJ8${sampleSecret(40, 807)}"}`,
      '{"errors":[{"message":"Internal server error"}],"prevPageToken":"CAUQAQ","paginationToken":"eyJvZmZzZXQiOjIwfQ"}',
      `docsearch({ appId: 'R2IYF7ETH7', searchApiKey: '${sampleSecret(32, 808)}' })`,
      `mapboxgl.accessToken = 'pk.${sampleSecret(60, 809)}'`,
      `DD_RUM.init({ clientToken: 'pub${'0123456789abcdef'.repeat(2)}', site: 'datadoghq.eu' })`,
      `<script>Bugsnag.start({ apiKey: '${sampleSecret(32, 811, hexDigits)}' })</script>`,
      `Rollbar.init({ accessToken: '${sampleSecret(32, 812, hexDigits)}', captureUncaught: true })`,
      `docsearch({ appId: 'R2IYF7ETH7', apiKey: '${sampleSecret(32, 813, hexDigits)}', indexName: 'docs' })`,
      `<div id="snipcart" data-api-key="${sampleSecret(40, 814)}" hidden></div>`,
      `<script>new Pusher('${sampleSecret(20, 825, hexDigits)}', { cluster: 'eu' }); window.cfg = { appKey: '${sampleSecret(20, 826, hexDigits)}' }</script>`,
      `<script>var _rollbarConfig = { accessToken: "${sampleSecret(32, 817, hexDigits)}", captureUncaught: true }</script>`,
      `<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon='{"token": "${sampleSecret(32, 828, hexDigits)}"}'></script>`,
      '<script>window.__I18N__={"de":{"password":"Passwort","token":"Zugangstoken","apiKey":"API-Schlüssel"},"ja":{"password":"パスワード"}}</script>',
      `<script>window.__CONFIG__={"stripe":{"apiKey":"pk_live_${sampleSecret(24, 829)}"},"algolia":{"ALGOLIA_SEARCH_API_KEY":"${sampleSecret(32, 830, hexDigits)}"}}</script>`,
      'postgresql:\n  auth:\n    existingSecret: shop-db-credentials\n    existing_secret: smtp-creds\n',
      '{"token":"refresh","fromToken":"USDC","day_pass":"available","encryptionKey":"customer-managed"}',
      '{"errors":{"password":"TOO_SHORT"},"labels":{"pt":{"password":"senha"},"nl":{"password":"wachtwoord"}}}',
      `<script>window.env={"NEXT_PUBLIC_STOREFRONT_API_TOKEN":"${sampleSecret(32, 834, hexDigits)}"}</script>`,
      'model_list:\n  - litellm_params:\n      api_key: os.environ/OPENAI_API_KEY\n',
      'token = data.vault_generic_secret.k8s.data',
      '{"errors":{"password":"is too short (minimum is 8 characters)","token":"has expired"}}',
      '<pre>{"password":"&lt;hidden&gt;","api_key":"sk_live_&bull;&bull;&bull;&bull;4242"}</pre>',
      '{"errors":{"password":"invalid","token":"missing","password_confirmation":"mismatch"}}',
      '{"rules":{"password":"required,min=8","api_key":"[A-Za-z0-9]{32}","secret":"^.{12,64}$"}}',
      '{"parameters":{"secret":"%env(APP_SECRET)%","password":"#{db_password}","token":"$(SERVICE_TOKEN)"}}',
      '{"api_key":"sk_live_\u25cf\u25cf\u25cf\u25cf4242","token":"tok_\u00b7\u00b7\u00b7\u00b7ab12"}',
      'PgConnectOptions { host: "orders-db", username: "orders", password: Some("****"), database: Some("orders") }',
      'RedisConnectionInfo { db: 0, username: None, password: Some("[REDACTED]") }',
      'Config { user: Some("orders"), password: Some(_), token: Some("refresh") }',
      '[{user,"shop_app"},{password,"********"},{token,<<"[REDACTED]">>}]',
      'Config {\n    password: Some(\n        "[REDACTED]",\n    ),\n    token: Some(Secret("****")),\n}',
      '<pre>const check = (password) => password.length >= 8; tokens.map(token => token.trim())</pre>',
      '<pre>user = User.find_by(:email => params[:email], "password" => params[:password])</pre>',
      "<pre>$user->update(['password' => Hash::make($input), 'api_token' => $request->token]);</pre>",
      '<pre>Array\n(\n    [password] => \n    [token] => [FILTERED]\n    [api_key] => ********\n)\n</pre>',
      '{"DB_PASSWORD"=>"[FILTERED]", "SECRET_KEY_BASE"=>"[FILTERED]"}',
      `<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon='{"token": "${sampleSecret(32, 872, hexDigits)}"}'></script>`,
      `{"commit":"${sampleSecret(40, 873, hexDigits)}","cdn":"cloudflare","sha":"${sampleSecret(37, 874, hexDigits)}"}`,
      `https://api.openweathermap.org/data/2.5/weather?q=London&appid=${'0'.repeat(32)} or &appid=0123456789abcdef0123456789abcdef`,
      `CLOUDFLARE_API_KEY=${'0'.repeat(37)}`,
      '<a href="https://store.steampowered.com/app/?appid=730">Play</a> <a href="/weather?appid=YOUR_API_KEY">docs</a>',
      '<a href="/files?key=reports-2024-quarterly-summary">report</a> <a href="/t?key=3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c">ticket</a>',
      `{"retry":"/objects?key=${sampleSecret(40, 1312, hexDigits)}","job":"/jobs?key=${sampleSecret(24, 1313, hexDigits)}","t":"/t?key=01ARZ3NDEKTSV4RRFFQ69G5FAV"}`,
      '<a href="/maps?key=YOUR_GOOGLE_MAPS_API_KEY">docs</a> <a href="/i18n?key=checkout.errors.payment_declined">t</a>',
    ],
  },
})

function* scan(subject: Subject, view: TextView): Iterable<Hit> {
  for (const m of keywordMatches(subject, view, pattern, keywords)) {
    const [whole, keyword = '', closing = '', separator, valueQuote = '', quoted, bare = ''] = m
    // A bracket closes a key only before `=>` (print_r's `[DB_PASSWORD] => …`).
    const arrow = separator === '=>'
    if (closing === ']' && !arrow) continue
    // A quoted value runs to its closing quote, whatever it holds (`"Tr0ub4dor&3x"`); one that
    // holds a space is a message (`"password":"is too short"`), not a secret.
    const rawValue = quoted ?? bare
    if (quoted !== undefined && (quoted.includes(' ') || hasEntity(quoted))) continue
    const valueStart = m.index + whole.length - rawValue.length
    const key = keyName(view.text, m.index, keyword.length)
    // `key: value` counts only with a quoted value (JSON, inspected objects) or as a nested line
    // of YAML, not in prose.
    const yaml = separator === ':' && valueQuote === ''
    const keyStart = m.index + keyword.length - key.length
    if (yaml && !isYamlLine(view.text, keyStart, valueStart + rawValue.length)) continue
    // `=>` follows a bracketed key (print_r's values are bare), or a quoted key or a Ruby symbol
    // with a quoted value (`"password"=>"…"`, `:password=>"…"`); not a bare name
    // (`token => token.trim()`), nor code (`'password' => Hash::make($password)`).
    if (arrow && closing !== ']' && valueQuote === '') continue
    if (arrow && closing === '' && view.text[keyStart - 1] !== ':') continue
    if (valueQuote !== '' && view.text[valueStart + rawValue.length] !== valueQuote) continue
    // "bypass", "compass": a bare "pass" glued to a lower-case word is not a password.
    const barePass = keyword.toLowerCase() === 'pass'
    const before = view.text.charCodeAt(m.index - 1)
    if (barePass && before >= 0x61 && before <= 0x7a) continue
    const compact = key.toLowerCase().replaceAll('_', '').replaceAll('-', '').replaceAll('.', '')
    if (isHarmlessKey(compact, barePass, separator ?? '')) continue
    // The value first: its checks read only the value, the ones after look back in the text.
    const value = rawValue.trim()
    if (isNoSecret(value, compact)) continue
    // A Google API key is secret-google-key's, which knows the browser keys of the Maps loader.
    if (value.startsWith('AIza')) continue
    // `<div data-api-key="…">` is for the page's own scripts; `Bugsnag.start({ apiKey })` starts
    // a client SDK with the key its vendor makes to be public.
    if (key.toLowerCase().startsWith('data-') || inDataAttribute(view.text, m.index)) continue
    if (sdkKeys.has(compact) && inSdkCall(view.text, m.index)) continue
    // A bare `token` or `request_token` in the code of the page's own script (phpMyAdmin's
    // `CommonParams.setAll({…, token: "2e34…"})`, Roundcube's `rcmail.set_env({…,
    // "request_token":"C76j…"})`) is the anti-forgery token the page hands its forms, the
    // client's own.
    if (
      (compact === 'token' || compact === 'requesttoken') &&
      view.header === undefined &&
      inViewScript(subject, view, m.index)
    )
      continue
    // An app key is Laravel's APP_KEY (`base64:…`); others, like Pusher's, are public.
    if (compact.endsWith('appkey') && !value.startsWith('base64:')) continue
    // `token = axios.CancelToken`: code assigning a name, not a value (YAML values and print_r's
    // are no code).
    const code = !yaml && closing !== ']' && valueQuote === '' && whole.includes(' ')
    if (code && isIdentifierPath(value)) continue
    yield {
      message: `assigns a value to ${key.slice(-40)}`,
      view,
      span: [valueStart, valueStart + rawValue.length],
      secret: true,
    }
  }
}

/**
 * `password: Some("…")`, Rust's `{:?}` of an `Option<String>` field: judged as a quoted value
 * (`isHarmlessKey`, `isNoSecret`), so `Some("****")` and `Some("[REDACTED]")` pass.
 */
function* scanOptions(subject: Subject, view: TextView): Iterable<Hit> {
  for (const m of keywordMatches(subject, view, optionPattern, optionKeywords)) {
    const [, keyword = '', opening = '', value = ''] = m
    if (value.includes(' ') || hasEntity(value)) continue
    const barePass = keyword.toLowerCase() === 'pass'
    const before = view.text.charCodeAt(m.index - 1)
    if (barePass && before >= 0x61 && before <= 0x7a) continue
    const key = keyName(view.text, m.index, keyword.length)
    const compact = key.toLowerCase().replaceAll('_', '').replaceAll('-', '').replaceAll('.', '')
    if (isHarmlessKey(compact, barePass, ':') || isNoSecret(value.trim(), compact)) continue
    const valueStart = m.index + keyword.length + opening.length
    yield {
      message: `assigns a value to ${key.slice(-40)}`,
      view,
      span: [valueStart, valueStart + value.length],
      secret: true,
    }
  }
}

/** `{password,"…"}`, an Erlang proplist's entry: judged as a quoted value. */
function* scanTuples(subject: Subject, view: TextView): Iterable<Hit> {
  for (const m of keywordMatches(subject, view, tuplePattern, tupleKeywords)) {
    const [whole, key = '', , value = ''] = m
    if (value.includes(' ') || isNoSecret(value, key.replaceAll('_', ''))) continue
    // The key holds no quote: the first one opens the value.
    const valueStart = m.index + whole.indexOf('"') + 1
    yield {
      message: `assigns a value to ${key}`,
      view,
      span: [valueStart, valueStart + value.length],
      secret: true,
    }
  }
}

/**
 * Tokens their vendors make to be shown in browsers: Mapbox's public tokens (`pk.`; secret ones
 * start `sk.`), Stripe's publishable keys (`pk_live_`, `pk_test_`) and Datadog's client tokens
 * (`pub` and 32 hex digits).
 */
/**
 * True for a value of `key=` that reads as a generated key: after a short prefix of its kind
 * (`ak_9f8e7d6c…`), letters and digits changing from one to the other at least eight times; or,
 * with no prefix, upper- and lower-case letters and digits mixed as in a random key (`AIzaSyD4…`),
 * the kind of character changing at least every third one. A hex digest, an ObjectId or a ULID
 * (`?key=da39a3ee…`, a cache or object key) has one case only and passes; so do UUIDs,
 * placeholders and Google's `AIza…` keys (secret-google-key's).
 */
function isKeyLike(value: string): boolean {
  // Google's keys (`AIza…`) are secret-google-key's, which knows the browser keys it loads with.
  if (value.startsWith('AIza') || isUuid(value) || isPlaceholder(value)) return false
  let prefix = 0
  while (prefix < 9 && isAsciiLetter(value.charCodeAt(prefix))) prefix++
  const sep = value.charCodeAt(prefix)
  const prefixed = prefix >= 2 && prefix <= 8 && (sep === 0x5f || sep === 0x2d)
  const from = prefixed ? prefix + 1 : 0
  // Kinds: 1 digit, 2 upper case, 3 lower case.
  const counts = [0, 0, 0, 0]
  let letterDigit = 0
  let anyKind = 0
  let last = 0
  for (let i = from; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const kind = isAsciiDigit(c) ? 1 : !isAsciiLetter(c) ? 0 : c < 0x61 ? 2 : 3
    if (kind === 0) continue
    counts[kind] = (counts[kind] ?? 0) + 1
    if (last !== 0 && kind !== last) {
      anyKind++
      if (kind === 1 || last === 1) letterDigit++
    }
    last = kind
  }
  if (prefixed && letterDigit >= 8) return true
  const [, digits = 0, upper = 0, lower = 0] = counts
  return upper >= 2 && lower >= 2 && digits >= 2 && anyKind * 3 >= value.length - from
}

/** True for a UUID (8-4-4-4-12 hex digits): an ID, not a key. */
function isUuid(value: string): boolean {
  if (value.length !== 36) return false
  for (let i = 0; i < 36; i++) {
    const c = value.charCodeAt(i)
    if (i === 8 || i === 13 || i === 18 || i === 23 ? c !== 0x2d : !isHexDigit(c)) return false
  }
  return true
}

function isPublicToken(value: string): boolean {
  if (value.startsWith('pk.') || value.startsWith('pk_live_') || value.startsWith('pk_test_'))
    return true
  if (value.length !== 35 || !value.startsWith('pub')) return false
  for (let i = 3; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false
  }
  return true
}

/**
 * Key names (compacted: lower case, no separators) whose values are no secrets, or another rule's
 * to report: a `day_pass`, what a front-end build exposes, CSRF tokens and cursors, public keys,
 * AWS secret keys (secret-aws), a signed URL's session token (secret-signed-url).
 */
function isHarmlessKey(compact: string, bare: boolean, separator: string): boolean {
  if (bare && !passOwners.has(compact.slice(0, -4))) return true
  if (bundlePrefixes.some((p) => compact.startsWith(p))) return true
  if (harmlessPrefixes.some((p) => compact.startsWith(p))) return true
  if (harmlessParts.some((p) => compact.includes(p))) return true
  if (coveredElsewhere.some((k) => compact.endsWith(k))) return true
  return separator === '=' && compact.endsWith('amzsecuritytoken')
}

/**
 * Values that are no secret whatever the key: too short, placeholders, public tokens, words,
 * error codes (`TOO_SHORT`); under a key that is no password, a word or a kebab-case name
 * (`"token":"refresh"`, `"encryptionKey":"customer-managed"`); and the name of a Kubernetes Secret
 * under a key named after one (`existingSecret: shop-db-credentials`, `existing_secret:`).
 */
function isNoSecret(value: string, compact: string): boolean {
  if (value.length < 4) return true
  // The cheap tests first: in a page of `token=refresh` pairs, each is judged on its letters.
  const password = compact.includes('pass') || compact.includes('pwd')
  if (!password && isLettersOnly(value)) return true
  if (isPlaceholder(value) || isPublicToken(value) || isWord(value)) return true
  if (passwordWords.has(value) || validationCodes.has(value) || isErrorCode(value)) return true
  if (compact.endsWith('secret') && isObjectName(value) && hasWordPart(value)) return true
  return isRuleList(value) || isRegexSource(value)
}

/**
 * A quoted value holding an HTML entity (`&lt;hidden&gt;`, `&bull;`, `&#42;`): in the raw view,
 * the unescaped view judges it decoded; an entity left after decoding is a mask written as markup.
 */
function hasEntity(value: string): boolean {
  for (let amp = value.indexOf('&'); amp !== -1; amp = value.indexOf('&', amp + 1)) {
    const semi = value.indexOf(';', amp)
    if (semi === -1) return false
    const name = value.slice(amp + 1, semi)
    const hex = name.startsWith('#x') || name.startsWith('#X')
    const body = name.slice(hex ? 2 : name.startsWith('#') ? 1 : 0)
    if (
      name.length >= 2 &&
      name.length <= 10 &&
      body !== '' &&
      allOf(body, hex ? isHexDigit : name.startsWith('#') ? isAsciiDigit : isAsciiLetter)
    )
      return true
  }
  return false
}

/**
 * Validation rules, not a value: Go's validator tags (`required,min=8`, `min=8,max=64`) and
 * Laravel's (`required|min:8|confirmed`): two or more lower-case rule names, each with an
 * optional argument after `=` or `:`.
 */
function isRuleList(value: string): boolean {
  if (!value.includes(',') && !value.includes('|')) return false
  const parts = value.split(value.includes('|') ? '|' : ',')
  return (
    parts.length >= 2 &&
    parts.every((part) => {
      const cut = Math.max(part.indexOf('='), part.indexOf(':'))
      const name = cut === -1 ? part : part.slice(0, cut)
      const argument = cut === -1 ? 'x' : part.slice(cut + 1)
      return (
        name.length >= 2 &&
        allOf(name, (c) => (c >= 0x61 && c <= 0x7a) || c === 0x5f) &&
        argument !== '' &&
        allOf(argument, (c) => isTokenChar(c) && c !== 0x2d)
      )
    })
  )
}

/** The source of a regular expression (`^.{12,64}$`, `[A-Za-z0-9]{32}`): a rule, not a value. */
function isRegexSource(value: string): boolean {
  if (value.startsWith('^') && value.endsWith('$')) return true
  // A class with a count at the end: `]{32}`, `]{8,64}`.
  const count = value.lastIndexOf(']{')
  const inside = value.slice(count + 2, -1)
  return (
    count !== -1 &&
    value.endsWith('}') &&
    inside !== '' &&
    allOf(inside, (c) => isAsciiDigit(c) || c === 0x2c)
  )
}

function allOf(text: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false
  return true
}

/** SCREAMING_SNAKE_CASE with an underscore: an error code (`TOO_SHORT`), not a password. */
function isErrorCode(value: string): boolean {
  return (
    value.includes('_') &&
    allOf(value, (c) => (c >= 0x41 && c <= 0x5a) || isAsciiDigit(c) || c === 0x5f)
  )
}

/**
 * ASCII letters and hyphens only, shorter than a token or in one case: a word (`refresh`, `USDC`)
 * or a kebab-case name (`customer-managed`). Tokens mix cases and digits.
 */
function isLettersOnly(value: string): boolean {
  let upper = false
  let lower = false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) upper = true
    else if (c >= 0x61 && c <= 0x7a) lower = true
    else if (c !== 0x2d) return false
  }
  return value.length < 16 || !(upper && lower)
}

/** A hyphen-separated part of three letters or more (`shop-db-credentials`), unlike a UUID's. */
function hasWordPart(value: string): boolean {
  return value.includes('-') && value.split('-').some((p) => p.length >= 3 && isLettersOnly(p))
}

/**
 * A word of a language rather than a secret: a translation's label (`"password":"Passwort"`,
 * `"token":"Zugangstoken"`, `"password":"パスワード"`), letters only (hyphens between), either
 * capitalised or with a letter beyond ASCII. A lower-case ASCII word (`changeme`) is a default
 * password and is reported.
 */
function isWord(value: string): boolean {
  let beyondAscii = false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const ascii = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
    if (c > 0x7f) {
      if (!isLetter(value[i] as string)) return false
      beyondAscii = true
    } else if (!ascii && !(c === 0x2d && i > 0 && i < value.length - 1)) return false
  }
  if (beyondAscii) return true
  const first = value.charCodeAt(0)
  if (first < 0x41 || first > 0x5a) return false
  // ASCII only: capitalised, then lower case (`Passwort`, `Geheimnis`).
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2d)) return false
  }
  return true
}

/** A letter of any script (a code unit of one: surrogates are letters of the planes above). */
function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || isScriptLetter(char.charCodeAt(0))
}

/** Letters without case: CJK, kana, Hangul, Arabic, Hebrew, Thai, Devanagari and the planes above. */
function isScriptLetter(c: number): boolean {
  return (
    (c >= 0x0590 && c <= 0x06ff) ||
    (c >= 0x0900 && c <= 0x0e7f) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xd800 && c <= 0xdfff)
  )
}

/** A Kubernetes object name (RFC 1123): lower-case letters, digits, `-` and `.`. */
function isObjectName(value: string): boolean {
  return allOf(
    value,
    (c) => (c >= 0x61 && c <= 0x7a) || isAsciiDigit(c) || c === 0x2d || c === 0x2e,
  )
}

/**
 * Whether `at` stands inside a `data-*` attribute of a tag, as Cloudflare's beacon
 * (`<script data-cf-beacon='{"token": "…"}'>`): the page's own scripts read it.
 */
function inDataAttribute(text: string, at: number): boolean {
  const attribute = lastIndexWithin(text, ' data-', at, 300)
  if (attribute === -1) return false
  // ` data-name=` and a quote, then no `>` up to `at`.
  let i = attribute + 6
  while (i < at && isTokenChar(text.charCodeAt(i))) i++
  const quote = text[i + 1]
  return text[i] === '=' && (quote === '"' || quote === "'") && !text.slice(i, at).includes('>')
}

/** The whole key name: the matched keyword and the name characters just before it. */
function keyName(text: string, start: number, keywordLength: number): string {
  let from = start
  while (from > 0 && start - from < 60 && isTokenChar(text.charCodeAt(from - 1))) from--
  return text.slice(from, start + keywordLength)
}

/**
 * Whether the key starting at `keyStart` and its value ending at `valueEnd` make a nested line of
 * YAML: indented by two spaces or more, the value running to the end of the line.
 */
function isYamlLine(text: string, keyStart: number, valueEnd: number): boolean {
  const next = text.charCodeAt(valueEnd)
  if (valueEnd < text.length && next !== 0x0a && next !== 0x0d) return false
  let from = keyStart
  while (from > 0 && keyStart - from < 40 && text.charCodeAt(from - 1) === 0x20) from--
  return keyStart - from >= 2 && (from === 0 || text.charCodeAt(from - 1) === 0x0a)
}

/**
 * An identifier or a member expression: letters, `_`, `$` and dots, and digits inside a name
 * (`data.vault_generic_secret.k8s.data`).
 */
function isIdentifierPath(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const digit = c >= 0x30 && c <= 0x39 && i > 0 && value[i - 1] !== '.'
    const ok =
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x5f ||
      c === 0x24 ||
      c === 0x2e ||
      digit
    if (!ok) return false
  }
  return true
}
