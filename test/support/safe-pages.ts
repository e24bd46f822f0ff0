import {
  base64Alphabet,
  base64url,
  hex,
  lowerDigits,
  problemType,
  stringify,
  textType,
  token,
  upperDigits,
} from './page-values.ts'
import type { Page } from './page-values.ts'

// Realistic SAFE error answers, as sites and APIs send them in production: none may give a
// finding in a leak category (test/unit/safe-pages.test.ts). Borderline answers the catalogue
// reports on purpose (Google AIza keys outside the Maps loader, ?token= URLs, private IPs in router
// help, prose that names a technology or quotes a runtime's error text) are not here.
//
// No key or token below is written out: each is built at run time from fragments or with
// sampleSecret (seeds 9001 and up, one per value), so secret scanners have nothing to flag.

/** One safe answer. */
export type SafePage = Page

const paypalAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** A random-looking UUID. */
const uuid = (seed: number): string =>
  hex(32, seed).replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')

/** A W3C trace id, its span id, and the public key of a Sentry DSN. */
const traceId = hex(32, 9001)
const spanId = hex(16, 9002)
const sentryKey = hex(32, 9003)

const jsonType = 'application/json'
const jsonUtf8Type = 'application/json; charset=utf-8'

/** A branded page with a viewport meta and room for head tags. */
const brandedPage = (inner: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Something went wrong | Acme</title>${head}</head><body>${inner}</body></html>`
/** A bare page in a language. */
const langPage = (inner: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Error</title></head><body>${inner}</body></html>`
/** A bare page with room for head tags. */
const page = (inner: string, head = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Error</title>${head}</head><body>${inner}</body></html>`
/** A fixed apology whose head holds the tags under test. */
const headPage = (head: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Error</title>${head}</head><body><h1>Something went wrong</h1><p>Please try again.</p></body></html>`
/** The page a proxy or platform answers with; its headers are under test. */
const basicPage =
  '<!doctype html><html><head><meta charset="utf-8"><title>Error</title></head><body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>'

export const safePages: readonly SafePage[] = [
  // Branded HTML error pages: stylesheets with media queries and url(), CDN links with SRI hashes,
  // inline SVG and data: images, BEM class names such as error-stack, legal footers, support copy.
  {
    name: 'basic branded',
    body: brandedPage(
      `<main class="error-page"><h1>Something went wrong</h1><p>We're sorry — an unexpected error occurred. Our team has been notified.</p><p>Reference: <code>3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c</code></p><a href="/">Back to home</a></main>`,
    ),
  },
  {
    name: 'inline style media queries',
    body: brandedPage(
      `<h1>500</h1>`,
      `<style>:root{--brand:#ff5a1f;--bg:#0b0d12}html,body{margin:0;height:100%;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}.error-stack{display:flex;flex-direction:column;gap:1rem}.error__code{font-size:8rem;font-weight:800;color:var(--brand)}@media (max-width:640px){.error__code{font-size:4rem}}@media (prefers-color-scheme:dark){body{background:var(--bg);color:#eee}}@font-face{font-family:"Inter";src:url("/fonts/Inter-roman.var.woff2?v=3.19") format("woff2");font-display:swap}body{background:url(/static/img/bg-pattern@2x.png) repeat}</style>`,
    ),
  },
  {
    name: 'cdn links integrity',
    body: brandedPage(
      `<h1>Oops</h1>`,
      `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" integrity="sha384-${token(64, 9010, base64Alphabet)}" crossorigin="anonymous"><script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-${token(64, 9011, base64Alphabet)}" crossorigin="anonymous"></script><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap"><link rel="stylesheet" href="/css/app.css?v=3.2.1">`,
    ),
  },
  {
    name: 'jquery cdn',
    body: brandedPage(
      `<h1>Server error</h1><script src="https://code.jquery.com/jquery-3.7.1.min.js" integrity="sha256-${token(43, 9012, base64Alphabet)}=" crossorigin="anonymous"></script><script src="https://unpkg.com/react@18.2.0/umd/react.production.min.js"></script><script src="https://cdnjs.cloudflare.com/ajax/libs/vue/3.4.21/vue.global.prod.min.js"></script><script src="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.5.1/js/all.min.js"></script>`,
    ),
  },
  {
    name: 'base64 image',
    body: brandedPage(
      `<img alt="" width="64" height="64" src="data:image/png;base64,iVBORw0KGgo${token(5528, 9021, base64Alphabet)}="><h1>Oops!</h1>`,
    ),
  },
  {
    name: 'inline svg icons',
    body: brandedPage(
      `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-alert-triangle"><path d="M10.29 3.86L1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"></path><line x1="12" y1="9" x2="12" y2="13"></line><line x1="12" y1="17" x2="12.01" y2="17"></line></svg><svg viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8zm0 448c-110.5 0-200-89.5-200-200S145.5 56 256 56s200 89.5 200 200-89.5 200-200 200zm101.8-262.2L295.6 256l62.2 62.2c4.7 4.7 4.7 12.3 0 17l-22.6 22.6c-4.7 4.7-12.3 4.7-17 0L256 295.6l-62.2 62.2c-4.7 4.7-12.3 4.7-17 0l-22.6-22.6c-4.7-4.7-4.7-12.3 0-17l62.2-62.2-62.2-62.2c-4.7-4.7-4.7-12.3 0-17l22.6-22.6c4.7-4.7 12.3-4.7 17 0l62.2 62.2 62.2-62.2c4.7-4.7 12.3-4.7 17 0l22.6 22.6c4.7 4.7 4.7 12.3 0 17z"/></svg><h1>Something broke</h1>`,
    ),
  },
  {
    name: 'legal footer',
    body: brandedPage(
      `<h1>We'll be right back</h1><footer><p>© 2025 Acme Holdings GmbH · Registergericht: Amtsgericht München, HRB 245781 · USt-IdNr.: DE 298 765 432 · Geschäftsführer: Maria Schmidt</p><p>Acme Ltd, registered in England and Wales, company number 09876543, VAT GB 123 4567 89. Registered office: 1 Example Street, London EC1A 1BB.</p><p><a href="/legal/imprint">Imprint</a> · <a href="/legal/privacy">Privacy</a> · <a href="https://status.acme.com">System status</a></p></footer>`,
    ),
  },
  {
    name: 'support text',
    body: brandedPage(
      `<h1>Internal error</h1><p>If the problem persists, contact support at 10:32 and quote reference ERR-5001. You can also call us at +1 (800) 555-0199 or email <a href="mailto:support@acme.com">support@acme.com</a>.</p><p>Use the search bar at the top of the page to find what you were looking for.</p><p>Error code: 0x80070005</p><p>Our team is looking into it.</p>`,
    ),
  },
  {
    name: 'order info',
    body: brandedPage(
      `<h1>Checkout failed</h1><p>Your order #A-2025-004217 for $149.99 was not charged. Time: 2025-03-14T10:32:07Z (took 1.23s). Please try again in 5 minutes.</p><p>Delivery estimate: Mon 17 Mar – Wed 19 Mar</p>`,
    ),
  },
  {
    name: 'maintenance',
    status: 503,
    headers: { 'retry-after': '3600' },
    body: brandedPage(
      `<div class="maintenance"><h1>Scheduled maintenance</h1><p>We're upgrading our database servers to give you a faster experience. We expect to be back by 02:00 UTC (about 1 hour). Follow <a href="https://twitter.com/acmestatus">@acmestatus</a> for updates.</p></div>`,
    ),
  },
  {
    name: 'rate limit',
    status: 503,
    headers: { 'retry-after': '60' },
    body: brandedPage(
      `<h1>Too many requests</h1><p>You've exceeded 100 requests per minute. Please slow down and retry after 60 seconds.</p>`,
    ),
  },
  {
    name: 'keyboard hints',
    body: brandedPage(
      `<h1>Error</h1><p>Press <kbd>Ctrl</kbd>+<kbd>R</kbd> (or <kbd>⌘</kbd>+<kbd>R</kbd> on Mac) to reload. Press <kbd>Shift</kbd>+<kbd>F5</kbd> for a hard refresh. Tip: <kbd>Ctrl+Shift+Delete</kbd> clears your cache.</p>`,
    ),
  },
  {
    name: 'BEM + data attrs',
    body: brandedPage(
      `<div class="c-error-page c-error-page--500" data-error-code="500" data-trace-id="${traceId}" data-component="ErrorBoundary" data-testid="error-page"><div class="c-error-page__stack error-stack stack-trace-hidden"><h1 class="c-error-page__title">Something went wrong</h1><p class="c-error-page__message js-error-message">Please refresh.</p></div></div>`,
    ),
  },
  {
    name: 'long minified css',
    body: brandedPage(
      `<h1>Error</h1>`,
      `<style>*,:after,:before{box-sizing:border-box;border:0 solid #e5e7eb}html{line-height:1.5;-webkit-text-size-adjust:100%;-moz-tab-size:4;tab-size:4;font-family:ui-sans-serif,system-ui,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol","Noto Color Emoji";font-feature-settings:normal}body{margin:0;line-height:inherit}hr{height:0;color:inherit;border-top-width:1px}abbr:where([title]){text-decoration:underline dotted}code,kbd,pre,samp{font-family:ui-monospace,SFMono-Regular,Menlo,Monaco,Consolas,"Liberation Mono","Courier New",monospace;font-size:1em}.container{width:100%}@media (min-width:640px){.container{max-width:640px}}@media (min-width:768px){.container{max-width:768px}}.mx-auto{margin-left:auto;margin-right:auto}.flex{display:flex}.h-screen{height:100vh}.items-center{align-items:center}.justify-center{justify-content:center}.bg-gray-100{--tw-bg-opacity:1;background-color:rgb(243 244 246/var(--tw-bg-opacity))}.text-6xl{font-size:3.75rem;line-height:1}.font-bold{font-weight:700}.text-gray-800{--tw-text-opacity:1;color:rgb(31 41 55/var(--tw-text-opacity))}.hover\\:underline:hover{text-decoration-line:underline}</style>`,
    ),
  },
  {
    name: 'nginx custom error SSI',
    body: brandedPage(
      `<h1>Error 500</h1><p>Request ID: 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c</p><p>Date: Fri, 14 Mar 2025 10:32:07 GMT</p>`,
    ),
  },
  {
    name: 'preload link',
    body: brandedPage(
      `<h1>Error</h1>`,
      `<link rel="preload" href="/fonts/inter-var-latin.woff2" as="font" type="font/woff2" crossorigin><link rel="preconnect" href="https://fonts.gstatic.com"><link rel="icon" href="/favicon.ico?v=2"><link rel="apple-touch-icon" sizes="180x180" href="/apple-touch-icon.png"><link rel="manifest" href="/site.webmanifest"><meta name="theme-color" content="#ff5a1f"><meta property="og:image" content="https://acme.com/og/error.png">`,
    ),
    headers: {
      link: '</fonts/inter-var-latin.woff2>; rel=preload; as=font; crossorigin, </css/app.3f9a1b.css>; rel=preload; as=style',
      'alt-svc': 'h3=":443"; ma=86400',
      'report-to':
        '{"group":"default","max_age":31536000,"endpoints":[{"url":"https://acme.report-uri.com/a/d/g"}],"include_subdomains":true}',
      nel: '{"report_to":"default","max_age":31536000,"include_subdomains":true}',
      'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
    },
  },
  {
    name: 'css error-stack classes',
    body: '<style>.stack-trace{display:none}.traceback{font-family:monospace}.exception-message{color:red}.sql-error{}.debug-panel{}</style><div class="stack-trace traceback exception-message">Something went wrong</div>',
  },
  {
    name: 'html comments',
    body: '<!-- error page v3 --><!-- generated 2025-03-14 --><!-- cache: miss --><h1>Error</h1><!-- /error -->',
  },
  {
    name: 'AEM etc designs css url',
    body: page(
      '<h1>Error</h1>',
      '<style>.logo{background:url(/etc/designs/acme/images/logo.png) no-repeat}</style>',
    ),
  },
  {
    name: 'css url /home img',
    body: page(
      '<h1>Error</h1>',
      '<style>.hero{background-image:url(/home/hero-banner.jpg)}</style>',
    ),
  },
  {
    name: 'spinkit classes',
    body: page(
      '<div class="sk-chase"><div class="sk-chase-dot"></div></div><div class="sk-folding-cube"></div><h1>Loading failed</h1>',
    ),
  },

  // Everyday page copy: status and incident notes, tips, legal text, addresses, opening hours,
  // durations, times, ratios, public IPs and hostnames, file names and dotted names in prose.
  {
    name: 'status link',
    body: langPage(
      `<h1>Service disruption</h1><p>We are currently experiencing issues with our database provider. See <a href="https://status.acme.com/incidents/k8x2lq9">status.acme.com</a> for updates. Last updated 10:45 UTC.</p>`,
    ),
  },
  {
    name: 'incident prose',
    body: langPage(
      `<h1>Partial outage</h1><p>Some customers may see errors when loading their dashboard. The issue began at 09:12 UTC and is related to a timeout between our web servers and the database cluster. Our engineers have identified the cause and a fix is being deployed.</p>`,
    ),
  },
  {
    name: 'tips list',
    body: langPage(
      `<h1>Error 500</h1><h2>What you can try</h2><ol><li>Refresh the page.</li><li>Clear your browser cache and cookies.</li><li>Try a different browser (Chrome, Firefox, Safari, Edge).</li><li>Disable browser extensions.</li><li>Check your internet connection.</li></ol>`,
    ),
  },
  {
    name: 'windows error codes',
    body: langPage(
      `<h1>Update failed</h1><p>Error code: 0x80070005 (Access is denied). If you see error 0x800F0922 or 0xC1900101, restart your PC and try again.</p>`,
    ),
  },
  {
    name: 'game server',
    body: langPage(
      `<h1>Servers are overloaded</h1><p>Matchmaking is temporarily unavailable. Error: MM-503. Queue position: 12,345. Estimated wait: 4 min.</p>`,
    ),
  },
  {
    name: 'bank',
    body: langPage(
      `<h1>Service temporarily unavailable</h1><p>Online banking is temporarily unavailable. Your accounts and money are safe. Card payments are not affected. Sort code 12-34-56 customers can call 0345 600 0000.</p>`,
    ),
  },
  {
    name: 'url routes',
    body: langPage(
      `<h1>Error</h1><p>Try these pages instead: <a href="/home">/home</a>, <a href="/etc">/etc</a>, <a href="/opt-out">/opt-out</a>, <a href="/var">/var</a>, <a href="/srv/help">/srv/help</a>, <a href="/app/dashboard">/app/dashboard</a>, <a href="/usr/settings">/usr/settings</a>.</p>`,
    ),
  },
  {
    name: 'error copy with quotes',
    body: langPage(
      `<h1>We couldn't load "My Orders"</h1><p>Error: "Unable to load orders". Reason: temporary problem. Please retry.</p>`,
    ),
  },
  {
    name: 'version of app',
    body: langPage(
      `<h1>Error</h1><footer>Acme Web v4.12.3 · Build 2025.03.14 · Region EU</footer>`,
    ),
  },
  {
    name: 'app download',
    body: langPage(
      `<h1>Error</h1><p>Get the app: iOS 15.0 or later, Android 8.0+. Requires Windows 10 version 1903 or macOS 12 Monterey.</p>`,
    ),
  },
  {
    name: 'browser support',
    body: langPage(
      `<h1>Error</h1><p>Supported browsers: Chrome 120+, Firefox 115 ESR, Safari 16.4, Edge 120.</p>`,
    ),
  },
  {
    name: 'cookie banner',
    body: langPage(
      `<h1>Error</h1><div id="cookie-banner" class="cookie-consent" role="dialog"><p>We use cookies to improve your experience. <a href="/cookies">Cookie policy</a></p><button data-action="accept-all">Accept all</button><button data-action="reject">Reject</button></div>`,
    ),
  },
  {
    name: 'chat widget text',
    body: langPage(
      `<h1>Error</h1><p>Need help now? Start a chat — our average response time is 2 minutes. Or tweet @AcmeSupport.</p>`,
    ),
  },
  {
    name: 'hours',
    body: langPage(
      `<p>Support hours: Monday–Friday 9:00–17:00, Saturday 10:00–14:00 (EST). Closed on public holidays.</p><h1>500</h1>`,
    ),
  },
  {
    name: 'address',
    body: langPage(
      `<address>Acme Inc., 548 Market St #12345, San Francisco, CA 94104, USA · Tel. 415-555-0132</address><h1>Server error</h1>`,
    ),
  },
  {
    name: 'ipv4 public',
    body: langPage(
      `<h1>Access error</h1><p>Your IP address: 203.0.113.42. Your location: Frankfurt, DE.</p>`,
    ),
  },
  {
    name: 'durations',
    body: langPage(
      `<h1>Timeout</h1><p>The operation took longer than 30 s (30000 ms) and was cancelled. Average response time is 120 ms.</p>`,
    ),
  },
  {
    name: 'long legal',
    body: langPage(
      `<footer><small>Acme Pty Ltd ABN 12 345 678 901 · AFSL 123456 · ACN 123 456 789. Acme SAS au capital de 10 000 € — RCS Paris B 123 456 789 — SIRET 123 456 789 00012 — TVA FR12345678901. Acme B.V. KvK 12345678, BTW NL123456789B01.</small></footer><h1>Erreur</h1>`,
    ),
  },
  {
    name: 'jokes',
    body: langPage(
      `<h1>Well, this is awkward</h1><p>Our hamsters fell off their wheels. We've dispatched a team of highly trained monkeys to fix it. Have you tried turning it off and on again?</p>`,
    ),
  },
  {
    name: 'github-like unicorn',
    body: langPage(
      `<h1>No server is currently available to service your request.</h1><p>Sorry about that. Please try refreshing and contact us if the problem persists.</p><p><a href="https://github.com/contact">Contact Support</a> — <a href="https://www.githubstatus.com">GitHub Status</a> — <a href="https://twitter.com/githubstatus">@githubstatus</a></p>`,
    ),
  },
  {
    name: 'and N more',
    body: '<p>Your cart contains Blue T-Shirt, Red Socks ... 3 more</p><p>Notifications: 2 new ... 12 more</p>',
  },
  {
    name: 'time and ratio',
    body: '<p>Uptime this month: 99.95%. Last incident: 14/03/2025 10:32:07. Ratio 3:2. Score 12:5.</p>',
  },
  {
    name: 'bible/time style refs',
    body: '<p>"Be patient" (Proverbs 14:29). Meeting at 10:30 in room B2.</p>',
  },
  {
    name: 'file names in prose',
    body: '<p>Download our brochure (brochure.pdf) or read terms.html. Our mascot is named Server.js.</p>',
  },
  {
    name: 'dotted names',
    body: '<p>Visit status.acme.com, help.acme.io or docs.acme.dev. Follow acme.social.</p>',
  },
  {
    name: 'local domain words',
    body: '<p>Find a store near you: Acme Local. Shop local, think global. Check your local listings.</p><p>Visit shop.local-market.com.</p>',
  },
  {
    name: 'error code hex',
    body: page('<p>Error code: 0xC0000005. Code: E_FAIL. HRESULT 0x80004005.</p>'),
  },
  {
    name: 'apple style',
    body: page(
      '<p>Error 500. Try again later. If the issue continues, contact Apple Support.</p><p>iPhone 15 Pro running iOS 17.4</p>',
    ),
  },
  {
    name: 'line N prose',
    body: page(
      '<p>Line 12 of your CSV upload (orders.csv) could not be read. Please check row 12 and try again.</p>',
    ),
  },
  {
    name: 'csv line notation',
    body: page('<p>We found a problem in import.csv:12 — the date is not valid.</p>'),
  },
  {
    name: 'user script name prose',
    body: page('<p>The report script report.py is temporarily unavailable.</p>'),
  },
  {
    name: 'stats with colons',
    contentType: textType,
    body: 'Service unavailable\nregion: eu-west-1\nzone: b\nretry-after: 30\n',
  },
  {
    name: 'ics/vcard-like',
    contentType: textType,
    body: 'BEGIN:VCARD\nVERSION:3.0\nFN:Acme Support\nTEL:+1-800-555-0199\nEMAIL:support@acme.com\nEND:VCARD\n',
  },
  {
    name: 'text env-like',
    contentType: textType,
    body: 'Maintenance window\nSTART=2025-03-14T02:00Z\nEND=2025-03-14T03:00Z\nREGION=eu\n',
  },
  {
    name: 'config-ish KV',
    contentType: textType,
    body: 'status=error\ncode=500\nlang=en\nhome=https://acme.com\npath=/checkout\n',
  },
  {
    name: 'ipv4 in docs example range',
    body: page('<p>Allowlist our webhook IPs: 203.0.113.10, 198.51.100.22 and 192.0.2.5.</p>'),
  },
  { name: 'ipv6 public', body: page('<p>Your IP: 2001:db8:85a3::8a2e:370:7334</p>') },
  { name: 'aws region/az', body: page('<p>Impacted: eu-west-1 (euw1-az2), us-east-1.</p>') },
  {
    name: 'hostnames public',
    body: page('<p>Status: api.acme.com, cdn.acme.com, auth.acme.com</p>'),
  },
  {
    name: 'email internal-ish',
    body: page(
      '<p>Email <a href="mailto:it-help@acme.com">it-help@acme.com</a> or call ext. 4242.</p>',
    ),
  },

  // Request ids, build hashes and versions shown to the user.
  {
    name: 'github request id FD',
    body: page(
      '<h1>Unicorn!</h1><p>This page is taking too long to load.</p><p>Request ID: FD3A:2B1C:9E8F7A:1234567:65F2C3E1</p>',
    ),
  },
  {
    name: 'github request id FE8',
    body: page('<p>Request ID: FE8C:1B2C:3D4E5F:6A7B8C:65F2C3E1</p><h1>Error</h1>'),
  },
  {
    name: 'version query 10.x.x.x',
    body: page('<h1>Error</h1><script>window.APP_VERSION="10.4.12.3";</script>'),
  },
  {
    name: 'git sha build',
    body: page(
      '<footer>Build a1b2c3d (main) · deployed 2025-03-14 10:32 UTC · v2.14.0</footer><h1>Error</h1>',
    ),
  },
  {
    name: 'request id in title',
    body: '<html><head><title>Error 3f1c0d6e</title></head><body><h1>Error</h1><p>ID: 3f1c0d6e</p></body></html>',
  },
  {
    name: 'pre with reference block',
    body: page(
      '<pre>Request ID : 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c\nTime       : 2025-03-14T10:32:07Z\nPath       : /checkout\nStatus     : 500</pre>',
    ),
  },

  // Prose that names errors, technologies or code without leaking any: "Error:" and "Fatal error"
  // labels, "caused by", "at …", panic, traceback, timeouts, database and runtime names, code
  // samples.
  {
    name: 'marketing python',
    body: langPage(
      `<h1>Oops</h1><footer><p>Built with love in Python and Rust by a small team in Berlin.</p><p>Check out our Java SDK, our Node.js tutorial, and our free SQL course!</p><p>We're hiring Ruby on Rails, Go and Kotlin engineers.</p></footer>`,
    ),
  },
  {
    name: 'developer docs promo',
    body: langPage(
      `<h1>Error</h1><p>Developers: check our API docs at <a href="https://developers.acme.com">developers.acme.com</a>. Install with <code>npm install @acme/sdk</code> or <code>pip install acme</code>.</p>`,
    ),
  },
  {
    name: 'plain text trace words',
    contentType: textType,
    body: 'An error occurred while processing your request. The error has been logged and our engineers will trace the issue. Please include the following reference when contacting support: 3f1c0d6e.',
  },
  {
    name: 'plain text at',
    contentType: textType,
    body: 'Error at the top of the page? Reload at your convenience. We apologize for the inconvenience.\nSupport is available at 10:00-18:00 CET.',
  },
  {
    name: 'plain text java mention',
    contentType: textType,
    body: 'Service unavailable. Our Java backend team is investigating. Please try again later.',
  },
  {
    name: 'null undefined words',
    body: langPage(
      `<h1>Error</h1><p>Your cart is empty or undefined items were removed. Null and void offers are not shown.</p>`,
    ),
  },
  {
    name: 'select from words',
    body: langPage(
      `<h1>Error</h1><p>Please select from the options below. You can update your profile, delete from your list, or insert into your calendar.</p>`,
    ),
  },
  {
    name: 'where clause prose',
    body: langPage(
      `<p>Select a store from the list where the product is available, then update your order. Delete from favourites any item that is sold out.</p>`,
    ),
  },
  {
    name: 'connection refused prose',
    body: langPage(
      `<h1>Connection problem</h1><p>We couldn't connect to our payment partner. The connection timed out. Please check your connection and try again.</p>`,
    ),
  },
  {
    name: 'error prose Error: prefix',
    body: '<h1>Error: Unable to load your cart.</h1><p>Error: The payment could not be processed. Please try another card.</p>',
  },
  {
    name: 'Timeout Error label',
    body: '<p>Timeout Error: The request took too long.</p><p>Network Error: please check your connection.</p><p>Validation Error: please check the form.</p>',
  },
  {
    name: 'fatal error prose',
    body: '<h1>Fatal error</h1><p>A fatal error occurred while processing your payment. You have not been charged.</p>',
  },
  {
    name: 'Fatal error colon',
    body: '<p><b>Fatal error</b>: the service could not complete your request. Please try again later.</p>',
  },
  {
    name: 'caused by prose',
    body: '<p>This outage was caused by: a network problem at our hosting provider.</p><p>Caused by heavy traffic, some pages may load slowly.</p>',
  },
  {
    name: 'at X (Y) prose',
    body: '<p>The error occurred at Checkout (step 3 of 4). Please try again at Payment (https://shop.acme.com/pay).</p>',
  },
  {
    name: 'at prose line',
    contentType: textType,
    body: 'Sorry! Something went wrong.\n    at your request we have logged the problem.\n    at 10:32 UTC our team was notified.\n',
  },
  {
    name: 'python docs sample',
    body: '<h1>Error</h1><pre><code>pip install acme\nimport acme\nclient = acme.Client()\n</code></pre>',
  },
  {
    name: 'php word',
    body: '<p>Our site runs on open-source software. <a href="/credits">Credits</a>: PHP, MySQL, Apache, Linux.</p><h1>Error</h1>',
  },
  {
    name: 'tomcat word',
    body: '<p>Powered by open source: Apache Tomcat, Spring, Hibernate.</p><h1>Error</h1>',
  },
  {
    name: 'localhost prose',
    body: '<p>Developers: if you are running the app on localhost, make sure the API is running.</p>',
  },
  {
    name: "don't panic",
    body: page(
      "<h1>Don't panic: our engineers are on it.</h1><p>Please try again in a few minutes.</p>",
    ),
  },
  {
    name: "DON'T PANIC text",
    contentType: textType,
    body: "DON'T PANIC: the service is temporarily unavailable.\nPlease retry shortly.",
  },
  {
    name: 'panic prose',
    contentType: textType,
    body: "panic: no need, your data is safe. We'll be back soon.",
  },
  {
    name: 'rfc port prose',
    body: page(
      '<h1>Connection error</h1><p>Make sure your firewall allows outbound connections on port 443 and port 8443.</p>',
    ),
  },
  {
    name: 'java download site',
    body: page(
      '<h1>Download temporarily unavailable</h1><p>Java SE 21.0.2 and Java 8 Update 401 downloads will be back shortly.</p>',
    ),
  },
  {
    name: 'hosting plan',
    body: page(
      '<h1>Error</h1><p>Our Managed WordPress 6.4 hosting and Laravel 11 starter kits are on sale!</p>',
    ),
  },
  {
    name: 'changelog teaser',
    body: page(
      "<h1>Error</h1><aside>What's new: We upgraded to Rails 7.1 and Ruby 3.3 for faster pages!</aside>",
    ),
  },
  {
    name: 'django prose',
    body: page(
      '<footer>Made with Django 4.2 and lots of coffee.</footer><h1>Server Error (500)</h1>',
    ),
  },
  { name: 'redis words', body: page('<p>Ready only mode: READONLY. Out of memory? OOM.</p>') },
  {
    name: 'err codes in text',
    body: page(
      '<p>Error ERR_CONNECTION_RESET? Check your internet connection. ERR_NAME_NOT_RESOLVED means your DNS failed.</p>',
    ),
  },
  {
    name: 'browser net errors',
    body: page(
      '<h1>This site can’t be reached</h1><p>ERR_CONNECTION_TIMED_OUT</p><p>Try: Checking the connection; Checking the proxy and the firewall.</p>',
    ),
  },
  {
    name: 'mongo words',
    body: page(
      '<p>Our team of database experts (MongoDB, PostgreSQL, MySQL certified) is on it.</p>',
    ),
  },
  {
    name: 'oracle words',
    body: page('<p>Oracle customers: see support note ORA-12345? No — call 1-800-ORACLE1.</p>'),
  },
  {
    name: 'ruby-like prose',
    body: page("<p>Your order couldn't be placed in `checkout'. Try again.</p>"),
  },
  { name: 'php-like prose #0', body: page('<p>Queue #0 {main} is busy; you are #1 in line.</p>') },
  {
    name: 'pre with ascii art',
    body: page(
      '<pre>\n  _____ ___   ___  \n | ____/ _ \\ / _ \\ \n |___ \\ | | | | | |\n  ___) | |_| | |_| |\n |____/ \\___/ \\___/ \n</pre><p>Something broke.</p>',
    ),
  },
  {
    name: 'code with def word',
    body: page(
      '<p>By <code>default</code>, your settings are saved. <code>import</code> your contacts later.</p>',
    ),
  },
  {
    name: 'code tag kbd commands',
    body: page(
      '<p>Try running <code>acme login</code> then <code>acme deploy --prod</code> again from your terminal.</p>',
    ),
  },
  {
    name: 'cli hint with require',
    body: page(
      '<p>If you use our CLI, update it: <code>npm i -g @acme/cli@latest</code>. Requires Node 18.</p>',
    ),
  },
  {
    name: 'too many clients',
    body: page('<p>Server is busy: too many clients right now. Please retry in a minute.</p>'),
  },
  {
    name: 'server has gone away',
    body: page('<h1>Our server has gone away for a quick nap</h1><p>Try again soon.</p>'),
  },
  {
    name: 'is not defined prose',
    body: page('<p>Your delivery region is not defined yet. Please update your address.</p>'),
  },
  {
    name: 'out of memory prose',
    body: page('<p>Our servers ran out of memory while generating your report. We are on it.</p>'),
  },
  {
    name: 'timeout exceeded prose',
    body: page('<p>Timeout of 30 seconds exceeded while waiting for the bank.</p>'),
  },
  { name: 'fetch failed prose', body: page('<p>Price fetch failed. Please refresh the page.</p>') },
  {
    name: 'terminated unexpectedly',
    body: page('<p>Your connection was terminated unexpectedly. Please reconnect.</p>'),
  },
  {
    name: 'stack overflow brand',
    body: page('<p>Ask the community on Stack Overflow (tag: acme-sdk).</p>'),
  },
  {
    name: 'traceback word',
    body: page(
      '<p>We are tracing back the cause. Traceback of events will be published in the postmortem.</p>',
    ),
  },
  {
    name: 'exception prose',
    body: page('<p>Exception: orders over $10,000 need manual approval. This is not an error.</p>'),
  },
  {
    name: '"undefined" in template bug',
    body: page('<h1>Error</h1><p>Hello undefined, something went wrong.</p>'),
  },
  { name: 'NaN', body: page('<p>Total: NaN €</p><h1>Error</h1>') },
  { name: 'object Object', body: page('<p>[object Object]</p><h1>Error</h1>') },
  {
    name: 'k8s mention',
    body: page('<p>We run on Kubernetes. Pod restarts are expected during the rollout.</p>'),
  },
  {
    name: 'status page internal words',
    body: page('<p>Internal tools are unaffected. Our internal team is on it.</p>'),
  },
  { name: 'crash emoji', body: page("<h1>💥 Boom.</h1><p>Well, that didn't go as planned.</p>") },

  // Translated pages and translation tables (RTL, CJK, Cyrillic, accents, \u escapes).
  {
    name: 'i18n json',
    contentType: jsonUtf8Type,
    body: stringify({
      error: {
        code: 'INTERNAL',
        message: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
        messageFr: 'Une erreur interne est survenue.',
        messageJa: '内部エラーが発生しました。しばらくしてから再度お試しください。',
      },
    }),
  },
  {
    name: 'german',
    body: langPage(
      `<h1>Da ist etwas schiefgelaufen</h1><p>Leider ist ein interner Serverfehler aufgetreten. Unser Team wurde benachrichtigt und arbeitet an einer Lösung. Bitte versuchen Sie es in einigen Minuten erneut.</p><p>Fehlercode: 500 · Referenz: 3f1c0d6e</p><p>Bei Fragen erreichen Sie uns unter +49 89 123456-0 (Mo–Fr 8:00–18:00 Uhr).</p>`,
      'de',
    ),
  },
  {
    name: 'french',
    body: langPage(
      `<h1>Oups ! Une erreur est survenue</h1><p>Le serveur a rencontré une erreur interne. Nos équipes sont déjà sur le coup. Veuillez réessayer dans quelques instants.</p><p>Si le problème persiste, contactez le service client au 01 23 45 67 89 en indiquant la référence ERR-5001.</p>`,
      'fr',
    ),
  },
  {
    name: 'spanish',
    body: langPage(
      `<h1>Algo salió mal</h1><p>Se ha producido un error interno del servidor. Estamos trabajando para solucionarlo. Por favor, inténtelo de nuevo más tarde.</p><p>Código de error: 500. ID de la solicitud: 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c</p>`,
      'es',
    ),
  },
  {
    name: 'japanese',
    body: langPage(
      `<h1>エラーが発生しました</h1><p>申し訳ございません。サーバー内部でエラーが発生しました。しばらく時間をおいてから再度アクセスしてください。</p><p>お問い合わせの際は、以下の番号をお伝えください：ERR-5001（2025年3月14日 10:32）</p>`,
      'ja',
    ),
  },
  {
    name: 'chinese',
    body: langPage(
      `<h1>服务器错误</h1><p>抱歉，服务器出现了内部错误，我们的工程师正在紧急处理中。请稍后再试。</p><p>错误代码：500\u3000请求编号：3f1c0d6e</p><p>客服热线：400-800-8888</p>`,
      'zh-CN',
    ),
  },
  {
    name: 'italian portuguese',
    body: langPage(
      `<h1>Errore interno del server</h1><p>Si è verificato un errore. Riprova più tardi.</p><h2>Erro interno do servidor</h2><p>Ocorreu um erro inesperado. Tente novamente mais tarde.</p>`,
    ),
  },
  {
    name: 'russian korean',
    body: langPage(
      `<h1>Внутренняя ошибка сервера</h1><p>Что-то пошло не так. Попробуйте обновить страницу.</p><h2>서버 오류</h2><p>일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.</p>`,
    ),
  },
  {
    name: 'arabic hebrew',
    body: langPage(
      `<h1 dir="rtl">حدث خطأ في الخادم</h1><p dir="rtl">نعتذر، حدث خطأ غير متوقع. يرجى المحاولة لاحقًا.</p><p dir="rtl">אירעה שגיאה בשרת. אנא נסו שוב מאוחר יותר.</p>`,
    ),
  },
  {
    name: 'env-ish i18n keys',
    body: page(
      '<h1>Error</h1><script>window.__i18n = {"HOME":"Startseite","USER":"Benutzerkonto","LANG":"Sprache","TERM":"Begriff","ERROR_TITLE":"Etwas ist schiefgelaufen"}</script>',
    ),
  },
  {
    name: 'i18n uppercase keys json body',
    contentType: jsonType,
    body: JSON.stringify({
      error: 'internal',
      labels: { HOME: 'Home', PATH: 'Route', USER: 'User' },
    }),
  },
  {
    name: 'unicode escapes JSON',
    contentType: jsonType,
    body: '{"error":"internal","message":"Une erreur s\\u2019est produite. R\\u00e9essayez plus tard.","path":"\\/checkout"}',
  },

  // What web frameworks and servers send in production (no debug page, no trace).
  {
    name: 'express prod',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Internal Server Error</pre>\n</body>\n</html>\n',
  },
  {
    name: 'flask prod',
    body: '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n',
  },
  {
    name: 'django prod',
    body: '\n<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n',
  },
  {
    name: 'rails public 500',
    body: `<!DOCTYPE html>\n<html>\n<head>\n  <title>We're sorry, but something went wrong (500)</title>\n  <meta name="viewport" content="width=device-width,initial-scale=1">\n  <style>\n  .rails-default-error-page {\n    background-color: #EFEFEF;\n    color: #2E2F30;\n    text-align: center;\n    font-family: arial, sans-serif;\n    margin: 0;\n  }\n\n  .rails-default-error-page div.dialog {\n    width: 95%;\n    max-width: 33em;\n    margin: 4em auto 0;\n  }\n  </style>\n</head>\n\n<body class="rails-default-error-page">\n  <!-- This file lives in public/500.html -->\n  <div class="dialog">\n    <div>\n      <h1>We're sorry, but something went wrong.</h1>\n    </div>\n    <p>If you are the application owner check the logs for more information.</p>\n  </div>\n</body>\n</html>\n`,
  },
  {
    name: 'laravel prod',
    body: `<!DOCTYPE html>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n        <title>Server Error</title>\n        <style>/*! normalize.css v8.0.1 | MIT License | github.com/necolas/normalize.css */html{line-height:1.15;-webkit-text-size-adjust:100%}body{margin:0}a{background-color:transparent}code{font-family:monospace,monospace;font-size:1em}[hidden]{display:none}html{font-family:system-ui,-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,Apple Color Emoji,Segoe UI Emoji,Segoe UI Symbol,Noto Color Emoji;line-height:1.5}</style>\n    </head>\n    <body class="antialiased">\n        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 dark:bg-gray-900 sm:items-center sm:pt-0">\n            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">\n                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">\n                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">\n                        500                    </div>\n\n                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">\n                        Server Error                    </div>\n                </div>\n            </div>\n        </div>\n    </body>\n</html>\n`,
  },
  {
    name: 'symfony prod',
    body: `<!DOCTYPE html>\n<html>\n<head>\n    <meta charset="UTF-8" />\n    <meta name="robots" content="noindex,nofollow,noarchive" />\n    <title>An Error Occurred: Internal Server Error</title>\n    <style>body { background-color: #fff; color: #222; font: 16px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 0; }\n.container { margin: 30px; max-width: 600px; }\nh1 { color: #dc3545; font-size: 24px; }\nh2 { font-size: 18px; }</style>\n</head>\n<body>\n<div class="container">\n    <h1>Oops! An Error Occurred</h1>\n    <h2>The server returned a "500 Internal Server Error".</h2>\n\n    <p>\n        Something is broken. Please let us know what you were doing when this error occurred.\n        We will fix it as soon as possible. Sorry for any inconvenience caused.\n    </p>\n</div>\n</body>\n</html>\n`,
  },
  {
    name: 'tomcat no report',
    body: `<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP Status 500 – Internal Server Error</h1></body></html>`,
  },
  {
    name: 'spring whitelabel generic',
    body: `<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Fri Mar 14 10:32:07 UTC 2025</div><div>There was an unexpected error (type=Internal Server Error, status=500).</div></body></html>`,
  },
  {
    name: 'play prod',
    body: `<!DOCTYPE html><html lang="en"><head><title>Oops, an error occurred</title></head><body><h1>Oops, an error occurred</h1><p>This exception has been logged with id <strong>7hj2f8k1m</strong>.</p></body></html>`,
  },
  {
    name: 'gunicorn',
    body: '<html>\n  <head>\n    <title>Internal Server Error</title>\n  </head>\n  <body>\n    <h1><p>Internal Server Error</p></h1>\n    \n  </body>\n</html>\n',
  },
  { name: 'go plain', contentType: textType, body: 'Internal Server Error\n' },
  {
    name: 'wordpress critical',
    body: `<!DOCTYPE html>\n<html dir='ltr'>\n<head>\n\t<meta name="viewport" content="width=device-width">\n\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n\t<meta name='robots' content='max-image-preview:large, noindex, follow' />\n\t<title>WordPress &rsaquo; Error</title>\n\t<style type="text/css">\n\t\thtml {\n\t\t\tbackground: #f1f1f1;\n\t\t}\n\t\tbody {\n\t\t\tbackground: #fff;\n\t\t\tborder: 1px solid #ccd0d4;\n\t\t\tcolor: #444;\n\t\t\tfont-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif;\n\t\t\tmargin: 2em auto;\n\t\t}\n\t</style>\n</head>\n<body id="error-page">\n\t<div class="wp-die-message"><p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p></div></body>\n</html>\n\t`,
  },
  {
    name: 'drupal',
    contentType: textType,
    body: 'The website encountered an unexpected error. Please try again later.',
  },
  {
    name: 'passenger generic',
    body: `<!DOCTYPE html><html><head><title>We're sorry, but something went wrong</title></head><body><h1>We're sorry, but something went wrong.</h1><p>The issue has been logged for investigation. Please try again later.</p><p>Technical details for the administrator of this website: Error ID: 1a2b3c4d</p></body></html>`,
  },
  { name: 'phoenix', contentType: textType, body: 'Internal Server Error' },
  {
    name: 'laravel5 prod whoops',
    body: `<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset="UTF-8" />\n        <meta name="robots" content="noindex,nofollow" />\n        <style>\n            body { background-color: #F9F9F9; color: #222; font: 14px/1.4 Helvetica, Arial, sans-serif; margin: 0; padding-bottom: 45px; }\n            .exception-summary { background: #B0413E; border-bottom: 2px solid rgba(0, 0, 0, 0.1); border-top: 1px solid rgba(0, 0, 0, .3); flex: 0 0 auto; margin-bottom: 30px; }\n            .exception-message-wrapper { display: flex; align-items: center; min-height: 70px; }\n        </style>\n    </head>\n    <body>\n                    <div class="container">\n                <div class="content">\n                    <div class="title">Whoops, looks like something went wrong.</div>\n                </div>\n            </div>\n    </body>\n</html>`,
  },
  {
    name: 'h3 prod json stack []',
    contentType: jsonType,
    body: JSON.stringify({ statusCode: 500, statusMessage: 'Server Error', stack: [] }),
  },
  {
    name: 'nitro prod json',
    contentType: jsonType,
    body: JSON.stringify({
      url: '/api/orders',
      statusCode: 500,
      statusMessage: 'Server Error',
      message: 'Server Error',
      stack: '',
    }),
  },
  {
    name: 'express title Error pre ref',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Something went wrong. Reference: 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c</pre>\n</body>\n</html>\n',
  },
  {
    name: 'express prod 503',
    status: 503,
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Service Unavailable</pre>\n</body>\n</html>\n',
  },
  {
    name: 'express exposed msg',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Payment provider unavailable, please try again later</pre>\n</body>\n</html>\n',
  },

  // SPA shells and hydration data: Next.js, Nuxt, Vite, CRA, Angular, SvelteKit, Remix, Gatsby,
  // import maps, module scripts, source map comments, library banners, inline handlers.
  {
    name: 'next pages 500',
    body: `<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>500: Internal Server Error</title><meta name="next-head-count" content="3"/><link rel="preload" href="/_next/static/css/9a0f6ee5b1f3c2d4.css" as="style"/><link rel="stylesheet" href="/_next/static/css/9a0f6ee5b1f3c2d4.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-38cee4c0e358b1a3.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-8f1b6a3d2e5c4f7a.js" defer=""></script><script src="/_next/static/chunks/pages/_app-4b1f3a2c5d6e7f80.js" defer=""></script><script src="/_next/static/chunks/pages/_error-54de1933a164a1ff.js" defer=""></script><script src="/_next/static/${token(21, 9026)}/_buildManifest.js" defer=""></script><script src="/_next/static/${token(21, 9026)}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div style="font-family:system-ui,&quot;Segoe UI&quot;,Roboto,Helvetica,Arial,sans-serif;height:100vh;text-align:center;display:flex;flex-direction:column;align-items:center;justify-content:center"><div style="line-height:48px"><style>body{color:#000;background:#fff;margin:0}.next-error-h1{border-right:1px solid rgba(0,0,0,.3)}@media (prefers-color-scheme:dark){body{color:#fff;background:#000}.next-error-h1{border-right:1px solid rgba(255,255,255,.3)}}</style><h1 class="next-error-h1" style="display:inline-block;margin:0 20px 0 0;padding-right:23px;font-size:24px;font-weight:500;vertical-align:top">500</h1><div style="display:inline-block"><h2 style="font-size:14px;font-weight:400;line-height:28px">Internal Server Error<!-- -->.</h2></div></div></div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"${token(21, 9026)}","nextExport":true,"isFallback":false,"gip":true,"scriptLoader":[]}</script></body></html>`,
  },
  {
    name: 'next pages 500 with props',
    body: `<!DOCTYPE html><html><head><title>Error</title></head><body><div id="__next"><h1>Oops</h1></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500,"locale":"en-US","messages":{"error.title":"Something went wrong","error.retry":"Try again"}},"__N_SSP":true},"page":"/[locale]/checkout","query":{"locale":"en-US"},"buildId":"2025-03-14_1a2b3c4","runtimeConfig":{"sentryDsn":"https://${sentryKey}@o123456.ingest.sentry.io/4504987654321","apiBase":"https://api.acme.com"},"isFallback":false,"isExperimentalCompile":false,"gssp":true,"locale":"en-US","locales":["en-US","de-DE"],"defaultLocale":"en-US","scriptLoader":[]}</script></body></html>`,
  },
  {
    name: 'next app router error',
    body: `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/css/app/layout.css?v=1710412327123" data-precedence="next_static/css/app/layout.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1a2b3c4d5e6f7a8b.js"/><script src="/_next/static/chunks/fd9d1056-2f3e4d5c6b7a8901.js" async=""></script><script src="/_next/static/chunks/main-app-0a1b2c3d4e5f6789.js" async=""></script><title>Acme</title></head><body><h2>Something went wrong!</h2><button>Try again</button><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script><script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/app/layout.css\\",\\"style\\"]\\n0:[\\"$\\",\\"$L2\\",null,{\\"buildId\\":\\"${token(21, 9027)}\\",\\"assetPrefix\\":\\"\\",\\"initialCanonicalUrl\\":\\"/checkout\\",\\"initialTree\\":[\\"\\",{\\"children\\":[\\"checkout\\",{}]}]}]\\n3:E{\\"digest\\":\\"2417593810\\"}\\n"])</script></body></html>`,
  },
  {
    name: 'nuxt error',
    body: `<!DOCTYPE html><html data-capo=""><head><meta charset="utf-8"><title>500 - Internal Server Error</title><link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.4f3a2b1c.js"><link rel="prefetch" as="script" crossorigin href="/_nuxt/error-500.8d7e6f5a.js"><link rel="stylesheet" href="/_nuxt/entry.9c8b7a6d.css"></head><body><div id="__nuxt"><div class="error-page"><h1>500</h1><p>Server Error</p></div></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">[{"state":1,"_errors":3,"serverRendered":5,"path":6,"error":7},{},{},{},{},true,"/checkout",{"url":8,"statusCode":9,"statusMessage":10,"message":10,"description":11},"/checkout",500,"Server Error",""]</script><script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.acme.com",gtmId:"GTM-5F7KQ9X"},app:{baseURL:"/",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script><script type="module" src="/_nuxt/entry.4f3a2b1c.js" crossorigin></script></body></html>`,
  },
  {
    name: 'nuxt2 __NUXT__',
    body: `<!doctype html><html><head><title>Error</title></head><body><div id="__nuxt"><h1>Server error</h1></div><script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{}],fetch:{},error:{statusCode:500,message:"Internal Server Error"},serverRendered:true,routePath:"\\u002Fcheckout",config:{_app:{basePath:a,assetsPath:"\\u002F_nuxt\\u002F",cdnURL:b}}}}("\\u002F",null,true));</script><script src="/_nuxt/runtime.a1b2c3d.js" defer></script><script src="/_nuxt/commons/app.e4f5a6b.js" defer></script></body></html>`,
  },
  {
    name: 'vite spa shell',
    body: `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><link rel="icon" type="image/svg+xml" href="/vite.svg" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Acme Dashboard</title><script type="module" crossorigin src="/assets/index-4f3a2b1c.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-react-9e8d7c6b.js"><link rel="stylesheet" crossorigin href="/assets/index-1a2b3c4d.css"></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>`,
  },
  {
    name: 'CRA shell',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="theme-color" content="#000000"/><link rel="manifest" href="/manifest.json"/><title>React App</title><script defer="defer" src="/static/js/main.8e1f6c2a.js"></script><link href="/static/css/main.073c9b0a.css" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>`,
  },
  {
    name: 'angular shell',
    body: `<!doctype html><html lang="en" data-critters-container><head><meta charset="utf-8"><title>Acme</title><base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" type="image/x-icon" href="favicon.ico"><link rel="stylesheet" href="styles.5f6a7b8c9d0e1f2a.css" media="print" onload="this.media='all'"></head><body><app-root ng-version="17.3.1"></app-root><script src="runtime.1a2b3c4d5e6f7a8b.js" type="module"></script><script src="polyfills.9c8d7e6f5a4b3c2d.js" type="module"></script><script src="main.0f1e2d3c4b5a6978.js" type="module"></script></body></html>`,
  },
  {
    name: 'webpack chunk names',
    body: `<html><head><title>Error</title><script src="/static/js/runtime~main.3f2a1b.js"></script><script src="/static/js/vendors~main.chunk.js?v=8f7e6d"></script><script src="/static/js/2.a1b2c3d4.chunk.js"></script><script>!function(e){function r(r){for(var n,l,f=r[0],i=r[1],p=r[2],c=0,s=[];c<f.length;c++)l=f[c],Object.prototype.hasOwnProperty.call(o,l)&&o[l]&&s.push(o[l][0]),o[l]=0;for(n in i)Object.prototype.hasOwnProperty.call(i,n)&&(e[n]=i[n]);for(a&&a(r);s.length;)s.shift()();return u.push.apply(u,p||[]),t()}function t(){for(var e,r=0;r<u.length;r++){for(var t=u[r],n=!0,f=1;f<t.length;f++){var i=t[f];0!==o[i]&&(n=!1)}n&&(u.splice(r--,1),e=l(l.s=t[0]))}return e}var n={},o={1:0},u=[];function l(r){if(n[r])return n[r].exports;var t=n[r]={i:r,l:!1,exports:{}};return e[r].call(t.exports,t,t.exports,l),t.l=!0,t.exports}l.m=e,l.c=n,l.p="/";var f=this["webpackJsonpacme-web"]=this["webpackJsonpacme-web"]||[],i=f.push.bind(f);f.push=r,f=f.slice();for(var p=0;p<f.length;p++)r(f[p]);var a=i;t()}([])</script></head><body><div id="root"><h1>Error</h1></div></body></html>`,
  },
  {
    name: 'svelte kit error',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="modulepreload" href="/_app/immutable/entry/start.3f2a1b4c.js"><link rel="modulepreload" href="/_app/immutable/chunks/index.7d6e5f4a.js"><title>Internal Error</title></head><body data-sveltekit-preload-data="hover"><div style="display: contents"><h1>500</h1><p>Internal Error</p><script>{__sveltekit_1x2y3z={base:new URL(".",location).pathname.slice(0,-1),env:{"PUBLIC_API_URL":"https://api.acme.com"}};const element=document.currentScript.parentElement;const data=[null,null];Promise.all([import("/_app/immutable/entry/start.3f2a1b4c.js"),import("/_app/immutable/entry/app.9a8b7c6d.js")]).then(([kit,app])=>{kit.start(app,element,{node_ids:[0,1],data,form:null,error:{message:"Internal Error"},status:500});});}</script></div></body></html>`,
  },
  {
    name: 'remix',
    body: `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Oops!</title><link rel="modulepreload" href="/build/entry.client-ABCD1234.js"/><link rel="modulepreload" href="/build/root-EFGH5678.js"/></head><body><h1>500 Internal Server Error</h1><script>window.__remixContext = {"url":"/checkout","state":{"loaderData":{"root":{"ENV":{"STRIPE_PUBLIC_KEY":"${['pk', '_live_', token(21, 9028)].join('')}","SENTRY_DSN":"https://${sentryKey}@o123456.ingest.sentry.io/4504987654321"}}},"actionData":null,"errors":{"routes/checkout":{"message":"Unexpected Server Error","__type":"Error"}}},"future":{}};</script><script type="module" async="">import "/build/manifest-1A2B3C4D.js";import * as route0 from "/build/root-EFGH5678.js";window.__remixRouteModules = {"root":route0};import("/build/entry.client-ABCD1234.js");</script></body></html>`,
  },
  {
    name: 'gatsby',
    body: `<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="generator" content="Gatsby 5.13.3"/><title>500</title><link as="script" rel="preload" href="/webpack-runtime-8f7e6d5c4b3a2190.js"/><link as="script" rel="preload" href="/framework-1a2b3c4d5e6f7081.js"/><link as="script" rel="preload" href="/app-9c8d7e6f5a4b3c2d.js"/></head><body><div id="___gatsby"><h1>Server error</h1></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/500/";window.___webpackCompilationHash="4f3a2b1c5d6e7f80";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={"app":["/app-9c8d7e6f5a4b3c2d.js"],"component---src-pages-500-js":["/component---src-pages-500-js-1a2b3c4d.js"]};/*]]>*/</script></body></html>`,
  },
  {
    name: 'wordpress theme',
    body: `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Error – Acme Blog</title><link rel='stylesheet' id='wp-block-library-css' href='https://blog.acme.com/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' /><link rel='stylesheet' id='acme-style-css' href='https://blog.acme.com/wp-content/themes/acme/style.css?ver=1.0.2' media='all' /><script src="https://blog.acme.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head><body class="error500 wp-theme-acme"><h1>Something went wrong</h1></body></html>`,
  },
  {
    name: 'shopify-like',
    body: `<!doctype html><html><head><title>Error</title><link rel="stylesheet" href="//cdn.shopify.com/s/files/1/0123/4567/8901/t/12/assets/theme.css?v=16893456782345678901"><script>var Shopify = Shopify || {};Shopify.shop = "acme-store.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"USD","rate":"1.0"};Shopify.theme = {"name":"Dawn","id":123456789012,"theme_store_id":887,"role":"main"};</script></head><body><h1>There was a problem loading this website</h1><p>Try refreshing the page.</p></body></html>`,
  },
  {
    name: 'vue ssr state',
    body: `<!DOCTYPE html><html><head><title>Error</title></head><body><div id="app" data-server-rendered="true"><h1>Oops</h1></div><script>window.__INITIAL_STATE__={"user":null,"cart":{"items":[],"total":0},"error":{"status":500,"message":"Something went wrong"},"route":{"path":"/cart","hash":"","query":{},"params":{},"fullPath":"/cart","meta":{}}}</script><script src="/js/chunk-vendors.2b3c4d5e.js"></script><script src="/js/app.6f7a8b9c.js"></script></body></html>`,
  },
  {
    name: 'apollo state',
    body: `<html><body><div id="root"><h1>Error</h1></div><script>window.__APOLLO_STATE__={"ROOT_QUERY":{"__typename":"Query","me":null,"featureFlags":{"__typename":"Flags","newCheckout":true}}};window.__APP_CONFIG__={"env":"production","apiUrl":"https://api.acme.com/graphql","release":"2025.03.14"};</script></body></html>`,
  },
  {
    name: 'inline sourcemap comment',
    body: `<html><body><h1>Error</h1><script>(function(){document.querySelector('h1').addEventListener('click',function(){location.reload()})})();
//# sourceMappingURL=/assets/error-page-4f3a2b1c.js.map</script></body></html>`,
  },
  {
    name: 'require-config',
    body: `<html><head><script src="/js/require.js"></script><script>require.config({baseUrl:"/js",paths:{jquery:"lib/jquery-3.7.1.min",underscore:"lib/underscore-1.13.6.min"}});require(["app/error"],function(e){e.init()});</script></head><body><h1>Error</h1></body></html>`,
  },
  {
    name: 'module script import',
    body: `<html><body><h1>Error</h1><script type="module">import { createApp } from "/assets/vue.esm-browser.prod-3f2a1b4c.js";import ErrorPage from "/assets/ErrorPage-9a8b7c6d.js";createApp(ErrorPage).mount("#app");</script></body></html>`,
  },
  {
    name: 'import map',
    body: `<html><head><script type="importmap">{"imports":{"react":"https://esm.sh/react@18.2.0","react-dom/client":"https://esm.sh/react-dom@18.2.0/client","lodash-es":"https://cdn.jsdelivr.net/npm/lodash-es@4.17.21/lodash.js"}}</script></head><body><h1>Error</h1></body></html>`,
  },
  {
    name: 'ld+json',
    body: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Acme Inc.","url":"https://acme.com","logo":"https://acme.com/logo.png","contactPoint":{"@type":"ContactPoint","telephone":"+1-800-555-0199","contactType":"customer service"},"sameAs":["https://twitter.com/acme","https://www.linkedin.com/company/acme"]}</script></head><body><h1>Server error</h1></body></html>`,
  },
  {
    name: 'error boundary client script',
    body: `<html><body><div id="root"></div><script>window.addEventListener('error', function (event) { var msg = event.message || 'Unknown error'; fetch('/api/client-errors', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: msg, stack: event.error && event.error.stack, url: location.href }) }); });</script><h1>Error</h1></body></html>`,
  },
  {
    name: 'service worker reg',
    body: `<html><body><h1>Offline or server error</h1><script>if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js?v=2025.03.14').catch(function (err) { console.error('SW registration failed: ', err); }); }</script></body></html>`,
  },
  {
    name: 'sentry stack regex',
    body: page(
      '<h1>Error</h1><script>var chrome=/^\\s*at (?:(.+?\\)(?: \\[.+\\])?|.*?) ?\\((?:address at )?)?(?:async )?((?:<anonymous>|[-a-z]+:|.*bundle|\\/)?.*?)(?::(\\d+))?(?::(\\d+))?\\)?\\s*$/i;var gecko=/^\\s*(.*?)(?:\\((.*?)\\))?(?:^|@)?((?:[-a-z]+)?:\\/.*?|\\[native code\\]|[^@]*(?:bundle|\\d+\\.js)|\\/[\\w\\-. /=]+)(?::(\\d+))?(?::(\\d+))?\\s*$/i;</script>',
    ),
  },
  {
    name: 'next prod err serialized',
    body: `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>500: Internal Server Error</title></head><body><div id="__next"><h1>500</h1></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":500}},"page":"/_error","query":{},"buildId":"${token(21, 9069)}","isFallback":false,"err":{"name":"Internal Server Error.","message":"500 - Internal Server Error.","statusCode":500},"gip":true,"scriptLoader":[]}</script></body></html>`,
  },
  {
    name: 'hugo/jekyll generator',
    body: page(
      '<h1>Error</h1>',
      '<meta name="generator" content="Hugo 0.124.1"><meta name="generator" content="Docusaurus v3.1.1">',
    ),
  },
  {
    name: 'angular ng-version',
    body: page('<app-root ng-version="17.3.1"><h1>Error</h1></app-root>'),
  },
  {
    name: 'jquery version comment',
    body: page(
      '<h1>Error</h1><script>/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */</script>',
    ),
  },
  {
    name: 'bootstrap banner',
    body: page(
      '<h1>Error</h1>',
      '<style>/*!\n * Bootstrap  v5.3.2 (https://getbootstrap.com/)\n * Copyright 2011-2023 The Bootstrap Authors\n * Licensed under MIT (https://github.com/twbs/bootstrap/blob/main/LICENSE)\n */:root{--bs-blue:#0d6efd}</style>',
    ),
  },
  {
    name: 'react prod min err',
    body: page(
      '<h1>Error</h1><script>/** @license React v18.2.0 react.production.min.js */</script>',
    ),
  },
  {
    name: 'vue devtools off',
    body: page(
      '<h1>Error</h1><script>Vue.config.productionTip=false;Vue.config.devtools=false;</script>',
    ),
  },
  {
    name: 'js code inline',
    body: page(
      '<h1>Error</h1><button onclick="window.location.reload()">Retry</button><script>document.getElementById("year").textContent = new Date().getFullYear(); function retry() { return fetch("/api/health").then(function (r) { if (r.ok) location.reload(); }); }</script>',
    ),
  },
  {
    name: 'JSON in HTML attr',
    body: page(
      '<div id="app" data-props="{&quot;error&quot;:{&quot;status&quot;:500,&quot;message&quot;:&quot;Something went wrong&quot;},&quot;supportUrl&quot;:&quot;https://help.acme.com&quot;}"></div>',
    ),
  },
  {
    name: 'alpine x-data',
    body: page(
      '<div x-data="{ open: false, token: null }"><button @click="open = !open">Details</button><p x-show="open">Reference 3f1c0d6e</p></div>',
    ),
  },
  {
    name: 'htmx',
    body: page(
      '<div hx-get="/api/status" hx-trigger="every 10s" hx-swap="innerHTML">Checking status…</div>',
    ),
  },
  {
    name: 'json-ld breadcrumb',
    body: page(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://acme.com/home/"},{"@type":"ListItem","position":2,"name":"Help","item":"https://acme.com/help/"}]}</script><h1>Error</h1>',
    ),
  },
  {
    name: 'wasm',
    body: page(
      '<h1>Error</h1><script>WebAssembly.instantiateStreaming(fetch("/www/engine.wasm"))</script>',
    ),
  },
  {
    name: 'php site links',
    body: page(
      '<h1>Error</h1><script>var ajaxurl = "/wp-admin/admin-ajax.php"; var homeUrl = "/index.php?route=common/home";</script>',
    ),
  },

  // Analytics, monitoring and public browser keys: gtag, Segment, Sentry DSN, Stripe pk_, Rollbar,
  // Bugsnag, Algolia, Mapbox pk., Supabase anon key, Clerk, PostHog, Datadog RUM, PayPal, captchas.
  {
    name: 'gtag',
    body: brandedPage(
      `<h1>We hit a snag</h1><script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2J4LQ1P"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-8XK2J4LQ1P',{page_title:'500'});gtag('event','exception',{description:'server_error',fatal:false});</script><!-- Google Tag Manager --><script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-5F7KQ9X');</script>`,
    ),
  },
  {
    name: 'segment',
    body: brandedPage(
      `<h1>Error</h1><script>!function(){var analytics=window.analytics=window.analytics||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");else{analytics.invoked=!0;analytics.methods=["trackSubmit","trackClick","trackLink","trackForm","pageview","identify","reset","group","track","ready","alias","debug","page","once","off","on"];analytics.factory=function(e){return function(){var t=Array.prototype.slice.call(arguments);t.unshift(e);analytics.push(t);return analytics}};for(var e=0;e<analytics.methods.length;e++){var key=analytics.methods[e];analytics[key]=analytics.factory(key)}analytics.load=function(key,e){var t=document.createElement("script");t.type="text/javascript";t.async=!0;t.src="https://cdn.segment.com/analytics.js/v1/" + key + "/analytics.min.js";var n=document.getElementsByTagName("script")[0];n.parentNode.insertBefore(t,n);analytics._loadOptions=e};analytics._writeKey="${token(32, 9013)}";analytics.SNIPPET_VERSION="4.15.3";analytics.load("${token(32, 9013)}");analytics.page();}}();</script>`,
    ),
  },
  {
    name: 'sentry browser',
    body: brandedPage(
      `<h1>Error</h1><script src="https://browser.sentry-cdn.com/7.99.0/bundle.tracing.min.js" integrity="sha384-${token(64, 9014, base64Alphabet)}" crossorigin="anonymous"></script><script>Sentry.init({dsn:"https://${sentryKey}@o123456.ingest.sentry.io/4504987654321",release:"web@2.14.0",environment:"production",tracesSampleRate:0.1,integrations:[new Sentry.BrowserTracing()]});</script>`,
    ),
  },
  {
    name: 'stripe pk',
    body: brandedPage(
      `<h1>Payment page unavailable</h1><script src="https://js.stripe.com/v3/"></script><script>const stripe = Stripe('${['pk', '_live_', token(99, 9015)].join('')}');</script>`,
    ),
  },
  {
    name: 'hotjar intercom',
    body: brandedPage(
      `<h1>Error</h1><script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:3456789,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');window.intercomSettings={api_base:"https://api-iam.intercom.io",app_id:"ab12cd34"};</script>`,
    ),
  },
  {
    name: 'recaptcha turnstile',
    body: `<html><head><script src="https://www.google.com/recaptcha/api.js?render=6Lc${token(37, 9029)}"></script><script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script></head><body><h1>Error</h1><div class="cf-turnstile" data-sitekey="0x4AAAAAAA${token(14, 9030)}"></div><div class="g-recaptcha" data-sitekey="6Lc${token(37, 9029)}"></div></body></html>`,
  },
  {
    name: 'algolia mapbox public',
    body: `<html><body><h1>Search unavailable</h1><script>const searchClient = algoliasearch('ABCDEF1234', '${hex(32, 9032)}'); mapboxgl.accessToken = '${['pk', base64url('{"u":"acme","a":"cltabcdef01234567qwertyuio"}'), token(22, 9031)].join('.')}';</script></body></html>`,
  },
  {
    name: 'posthog amplitude mixpanel',
    body: `<html><body><h1>Error</h1><script>!function(t,e){}(document,window.posthog||[]);posthog.init('phc_${token(43, 9033)}',{api_host:'https://eu.posthog.com'});amplitude.getInstance().init("${hex(32, 9034)}");mixpanel.init("${hex(32, 9035)}", {track_pageview: true});</script></body></html>`,
  },
  {
    name: 'datadog rum',
    body: `<html><body><h1>Error</h1><script src="https://www.datadoghq-browser-agent.com/eu1/v5/datadog-rum.js" type="text/javascript"></script><script>window.DD_RUM && window.DD_RUM.init({clientToken: 'pub${hex(32, 9036)}',applicationId: '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',site: 'datadoghq.eu',service: 'web-shop',env: 'prod',version: '2.14.0',sessionSampleRate: 100,trackResources: true});</script></body></html>`,
  },
  {
    name: 'paypal adyen braintree',
    body: `<html><head><script src="https://www.paypal.com/sdk/js?client-id=${token(80, 9037, paypalAlphabet)}&currency=EUR"></script></head><body><h1>Error</h1><script>const checkout = await AdyenCheckout({ clientKey: 'live_${token(32, 9038, upperDigits)}', environment: 'live' }); braintree.client.create({ authorization: 'production_${token(8, 9039, lowerDigits)}_${token(14, 9040, lowerDigits)}' });</script></body></html>`,
  },
  {
    name: 'launchdarkly/optimizely',
    body: `<html><body><h1>Error</h1><script>const ldclient = LDClient.initialize('${hex(24, 9041)}', { key: 'anonymous' });</script><script src="https://cdn.optimizely.com/js/1234567890.js"></script></body></html>`,
  },
  {
    name: 'auth0/okta spa config',
    body: `<html><body><h1>Sign-in unavailable</h1><script>window.authConfig = { domain: 'acme.eu.auth0.com', clientId: '${token(32, 9042)}', audience: 'https://api.acme.com', redirectUri: 'https://app.acme.com/callback' };</script></body></html>`,
  },
  {
    name: 'rollbar snippet',
    body: headPage(
      `<script>var _rollbarConfig = {accessToken: "${hex(32, 9052)}", captureUncaught: true, captureUnhandledRejections: true, payload: {environment: "production"}};</script>`,
    ),
  },
  {
    name: 'bugsnag',
    body: headPage(
      `<script src="//d2wy8f7a9ursnm.cloudfront.net/v7/bugsnag.min.js"></script><script>Bugsnag.start({ apiKey: '${hex(32, 9053)}', releaseStage: 'production', appVersion: '2.14.0' })</script>`,
    ),
  },
  {
    name: 'docsearch',
    body: headPage(
      `<script>docsearch({ container: '#docsearch', appId: 'R2IYF7ETH7', apiKey: '${hex(32, 9054)}', indexName: 'docsearch' });</script>`,
    ),
  },
  {
    name: 'supabase anon',
    body: headPage(
      `<script>const supabase = supabase.createClient('https://xyzcompany.supabase.co', '${[base64url('{"alg":"HS256","typ":"JWT"}'), base64url('{"iss":"supabase","ref":"xyzcompany","role":"anon","iat":1678888888,"exp":1994464888}'), token(43, 9055)].join('.')}')</script>`,
    ),
  },
  {
    name: 'clerk publishable',
    body: headPage(
      `<script async crossorigin="anonymous" data-clerk-publishable-key="${['pk', '_live_', btoa('clerk.acme.com$')].join('')}" src="https://clerk.acme.com/npm/@clerk/clerk-js@4/dist/clerk.browser.js" type="text/javascript"></script>`,
    ),
  },
  {
    name: 'snipcart data-api-key',
    body: headPage(
      `<div hidden id="snipcart" data-api-key="${token(72, 9056)}" data-config-modal-style="side"></div>`,
    ),
  },
  {
    name: 'mapbox static url',
    body: headPage(
      `<img alt="Map of our store" src="https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/-122.4194,37.7749,12/600x400?access_token=${['pk', base64url('{"u":"acme","a":"cltabcdef01234567qwertyuio"}'), token(22, 9057)].join('.')}">`,
    ),
  },
  {
    name: 'freshchat',
    body: headPage(
      `<script>window.fcWidget.init({ token: "${uuid(9058)}", host: "https://wchat.freshchat.com" });</script>`,
    ),
  },
  {
    name: 'shopify storefront token',
    body: headPage(
      `<script>const client = ShopifyBuy.buildClient({ domain: 'acme-store.myshopify.com', storefrontAccessToken: '${hex(32, 9059)}' });</script>`,
    ),
  },
  {
    name: 'CRA env object',
    body: headPage(
      `<script>window._env_ = {"REACT_APP_API_URL":"https://api.acme.com","REACT_APP_ENV":"production","NODE_ENV":"production","PUBLIC_URL":""}</script>`,
    ),
  },
  {
    name: 'vite import.meta.env baked',
    body: headPage(
      `<script>var __vite_env__={"BASE_URL":"/","MODE":"production","DEV":false,"PROD":true,"SSR":false,"VITE_API_URL":"https://api.acme.com"}</script>`,
    ),
  },
  {
    name: 'public api key word',
    body: headPage(
      `<script>window.algoliaConfig = { appId: 'ABCDEF1234', searchApiKey: '${hex(32, 9064)}' }</script>`,
    ),
  },
  {
    name: 'onesignal',
    body: headPage(
      `<script>OneSignal.init({ appId: "3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c", safari_web_id: "web.onesignal.auto.1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d" });</script>`,
    ),
  },
  {
    name: 'pusher key',
    body: headPage(
      `<script>window.Echo = new Echo({ broadcaster: 'pusher', key: '${hex(20, 9065)}', cluster: 'eu', forceTLS: true });</script>`,
    ),
  },
  {
    name: 'launchdarkly clientSideId',
    body: headPage(`<script>window.LD_CONFIG = { clientSideID: '${hex(24, 9066)}' }</script>`),
  },
  {
    name: 'hubspot portal + form',
    body: headPage(
      `<script>hbspt.forms.create({ region: "eu1", portalId: "1234567", formId: "3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c" });</script>`,
    ),
  },
  {
    name: 'gtm server container token',
    body: headPage(
      `<script>gtag('config', 'G-8XK2J4LQ1P', { server_container_url: 'https://sgtm.acme.com', transport_url: 'https://sgtm.acme.com' });</script>`,
    ),
  },
  {
    name: 'honeybadger',
    body: headPage(
      `<script>Honeybadger.configure({ apiKey: 'hbp_${token(36, 9067)}', environment: 'production' });</script>`,
    ),
  },
  {
    name: 'elastic rum',
    body: headPage(
      `<script>elasticApm.init({ serviceName: 'web-shop', serverUrl: 'https://apm.acme.com', serviceVersion: '2.14.0', environment: 'production' })</script>`,
    ),
  },
  {
    name: 'mapbox gl token assign',
    body: headPage(
      `<script>mapboxgl.accessToken = '${['pk', base64url('{"u":"acme","a":"cltabcdef01234567qwertyuio"}'), token(22, 9068)].join('.')}';</script>`,
    ),
  },
  {
    name: 'ga measurement protocol none',
    body: headPage(
      `<script>window.GA_MEASUREMENT_ID = 'G-8XK2J4LQ1P'; window.GOOGLE_ADS_ID = 'AW-123456789';</script>`,
    ),
  },
  {
    name: 'intercom hmac none',
    body: headPage(
      `<script>window.intercomSettings = { app_id: "ab12cd34", user_hash: "" };</script>`,
    ),
  },
  {
    name: 'data-sitekey ids',
    body: page(
      '<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div><h1>Error</h1>',
    ),
  },
  {
    name: 'status page embed',
    body: page('<script src="https://acme.statuspage.io/embed/script.js"></script><h1>Error</h1>'),
  },
  {
    name: 'support widget zendesk',
    body: page(
      `<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=${uuid(9070)}"></script><h1>Error</h1>`,
    ),
  },

  // CSRF tokens, CSP nonces, pagination cursors, OAuth state and forms on error pages.
  {
    name: 'csrf meta + hidden',
    body: brandedPage(
      `<h1>Error</h1><form method="post" action="/support/contact"><input type="hidden" name="authenticity_token" value="${token(56, 9017)}"><input type="hidden" name="_token" value="${token(32, 9018)}"><input type="hidden" name="csrfmiddlewaretoken" value="${token(64, 9016)}"><textarea name="message"></textarea><button>Send</button></form>`,
      `<meta name="csrf-token" content="${token(43, 9019)}"><meta name="csrf-param" content="authenticity_token">`,
    ),
  },
  {
    name: 'nonce csp',
    body: brandedPage(
      `<h1>Error</h1><script nonce="${token(20, 9020)}">document.documentElement.classList.add('js')</script><style nonce="${token(20, 9020)}">.js .no-js-msg{display:none}</style>`,
    ),
    headers: {
      'content-security-policy': `default-src 'self'; script-src 'self' 'nonce-${token(20, 9020)}' https://www.googletagmanager.com; style-src 'self' 'nonce-${token(20, 9020)}'; img-src 'self' data: https:; report-uri https://o123456.ingest.sentry.io/api/4504987654321/security/?sentry_key=${sentryKey}`,
    },
  },
  {
    name: 'aspnet antiforgery header',
    body: headPage(
      `<script>$.ajaxSetup({ headers: { 'RequestVerificationToken': 'CfDJ8${token(66, 9060)}' } });</script>`,
    ),
  },
  {
    name: 'x-csrf-token literal',
    body: headPage(
      `<script>fetch('/api/report', { method: 'POST', headers: { 'X-CSRF-Token': '${token(32, 9061)}' } })</script>`,
    ),
  },
  {
    name: 'antiForgeryToken json',
    body: headPage(
      `<script>window.__APP__ = {"antiForgeryToken":"CfDJ8${token(24, 9062)}","locale":"en"}</script>`,
    ),
  },
  {
    name: 'prevPageToken',
    contentType: 'application/json',
    body: JSON.stringify({
      data: { items: [] },
      prevPageToken: 'CAUQAQ',
      nextPageToken: 'CAoQAA',
      errors: [{ message: 'Internal server error' }],
    }),
  },
  {
    name: 'paginationToken',
    contentType: 'application/json',
    body: JSON.stringify({ error: 'internal', paginationToken: base64url('{"offset":20}') }),
  },
  {
    name: 'recaptcha token field',
    body: headPage(
      `<form><input type="hidden" name="g-recaptcha-response" value=""><input type="hidden" name="cf-turnstile-response" value="0.${token(32, 9063)}"></form>`,
    ),
  },
  {
    name: 'password form on error page',
    body: headPage(
      `<form action="/login" method="post"><label for="password">Password:</label><input id="password" type="password" name="password" autocomplete="current-password" placeholder="Your password"><label>Passwort: <input type="password" name="pass"></label></form>`,
    ),
  },
  {
    name: 'password policy text',
    body: headPage(
      `<p>Password: at least 12 characters. Token: the 6-digit code from your authenticator app.</p><p>Secret question: What was your first pet's name?</p>`,
    ),
  },
  {
    name: 'json with base64 blob',
    contentType: jsonType,
    body: JSON.stringify({
      error: 'internal',
      state: base64url('{"returnTo":"/checkout","nonce":"abc123"}'),
    }),
  },

  // API error shapes: plain JSON, problem+json, GraphQL, gRPC gateway, Twirp, AWS __type,
  // Spring paths that are URL routes, trace ids, and plain-text API answers.
  {
    name: 'simple',
    contentType: jsonUtf8Type,
    body: stringify({
      error: {
        code: 'INTERNAL',
        message: 'An internal error occurred. Please try again later.',
        requestId: '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      },
    }),
  },
  {
    name: 'graphql',
    contentType: jsonUtf8Type,
    body: stringify({
      errors: [
        {
          message: 'Internal server error',
          locations: [{ line: 2, column: 3 }],
          path: ['order', 'items', 0, 'price'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
      data: { order: null },
    }),
  },
  {
    name: 'problem json',
    contentType: problemType,
    body: stringify({
      type: 'https://api.acme.com/problems/internal-error',
      title: 'Internal Server Error',
      status: 500,
      detail:
        'The server encountered an unexpected condition. Quote the instance when contacting support.',
      instance: '/orders/42/errors/3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
    }),
  },
  {
    name: 'problem about:blank',
    contentType: problemType,
    body: stringify({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      traceId: `00-${traceId}-${spanId}-01`,
    }),
  },
  {
    name: 'aspnet style problem',
    contentType: problemType,
    body: stringify({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
      title: 'An error occurred while processing your request.',
      status: 500,
      traceId: `00-${traceId}-${spanId}-01`,
    }),
  },
  {
    name: 'google api style',
    contentType: jsonUtf8Type,
    body: stringify({
      error: {
        code: 500,
        message: 'Internal error encountered.',
        status: 'INTERNAL',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'BACKEND_ERROR',
            domain: 'googleapis.com',
            metadata: { service: 'translate.googleapis.com' },
          },
        ],
      },
    }),
  },
  {
    name: 'stripe style',
    contentType: jsonUtf8Type,
    body: stringify({
      error: {
        type: 'api_error',
        message: 'An unknown error occurred',
        request_log_url: 'https://dashboard.stripe.com/logs/req_8fK2nLq4xPz9Wm',
        doc_url: 'https://stripe.com/docs/error-codes',
      },
    }),
  },
  {
    name: 'aws style',
    contentType: 'application/x-amz-json-1.1',
    body: stringify({
      __type: 'InternalFailure',
      message: 'We encountered an internal error. Please try again.',
    }),
  },
  {
    name: 'jsonapi',
    contentType: 'application/vnd.api+json',
    body: stringify({
      errors: [
        {
          id: '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
          status: '500',
          code: 'internal_error',
          title: 'Internal Server Error',
          detail: 'Something went wrong on our end.',
          links: { about: 'https://docs.acme.com/errors#internal_error' },
        },
      ],
    }),
  },
  {
    name: 'with timestamps',
    contentType: jsonUtf8Type,
    body: stringify({
      timestamp: '2025-03-14T10:32:07.123Z',
      status: 500,
      error: 'Internal Server Error',
      path: '/api/v2/orders/42',
      requestId: '3f1c0d6e',
    }),
  },
  {
    name: 'spring default no trace',
    contentType: jsonUtf8Type,
    body: stringify({
      timestamp: '2025-03-14T10:32:07.123+00:00',
      status: 500,
      error: 'Internal Server Error',
      path: '/api/orders',
    }),
  },
  {
    name: 'fastapi',
    contentType: jsonUtf8Type,
    body: stringify({ detail: 'Internal Server Error' }),
  },
  {
    name: 'express json',
    contentType: jsonUtf8Type,
    body: stringify({ message: 'Internal Server Error', statusCode: 500 }),
  },
  {
    name: 'nest',
    contentType: jsonUtf8Type,
    body: stringify({ statusCode: 500, message: 'Internal server error' }),
  },
  {
    name: 'rails api',
    contentType: jsonUtf8Type,
    body: stringify({ status: 500, error: 'Internal Server Error' }),
  },
  {
    name: 'retryable',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'service_unavailable',
      error_description: 'The service is temporarily unavailable. Retry after 30 seconds.',
      retry_after: 30,
      retryable: true,
    }),
  },
  {
    name: 'oauth style',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'server_error',
      error_description: 'The authorization server encountered an unexpected condition.',
      error_uri: 'https://auth.acme.com/docs/errors#server_error',
      state: 'af0ifjsldkj',
    }),
  },
  {
    name: 'etag-like fields',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'internal',
      etag: 'W/"5e15153d-120f"',
      version: 'v2.14.0',
      build: '2025.03.14-1a2b3c4',
      region: 'eu-west-1',
    }),
  },
  {
    name: 'nested hints',
    contentType: jsonUtf8Type,
    body: stringify({
      error: {
        code: 'PAYMENT_PROVIDER_UNAVAILABLE',
        message: 'Our payment provider is temporarily unavailable. You have not been charged.',
        hint: 'Try again in a few minutes or use another payment method.',
        support: {
          email: 'support@acme.com',
          phone: '+44 20 7946 0958',
          url: 'https://help.acme.com/articles/payment-errors',
        },
      },
    }),
  },
  {
    name: 'correlation',
    contentType: jsonUtf8Type,
    body: stringify({
      code: 'E_INTERNAL',
      message: 'Unexpected error',
      correlationId: '01HQ3Z8K4X5Y6W7V8T9S0R1Q2P',
      traceparent: `00-${traceId}-${spanId}-01`,
      timestamp: 1710412327123,
    }),
  },
  {
    name: 'error with field names',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'Could not process your order',
      fields: { email: 'ok', password: 'ok' },
      hint: 'Your password was not changed.',
    }),
  },
  {
    name: 'password-related',
    contentType: jsonUtf8Type,
    body: stringify({
      error: {
        code: 'RESET_FAILED',
        message: 'We could not reset your password right now. Please try again.',
        passwordPolicy: 'At least 12 characters',
        token: null,
      },
    }),
  },
  {
    name: 'token expired',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'internal_error',
      message: 'Token refresh failed. Please sign in again.',
      token_type: 'Bearer',
      expires_in: 0,
    }),
  },
  {
    name: 'list of services',
    contentType: jsonUtf8Type,
    body: stringify({
      status: 'degraded',
      components: [
        { name: 'api', status: 'operational' },
        { name: 'database', status: 'degraded' },
        { name: 'redis', status: 'operational' },
        { name: 'search', status: 'major_outage' },
      ],
      page: 'https://status.acme.com',
    }),
  },
  {
    name: 'health unhealthy',
    status: 503,
    contentType: jsonUtf8Type,
    body: stringify({
      status: 'fail',
      checks: {
        'postgres:connection': [
          { status: 'fail', output: 'unavailable', time: '2025-03-14T10:32:07Z' },
        ],
        'redis:ping': [{ status: 'pass' }],
      },
    }),
  },
  {
    name: 'grpc-gateway',
    contentType: jsonUtf8Type,
    body: stringify({ code: 13, message: 'internal error', details: [] }),
  },
  {
    name: 'grpc-gateway unavailable',
    status: 503,
    contentType: jsonUtf8Type,
    body: stringify({ code: 14, message: 'service unavailable', details: [] }),
  },
  {
    name: 'twirp',
    contentType: jsonUtf8Type,
    body: stringify({ code: 'internal', msg: 'internal error', meta: { request_id: '3f1c0d6e' } }),
  },
  {
    name: 'hasura',
    contentType: jsonUtf8Type,
    body: stringify({
      errors: [{ extensions: { path: '$', code: 'unexpected' }, message: 'database query error' }],
    }),
  },
  {
    name: 'apollo',
    contentType: jsonUtf8Type,
    body: stringify({
      errors: [
        {
          message: 'Unexpected error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'inventory' },
        },
      ],
    }),
  },
  { name: 'text plain', contentType: 'text/plain; charset=utf-8', body: 'Internal Server Error' },
  {
    name: 'text plain ref',
    contentType: 'text/plain; charset=utf-8',
    body: 'Something went wrong. Reference: 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c\n',
  },
  {
    name: 'upstream error gen',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'upstream_error',
      message: 'A downstream service failed to respond in time.',
      service: 'payments',
      timeoutMs: 5000,
    }),
  },
  {
    name: 'timeout text',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'timeout',
      message: 'The request timed out after 30s. Please try again.',
    }),
  },
  {
    name: 'error with null stack',
    contentType: jsonUtf8Type,
    body: stringify({ message: 'Internal Server Error', stack: null, details: [] }),
  },
  {
    name: 'error with empty stack',
    contentType: jsonUtf8Type,
    body: stringify({ message: 'Internal Server Error', stack: '' }),
  },
  {
    name: 'error type generic',
    contentType: jsonUtf8Type,
    body: stringify({ error: { type: 'InternalServerError', message: 'Internal Server Error' } }),
  },
  {
    name: 'name Error',
    contentType: jsonUtf8Type,
    body: stringify({
      name: 'InternalServerError',
      message: 'An unexpected error occurred',
      status: 500,
    }),
  },
  {
    name: 'http-errors style',
    contentType: jsonUtf8Type,
    body: stringify({
      error: { name: 'HttpError', status: 500, expose: false, message: 'Internal Server Error' },
    }),
  },
  {
    name: 'feathers',
    contentType: jsonUtf8Type,
    body: stringify({
      name: 'GeneralError',
      message: 'Internal Server Error',
      code: 500,
      className: 'general-error',
    }),
  },
  {
    name: 'boom',
    contentType: jsonUtf8Type,
    body: stringify({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'An internal server error occurred',
    }),
  },
  {
    name: 'loopback',
    contentType: jsonUtf8Type,
    body: stringify({
      error: { statusCode: 500, name: 'InternalServerError', message: 'Internal Server Error' },
    }),
  },
  {
    name: 'sails',
    contentType: jsonUtf8Type,
    body: stringify({ code: 'E_INTERNAL_ERROR', problems: ['Something went wrong.'] }),
  },
  {
    name: 'django rest',
    contentType: jsonUtf8Type,
    body: stringify({ detail: 'A server error occurred.' }),
  },
  { name: 'laravel', contentType: jsonUtf8Type, body: stringify({ message: 'Server Error' }) },
  {
    name: 'amount',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'charge_failed',
      amount: 14999,
      currency: 'eur',
      display: '€149,99',
      order: 'ORD-2025-000042',
    }),
  },
  {
    name: 'service version field',
    contentType: jsonUtf8Type,
    body: stringify({ error: 'internal', service: 'orders-api', apiVersion: '2024-06-20' }),
  },
  {
    name: 'ids hex',
    contentType: jsonUtf8Type,
    body: stringify({ error: 'internal', id: hex(24, 9024), span: spanId, trace: traceId }),
  },
  {
    name: 'sentry event id',
    contentType: jsonUtf8Type,
    body: stringify({
      error: 'Internal Server Error',
      sentryEventId: hex(32, 9025),
      message: `The error has been reported (event ${hex(32, 9025)}).`,
    }),
  },
  {
    name: 'spring json path /home',
    contentType: jsonType,
    body: JSON.stringify({
      timestamp: '2025-03-14T10:32:07.123+00:00',
      status: 500,
      error: 'Internal Server Error',
      path: '/home/feed/latest',
    }),
  },
  {
    name: 'spring json path /workspace',
    contentType: jsonType,
    body: JSON.stringify({
      timestamp: '2025-03-14T10:32:07.123+00:00',
      status: 500,
      error: 'Internal Server Error',
      path: '/workspace/acme/boards/42',
    }),
  },
  {
    name: 'spring json path /private',
    contentType: jsonType,
    body: JSON.stringify({
      status: 500,
      error: 'Internal Server Error',
      path: '/private/messages/42',
    }),
  },
  {
    name: 'spring json path /builds',
    contentType: jsonType,
    body: JSON.stringify({
      status: 500,
      error: 'Internal Server Error',
      path: '/builds/1234/logs',
    }),
  },
  {
    name: 'problem instance /users',
    contentType: 'application/problem+json',
    body: JSON.stringify({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      instance: '/Users/42/orders/7',
    }),
  },
  {
    name: 'smithy type',
    contentType: jsonType,
    body: JSON.stringify({
      __type: 'com.acme.orders#InternalServerError',
      message: 'Internal server error',
    }),
  },
  {
    name: 'aws dynamodb-like type',
    contentType: 'application/x-amz-json-1.0',
    body: JSON.stringify({
      __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
      message: 'Internal server error',
    }),
  },
  {
    name: 'aws exception codes',
    contentType: jsonType,
    body: JSON.stringify({
      __type: 'ServiceUnavailableException',
      message: 'Service is unavailable. Try again later.',
    }),
  },
  {
    name: 'aws throttling',
    contentType: jsonType,
    body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }),
  },
  {
    name: 'InternalServerErrorException',
    contentType: jsonType,
    body: JSON.stringify({
      message: 'Internal server error',
      error: 'InternalServerErrorException',
      statusCode: 500,
    }),
  },
  {
    name: 'timeout error code',
    contentType: jsonType,
    body: JSON.stringify({ error: { code: 'TimeoutError', message: 'The operation timed out.' } }),
  },
  {
    name: 'abort error',
    contentType: jsonType,
    body: JSON.stringify({ error: 'RequestTimeout', message: 'Request timed out' }),
  },
  {
    name: 'heroku stack member',
    contentType: jsonType,
    body: JSON.stringify({
      error: { message: 'Internal error' },
      meta: { stack: 'heroku-22', region: 'eu' },
    }),
  },
  {
    name: 'tech stack member',
    contentType: jsonType,
    body: JSON.stringify({ error: 'internal', stack: 'production-eu' }),
  },
  {
    name: 'exception none',
    contentType: jsonType,
    body: JSON.stringify({ error: true, exception: 'none' }),
  },
  {
    name: 'backtrace false',
    contentType: jsonType,
    body: JSON.stringify({ error: 'internal', backtrace: false, traceback: null }),
  },
  {
    name: 'grpc status words',
    contentType: jsonType,
    body: JSON.stringify({
      code: 'UNAVAILABLE',
      message: '14 UNAVAILABLE is returned when the service is down; retry with backoff.',
    }),
  },
  {
    name: 'unexpected token',
    contentType: jsonType,
    body: JSON.stringify({
      error: 'session_error',
      message: 'Unexpected token. Please sign in again.',
    }),
  },
  {
    name: 'google deadline exceeded',
    status: 504,
    contentType: jsonType,
    body: JSON.stringify({
      error: { code: 504, message: 'Deadline exceeded', status: 'DEADLINE_EXCEEDED' },
    }),
  },
  {
    name: 'google unavailable',
    status: 503,
    contentType: jsonType,
    body: JSON.stringify({
      error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' },
    }),
  },

  // Proxy, CDN and platform pages and headers: Cloudflare, CloudFront, Fastly, Akamai, Envoy, …
  {
    name: 'cloudflare-like',
    status: 502,
    headers: { server: 'cloudflare', 'cf-ray': '7d1e2f3a4b5c6d7e-FRA' },
    body: brandedPage(
      `<div id="cf-wrapper"><div id="cf-error-details" class="cf-error-details-wrapper"><h1><span class="cf-error-type">Error</span> <span class="cf-error-code">502</span></h1><h2 class="cf-subheadline">Bad gateway</h2><section><div class="cf-column"><span class="cf-icon-status-block"></span><h3>You</h3><span>Browser</span><span class="cf-status-label">Working</span></div><div class="cf-column"><h3>Frankfurt</h3><span>Cloudflare</span><span class="cf-status-label">Working</span></div><div class="cf-column"><h3>shop.acme.com</h3><span>Host</span><span class="cf-status-label">Error</span></div></section><div class="cf-section"><h2>What happened?</h2><p>The web server reported a bad gateway error.</p><h2>What can I do?</h2><p>Please try again in a few minutes.</p></div><div class="cf-error-footer"><p>Cloudflare Ray ID: <strong>7d1e2f3a4b5c6d7e</strong> • <span>Your IP: <span id="cf-footer-ip">203.0.113.42</span></span> • <span>Performance &amp; security by Cloudflare</span></p></div></div></div>`,
    ),
  },
  {
    name: 'nginx default no version',
    status: 502,
    headers: { server: 'nginx' },
    body: `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
  },
  {
    name: 'cloudfront',
    status: 502,
    headers: {
      server: 'CloudFront',
      'x-cache': 'Error from cloudfront',
      via: `1.1 ${hex(32, 9022)}.cloudfront.net (CloudFront)`,
      'x-amz-cf-pop': 'FRA56-P3',
      'x-amz-cf-id': `${token(53, 9023, base64Alphabet)}==`,
    },
    body: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">\n<TITLE>ERROR: The request could not be satisfied</TITLE>\n</HEAD><BODY>\n<H1>502 ERROR</H1>\n<H2>The request could not be satisfied.</H2>\n<HR noshade size="1px">\nCloudFront wasn't able to connect to the origin.\nWe can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.\n<BR clear="all">\nIf you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.\n<BR clear="all">\n<HR noshade size="1px">\n<PRE>\nGenerated by cloudfront (CloudFront)\nRequest ID: ${token(53, 9023, base64Alphabet)}==\n</PRE>\n<ADDRESS>\n</ADDRESS>\n</BODY></HTML>`,
  },
  {
    name: 'heroku-like',
    status: 503,
    body: brandedPage(
      `<iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe>`,
    ),
  },
  {
    name: 'cloudflare headers',
    status: 502,
    body: basicPage,
    headers: {
      server: 'cloudflare',
      'cf-ray': '7d1e2f3a4b5c6d7e-FRA',
      'cf-cache-status': 'DYNAMIC',
      'report-to': `{"endpoints":[{"url":"https:\\/\\/a.nel.cloudflare.com\\/report\\/v4?s=${token(32, 9043)}%2B${token(34, 9044)}"}],"group":"cf-nel","max_age":604800}`,
      nel: '{"success_fraction":0,"report_to":"cf-nel","max_age":604800}',
      'alt-svc': 'h3=":443"; ma=86400',
    },
  },
  {
    name: 'fastly headers',
    body: basicPage,
    headers: {
      via: '1.1 varnish, 1.1 varnish',
      'x-served-by': 'cache-fra-eddf8230089-FRA, cache-ams21041-AMS',
      'x-cache': 'MISS, MISS',
      'x-cache-hits': '0, 0',
      'x-timer': 'S1710412327.123456,VS0,VE5003',
      'fastly-restarts': '1',
    },
  },
  {
    name: 'akamai',
    body: basicPage,
    headers: {
      server: 'AkamaiGHost',
      'x-akamai-transformed': '9 - 0 pmb=mRUM,3',
      'akamai-grn': '0.1a2b3c4d.1710412327.5f6a7b8c',
    },
  },
  {
    name: 'aws alb/apigw',
    body: basicPage,
    headers: {
      'x-amzn-requestid': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      'x-amzn-errortype': 'InternalServerErrorException',
      'x-amz-apigw-id': `${token(15, 9045, base64Alphabet)}=`,
      'x-amzn-trace-id': `Root=1-65f2c3e1-${traceId.slice(0, 24)};Sampled=0`,
    },
  },
  {
    name: 's3',
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>${token(66, 9046, base64Alphabet)}=</HostId></Error>`,
    contentType: 'application/xml',
    headers: {
      server: 'AmazonS3',
      'x-amz-request-id': '4442587FB7D0A2F9',
      'x-amz-id-2': `${token(66, 9046, base64Alphabet)}=`,
    },
  },
  {
    name: 'azure front door',
    status: 503,
    body: basicPage,
    headers: {
      'x-azure-ref': `20250314T103207Z-${hex(56, 9047)}`,
      'x-cache': 'CONFIG_NOCACHE',
      'x-ms-request-id': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
    },
  },
  {
    name: 'gcp',
    status: 502,
    body: `<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">\n  <title>Error 502 (Server Error)!!1</title>\n  <style>*{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}html{background:#fff;color:#222;padding:15px}body{margin:7% auto 0;max-width:390px;min-height:180px;padding:30px 0 15px}* > body{background:url(//www.google.com/images/errors/robot.png) 100% 5px no-repeat;padding-right:205px}p{margin:11px 0 22px;overflow:hidden}ins{color:#777;text-decoration:none}a img{border:0}@media screen and (max-width:772px){body{background:none;margin-top:0;max-width:none;padding-right:0}}#logo{background:url(//www.google.com/images/branding/googlelogo/1x/googlelogo_color_150x54dp.png) no-repeat;margin-left:-5px}</style>\n  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>\n  <p><b>502.</b> <ins>That’s an error.</ins>\n  <p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.  <ins>That’s all we know.</ins>\n`,
    headers: {
      server: 'Google Frontend',
      'x-cloud-trace-context': `${traceId}/1234567890123456789;o=1`,
      via: '1.1 google',
    },
  },
  {
    name: 'vercel',
    body: basicPage,
    headers: {
      server: 'Vercel',
      'x-vercel-id': 'fra1::iad1::abcde-1710412327123-5f6a7b8c9d0e',
      'x-vercel-cache': 'MISS',
    },
  },
  {
    name: 'netlify',
    body: basicPage,
    headers: { server: 'Netlify', 'x-nf-request-id': '01HQ3Z8K4X5Y6W7V8T9S0R1Q2P' },
  },
  { name: 'heroku', status: 503, body: basicPage, headers: { server: 'Cowboy', via: '1.1 vegur' } },
  {
    name: 'envoy',
    status: 503,
    contentType: 'text/plain',
    body: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    headers: { server: 'envoy', 'x-envoy-upstream-service-time': '3' },
  },
  {
    name: 'envoy no healthy',
    status: 503,
    contentType: 'text/plain',
    body: 'no healthy upstream',
    headers: { server: 'istio-envoy' },
  },
  {
    name: 'traefik',
    status: 502,
    contentType: 'text/plain; charset=utf-8',
    body: 'Bad Gateway',
    headers: {},
  },
  {
    name: 'haproxy',
    status: 503,
    body: '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n',
  },
  {
    name: 'haproxy 504',
    status: 504,
    body: "<html><body><h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n</body></html>\n",
  },
  {
    name: 'apache default no version',
    body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>500 Internal Server Error</title>\n</head><body>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error or\nmisconfiguration and was unable to complete\nyour request.</p>\n<p>Please contact the server administrator at \n webmaster@acme.com to inform them of the time this error occurred,\n and the actions you performed just before this error.</p>\n<p>More information about this error may be available\nin the server error log.</p>\n</body></html>\n',
    headers: { server: 'Apache' },
  },
  {
    name: 'iis generic',
    body: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\r\n<title>500 - Internal server error.</title>\r\n<style type="text/css">\r\n<!--\r\nbody{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}\r\nfieldset{padding:0 15px 10px 15px;} \r\nh1{font-size:2.4em;margin:0;color:#FFF;}\r\nh2{font-size:1.7em;margin:0;color:#CC0000;} \r\nh3{font-size:1.2em;margin:10px 0 0 0;color:#000000;} \r\n#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;\r\nbackground-color:#555555;}\r\n#content{margin:0 0 0 2%;position:relative;}\r\n.content-container{background:#FFF;width:96%;margin-top:8px;padding:10px;position:relative;}\r\n-->\r\n</style>\r\n</head>\r\n<body>\r\n<div id="header"><h1>Server Error</h1></div>\r\n<div id="content">\r\n <div class="content-container"><fieldset>\r\n  <h2>500 - Internal server error.</h2>\r\n  <h3>There is a problem with the resource you are looking for, and it cannot be displayed.</h3>\r\n </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n',
  },
  {
    name: 'varnish guru',
    status: 503,
    body: '<!DOCTYPE html>\n<html>\n  <head>\n    <title>503 Backend fetch failed</title>\n  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n    <p>Backend fetch failed</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: 98765432</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n',
  },
  {
    name: 'link preload header',
    body: basicPage,
    headers: {
      link: '</_next/static/css/9a0f6ee5b1f3c2d4.css>; rel=preload; as=style, </assets/index-4f3a2b1c.js>; rel=modulepreload, <https://fonts.gstatic.com>; rel=preconnect; crossorigin, </app/main.js>; rel=preload; as=script, </build/entry.client-ABCD1234.js>; rel=modulepreload',
    },
  },
  {
    name: 'misc headers',
    body: basicPage,
    headers: {
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'geolocation=(), camera=()',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-permitted-cross-domain-policies': 'none',
      'origin-agent-cluster': '?1',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '1710412387',
      'server-timing': 'db;dur=53.2, app;dur=47.2, cdn-cache;desc=MISS',
      'x-robots-tag': 'noindex',
      'content-language': 'en-US',
    },
  },
  {
    name: 'github-like',
    body: basicPage,
    headers: { server: 'GitHub.com', 'x-github-request-id': 'C0DE:1A2B:3C4D5E:6F7081:65F2C3E1' },
  },
  {
    name: 'shopify/ecs',
    body: basicPage,
    headers: {
      server: 'ECAcc (nyd/D12F)',
      'x-sorting-hat-podid': '123',
      'x-shopid': '12345678',
      'x-dc': 'gcp-europe-west1,gcp-us-east1',
    },
  },
  {
    name: 'via version-like',
    body: basicPage,
    headers: { via: `1.1 ${hex(32, 9048)}.cloudfront.net (CloudFront), 2.0 edge-proxy` },
  },
  {
    name: 'openresty plain',
    status: 502,
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>openresty</center>\r\n</body>\r\n</html>\r\n',
    headers: { server: 'openresty' },
  },
  {
    name: 'kong no version',
    status: 502,
    contentType: 'application/json; charset=utf-8',
    body: `{\n  "message":"An invalid response was received from the upstream server",\n  "request_id":"${hex(24, 9049)}"\n}`,
    headers: { 'x-kong-upstream-latency': '5003', 'x-kong-proxy-latency': '1' },
  },
  {
    name: 'tyk apigee',
    status: 502,
    contentType: 'application/json',
    body: '{"fault":{"faultstring":"Unexpected EOF at target","detail":{"errorcode":"messaging.adaptors.http.flow.UnexpectedEOFAtTarget"}}}',
  },
  {
    name: 'azure apim',
    status: 500,
    contentType: 'application/json',
    body: '{ "statusCode": 500, "message": "Internal server error", "activityId": "3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c" }',
  },
  {
    name: 'set-cookie session',
    body: basicPage,
    headers: {
      'set-cookie': `__Host-session=${token(32, 9050)}; Path=/; Secure; HttpOnly; SameSite=Lax`,
    },
  },
  {
    name: 'vary/etag',
    body: basicPage,
    headers: {
      etag: 'W/"5e15153d-120f"',
      vary: 'Accept-Encoding, Accept-Language',
      'last-modified': 'Fri, 14 Mar 2025 10:32:07 GMT',
      'content-language': 'de',
    },
  },
  {
    name: 'www-authenticate',
    body: basicPage,
    headers: { 'www-authenticate': 'Bearer realm="api.acme.com", error="server_error"' },
  },
  {
    name: 'x-cache-status nginx',
    body: basicPage,
    headers: { 'x-cache-status': 'BYPASS', 'x-proxy-cache': 'MISS', 'x-upstream-status': '500' },
  },
  {
    name: 'x-served-by region',
    body: basicPage,
    headers: {
      'x-served-by': 'web-eu-west-1',
      'x-region': 'eu-west-1',
      'x-edge-location': 'FRA56',
    },
  },
  {
    name: 'gcs',
    contentType: 'application/xml; charset=UTF-8',
    body: "<?xml version='1.0' encoding='UTF-8'?><Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>",
    headers: { server: 'UploadServer', 'x-guploader-uploadid': token(74, 9051) },
  },
  { name: 'server gws', body: basicPage, headers: { server: 'gws' } },
  { name: 'server ESF', body: basicPage, headers: { server: 'ESF' } },
  { name: 'server Kestrel', body: basicPage, headers: { server: 'Kestrel' } },
  {
    name: 'cloudflare 520 real-ish',
    status: 502,
    body: `<!DOCTYPE html>\n<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->\n<head>\n<title>shop.acme.com | 520: Web server is returning an unknown error</title>\n<meta charset="UTF-8" />\n<meta http-equiv="X-UA-Compatible" content="IE=Edge" />\n<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css" />\n<!--[if lt IE 9]><link rel="stylesheet" id='cf_styles-ie-css' href="/cdn-cgi/styles/cf.errors.ie.css" /><![endif]-->\n<style>body{margin:0;padding:0}</style>\n<script>\n  if (!navigator.cookieEnabled) {\n    window.addEventListener('DOMContentLoaded', function () {\n      var cookieEl = document.getElementById('cookie-alert');\n      cookieEl.style.display = 'block';\n    })\n  }\n</script>\n</head>\n<body>\n<div id="cf-wrapper">\n<div id="cf-error-details" class="p-0">\n<header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">\n<h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2">\n<span class="inline-block">Web server is returning an unknown error</span>\n<span class="code-label">Error code 520</span>\n</h1>\n<div>\nVisit <a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_520&utm_campaign=shop.acme.com" target="_blank" rel="noopener noreferrer">cloudflare.com</a> for more information.\n</div>\n<div class="mt-3">2025-03-14 10:32:07 UTC</div>\n</header>\n<div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">\n<p class="text-13">\n<span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">7d1e2f3a4b5c6d7e</strong></span>\n<span class="cf-footer-separator sm:hidden">&bull;</span>\n<span id="cf-footer-item-ip" class="cf-footer-item hidden sm:block sm:mb-1">\nYour IP:\n<button type="button" id="cf-footer-ip-reveal" class="cf-footer-ip-reveal-btn">Click to reveal</button>\n<span class="hidden" id="cf-footer-ip">2a02:8108:1234:5600:a1b2:c3d4:e5f6:7890</span>\n<span class="cf-footer-separator sm:hidden">&bull;</span>\n</span>\n<span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_520&utm_campaign=shop.acme.com" id="brand_link" target="_blank">Cloudflare</a></span>\n</p>\n<script>(function(){function d(){var b=a.getElementById("cf-footer-item-ip"),c=a.getElementById("cf-footer-ip-reveal");b&&"classList"in b&&(b.classList.remove("hidden"),c.addEventListener("click",function(){c.classList.add("hidden");a.getElementById("cf-footer-ip").classList.remove("hidden")}))}var a=document;document.addEventListener&&a.addEventListener("DOMContentLoaded",d)})();</script>\n</div>\n</div>\n</div>\n</body>\n</html>\n`,
  },
  {
    name: 'cloudflare 1020 style',
    status: 500,
    body: page(
      '<h1>Error 1020</h1><p>Access denied. This website is using a security service to protect itself from online attacks.</p><p>Ray ID: 7d1e2f3a4b5c6d7e • 2025-03-14 10:32:07 UTC</p>',
    ),
  },
  {
    name: 'Cloudflare Web Analytics beacon',
    body: page(
      `<h1>Something went wrong</h1><p>Please try again later.</p><!-- Cloudflare Web Analytics --><script defer src='https://static.cloudflareinsights.com/beacon.min.js' data-cf-beacon='{"token": "${hex(32, 9070)}"}'></script><!-- End Cloudflare Web Analytics -->`,
    ),
  },
  {
    name: 'SPA shell with translated password and token labels',
    body: langPage(
      '<div id="app"></div><script>window.__I18N__={"de":{"errors":{"internal":{"title":"Interner Serverfehler"}},"auth":{"password":"Passwort","token":"Zugangstoken","apiKey":"API-Schlüssel","secret":"Geheimnis"}},"ja":{"password":"パスワード","token":"アクセストークン"},"ru":{"password":"Пароль"},"es":{"password":"Contraseña"},"zh":{"password":"密码"},"ar":{"token":"الرمز"},"pl":{"password":"Hasło"},"tr":{"password":"Şifre"}}</script>',
      'de',
    ),
  },
  {
    name: 'store locator with the Maps JavaScript API loader',
    body: page(
      `<h1>Our shop is taking a break</h1><p>Find us in person instead:</p><div id="map"></div><script async src="https://maps.googleapis.com/maps/api/js?key=${['AI', 'za', token(35, 9071)].join('')}&callback=initMap&v=weekly"></script>`,
    ),
  },
  {
    name: 'window config with a Stripe publishable key and an Algolia search key',
    body: page(
      `<div id="app"></div><script>window.__CONFIG__={"env":"production","stripe":{"apiKey":"${['pk_', 'live_', token(24, 9072)].join('')}"},"algolia":{"appId":"R2IYF7ETH7","ALGOLIA_SEARCH_API_KEY":"${hex(32, 9073)}","indexName":"products_de"}}</script>`,
    ),
  },
  {
    name: 'minified script and stylesheet with .internal and .local members',
    body: page(
      '<div id="app"></div><script>!function(){"use strict";var e={local:!0},t={};t.internal=!1;function n(r){return r.local?"local":r.internal?"internal":"external"}window.linkKind=n;e.local&&document.documentElement.classList.add("js")}();</script>',
      '<style>a.external{padding-right:13px}a.internal{color:#36c}span.local {font-style:italic}</style>',
    ),
  },
  {
    name: 'error codes and message keys ending in .internal',
    contentType: jsonType,
    body: stringify({
      error: { code: 'server.internal', message: 'Something went wrong on our side.' },
      i18nKey: 'api.internal',
      messages: {
        'page.error.internal': 'Interner Serverfehler',
        'delivery.local': 'Click & Collect',
      },
    }),
  },
  {
    name: 'chart docs with Helm values naming existing Secrets',
    body: page(
      '<h1>Chart repository unavailable</h1><p>Recommended values:</p><pre><code>postgresql:\n  auth:\n    existingSecret: acme-db\n    secretKeys:\n      adminPasswordKey: postgres-password\nmongodb:\n  auth:\n    passwordSecret: mongodb-credentials\n</code></pre>',
    ),
  },
  {
    name: 'ASP.NET Runtime Error page for remote visitors',
    body: '<!DOCTYPE html>\r\n<html>\r\n    <head>\r\n        <title>Runtime Error</title>\r\n    </head>\r\n    <body bgcolor="white">\r\n            <span><H1>Server Error in \'/\' Application.<hr width=100% size=1 color=silver></H1>\r\n\r\n            <h2> <i>Runtime Error</i> </h2></span>\r\n            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">\r\n            <b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons). It could, however, be viewed by browsers running on the local server machine.\r\n            <br><br>\r\n            <b>Details:</b> To enable the details of this specific error message to be viewable on remote machines, please create a &lt;customErrors&gt; tag within a &quot;web.config&quot; configuration file located in the root directory of the current web application. This &lt;customErrors&gt; tag should then have its &quot;mode&quot; attribute set to &quot;Off&quot;.<br><br>\r\n            <table width=100% bgcolor="#ffffcc">\r\n               <tr>\r\n                  <td>\r\n                      <code><pre>\r\n\r\n&lt;!-- Web.Config Configuration File --&gt;\r\n\r\n&lt;configuration&gt;\r\n    &lt;system.web&gt;\r\n        &lt;customErrors mode=&quot;Off&quot;/&gt;\r\n    &lt;/system.web&gt;\r\n&lt;/configuration&gt;</pre></code>\r\n                  </td>\r\n               </tr>\r\n            </table>\r\n    </body>\r\n</html>\r\n',
  },
  {
    name: 'workspace JSON listing recent Dart files with their times',
    contentType: jsonType,
    body: stringify({
      error: 'workspace_unavailable',
      message: 'Your workspace is starting. Try again shortly.',
      recent: ['main.dart 10:42 AM', 'pubspec.yaml 10:40 AM', 'README.md Yesterday'],
    }),
  },
  {
    name: 'plain text headed Unhandled exception with a notice only',
    contentType: textType,
    body: 'Unhandled exception:\nOur team has been notified and is looking into it.\nPlease try again in a few minutes.\n',
  },
  {
    name: 'health check naming database connections by type',
    status: 503,
    contentType: jsonType,
    body: stringify({
      status: 'degraded',
      connections: { mysql: { driver: 'ok', latency_ms: 4 }, redis: { driver: 'timeout' } },
    }),
  },
  {
    name: 'integration help with service account placeholders',
    status: 502,
    body: page(
      "<h1>We couldn't read your Google Sheet</h1><p>Share it with the service account, which looks like <code>name@project.iam.gserviceaccount.com</code> (Cloud Build uses <code>123456789012-compute@developer.gserviceaccount.com</code>). Pods run as <code>system:serviceaccount:default:default</code> unless you give them one.</p>",
    ),
  },
  {
    name: 'SFTP help naming the OpenSSH key header and a Node.js major',
    status: 502,
    body: page(
      "<h1>We couldn't connect to your SFTP server</h1><p>Paste your private key in OpenSSH format. It must begin with <code>-----BEGIN OPENSSH PRIVATE KEY-----</code>; PuTTY keys (.ppk) must be converted first. The CLI requires Node.js v18 or later.</p>",
    ),
  },
  {
    name: 'Apache mod_proxy error without signature',
    status: 502,
    contentType: 'text/html; charset=iso-8859-1',
    headers: { server: 'Apache' },
    body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n<p>The proxy server received an invalid\r\nresponse from an upstream server.<br />\r\nThe proxy server could not handle the request<p>Reason: <strong>Error reading from remote server</strong></p></p>\n</body></html>\n',
  },
  {
    name: 'Lambda error with a type and message the app chose',
    status: 503,
    contentType: 'application/json; charset=utf-8',
    headers: {
      'x-amzn-requestid': '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
      'x-amz-apigw-id': 'Ue3kXH2LoAMEbXw=',
      'x-amzn-trace-id': 'Root=1-65f2c1a7-3f1c0d6e8f2a4a7e9c1b2d3e',
    },
    body: '{"errorType":"UpstreamUnavailable","errorMessage":"Pricing is temporarily unavailable, please retry."}',
  },
  {
    name: 'GitLab Helm chart docs: password.secret / password.key (secret object names)',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><h2>External PostgreSQL</h2><pre><code>global:\n  psql:\n    host: psql.example.com\n    database: gitlabhq_production\n    username: gitlab\n    password:\n      secret: gitlab-postgresql-password\n      key: postgres-password\n</code></pre><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'GitLab Helm chart docs: gitaly authToken secret name',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><pre><code>global:\n  gitaly:\n    enabled: false\n    authToken:\n      secret: gitaly-secret\n      key: token\n</code></pre><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'LiteLLM proxy config in AI gateway error page (os.environ/ references)',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Model not found | Northwind AI Gateway</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Gateway misconfigured</h1><p>No model deployment matched <code>gpt-4o</code>. Add one to <code>config.yaml</code> and restart the proxy:</p><pre><code>model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: os.environ/AZURE_API_BASE\n      api_key: os.environ/AZURE_API_KEY\n</code></pre>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'LiteLLM config with quoted os.environ/ value (markdown body)',
    status: 503,
    contentType: 'text/markdown; charset=utf-8',
    body: '# Upstream unavailable\n\nNo healthy deployment for `claude-sonnet`. Check that the key is set in your proxy config:\n\n```yaml\nmodel_list:\n  - model_name: claude-sonnet\n    litellm_params:\n      model: anthropic/claude-sonnet-4\n      api_key: "os.environ/ANTHROPIC_API_KEY"\n```\n\nRequest ID: 3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c\n',
  },
  {
    name: 'Terraform snippet: token from a data source with a digit in its name',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><pre><code>provider "kubernetes" {\n  host  = module.k8s_cluster.endpoint\n  token = data.google_client_config.k8s.access_token\n}\nresource "aws_db_instance" "orders" {\n  password = random_password.postgres16.result\n}\n</code></pre><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'Laravel translations (lowercase ASCII validation attributes: pt/nl/da/fi/cs)',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Something went wrong | Northwind</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="app"></div><script>window.translations={"pt_BR":{"validation":{"attributes":{"password":"senha","email":"e-mail"}}},"nl":{"validation":{"attributes":{"password":"wachtwoord"}}},"da":{"validation":{"attributes":{"password":"adgangskode"}}},"fi":{"validation":{"attributes":{"password":"salasana"}}},"cs":{"validation":{"attributes":{"password":"heslo","token":"token"}}}}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'AI playground state: tokenizer output with logprobs',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Playground error | Northwind AI</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="root"></div><script>window.__PLAYGROUND__={"lastRun":{"tokens":[{"token":"Hello","logprob":-0.01},{"token":"world","logprob":-0.42},{"token":"again","logprob":-1.7}]}}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'Cloud console state: encryption key mode (customer-managed)',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Console error | Northwind Cloud</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="console"></div><script>window.__BOOT__={"bucket":{"name":"invoices","region":"eu-central","encryptionKey":"customer-managed","versioning":true}}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'API error JSON with field error codes (password: TOO_SHORT)',
    contentType: 'application/json; charset=utf-8',
    body: '{"error":{"code":"SIGNUP_FAILED","message":"We could not create your account.","fields":{"password":"TOO_SHORT","email":"ALREADY_TAKEN"}},"requestId":"3f1c0d6e"}',
  },
  {
    name: 'help text: GitLab placeholder host under .internal.yourcompany.com',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><p>Enter the URL of your self-managed instance, for example <code>https://gitlab.internal.yourcompany.com</code>, and allow our egress IPs.</p><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'LDAP settings help with ldap.intranet.company.com placeholder',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Something went wrong | Northwind</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Directory sync failed</h1><p>Check the server field. It should look like <code>ldaps://ldap.intranet.company.com:636</code>.</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'GCE docs placeholder VM_NAME.ZONE.c.PROJECT_ID.internal',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><p>Inside the VPC, reach the VM at <code>VM_NAME.ZONE.c.PROJECT_ID.internal</code>.</p><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'Javadoc/Dokka package list with *.internal packages',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><nav class="packages"><ul><li><a href="/api/io.northwind.sdk/">io.northwind.sdk</a></li><li><a href="/api/io.northwind.sdk.http/">io.northwind.sdk.http</a></li><li><a href="/api/io.northwind.sdk.internal/">io.northwind.sdk.internal</a></li></ul></nav><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'SDK changelog: classes moved out of com.northwind.client.internal',
    contentType: 'text/markdown; charset=utf-8',
    body: '# 503 — changelog temporarily unavailable\n\nCached excerpt:\n\n## 4.0.0\n- Breaking: classes in com.northwind.client.internal are no longer exported.\n- kotlinx.coroutines.internal is no longer used.\n',
  },
  {
    name: 'i18next data-i18n attributes with nav.intranet / delivery.local keys',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Something went wrong | Northwind</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1 data-i18n="page500.title">Something went wrong</h1><nav><a href="/intranet" data-i18n="nav.intranet">Intranet</a><a href="/stores" data-i18n="checkout.pickup.local">Pick up locally</a></nav>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'inline script translating a message key with t("…")',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Something went wrong | Northwind</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="toast"></div><script>document.getElementById(\'toast\').textContent = i18n.t("checkout.pickup.local") + \' · \' + i18n.t(\'payments.internal\');</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'API error JSON: dotted code under "error" member',
    contentType: 'application/json; charset=utf-8',
    body: '{"error":"payments.internal","message":"We could not process the payment. Please try again.","requestId":"3f1c0d6e"}',
  },
  {
    name: 'problem+json with errorId / i18n / translation members holding keys',
    contentType: 'application/problem+json',
    body: '{"type":"about:blank","title":"Internal Server Error","status":500,"errorId":"checkout.internal","i18n":"orders.pickup.local","translation":"orders.local"}',
  },
  {
    name: 'CSV import error report: "trace" steps with uploads/ path and line',
    contentType: 'application/json; charset=utf-8',
    body: '{"error":"Import failed","importId":"imp_7Q2xk","trace":[{"step":"upload","status":"ok"},{"step":"parse","file":"uploads/2025/06/customers.csv","line":17,"reason":"Invalid date in column signup_date"}]}',
  },
  {
    name: 'picture-frame shop state: "frames" with image path and product line',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Frames | Northwind Prints</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="app"></div><script>window.__STATE__={"frames":[{"sku":"FR-OAK-3040","file":"/img/frames/oak-30x40.jpg","line":2,"name":"Oak 30×40"},{"sku":"FR-BLK-5070","file":"/img/frames/black-50x70.jpg","line":1}]}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'video editor timeline "stackFrames" with media clips',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Editor | Northwind Video</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="timeline"></div><script>window.__PROJECT__={"stackFrames":[{"file":"media/intro.mp4","line":1,"in":0,"out":4.2},{"file":"media/b-roll/city.mov","line":2,"in":1.5,"out":9}]}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'page builder "frames" with CSS class member',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Something went wrong | Northwind</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="page"></div><script>window.__BLOCKS__={"frames":[{"file":"hero.webp","line":1,"class":"rounded shadow-lg"},{"file":"team.webp","line":2,"class":"grayscale"}]}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'ERP tenant state with "contextCode" business codes',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>ERP | Northwind</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="erp"></div><script>window.__TENANT__={"tenant":"northwind-de","contextCode":["RETAIL_DE","B2B_EU"],"currency":"EUR"}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'legal research citations with "context_line"',
    contentType: 'application/json; charset=utf-8',
    body: '{"error":"Export failed, please retry.","partial":{"citations":[{"case":"Smith v. Jones","page":14,"context_line":"The court held that the contract was void for uncertainty."}]}}',
  },
  {
    name: 'spreadsheet import mapping error: column customer.email does not exist',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Something went wrong | Northwind</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Import stopped</h1><p>The mapping refers to column customer.email does not exist in the uploaded sheet. Go back to step 2 and map it to an existing column.</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'no-code formula builder: column line_items.sku does not exist',
    contentType: 'application/json; charset=utf-8',
    body: '{"error":"FORMULA_INVALID","message":"The formula uses a field that was deleted: column line_items.sku does not exist in this table.","help":"https://help.northwind.io/formulas"}',
  },
  {
    name: 'health JSON listing connections by driver name and state',
    status: 503,
    contentType: 'application/json; charset=utf-8',
    body: '{"status":"fail","connections":{"mysql":{"driver":"mysql","healthy":false,"latency_ms":null},"redis":{"driver":"redis","healthy":true,"latency_ms":1}},"checkedAt":"2025-06-01T10:00:00Z"}',
  },
  {
    name: 'self-hosted app installer: supported database drivers',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Setup | Northwind Invoices</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="installer"></div><script>window.__INSTALLER__={"step":"database","connections":{"sqlite":{"driver":"sqlite","label":"SQLite (single user)"},"mysql":{"driver":"mysql","label":"MySQL / MariaDB"},"pgsql":{"driver":"pgsql","label":"PostgreSQL"}}}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'DBaaS markdown error: "## Connection details\\n\\n### Params" section',
    status: 503,
    contentType: 'text/markdown; charset=utf-8',
    body: '# Branch suspended\n\nYour branch `main` was suspended after 5 minutes of inactivity. It resumes on the next query.\n\n## Connection details\n\n### Params\n\nUse the host, database and role shown in the dashboard under **Connect**.\n\nRequest ID: 3f1c0d6e\n',
  },
  {
    name: 'online Dart IDE 503 with <pre> "recent files" listing (file time  who)',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Restarting | Northwind Pad</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Workspace is restarting</h1><p>Your recent files are safe:</p><pre>\nlib/main.dart 10:42  edited by Alice\nlib/cart.dart 10:40  edited by Alice\npubspec.yaml 09:58  edited by Bo\n</pre>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'ticket wallet: boarding_pass / pass_type members',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Wallet | Northwind Air</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<div id="wallet"></div><script>window.__WALLET__={"items":[{"boarding_pass":"NW-4821-12C","gate":"B12"},{"pass_type":"eventTicket"}]}</script>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'OAuth error JSON from a public IdP with token kind names',
    contentType: 'application/json; charset=utf-8',
    body: '{"error":"temporarily_unavailable","error_description":"The authorization server is undergoing maintenance.","token":"refresh","grant":"authorization_code"}',
  },
  {
    name: 'Helm values with camelCase *Secret keys holding names (mixed case)',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><pre><code>oauth2Proxy:\n  clientSecret: oauth2-proxy-client\n  cookieSecret: oauth2-proxy-cookie\nsmtp:\n  existing_secret: smtp-credentials\n</code></pre><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'External Secrets with indented (non-list) secretKey line',
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Service unavailable | Northwind Docs</title>\n<link rel="stylesheet" href="https://cdn.northwind-static.io/css/app.41f0d2.css">\n\n</head>\n<body class="error-page">\n<header class="site-header"><a href="/" class="logo">Northwind</a></header>\n<main class="container">\n<h1>Docs are temporarily unavailable</h1><p>We are restoring the documentation server. Here is the page you asked for from our cache:</p><pre><code>spec:\n  data:\n    secretKey: db-password\n  refreshInterval: 1h\n</code></pre><p class="ref">Reference 3f1c0d6e</p>\n</main>\n<footer class="site-footer"><nav><a href="/help">Help</a> · <a href="https://status.northwind.io">Status</a> · <a href="/legal/privacy">Privacy</a></nav><p>© 2025 Northwind Labs</p></footer>\n</body>\n</html>\n',
  },
  {
    name: 'GitHub unicorn 502 "We had issues producing the response to your request."',
    status: 502,
    contentType: 'text/html; charset=utf-8',
    headers: {
      server: 'GitHub.com',
      'x-github-request-id': 'D139:2FAB9E:11C74B2:43DB60F:6A0F6D0B',
      'content-security-policy':
        "default-src 'none'; base-uri 'self'; connect-src 'self'; form-action 'self'; img-src 'self' data:; script-src 'self'; style-src 'unsafe-inline'",
      'strict-transport-security': 'max-age=31536000; includeSubdomains; preload',
      'x-frame-options': 'deny',
      vary: 'Accept-Encoding, Accept, X-Requested-With',
    },
    body: '<!DOCTYPE html>\n<!--\n\nHello future GitHubber! I bet you\'re here to remove those nasty inline styles,\nDRY up these templates and make \'em nice and re-usable, right?\n\nPlease, don\'t. https://github.com/styleguide/templates/2.0\n\n-->\n<html>\n  <head>\n    <title>Unicorn! &middot; GitHub</title>\n    <style type="text/css" media="screen">\n      body {\n        background-color: #f1f1f1;\n        margin: 0;\n        font-family: "Helvetica Neue", Helvetica, Arial, sans-serif;\n      }\n\n      .container { margin: 50px auto 40px auto; width: 600px; text-align: center; }\n\n      a { color: #4183c4; text-decoration: none; }\n      a:hover { text-decoration: underline; }\n\n      h1 { letter-spacing: -1px; line-height: 60px; font-size: 60px; font-weight: 100; margin: 0px; text-shadow: 0 1px 0 #fff; }\n      p { color: rgba(0, 0, 0, 0.5); margin: 10px 0 10px; font-size: 18px; font-weight: 200; line-height: 1.6em;}\n\n      ul { list-style: none; margin: 25px 0; padding: 0; }\n      li { display: table-cell; font-weight: bold; width: 1%; }\n\n      .logo { display: inline-block; margin-top: 35px; }\n      .logo-img-2x { display: none; }\n      @media\n      only screen and (-webkit-min-device-pixel-ratio: 2),\n      only screen and (   min--moz-device-pixel-ratio: 2),\n      only screen and (     -o-min-device-pixel-ratio: 2/1),\n      only screen and (        min-device-pixel-ratio: 2),\n      only screen and (                min-resolution: 192dpi),\n      only screen and (                min-resolution: 2dppx) {\n        .logo-img-1x { display: none; }\n        .logo-img-2x { display: inline-block; }\n      }\n\n      #suggestions {\n        margin-top: 35px;\n        color: #ccc;\n      }\n      #suggestions a {\n        color: #666666;\n        font-weight: 200;\n        font-size: 14px;\n        margin: 0 10px;\n      }\n\n    </style>\n  </head>\n  <body>\n\n    <div class="container">\n      <p>\n        <img width="200" src="data:image/png;base64,\niVBORw0KGgoAAAANSUhEUgAAAZAAAAGZCAMAAACQbpc2AAADAFBMVEWEBz6FAD6FAD6GAD+MAEGOAEOKAEGOAEOGAD+IAECOAEOOAUOOAEOOZm7/vQCVCLF5dXnl1TABpKzQ6DPdKHojWwz/z2kWK5IGTOhOSKF8UP1aoZ+XeHS3Bqk6TPFNNMBzTN4y5c+94xylu/f+Z7USSqDIJxcSEcnaXskqihjdNKiJEPpqz7nNAKLBL2i9nCzRVDcOFxq0Lx7gigUykfC/Fhx8T1OluUcwHqY1ZlOaq+3AAKZvk/dCYHvSXHYjRsbRj6R4YTEmiKOCWlw5r0xswU9aQC5PIhnKiJ+v4VHxqr39cKPnwV2VHhRu3AoAKL4z8xYxzCMT87rKKPxSt6jXTFmkCXePRCHmpJWY/zNjPRgBXOLSZ7wIOYyUqhSUUfM5iqw5W+C6aFR69eX+rwWAuytXn28mK4+Fdqfvu9iwXv0MzXNvdyMZsrPGxsVetnVhSjaQAHlc8nBQwSk9lYKpBbR2AdVUzDJm7sa1F0EXDGwdtlU/86JIjbrCMfzfWkUsPdX2zc25ij7NjqWPbwBQLCUAMMnYMjrKGOHqDY0ZSWX1I4hC4SpXxoEI67qXOWIaYXkqt+1QL3+wVnuzM552Nl00NFz0UXjy8RmOpox2FfoUDQ04P7qEXSba8A7GX9yqsTEtvthj5kL6IJsq5yzbHFyTBG5mNgwbe12g2l9udgi6dsNhC1NQUYw2SulrvYTdMP1/4p8wpqis6QP0icv+4iOdpQ4u1+TIs54hsPWAXaGnXNr8RAR7q7De8EqHXpoz4M4fJxE4eIDDr7ZRH4sgh7HREixOMwL3mesRJm9t2NTawzPK8b4FX7TP6DIaOu0svJNOiG56XAuCdLIAnDrBCSfwU+kEU4apLkSwOpx145LUqd5LCIAtcYhMLr/kVn1HyI0MDod3TQinOAcCDAshblU6XiRRLU+ecLp97Z0YedsVDNp+kEq05RtTw7RktWsGBHsZsWuvT4gz/aXXbtv/s0mvOP31yF4WZTz5P2EVo63c8BeliS1atn3mp18bT5ZncH21cStiW6omwY3/vL0c0BXP4FYwJKIQC7ukLAiuWQrqU5Z+7xjf5a+C1XBJKR8qCHSfUaaQeU5Ah895+a640KlZXDyBPltNWEa+v2OhneK/N3aJwgyCdqDqVhguQeUR1J/YUu14pHUARDpGJaCTsQROpKFpFUoNWu5G7aHucmSbl5hIBgjEZWGcJVZJmfiazL/gcQ9b4T5nBw6mQKMsbTbuvaTorY5QC4J9uqOX1mE9dAt5uw1lsfHZRxrcMVmG8OQ2r+z5L3o1xCyZTrXFDSC4oza9BwgVZjLjKmjaxffn1M/d3SpkXFFht2XkCAfVSRycC5XRh0hqg4PeR9kciPHtWUbpHdcddv+4MQG4SQlXsdX0bEADaIB0ckdkHgPGzWnQhBol7KjFQTR2M/zx4IqN3+Ws8gvoMck73m2wW7UNDy19bH3A1n7Rf79bc00agbtSHWozZ5vH/S6hBzEGH9rYMxKGh2W1nq7tKp0E9etL6MY63bRcnjy5262IB+PRZhFk23V87BFwt3IfzXXZNwJOUt432iUGtYEOEYAyJ6vPRrBpu/MWx8osgiJs28frdnvEslv/ghkAcA8vgsrrLfGuRxg+6ioZgn/em1a74OcaHOwLC0qvTybqez2G6ulntvrzqg49JaO2KuWSKxB8BLg5B+Ccu3Rv+Xrcv+BfLcysd2lfx6onNEMyws8YOWiHJ34xvnu32sBT4AVIvoYLu0XulUdRShQHInJJh02dCiyETjfm7RJ+ez6FWPdgyyTJxAX998SqnW9Xm47RPPyZUZtP8zzcmgkj9ZZl6X52dhbjpVfgi4L0H/njPaXfmD7tkJIZSdkZbZECUUGssmNmx8gaIaC/pzPBerbw7mKqbYvJeMlNkxvIInRMdNrUpJY1kUKDuLjCU1UTBV2bEvqyFbxQHLK4dbPisdOpkio59Js2zHxtC617ht5/+qYB8Drfvff7TFRmQquLu6NbYoJ8S2gx6ENIAYlFkxzR0LViDyTqoHC/8TdNRPe9yvgkfy0sFrFD/MsFP3SqbFJvnSpFWPs8gFJuSqRrJlKoshOmsTjk9MZER+m+ZOCG7dB+SWzco48Zzh1fTe/vH0rVztMNSkWz7Q/rVQSUZ6TuMjWF6uelxV28D5RN5pjaX07PUvnuWFG+vBrzad3c0IzP65wUG2eUJjv/HLpAVwNiUTs/rBCsGkZmQFe7xiC4H0QWm8RjQThyzvPCl04vgBgb91VaxFEfL/YqpbWv9G6FDuPTAOQ753BD5iNIA3ehLc+UI/x7WiO0+phMzlCpLe057i9eVQIWAj7s7AZgR+XXb3AD4SIQNOvU9Pdznp4VitGJ62G2nyNGRwhQGuXJ3gtr2AmhwZp3qRYE85xUQWnYat+NUQpsBrjWdNP+m3RUOno17hSTECemsEPQcQ1RiHLvsPRiCeoDHHvztHgL7OpHAPLxVG0PUMdMZcjn9jmdNJkXMCTUtTAUPlqK2Ld/NTQGeO+jNfE6YG/5OqjFSoclPelx41p4Hyc0x8Zvrr6xfV5wtXK3il0S5Sz+UePU4D6vL+siPe/bcOKVfh9BViByFZNLAdIpZdhPlswVxQLQGJoAdh28i46erMqu1LLPjYKs1fcgJZXoVeNJgutAD9XujCCAr+QgMNsd0upaPRa6AlxHegYlvLR5lTOYaQQyNSA7awOd7RNfB3LTQPyCd5gYpXGP6XCdeB9dfAE+FwnuOrUEuTxwHf7jmmh9Dtf73xbd7zCYkGhAhZDzwFNHjVaxWZX6tpeiQ6TRmiBBSrytwZQ4O7+eq02bwHhdwk4qh0dRYm4SG3SN0E0rAP9OVTG5rI2/E0kth4v3IWfj3D63lwmj9YCvaKCjB0O4gzaBKcEZwKvLfmiE73f5/vEYyxkwojif+4T/T6RPHafj03AMvwWF9q7iVgh5auqNUbG+zpQzEeoDvQOm3zDeujgl7wzVNrdac0sYkB5bhvBCJJErMZfdMxq4c3Rd60zdMc8jdbDgUkj544Zzl4iaNsS0wP0pZglvepv3VNmZWVFA13GV8qDtrsPxvPTRiHqoI18tFxbfgafv4dCqIG6tcJaHQPnsNC7fDXcdmeZKoLqd5CFKBkAyZcqNNonTSnPtInGfusZynAdiw+IMecMWa73cdwMepQfqN+yKW0SuVSxYVpCKZHXvYA6L3BNkKUiuLyZ3WM9XqYdVgcsZp7YWJDq0Vyi+tLQQ6dy+mORFeqayJu9UFSHjmaAttbEEKOipSW22+RGPpgfHH3uRmjdtnezO5VqNZzPQK1c4WtVODTlrUP2pFHSNEo8xv2NyRUQfcTdcm62ZkZj3nON0YUca0PSsIYkLsIcr/Gw6mRfKDMRC3NsJYk2uxrtX8SowgnsProNpOJL3aDom+iKB9NVfyUGME8Q4nK3hXQtCV5v5gWf5yng0Ap0FujVhWuU83H169WIc17FnMevTMzl5XQI6fuQurBtTJ4fyTSUQknFaYxPOFfSp6YLU8PyN7LTWW0sgTdM2cTmq6p4ATBecjb1r8dwU9m8dUTVdzNlmTZgurdhCvzBpJv8ZYwFcrpjA8tSBt8Z3DQsAklCrRM0pkub0Jhm88s9WGaZk3BgCiPB1baUUxkv0svIVFGNOoIF4qzkdK0xfpxYoJSOVHTphYL7TF5ynmTw+gPrFeuElQLovmnpFLxaJiYsHBRLiwn4/gGlzrFStP3qjqwc+1X7EAwUJxmTV8bUUiwKApTSPeLVcNFgW9cDqsqrxNR/ZEH9VdlTEQv9i1hhxH+slbYqSceoWNoKG+ErZL+3XYxK/MQH7Qz4EGjpVKkDRpFpzkoU5jSvQ5xy+bx/Sg99L4V4LsU16Z/W5sNzNc5yIqIs2aa/NvzzSnHOL7H1oVuJwPK9twL5WlNwBBlCF0tRwNPjuvU80Vq5vF3swVg7UhY30Hp9SpDP+gHwLATB2QLePGs4vFQwYVB5qm+qLENmUaGs8mc9FAqxoKCYB20R67gs5V8BJ/kNJxlQXZHn6bepSJPE/hjWUJNL6L75kQf82e6T1Rt3tb//k7t1B+1285hLFCUK0xWszZfttGlm12lq3YzifGCpLBzmxwetQYhVYarXYwHrrmpjiY5EwvjnYabUXOxZR+Yu8Z2JOHr/nhhh+yYSNyuq88xMPUlHObUv4OY5mCpZAgncjgmEOH9nPfNGw7SugnrRjxpi5bZyQbSNpZ9TKlnYo8I7T5RHfb3LW6C5fIUBtK6rnU03aGE0hJ5iQH4JjsPWph64wDx/vl3v2LjnWht0Q+40+dhsDVMp0epXDCIivkiQu0jbVu4QNVdo2zkpYNE8OonNx/xlF/SHmIKMwk/+xFA3QBX46MRIQ5MTRwF+JueL3Ayx/9Z5UG6Yj+TPAKJFRHxf9OalSpgU5SyDave2OQhDIkxpD+GqrMssLRKT5nwbD3i5Y0mv2aPxXqI7bigv0+XwTxs/WikYunaLSCKclebaoHw/fttNEXJjvmYhARWBSazyfTh0zSe1S1BtoWH71Nb91onyQrdRGIDlYdCv3wu6uqU8OXExdZj39vvqeqR9jpkdVZIGKulhTg/kpm+oVz7JhzKABEKAB1tRu/IwEFakbNceQ8MY0T6q3sPsSygP4j366Hbm8ul4crChcRH4Tx4SYSWnptskftYPSpafMfeXuwJmkeFAKFN6bc3oerF3PKqJOdcTJRd4rVJkBZgpxHRZZELoIlD+fxDfFb57O87UpSbUL7vqfvdoqAoeAT+0pc9JQbJPxYPjAfWta8K8t1IemKoCdtOODBvAHVkGLdxbK0SnFUJWyRq0kYiN5rMHFay7BAjYzD52dJn7l6FwH6bh9kv2pFOUIdczXWd+DC/sSWthSoUDEqzdIkl2IzuvkDHfhNpvRRc0AT9PjVQHBXLhfReFstDQxEK43fij1qmHA3tAx5QyV75kYjwZuqluHZ91wCdTJE3cq8XpULs/ZMXfLS1smktB944Olwz3jWmrWZSEjF9jlE8JSWF2rRyCraU8tf9GbaMtbF2J4dZZQZBbDn2uWrLor3o3hIS4LG/ZS6cvoNaWzE8M29iM/oSsTGL2ZkKGJTZoSuauOLXUm9HVFQfJ+CfF8BXxtp9nt6wR0bK/AQoLB85tGYHdqvIs9fkg0QEURxfMQ3DZXVlyb5qMSNx+conYwYI9HR1ELx7S+7d1qQnBNsyrAm2nrmSBqjd9+kqw0ydbVfxKT6ExuNpBpdsNwfjgG65awB6PjsedubVRoLW5XUoHlotqDMxsaT2M2f9ZxXUThnjBB70Rg5G0MBQ28lVe/osJo4MH2rZyG7yS3C3zh0bB1etoyiltNvxMdD9QKgF10Pa9iY1Ux8/l54c4+77SbieLu3qtEuuRDbz6a0IupLKYvI1f3ouEC3M+zOqV9NtANXW/2QH4gXVTxERU3gW7anSdE+VBN0b6o7ZHPjKrwa2NUlHQUdLw6qIh4BDoLdP2t+WH9kp/vKH/zjvKmWmb74GCoNNCQ/hszak5YN8q2hfgk2h7HC9y1Jl3rcKI0RpVTGcV3UcmcVXpBW1aNbqw/V84akRxONAol5USyzfr6fFRf7EfQXEKzUi+Ne823p8eBsmojgfwo3DQZdlDqwj7m+xAcCjOHe3u+YoQgV0t9VofF0w9xcg4zLB3eIcyVkIQ1z0BCI0bSyM2739G+UR7wyoasoBZ60I9+2h0hy4y/DHMVgkVoQQ82tAieap8OENtwaIgULZocDxZpm9jIJ0xdzgGLWsSpNxXkV/+0Lu4ApjWQAhn21VV87f+MUiTiHKzyggFYqPXEt06honZKNLds/YD5Mj4Sqy6xzCtagU//H892UnybJvEE1gMp1I4QuAj6G9vQlWoKuTYl95qChY/eWRS1JnM2KNmlQpDSxrJ9cRDGc24XMeIQbBM1/arZ4v8KLff67tawIP1yn0UxEZXy6KzBO5OUvAdAu2+e9zU6pjmBXN2pAhjesD+wvas9mXAgxFVWuVu04nPLkYYX4OkqpFlbbW9tXMdBLne8Fsh2uynnGtvSj5TvpmhZ" />\n      </p>\n\n      <p><strong>We had issues producing the response to your request.</strong></p>\n\n      <p>Sorry about that. Please try refreshing and contact us if the problem persists.</p>\n\n      <div id="suggestions">\n        <a href="https://githubstatus.com">GitHub Status</a> &mdash;\n        <a href="https://twitter.com/githubstatus">@githubstatus</a>\n      </div>\n\n      <a href="/" class="logo logo-img-1x">\n        <img width="32" height="32" title="" alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAyRpVFh0WE1MOmNvbS5hZG9iZS54bXAAAAAAADw/eHBhY2tldCBiZWdpbj0i77u/IiBpZD0iVzVNME1wQ2VoaUh6cmVTek5UY3prYzlkIj8+IDx4OnhtcG1ldGEgeG1sbnM6eD0iYWRvYmU6bnM6bWV0YS8iIHg6eG1wdGs9IkFkb2JlIFhNUCBDb3JlIDUuMy1jMDExIDY2LjE0NTY2MSwgMjAxMi8wMi8wNi0xNDo1NjoyNyAgICAgICAgIj4gPHJkZjpSREYgeG1sbnM6cmRmPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5LzAyLzIyLXJkZi1zeW50YXgtbnMjIj4gPHJkZjpEZXNjcmlwdGlvbiByZGY6YWJvdXQ9IiIgeG1sbnM6eG1wPSJodHRwOi8vbnMuYWRvYmUuY29tL3hhcC8xLjAvIiB4bWxuczp4bXBNTT0iaHR0cDovL25zLmFkb2JlLmNvbS94YXAvMS4wL21tLyIgeG1sbnM6c3RSZWY9Imh0dHA6Ly9ucy5hZG9iZS5jb20veGFwLzEuMC9zVHlwZS9SZXNvdXJjZVJlZiMiIHhtcDpDcmVhdG9yVG9vbD0iQWRvYmUgUGhvdG9zaG9wIENTNiAoTWFjaW50b3NoKSIgeG1wTU06SW5zdGFuY2VJRD0ieG1wLmlpZDpFMTZCRDY3REIzRjAxMUUyQUQzREIxQzRENUFFNUM5NiIgeG1wTU06RG9jdW1lbnRJRD0ieG1wLmRpZDpFMTfJ4FRs4z8ods9VpZGZEiv9qpANSJ/xiR6OUATcmAOGEjcD2el3JIXI/QxB2BOpY3yhIfWAHwzvqrQD8TMdysrET2g9kmevVpf6sYxR15Dbm7zOUwVGYIDn/Rn41xJ8vfZQak8GGVXDSNcaWtXnTT3sbbdrAYmH+Q5bo7PXT6FfEYjiaBq67EfI/KaNfUNJc2VUvVD9zhnmUTgc3mm3nVU1DX2XodX5fHHyGquwADUQc4sAGSjVw8tr+7KA0raPf9muGyqnQWkWy9dGe/6MtyChIssBa1wE2OK/HlOa7TvvvbNoZjCV3wrQ7j2Rz1wQ60Meg7yBayNUqKTbN3TnmsAutY/oXiypElCCrrvWFrX88DHZS0F7SfZ23Dg/d0OJraGj+vbOU2kf98CZCQwISBPewcvNeidoILv6x9QjeLM2EuaUzEtH/K5exbGLym29zwV+dPlN8in5rRpC9ITvwyvuS37wx2wBEBQoabyCGzNfIdGZ6U64/xJHrqo0yMlrS25vAbQ9U1XgzKJUAg6bC/ghTrkQOetz2HnMmFVz9ic1FPLookrQRUKzjxI8cleSIsy2lSbfZw0VWmiPJXlNGoh1z2qv2ZS/fdylV752CZ35+GoB8zBN3y8gawkhyzgzUS/SN2HyOT9YUm01ZvWF8szrxZNLopfl/Cx1m8dLWYfqxAej3C8vvMfPQn9ky0qN3nhE4FU4xezotL+EwmLDmMWDOTMlmMWlV3m6bJCx5eTJf+tPaRc46iyAEWTFcp9ixsYMmABvEQWGgSB9N9FGCIK9Kmo8uC1+i8P0yhopqtUWIAUFiggmX02y38lDyRYwBgjqWmPYErmyu+9fx0EPRfPYkQhSBN9xmRtlrGPzqDiRsFUESvJ6IBrnpa0gyu94oFEdJ5+y0tisXNyscKIeTSkVeS3leru+h1ALI22O5h96KOtNo9X0LKRdawAad+q6nZ5n/3O/SWLzbAfiOAQzHhK02rp2HdIkSpHnHye8XGlQjbfglLKThPnUJ9JxzCg17dDG4g/9gohI5XFCHWdNvMA1td4E6jKl6tD5p6H7EzZU3sp9JZhZJQuO4CPnz5eqnRh6z2QtbhkrzSkLGMvtJTIXCmkR481/ZB0BuNxM/oaGFANkUmdEFMmJl/R6fkmZp0VFx3CPGCUcHw8/MhFTW1gb3HtbAqJzvka+VsbuJlolPYJUF0+UTFOGQ0Qr1E2CCIdlykVifLwa1yMcYWg/VzJBK/SjUrFA7X0xfXGiiqDzT0dOdBEL04oF7hM61WPlyL5b19Ino75m/YVjsrAwHNDJ7QUoy/rn+aEaMOyoJ2quRULScOunnoyFkFEmhdxB49rn8CceeTuAjhXTGglnsCNyM4zrbo5p4tI5cRfA/KeWL4RfCa9puUtIMh5w3XbXWgxIFyRHETRoiPRun0PkEUo974vtOkvDpPANOfMqEmft/fw3OmxRH7YLy1rY4GOmKyN/ROnhY7gd7gFyPo9nPBUqJQHrN0P4QBuXk56lYKsxuKoYByKeze1RYAaeknKwV08MfWetcKchwUxg98wvMJR52/8oWYXGuDQXcepy71HjY44Cb+HSy8CZ8EGB69Pz2mBvxK1rNCFx/tW3zwo98uepCGOiqPIuDUnM2QZRsouD9ri3cKqrDX/if/uD7GcwuHanFptbugaQppz5vDkRfu97sl9aIbiwP2z40NJCsjhRchj1DVwpntutBxTinEyn9YI1c0G89nc9uJKkx3mr0Ksv1cIQx6lMRnzZUW6E7liM2b+9RgcOe/N6hc1e+0RXjZLZ1r/Q8W">\n      </a>\n\n      <a href="/" class="logo logo-img-2x">\n        <img width="32" height="32" title="" alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAyRpVFh0WE1MOmNvbS5hZG9iZS54bXAAAAAAADw/eHBhY2tldCBiZWdpbj0i77u/IiBpZD0iVzVNME1wQ2VoaUh6cmVTek5UY3prYzlkIj8+IDx4OnhtcG1ldGEgeG1sbnM6eD0iYWRvYmU6bnM6bWV0YS8iIHg6eG1wdGs9IkFkb2JlIFhNUCBDb3JlIDUuMy1jMDExIDY2LjE0NTY2MSwgMjAxMi8wMi8wNi0xNDo1NjoyNyAgICAgICAgIj4gPHJkZjpSREYgeG1sbnM6cmRmPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5LzAyLzIyLXJkZi1zeW50YXgtbnMjIj4gPHJkZjpEZXNjcmlwdGlvbiByZGY6YWJvdXQ9IiIgeG1sbnM6eG1wPSJodHRwOi8vbnMuYWRvYmUuY29tL3hhcC8xLjAvIiB4bWxuczp4bXBNTT0iaHR0cDovL25zLmFkb2JlLmNvbS94YXAvMS4wL21tLyIgeG1sbnM6c3RSZWY9Imh0dHA6Ly9ucy5hZG9iZS5jb20veGFwLzEuMC9zVHlwZS9SZXNvdXJjZVJlZiMiIHhtcDpDcmVhdG9yVG9vbD0iQWRvYmUgUGhvdG9zaG9wIENTNiAoTWFjaW50b3NoKSIgeG1wTU06SW5zdGFuY2VJRD0ieG1wLmlpZDpFMTZCRDY3REIzRjAxMUUyQUQzREIxQzRENUFFNUM5NiIgeG1wTU06RG9jdW1lbnRJRD0ieG1wLmRpZDpFMTmr2MyJtR3E1feUrOYgJD2wgBHWV11cb/es0CzCnqTSAAl4Kv3kNUaBIH5qtr9Mf4jZsDYyKSaRTiN6A0ffncdW0HS7pPkkVAsJVoYwOgDamdPwF2IqOz4FdZKiB4f+2xyVpHsWqtGFwJjyRLpd8xjm8WY3s+ow7hsVf6L5YPcqr//abN6QovVSHU0Rk53SaqThuZu0Pg9gOWe+dT0aJDGh3tWJgBD+MjeQP6MdG3gARl12O1OUYHvrE443YuEKJlF772dN3s9hrH+clMBWOSHHmNPyDZzPJGB5omacZXNcWRxGcuE3h9HOVFVTbZHkEgKjPh7hjRHJIcFNp1QQKemYJ2CyWG5iyKWRp/21OwkA7ByIF4c5BPc966Nmt4AhLcgbsYGwTObYlXxQpPgK/niUgouIZHV5GudYRFgqoCkq/259LSVa6+w1yYewQMvBdYHhQc+6Gk4OC2DnkazCrs86qiU2LeGSHzWOh3Y5lNPbkvGls+wZJJB5/fIxCVTD7WB28tl+9Tgqe67QbWH4Ou0Lolz6uJNuzZAyYWdiGQjTotZ/p6t3xyPHfONoFStolUMavL594bRt6iYMOCcuqsKHaxNU/JqMLfcF4ixnLMhRMwxNCGM0w3cgSnrWWE9wbTpMr17338LXWwca9f0i9o9tAGgGBddtOGqH/bSG0BIWQ4PN3kMQIZmEaoj74rCbcSYOusrr51QnxiF8ntNVIgP+ZjtOzHlS+Oq4uAAAAvaizFz/HSuK2Xuz1R1XpH+pqTZe4wJb/HefN5TwNroHLV+6mK0tUFD4Z3cXFS9UwVV12WdlzRyj9z0skkhpqYvZDUr8LAUFJy29o0I3vbF3FHKhn50jlY3igB/lDRHEE06PZsM97hYbbr4wnfmy7dWsnWPqleNqX1YCCViQN7jm411zcwuwm/BOSrUip9fO7MJvcHBIeBfxS/5/9DFycXyhYYFmHI0JpRDtdai9mMDUih9vExiTW7h9w2aO3WEzXdBW+m8GdyIngx4ZoQ+pMFE6UcMxx/Ij+G5A3EI87NlBDJjWg6QN2NWv7iTotb4zWmjDAL9340T7F/19mGRWMpM1cgmLjCL5XU45RSTOM/JsdtnnwM4eGyhkwu9xKN5N4ov4i0DavHAuDrws3k97cBKTwlR0cS7Iz6BZrGFyZjvWuPIk0mZFGtBbSbZpQrIC/jlzkhPwCqO/YyomdrDV8O+UPqNrdvYTU6TfFecqh2W/3tHLrK0D184VfpmQ93kSpXE1FUh5wf+vFXerWbjnrQn36xcxmZkY4SvNebY0m7/n4IkdW2IZVgESYYmlRvP93DN+GL506jQ+JYS6jzcwqGG9x48G3QdYgCVh397RlwqOwgfa1rXEkZmS9oXpOUHCpoANnHWig5Esm3EUE1wv5xbm0AupPTETMMFcQDDBhWWzh04BIpfHineUOY6cymNi/GdkoI5DhgZ5axz54fdlYRmyCIybvjZJ7u/9ouxDYtEXJGuUOvhgRJrZKpP++khd4cjAINiX/XQkmJgpAxkRGmmhdSIcXAc5upCGB+FYM105oUCRI+dQvAOhybVOyPCzVsTkJYRe4fpuJ9LjctE1EwcyDcvsGqMkl9P1Zz+A6tmbAe042WSX9MHrGtNNNnxjW0tPpnFXM3kXFP0oMR/PSuIm0noL+gqKgpmKwMe7lWa7PmDLX3B07tW5Gh37Qsuv61xAo7/D9hAfY8a4QeTgwhp8yyz49j2qeuGHIKjIMwPaWqwItgqpoi6Jx1TY7d5VDue4IT/iJb+FDH+TnUAndIB27/P0EzvGgM">\n      </a>\n    </div>\n  </body>\n</html>\n',
  },
  {
    name: 'GitHub REST API 502 {"message":"Server Error"}',
    status: 502,
    contentType: 'application/json; charset=utf-8',
    headers: {
      server: 'github.com',
      'x-github-request-id': 'A4C8:48A5A:12D10FD4:1234D4F7:6A9EE252',
      'x-github-api-version-selected': '2022-11-28',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset, Warning',
      'access-control-allow-origin': '*',
      'strict-transport-security': 'max-age=31536000; includeSubdomains; preload',
      'x-frame-options': 'deny',
      'x-xss-protection': '0',
      'referrer-policy': 'origin-when-cross-origin, strict-origin-when-cross-origin',
      'content-security-policy': "default-src 'none'",
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4979',
      'x-ratelimit-reset': '1779396844',
      'x-ratelimit-used': '21',
      'x-ratelimit-resource': 'core',
    },
    body: '{\n  "message": "Server Error"\n}\n',
  },
  {
    name: 'raw.githubusercontent.com Fastly 503 "Backend is unhealthy"',
    status: 503,
    contentType: 'text/html; charset=UTF-8',
    headers: {
      via: '1.1 varnish',
      'x-served-by': 'cache-sea4461-SEA',
      'x-cache': 'MISS',
      'x-cache-hits': '0',
      'x-timer': 'S1645545919.214420,VS0,VE30003',
      'x-fastly-request-id': '3cee2d2b29df98ef732945637694b19f3ba47255',
      'retry-after': '0',
      'accept-ranges': 'bytes',
      age: '0',
    },
    body: '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html>\n  <head>\n    <title>503 Backend is unhealthy</title>\n  </head>\n  <body>\n    <h1>Error 503 Backend is unhealthy</h1>\n    <p>Backend is unhealthy</p>\n    <h3>Guru Mediation:</h3>\n    <p>Details: cache-sea4461-SEA 1645545919 4156862784</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n',
  },
  {
    name: 'GitLab public/502.html "GitLab is taking too much time to respond"',
    status: 502,
    contentType: 'text/html; charset=utf-8',
    headers: { server: 'nginx' },
    body: '<!DOCTYPE html>\n<html>\n<head>\n  <meta content="width=device-width, initial-scale=1, maximum-scale=1" name="viewport">\n  <title>GitLab is not responding (502)</title>\n  <style>\n    body {\n      color: #666;\n      text-align: center;\n      font-family: "Helvetica Neue", Helvetica, Arial, sans-serif;\n      margin: auto;\n      font-size: 14px;\n    }\n\n    h1 {\n      font-size: 56px;\n      line-height: 100px;\n      font-weight: normal;\n      color: #456;\n    }\n\n    h2 {\n      font-size: 24px;\n      color: #666;\n      line-height: 1.5em;\n    }\n\n    h3 {\n      color: #456;\n      font-size: 20px;\n      font-weight: normal;\n      line-height: 28px;\n    }\n\n    hr {\n      max-width: 800px;\n      margin: 18px auto;\n      border: 0;\n      border-top: 1px solid #EEE;\n      border-bottom: 1px solid white;\n    }\n\n    img {\n      max-width: 40vw;\n      display: block;\n      margin: 40px auto;\n    }\n\n    a {\n      line-height: 100px;\n      font-weight: normal;\n      color: #4A8BEE;\n      font-size: 18px;\n      text-decoration: none;\n    }\n\n    .container {\n      margin: auto 20px;\n    }\n  </style>\n</head>\n\n<body>\n  <img src="data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMjEwIiBoZWlnaHQ9IjIxMCIgdmlld0JveD0iMCAwIDIxMCAyMTAiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyI+CiAgPHBhdGggZD0iTTEwNS4wNjE0IDIwMy42NTVsMzguNjQtMTE4LjkyMWgtNzcuMjhsMzguNjQgMTE4LjkyMXoiIGZpbGw9IiNlMjQzMjkiLz4KICA8cGF0aCBkPSJNMTA1LjA2MTQgMjAzLjY1NDhsLTM4LjY0LTExOC45MjFoLTU0LjE1M2w5Mi43OTMgMTE4LjkyMXoiIGZpbGw9IiNmYzZkMjYiLz4KICA8cGF0aCBkPSJNMTIuMjY4NSA4NC43MzQxbC0xMS43NDIgMzYuMTM5Yy0xLjA3MSAzLjI5Ni4xMDIgNi45MDcgMi45MDYgOC45NDRsMTAxLjYyOSA3My44MzgtOTIuNzkzLTExOC45MjF6IiBmaWxsPSIjZmNhMzI2Ii8+CiAgPHBhdGggZD0iTTEyLjI2ODUgODQuNzM0Mmg1NC4xNTNsLTIzLjI3My03MS42MjVjLTEuMTk3LTMuNjg2LTYuNDExLTMuNjg1LTcuNjA4IDBsLTIzLjI3MiA3MS42MjV6IiBmaWxsPSIjZTI0MzI5Ii8+CiAgPHBhdGggZD0iTTEwNS4wNjE0IDIwMy42NTQ4bDM4LjY0LTExOC45MjFoNTQuMTUzbC05Mi43OTMgMTE4LjkyMXoiIGZpbGw9IiNmYzZkMjYiLz4KICA8cGF0aCBkPSJNMTk3Ljg1NDQgODQuNzM0MWwxMS43NDIgMzYuMTM5YzEuMDcxIDMuMjk2LS4xMDIgNi45MDctMi45MDYgOC45NDRsLTEwMS42MjkgNzMuODM4IDkyLjc5My0xMTguOTIxeiIgZmlsbD0iI2ZjYTMyNiIvPgogIDxwYXRoIGQ9Ik0xOTcuODU0NCA4NC43MzQyaC01NC4xNTNsMjMuMjczLTcxLjYyNWMxLjE5Ny0zLjY4NiA2LjQxMS0zLjY4NSA3LjYwOCAwbDIzLjI3MiA3MS42MjV6IiBmaWxsPSIjZTI0MzI5Ii8+Cjwvc3ZnPgo="\n       alt="GitLab Logo" />\n  <h1>\n    502\n  </h1>\n  <div class="container">\n    <h3>Whoops, GitLab is taking too much time to respond.</h3>\n    <hr />\n    <p>Try refreshing the page, or going back and attempting the action again.</p>\n    <p><a href="/help" >Please contact your GitLab administrator</a> if this problem persists.</p>\n  </div>\n</body>\n</html>\n',
  },
  {
    name: 'gitlab.com modern 500 with Request ID, gitlab-lb / gitlab-sv headers',
    contentType: 'text/html; charset=utf-8',
    headers: {
      server: 'cloudflare',
      'cf-ray': '8f1e2d3c4b5a6978-FRA',
      'x-request-id': '01KCZ7274K5FD84RZ37XTZX7YM',
      'x-gitlab-meta': '{"correlation_id":"01KCZ7274K5FD84RZ37XTZX7YM","version":"1"}',
      'gitlab-lb': 'haproxy-main-50-lb-gprd',
      'gitlab-sv': 'web-gke-us-east1-d',
      'x-runtime': '0.084512',
      'referrer-policy': 'strict-origin-when-cross-origin',
    },
    body: '<!DOCTYPE html>\n<html class="gl-h-full" lang="en">\n<head>\n<meta content="width=device-width, initial-scale=1" name="viewport">\n<title>Something went wrong (500)</title>\n<link rel="icon" type="image/x-icon" href="/-/favicon.ico">\n<style>body{color:#333238;text-align:center;font-family:-apple-system,"Segoe UI",Roboto,sans-serif}.error-container{max-width:640px;margin:64px auto}</style>\n</head>\n<body>\n<div class="error-container">\n<img src="/-/error-illustrations/error-500-lg.svg" alt="500 error" />\n<h1>500: We\'re sorry, something went wrong on our end</h1>\n<p>Request ID: <code>01KCZ7274K5FD84RZ37XTZX7YM</code></p>\n<p>Try refreshing the page, or going back and attempting the action again.</p>\n<p>Please contact your GitLab administrator if this problem persists.</p>\n<form class="form-inline" action="/search" method="get"><input type="search" name="search" placeholder="Search for projects, issues, etc."><button type="submit">Search</button></form>\n</div>\n</body>\n</html>\n',
  },
  {
    name: 'Stack Overflow "Oops! Something Bad Happened!" error page',
    contentType: 'text/html; charset=utf-8',
    headers: {
      'x-request-guid': '1000b4c1-b1cf-4589-a53b-2dac85067379',
      'x-frame-options': 'SAMEORIGIN',
      'feature-policy': "microphone 'none'; speaker 'none'",
      'content-security-policy':
        "upgrade-insecure-requests; frame-ancestors 'self' https://stackexchange.com",
      'x-served-by': 'cache-fra-etou8220099-FRA',
      via: '1.1 varnish',
      'x-cache': 'MISS',
    },
    body: '<!DOCTYPE html>\n<html>\n<head>\n<title>Oops! Something Bad Happened! - Stack Overflow</title>\n<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/stackoverflow/primary.css?v=0e1a9f7f2b2e">\n</head>\n<body class="error-page">\n<div class="container"><div id="content">\n<div class="s-empty-state"><h1 class="fs-headline1">Oops! Something Bad Happened!</h1>\n<p>We apologize for any inconvenience, but an unexpected error occurred while you were browsing our site.</p>\n<p>It’s not you, it’s us. This is our fault.</p>\n<p>Detailed information about this error has automatically been recorded and we have been notified.</p>\n<p>Yes, we do look at every error. We even try to fix some of them.</p>\n<h2>What can I do about it?</h2>\n<p>Try the <a href="/">home page</a>, or <a href="https://meta.stackoverflow.com">let us know on Meta</a>.</p>\n</div></div></div>\n</body>\n</html>\n',
  },
  {
    name: 'Reddit "Ow! -- reddit.com" 503 all of our servers are busy',
    status: 503,
    contentType: 'text/html; charset=UTF-8',
    headers: {
      server: 'snooserv',
      via: '1.1 varnish',
      'x-served-by': 'cache-sjc10047-SJC',
      'x-cache': 'MISS',
      'x-timer': 'S1622000000.123,VS0,VE30010',
      'retry-after': '0',
      'x-reddit-loid': '',
    },
    body: '<!doctype html><html><title>Ow! -- reddit.com</title><style>body{text-align:center;position:absolute;top:50%;margin:0;margin-top:-275px;width:100%}h2,h3{color:#555;font:bold 200%/100px sans-serif;margin:0}h3,p{color:#777;font:normal 150% sans-serif}p{font-size: 100%;font-style:italic;margin-top:2em;}</style><img src=//www.redditstatic.com/trouble-afoot.jpg alt=""><h2>all of our servers are busy right now</h2><h3>please try again in a minute</h3><p>(error code: 503)',
  },
  {
    name: 'Reddit Cloudflare-era 521 with embedded cf-error-details',
    status: 503,
    contentType: 'text/html; charset=UTF-8',
    headers: {
      server: 'cloudflare-nginx',
      'set-cookie':
        '__cfduid=de6cded7dfac531c232cdf37c586f28a5cff2b201b6; expires=Tue, 10-May-16 02:02:14 GMT; path=/; domain=.reddit.com; HttpOnly',
    },
    body: '<!doctype html>\n<html>\n<head>\n<meta http-equiv="set-cookie" content="cf_use_ob=0; expires=Mon, 03-Nov-14 13:35:38 GMT; path=/">\n<title>Ow! -- reddit.com</title>\n</head>\n<body>\n<h2>our cdn was unable to reach our servers</h2>\n<h3 style="display: none;"><div class="cf-error-details cf-error-521">\n<h1>Web server is down</h1>\n<p data-translate="not_returning_connection">The web server is not returning a connection. As a result, the web page is not displaying.</p>\n<ul class="cferror_details">\n<li>Ray ID: 1838f4364e481177</li>\n<li>Your IP address: 166.155.215.60</li>\n<li>Error reference number: 521</li>\n<li>CloudFlare Location: Dallas</li>\n</ul>\n</div>\n</h3>\n<h3 style="display: none;">::CLOUDFLARE_ERROR_1000S_BOX::</h3>\n</body>\n</html>\n',
  },
  {
    name: 'Wikimedia Varnish error page 503',
    status: 503,
    contentType: 'text/html; charset=utf-8',
    headers: {
      server: 'Varnish',
      'x-varnish': '291587701',
      'x-cache': 'cp5008 int',
      'x-cache-status': 'int-front',
      'server-timing': 'cache;desc="int-front", host;desc="cp5008"',
      'permissions-policy': 'interest-cohort=()',
      'set-cookie':
        'WMF-Last-Access=26-Jun-2021;Path=/;HttpOnly;secure;Expires=Wed, 28 Jul 2021 00:00:00 GMT',
      'x-analytics': 'public_cloud=1',
      'x-client-ip': '15.164.171.254',
    },
    body: '<!DOCTYPE html>\n<html lang="en">\n<meta charset="utf-8">\n<title>Wikimedia Error</title>\n<style>\n* { margin: 0; padding: 0; }\nbody { background: #fff; font: 15px/1.6 sans-serif; color: #333; }\n.content { margin: 7% auto 0; padding: 2em 1em 1em; max-width: 640px; }\n.footer { clear: both; margin-top: 14%; border-top: 1px solid #e5e5e5; background: #f9f9f9; padding: 2em 0; font-size: 0.8em; text-align: center; }\nimg { float: left; margin: 0 2em 2em 0; }\na img { border: 0; }\nh1 { margin-top: 1em; font-size: 1.2em; }\n.content-text { overflow: hidden; overflow-wrap: break-word; word-wrap: break-word; -webkit-hyphens: auto; -moz-hyphens: auto; -ms-hyphens: auto; hyphens: auto; }\np { margin: 0.7em 0 1em 0; }\na { color: #0645ad; text-decoration: none; }\na:hover { text-decoration: underline; }\ncode { font-family: sans-serif; }\n.text-muted { color: #777; }\n</style>\n<div class="content" role="main">\n<a href="https://www.wikimedia.org"><img src="https://www.wikimedia.org/static/images/wmf-logo.png" srcset="https://www.wikimedia.org/static/images/wmf-logo-2x.png 2x" alt="Wikimedia" width="135" height="101">\n</a>\n<h1>Error</h1>\n<div class="content-text">\n<p>Our servers are currently under maintenance or experiencing a technical problem.\n\nPlease <a href="" title="Reload this page" onclick="window.location.reload(false); return false">try again</a> in a few&nbsp;minutes.</p>\n\n<p>See the error message at the bottom of this page for more&nbsp;information.</p>\n</div>\n</div>\n<div class="footer"><p>If you report this error to the Wikimedia System Administrators, please include the details below.</p><p class="text-muted"><code>Request from 15.164.171.254 via cp5008 cp5008, Varnish XID 291587701<br>Upstream caches: cp5008 int<br>Error: 503, Backend fetch failed at Sat, 26 Jun 2021 08:13:14 GMT</code></p>\n</div>\n</html>\n',
  },
  {
    name: 'Google "502. That’s an error."',
    status: 502,
    contentType: 'text/html; charset=UTF-8',
    headers: {
      server: 'GFE/2.0',
      'referrer-policy': 'no-referrer',
      'alt-svc':
        'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000,h3-Q050=":443"; ma=2592000,h3-Q046=":443"; ma=2592000,h3-Q043=":443"; ma=2592000,quic=":443"; ma=2592000; v="46,43"',
      'x-xss-protection': '0',
      'x-frame-options': 'SAMEORIGIN',
    },
    body: '<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">\n  <title>Error 502 (Server Error)!!1</title>\n  <style>\n    *{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}html{background:#fff;color:#222;padding:15px}body{margin:7% auto 0;max-width:390px;min-height:180px;padding:30px 0 15px}* > body{background:url(//www.google.com/images/errors/robot.png) 100% 5px no-repeat;padding-right:205px}p{margin:11px 0 22px;overflow:hidden}ins{color:#777;text-decoration:none}a img{border:0}@media screen and (max-width:772px){body{background:none;margin-top:0;max-width:none;padding-right:0}}#logo{background:url(//www.google.com/images/branding/googlelogo/1x/googlelogo_color_150x54dp.png) no-repeat;margin-left:-5px}@media only screen and (min-resolution:192dpi){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat 0% 0%/100% 100%;-moz-border-image:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) 0}}@media only screen and (-webkit-min-device-pixel-ratio:2){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat;-webkit-background-size:100% 100%}}#logo{display:inline-block;height:54px;width:150px}\n  </style>\n  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>\n  <p><b>502.</b> <ins>That’s an error.</ins>\n  <p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.  <ins>That’s all we know.</ins>\n',
  },
  {
    name: 'Google "500. That’s an error."',
    contentType: 'text/html; charset=UTF-8',
    headers: {
      server: 'gws',
      'content-security-policy':
        "object-src 'none';base-uri 'self';script-src 'nonce-Aa6xYgi7wccfXzcWNHTURZ' 'strict-dynamic' 'report-sample' 'unsafe-eval' 'unsafe-inline' https: http:;report-uri https://csp.withgoogle.com/csp/gws/other-hp",
      'alt-svc':
        'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000,h3-Q050=":443"; ma=2592000,h3-Q046=":443"; ma=2592000,h3-Q043=":443"; ma=2592000,quic=":443"; ma=2592000; v="46,43"',
      'x-xss-protection': '0',
      'x-frame-options': 'SAMEORIGIN',
    },
    body: '<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">\n  <title>Error 500 (Server Error)!!1</title>\n  <style>\n    *{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}html{background:#fff;color:#222;padding:15px}body{margin:7% auto 0;max-width:390px;min-height:180px;padding:30px 0 15px}* > body{background:url(//www.google.com/images/errors/robot.png) 100% 5px no-repeat;padding-right:205px}p{margin:11px 0 22px;overflow:hidden}ins{color:#777;text-decoration:none}a img{border:0}@media screen and (max-width:772px){body{background:none;margin-top:0;max-width:none;padding-right:0}}#logo{background:url(//www.google.com/images/branding/googlelogo/1x/googlelogo_color_150x54dp.png) no-repeat;margin-left:-5px}@media only screen and (min-resolution:192dpi){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat 0% 0%/100% 100%;-moz-border-image:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) 0}}@media only screen and (-webkit-min-device-pixel-ratio:2){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat;-webkit-background-size:100% 100%}}#logo{display:inline-block;height:54px;width:150px}\n  </style>\n  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>\n  <p><b>500.</b> <ins>That’s an error.</ins>\n  <p>There was an error. Please try again later.  <ins>That’s all we know.</ins>\n',
  },
  {
    name: 'Google API JSON 500 "Internal error encountered."',
    contentType: 'application/json; charset=UTF-8',
    headers: {
      server: 'ESF',
      vary: 'Origin, X-Origin, Referer',
      'x-xss-protection': '0',
      'x-frame-options': 'SAMEORIGIN',
      'alt-svc':
        'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000,h3-Q050=":443"; ma=2592000,h3-Q046=":443"; ma=2592000,h3-Q043=":443"; ma=2592000,quic=":443"; ma=2592000; v="46,43"',
    },
    body: '{\n  "error": {\n    "code": 500,\n    "message": "Internal error encountered.",\n    "errors": [\n      {\n        "message": "Internal error encountered.",\n        "domain": "global",\n        "reason": "backendError"\n      }\n    ],\n    "status": "INTERNAL"\n  }\n}',
  },
  {
    name: 'Amazon.com "Sorry! Something went wrong!" 503',
    status: 503,
    contentType: 'text/html',
    headers: {
      server: 'Server',
      'x-amz-rid': '16264NQH9JV26M2M72DF',
      vary: 'Content-Type,Accept-Encoding,User-Agent',
      'x-cache': 'Error from cloudfront',
      via: '1.1 3c2a6b0d1f0e4f2f5a2d7c1e3b9a8f64.cloudfront.net (CloudFront)',
      'x-amz-cf-pop': 'IAD89-C1',
      'x-amz-cf-id': 'lEVZtl3ZRicSeX9ehvgi2FGGP-XyDjOHc_kif8-RZ-WTu9pShjlfipRx==',
      'content-type': 'text/html',
    },
    body: '<!--\n        To discuss automated access to Amazon data please contact api-services-support@amazon.com.\n        For information about migrating to our APIs refer to our Marketplace APIs at https://developer.amazonservices.com/ref=rm_5_sv, or our Product Advertising API at https://affiliate-program.amazon.com/gp/advertising/api/detail/main.html/ref=rm_5_ac for advertising use cases.\n-->\n<!doctype html>\n<html>\n<head>\n  <meta charset="utf-8">\n  <meta http-equiv="x-ua-compatible" content="ie=edge">\n  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n  <title>Sorry! Something went wrong!</title>\n  <style>\n  html, body {\n    padding: 0;\n    margin: 0\n  }\n\n  img {\n    border: 0\n  }\n\n  #a {\n    background: #232f3e;\n    padding: 11px 11px 11px 192px\n  }\n\n  #b {\n    position: absolute;\n    left: 22px;\n    top: 12px\n  }\n\n  #c {\n    position: relative;\n    max-width: 800px;\n    padding: 0 40px 0 0\n  }\n\n  #e, #f {\n    height: 35px;\n    border: 0;\n    font-size: 1em\n  }\n\n  #e {\n    width: 100%;\n    margin: 0;\n    padding: 0 10px;\n    border-radius: 4px 0 0 4px\n  }\n\n  #f {\n    cursor: pointer;\n    background: #febd69;\n    font-weight: bold;\n    border-radius: 0 4px 4px 0;\n    -webkit-appearance: none;\n    position: absolute;\n    top: 0;\n    right: 0;\n    padding: 0 12px\n  }\n\n  @media (max-width: 500px) {\n    #a {\n      padding: 55px 10px 10px\n    }\n\n    #b {\n      left: 6px\n    }\n  }\n\n  #g {\n    text-align: center;\n    margin: 30px 0\n  }\n\n  #g img {\n    max-width: 90%\n  }\n\n  #d {\n    display: none\n  }\n\n  #d[src] {\n    display: inline\n  }\n  </style>\n</head>\n<body>\n    <a href="/ref=cs_503_logo"><img id="b" src="https://images-na.ssl-images-amazon.com/images/G/01/error/logo._TTD_.png" alt="Amazon.com"></a>\n    <form id="a" accept-charset="utf-8" action="/s" method="GET" role="search">\n        <div id="c">\n            <input id="e" name="field-keywords" placeholder="Search">\n            <input name="ref" type="hidden" value="cs_503_search">\n            <input id="f" type="submit" value="Go">\n        </div>\n    </form>\n<div id="g">\n  <div><a href="/ref=cs_503_link"><img src="https://images-na.ssl-images-amazon.com/images/G/01/error/500_503.png"\n                                        alt="Sorry! Something went wrong on our end. Please go back and try again or go to Amazon\'s home page."></a>\n  </div>\n  <a href="/dogsofamazon/ref=cs_503_d" target="_blank" rel="noopener noreferrer"><img id="d" alt="Dogs of Amazon"></a>\n  <script>document.getElementById("d").src = "https://images-na.ssl-images-amazon.com/images/G/01/error/" + (Math.floor(Math.random() * 43) + 1) + "._TTD_.jpg";</script>\n</div>\n</body>\n</html>\n',
  },
  {
    name: 'AWS JSON-protocol 500 {"__type":"com.amazon.coral.service#InternalFailure"}',
    contentType: 'application/x-amz-json-1.0',
    headers: { 'x-amzn-requestid': '7d77ac79-a942-41ea-ad85-7c38feec3604' },
    body: '{"__type":"com.amazon.coral.service#InternalFailure"}',
  },
  {
    name: 'S3 500 XML InternalError with RequestId and HostId',
    contentType: 'application/xml',
    headers: {
      server: 'AmazonS3',
      'x-amz-request-id': 'EF6FA7A639CAFF15',
      'x-amz-id-2': 'tBkX23mIeq2riHsNw2YShupMlZ9+iy3V/uN+lRhqCR4qHTE07ujFeyAUPTowvuH/',
    },
    body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message><RequestId>EF6FA7A639CAFF15</RequestId><HostId>tBkX23mIeq2riHsNw2YShupMlZ9+iy3V/uN+lRhqCR4qHTE07ujFeyAUPTowvuH/</HostId></Error>',
  },
  {
    name: 'CloudFront 503 "The request could not be satisfied."',
    status: 503,
    contentType: 'text/html',
    headers: {
      server: 'CloudFront',
      'x-cache': 'Error from cloudfront',
      via: '1.1 1f7e0a4f6b3c2d1e0f9a8b7c6d5e4f3a.cloudfront.net (CloudFront)',
      'x-amz-cf-pop': 'IAD89-C1',
      'x-amz-cf-id': 'lEVZtl3ZRicSeX9ehvgi2FGGP-XyDjOHc_kif8-RZ-WTu9pShjlfipRx==',
    },
    body: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">\n<TITLE>ERROR: The request could not be satisfied</TITLE>\n</HEAD><BODY>\n<H1>503 ERROR</H1>\n<H2>The request could not be satisfied.</H2>\n<HR noshade size="1px">\nThe Lambda function associated with the CloudFront distribution was throttled. We can\'t connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.\n<BR clear="all">\nIf you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.\n<BR clear="all">\n<HR noshade size="1px">\n<PRE>\nGenerated by cloudfront (CloudFront)\nRequest ID: lEVZtl3ZRicSeX9ehvgi2FGGP-XyDjOHc_kif8-RZ-WTu9pShjlfipRx==\n</PRE>\n<ADDRESS>\n</ADDRESS>\n</BODY></HTML>',
  },
  {
    name: 'Azure Resource Manager 500 InternalServerError with Diagnostic information',
    contentType: 'application/json; charset=utf-8',
    headers: {
      'x-ms-request-id': '27345547-4861-4376-806e-5f0612a2a003',
      'x-ms-correlation-request-id': '27345547-4861-4376-806e-5f0612a2a003',
      'x-ms-routing-request-id': 'WESTEUROPE:20210213T041159Z:27345547-4861-4376-806e-5f0612a2a003',
      'x-ms-failure-cause': 'service',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    },
    body: '{"error":{"code":"InternalServerError","message":"Encountered internal server error. Diagnostic information: timestamp \'20210213T041159Z\', subscription id \'54aea2c5-5855-40ac-a5e7-5f3252640fae\', tracking id \'27345547-4861-4376-806e-5f0612a2a003\', request correlation id \'27345547-4861-4376-806e-5f0612a2a003\'."}}',
  },
  // Close calls for the patterns of Spring's and Go's HTTP clients, Envoy, Go's TLS errors,
  // CodeIgniter, CakePHP and Drupal paths, PHP versions, Bun's page and quoted password values:
  // templates, masks, validation rules, routes, requirement lists, docs.
  {
    name: 'validator tag (sa-go-validator-tag)',
    contentType: 'application/json',
    body: '{"errors":{"password":"required,min=8"}}',
  },
  {
    name: 'rule (sa-minmax)',
    contentType: 'application/json',
    body: '{"errors":{"password":"min=8,max=64"}}',
  },
  {
    name: 'html-escaped placeholder (sa-html-hidden)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>{"password":"&lt;hidden&gt;","user":"app"}</pre>',
  },
  {
    name: 'docs placeholder (sa-html-docs-apikey)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Send your key as <code>{"api_key": "&lt;api-key&gt;"}</code>.</p>',
  },
  {
    name: 'masked entity (sa-html-bullets)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>{"password": "&bull;&bull;&bull;&bull;&bull;&bull;&bull;&bull;"}</pre>',
  },
  {
    name: 'masked entity (sa-html-numeric-stars)',
    contentType: 'text/html; charset=utf-8',
    body: '<td>{"token": "&#42;&#42;&#42;&#42;&#42;&#42;"}</td>',
  },
  {
    name: 'docs placeholder (sa-html-client-secret)',
    contentType: 'text/html; charset=utf-8',
    body: '<pre>{"client_id":"web","client_secret":"&lt;client-secret&gt;"}</pre>',
  },
  {
    name: 'regex (sa-regex-pattern)',
    contentType: 'application/json',
    body: '{"validation":{"password":"^.{12,64}$"}}',
  },
  {
    name: 'format (sa-regex-apikey-format)',
    contentType: 'application/json',
    body: '{"message":"API key format is invalid","api_key":"[A-Za-z0-9]{32}"}',
  },
  {
    name: 'env reference (sa-symfony-env)',
    contentType: 'application/json',
    body: '{"framework":{"secret":"%env(APP_SECRET)%"}}',
  },
  {
    name: 'k8s env reference (sa-k8s-envref)',
    contentType: 'application/json',
    body: '{"env":{"token":"$(SERVICE_TOKEN)"}}',
  },
  {
    name: 'sa-not-set (sa-not-set)',
    contentType: 'application/json',
    body: '{"password":"(not set)"}',
  },
  {
    name: 'sa-masked-ellipsis (sa-masked-ellipsis)',
    contentType: 'application/json',
    body: '{"api_key":"sk_live_…4242"}',
  },
  {
    name: 'U+25CF mask (sa-masked-blackcircle)',
    contentType: 'application/json',
    body: '{"api_key":"sk_live_●●●●●●●●4242"}',
  },
  {
    name: 'U+00B7 mask (sa-masked-middot)',
    contentType: 'application/json',
    body: '{"api_key":"sk_live_····4242"}',
  },
  {
    name: 'hash mask (sa-masked-hash)',
    contentType: 'application/json',
    body: '{"api_key":"sk_live_####4242"}',
  },
  {
    name: 'validation code (sa-err-invalid)',
    contentType: 'application/json',
    body: '{"errors":{"password":"invalid"}}',
  },
  {
    name: 'validation code (sa-err-missing)',
    contentType: 'application/json',
    body: '{"errors":{"password":"missing"}}',
  },
  {
    name: 'validation code (sa-err-too-weak)',
    contentType: 'application/json',
    body: '{"errors":{"password":"too_weak"}}',
  },
  {
    name: 'validation code (sa-err-mismatch)',
    contentType: 'application/json',
    body: '{"errors":{"password":"mismatch"}}',
  },
  {
    name: 'validation code (sa-err-expired-token)',
    contentType: 'application/json',
    body: '{"errors":{"token":"expired"}}',
  },
  {
    name: 'sa-template (sa-template)',
    contentType: 'application/json',
    body: '{"password":"{{password}}"}',
  },
  {
    name: 'sa-redacted-angle (sa-redacted-angle)',
    contentType: 'application/json',
    body: '{"password":"<redacted>","user":"app"}',
  },
  {
    name: 'sa-empty-list (sa-empty-list)',
    contentType: 'application/json',
    body: '{"token":"[]"}',
  },
  {
    name: 'sa-paren-rule (sa-paren-rule)',
    contentType: 'application/json',
    body: '{"fields":{"password":"(min:8)"}}',
  },
  {
    name: 'validation rule list (sa-laravel-rules)',
    contentType: 'application/json',
    body: '{"rules":{"password":"required|min:8|confirmed"}}',
  },
  {
    name: 'sa-message-space (sa-message-space)',
    contentType: 'application/json',
    body: '{"errors":{"password":"must be at least 8 characters","token":"has expired"}}',
  },
  {
    name: 'sa-sk-redacted (sa-sk-redacted)',
    contentType: 'application/json',
    body: '{"api_key":"sk_test_(redacted)"}',
  },
  {
    name: 'sa-token-bearer-scheme (sa-token-bearer-scheme)',
    contentType: 'application/json',
    body: '{"token":"Bearer","expires":"never"}',
  },
  {
    name: 'endpoint url (sa-token-url)',
    contentType: 'application/json',
    body: '{"token":"https://auth.example.com/oauth2/token"}',
  },
  {
    name: 'unrendered Ruby interpolation (sa-ruby-interp)',
    contentType: 'application/json',
    body: '{"db":{"password":"#{db_password}"}}',
  },
  {
    name: 'i18n interpolation (sa-i18n-percent)',
    contentType: 'application/json',
    body: '{"token":"%{token}"}',
  },
  {
    name: 'env reference (sa-env-call)',
    contentType: 'application/json',
    body: '{"datasource":{"password":"env(DB_PASSWORD)"}}',
  },
  {
    name: 'html-escaped placeholder in JSON (sa-json-entity)',
    contentType: 'application/json',
    body: '{"error":"Unauthorized","token":"&lt;missing&gt;"}',
  },
  {
    name: 'html-escaped mask in JSON (sa-json-mask-entity)',
    contentType: 'application/json',
    body: '{"api_key":"sk_live_&bull;&bull;&bull;&bull;4242"}',
  },
  {
    name: 'sa-html-form-echo (sa-html-form-echo)',
    contentType: 'text/html; charset=utf-8',
    body: '<form><input name="password" value=""><p>password=&lt;required&gt;</p></form>',
  },
  {
    name: 'hc-own-retry (hc-own-retry)',
    contentType: 'text/plain; charset=utf-8',
    body: 'Error 500 Internal Server Error: "Please retry"',
  },
  {
    name: 'JS stringification (hc-object-object)',
    contentType: 'application/json',
    body: '{"error":"502 Bad Gateway: \\"[object Object]\\""}',
  },
  {
    name: 'maintenance (hc-maint-bracket)',
    contentType: 'application/json',
    body: '{"message":"503 Service Unavailable: \\"[maintenance window 02:00-03:00 UTC]\\""}',
  },
  {
    name: 'docs page (hc-docs-example)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Example: <code>200 OK from GET https://api.example.com/v1/status</code></p>',
  },
  {
    name: 'hc-get-started (hc-get-started)',
    contentType: 'text/plain; charset=utf-8',
    body: 'Get "Started" from our guide, or post "hello" to the forum.',
  },
  {
    name: 'hc-no-url (hc-no-url)',
    contentType: 'application/json',
    body: '{"error":"500 Internal Server Error from GET request"}',
  },
  {
    name: 'prose, own public link (hc-get-link)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Get "https://status.example.com": our live status page.</p>',
  },
  {
    name: 'env-plain (env-plain)',
    contentType: 'text/plain; charset=utf-8',
    body: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
  },
  {
    name: 'env-overflow (env-overflow)',
    contentType: 'text/plain; charset=utf-8',
    body: 'upstream connect error or disconnect/reset before headers. reset reason: overflow',
  },
  {
    name: 'env-retried (env-retried)',
    contentType: 'text/plain; charset=utf-8',
    body: 'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: connection timeout',
  },
  {
    name: 'env-no-healthy (env-no-healthy)',
    contentType: 'text/plain; charset=utf-8',
    body: 'no healthy upstream',
  },
  {
    name: 'env-timeout (env-timeout)',
    contentType: 'text/plain; charset=utf-8',
    body: 'upstream request timeout',
  },
  {
    name: 'cdn-cloudflare (cdn-cloudflare)',
    contentType: 'text/html; charset=utf-8',
    body: '<h1>Error 502</h1><p>Ray ID: <strong>8a1b2c3d4e5f6789</strong> &bull; 2026-01-01 10:00:00 UTC</p><h2>Bad gateway</h2>',
  },
  {
    name: 'cdn-cloudfront (cdn-cloudfront)',
    contentType: 'text/html; charset=utf-8',
    body: "<H1>502 ERROR</H1><H2>The request could not be satisfied.</H2><p>CloudFront wasn't able to connect to the origin.</p><p>Generated by cloudfront (CloudFront)<BR>Request ID: Vn0s2kZ7dQ1x_AbCdEfGhIjKlMnOpQrStUvWxYz==</p>",
  },
  {
    name: 'cdn-alb (cdn-alb)',
    contentType: 'text/html; charset=utf-8',
    body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
  },
  {
    name: 'cdn-haproxy (cdn-haproxy)',
    contentType: 'text/html; charset=utf-8',
    body: '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>',
  },
  {
    name: 'cdn-heroku (cdn-heroku)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>An error occurred in the application and your page could not be served. If you are the application owner, check your logs for details. You can do this from the Heroku CLI with the command <code>heroku logs --tail</code></p>',
  },
  {
    name: 'cdn-vercel (cdn-vercel)',
    contentType: 'text/plain; charset=utf-8',
    body: 'A server error has occurred\n\nFUNCTION_INVOCATION_FAILED\n\ncdg1::abcde-1700000000000-0123456789ab\n',
  },
  {
    name: 'api-gw (api-gw)',
    contentType: 'application/json',
    body: '{"message": "Internal server error"}',
  },
  {
    name: 'kong (kong)',
    contentType: 'application/json',
    body: '{"message":"An invalid response was received from the upstream server","request_id":"3f0c2a1b9d8e7f6a"}',
  },
  {
    name: 'tls-generic (tls-generic)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Secure connection to our payment partner failed. Please try again.</p>',
  },
  {
    name: 'st-no-docs (st-no-docs)',
    contentType: 'application/json',
    body: '{"error":"No documents found for your search."}',
  },
  {
    name: 'st-extract (st-extract)',
    contentType: 'application/json',
    body: '{"detail":"We could not extract results for this report."}',
  },
  {
    name: 'ex-no-qualifying (ex-no-qualifying)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>No qualifying products found.</p>',
  },
  {
    name: 'no code (ex-response-status)',
    contentType: 'application/json',
    body: '{"error":"Response status code does not indicate success."}',
  },
  {
    name: 'dp-displayed (dp-displayed)',
    contentType: 'text/html; charset=utf-8',
    body: '<footer>Displayed at 10:41:25am &mdash; refreshed every minute</footer>',
  },
  {
    name: 'dp-ci4-prod (dp-ci4-prod)',
    contentType: 'text/html; charset=utf-8',
    body: '<h1>Whoops!</h1><p>We seem to have hit a snag. Please try again later...</p>',
  },
  {
    name: 'dp-drupal-prod (dp-drupal-prod)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>The website encountered an unexpected error. Try again later.</p>',
  },
  {
    name: 'dp-bun-prod (dp-bun-prod)',
    contentType: 'text/plain; charset=utf-8',
    body: 'Internal Server Error',
  },
  {
    name: 'installer requirements list (vr-requirements)',
    contentType: 'text/html; charset=utf-8',
    body: '<h1>Installation cannot continue</h1><ul><li>PHP: 8.1.0 or newer</li><li>MySQL: 8.0 or newer</li></ul>',
  },
  {
    name: 'hosting announcement (vr-hosting-news)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Site temporarily unavailable. Our platform now supports PHP: 8.3.0 and later.</p>',
  },
  {
    name: 'vr-ci-compat (vr-ci-compat)',
    contentType: 'text/html; charset=utf-8',
    body: '<li>Compatible with CodeIgniter: 4.x</li>',
  },
  {
    name: 'URL route (fp-url-core)',
    contentType: 'text/html; charset=utf-8',
    body: '<a href="/CORE/help.php">Help</a>',
  },
  {
    name: 'URL route (fp-url-root)',
    contentType: 'text/html; charset=utf-8',
    body: '<a href="https://www.example.gov/ROOT/index.php">Home</a>',
  },
  {
    name: 'fp-readme (fp-readme)',
    contentType: 'text/plain; charset=utf-8',
    body: 'See ROOT/README for the layout; (line 4 of the form) is required.',
  },
  {
    name: 'fp-csv-line (fp-csv-line)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Row skipped (line 14 of upload.csv)</p>',
  },
  {
    name: 'user file name (fp-inc-import)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Import failed (line 14 of contacts.inc)</p>',
  },
  {
    name: 'fp-win-docs (fp-win-docs)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Paths longer than 260 characters need the <code>\\\\?\\</code> prefix.</p>',
  },
  {
    name: 'rs-no-bt (rs-no-bt)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Stack backtrace: not available in production.</p>',
  },
  {
    name: 'rs-zero (rs-zero)',
    contentType: 'text/plain; charset=utf-8',
    body: 'Stack backtrace: 0 frames captured',
  },
  {
    name: 'ck-plug-ellipsis (ck-plug-ellipsis)',
    contentType: 'text/html; charset=utf-8',
    body: '<p>Your session cookie (_shop_key=SFMyNTY.…) has expired.</p>',
  },
  {
    name: 'spring-prod (spring-prod)',
    contentType: 'application/json',
    body: '{"timestamp":"2026-01-01T10:00:00.000+00:00","status":500,"error":"Internal Server Error","path":"/api/orders"}',
  },
  {
    name: 'aspnet-prod (aspnet-prod)',
    contentType: 'application/problem+json',
    body: '{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred while processing your request.","status":500,"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"}',
  },
  {
    name: 'a hint field that names a cookie, with no Plug session in it',
    contentType: 'application/json',
    body: `{"api_key_hint":"_shop_key=${token(20, 9074)}"}`,
  },
]
