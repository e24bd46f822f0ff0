import { defineRule } from '../define-rule.ts'
import { isAsciiDigit } from '../secrets/token-char.ts'

// After a plain space, a bare major.minor followed by a word is prose ("Express 2.5 hour
// shipping"); major.minor.patch, or major.minor ending the phrase, is a version. GlassFish's error
// page puts two spaces before its version (`GlassFish Server Open Source Edition  4.1.1`); Eclipse
// GlassFish's reads `Eclipse GlassFish 7.0.10`.
const pattern =
  /\b(?:Ruby on Rails|Spring Boot|Spring Framework|ASP\.NET Core|ASP\.NET MVC|Play Framework|Zend Framework|Express|Django|Flask|Rails|Laravel|Symfony|Next\.js|Nuxt|NestJS|Fastify|Koa|hapi|Hapi|Struts2?|Sinatra|CodeIgniter|CakePHP|Yii|Phoenix|WordPress|Drupal|Joomla!?|Grails|Quarkus|Micronaut|CherryPy|Hunchentoot|Payara Server|GlassFish Server Open Source Edition|Eclipse GlassFish(?: Server)?)(?:(?: Version:?\s{0,8}| v|\/v?)\d{1,3}\.\d[\d.]{0,20}|(?<=GlassFish Server Open Source Edition|Eclipse GlassFish(?: Server)?) {2}\d{1,3}\.\d{1,4}(?:\.\d[\d.]{0,20})?| \d{1,3}\.\d{1,4}(?:\.\d[\d.]{0,20}|(?!\.?\d|-| [a-z])))|\b(?:Postorius|HyperKitty) Version \d{1,2}\.\d{1,3}(?:\.\d{1,3})?\b|\bMojolicious:\s{1,40}\d{1,2}\.\d{1,3}\b|\bCodeIgniter:\s{1,8}\d{1,2}\.\d{1,3}\.\d{1,3}\b|\bphpLDAPadmin \(\d{1,2}\.\d{1,3}(?:\.\d{1,4}){0,2}\)|\bgitweb\/\d{1,2}\.\d{1,3}(?:\.\d{1,3})?\b|\bcgit v\d{1,2}\.\d{1,3}(?:\.\d{1,3})?\b|\bAWStats \d{1,2}\.\d{1,2} \(build \d{6,8}\)|\bMunin(?:<\/a>)? version \d{1,2}\.\d{1,2}(?:\.\d{1,3})?\b|\/smokeping\/counter\.cgi\/\d\.\d{6}\b|<span>RT Version \d{1,2}\.\d{1,2}\.\d{1,3}|\bNagios(?:&reg;|®)? Core(?:&trade;|™)? \d{1,2}\.\d{1,2}\.\d{1,3}\b|<li id="getZMVersionHTML"[^>\n]{0,200}>\s{0,20}v\d{1,2}\.\d{1,3}\.\d{1,3}\b/g
// A serialized Prisma error carries the client's version: `"clientVersion":"7.10.1"`. Other APIs
// echo a client's version under the same name, so only one near a Prisma class or P-code counts.
const prismaClient = /"clientVersion"\s{0,3}:\s{0,3}"\d{1,3}\.\d{1,3}\.\d{1,3}/g

/** Whether a Prisma error class or code (`"P2002"`) stands within 400 characters of `match`. */
function nearPrismaError(match: RegExpExecArray): boolean {
  const around = match.input.slice(
    Math.max(0, match.index - 400),
    match.index + match[0].length + 400,
  )
  if (around.includes('PrismaClient')) return true
  for (let at = around.indexOf('"P'); at !== -1; at = around.indexOf('"P', at + 1)) {
    let digits = 0
    while (digits < 4 && isAsciiDigit(around.charCodeAt(at + 2 + digits))) digits++
    if (digits === 4 && around[at + 6] === '"') return true
  }
  return false
}

/** Headers whose versions these rules report; other version headers have rules of their own. */
const versionHeaders = ['x-powered-by', 'via']

const keywords = [
  'express',
  'django',
  'flask',
  'rails',
  'laravel',
  'symfony',
  'spring',
  'next.js',
  'nuxt',
  'nestjs',
  'fastify',
  'koa',
  'hapi',
  'struts',
  'sinatra',
  'codeigniter',
  'cakephp',
  'yii',
  'phoenix',
  'asp.net',
  'wordpress',
  'phpldapadmin (',
  'gitweb/',
  'cgit v',
  'awstats ',
  'munin',
  '/smokeping/counter.cgi/',
  'rt version',
  'nagios',
  'getzmversionhtml',
  'drupal',
  'joomla',
  'grails',
  'quarkus',
  'micronaut',
  'hunchentoot',
  'play framework',
  'zend framework',
  'mojolicious',
  'cherrypy',
  'payara server',
  'glassfish server',
  'eclipse glassfish',
  '"clientversion"',
  'postorius version ',
  'hyperkitty version ',
]

/**
 * Web framework and CMS versions in the body: `Express 4.18.2`, `Django Version: 4.2.7`,
 * `Laravel v10.3`, `Rails 7.1.2`, `Spring Boot 3.2.0`, `Next.js 14.1.0`, `WordPress 6.4`; and the
 * Prisma Client version a serialized Prisma error carries (`"clientVersion":"7.10.1"`).
 *
 * @example
 * ```ts
 * '<th>Django Version:</th><td>4.2.7</td>' // flagged once unescaped: Django Version: 4.2.7
 * ```
 */
export const versionDisclosureFramework = defineRule({
  id: 'version-disclosure-framework',
  category: 'version-disclosure',
  description:
    "Framework, CMS and application server versions in the body, X-Powered-By and Via (major.minor at least): Express, Django, Flask, Rails, Laravel, Symfony, Spring Boot, Next.js, Nuxt, NestJS, Fastify, Koa, Struts, ASP.NET Core, WordPress, Drupal, Joomla, CherryPy, Payara, GlassFish, Hunchentoot, Mailman's Postorius and HyperKitty, phpLDAPadmin's title (phpLDAPadmin (1.2.6.3)), gitweb's and AWStats' generator meta (gitweb/2.39.5, AWStats 7.8 (build 20200416)), cgit's footer (cgit v1.2.3), Munin's, Smokeping's and Request Tracker's footers (RT Version 5.0.3), Nagios Core's (Nagios® Core™ 4.4.6), ZoneMinder's navigation bar (v1.36.33), ..., and a serialized Prisma error's clientVersion.",
  keywords,
  pattern: [pattern, prismaClient],
  ignore: (match) => match[0].startsWith('"clientVersion"') && !nearPrismaError(match),
  // The Server header is header-server-version's; X-Powered-By and Via are read here.
  headers: versionHeaders,
  message: (match) =>
    match[0].startsWith('"clientVersion"')
      ? `shows the Prisma Client version ${match[0].slice(match[0].lastIndexOf('"') + 1)}`
      : `shows the framework version ${match[0].slice(0, 60)}`,
  examples: {
    leaky: [
      "<address><a href='http://weitz.de/hunchentoot/'>Hunchentoot 1.2.38</a> <a href='http://www.sbcl.org/'>(SBCL 2.2.9.debian)</a> at 127.0.0.1:18502</address>",
      '<tr><th>Django Version:</th><td>4.2.7</td></tr>',
      '<td class="key text-right">Mojolicious:</td>\n<td class="value"><pre>9.31 (Waffle)</pre></td>',
      '<p>Mailman 3 &bull; Postorius Version 1.3.8</p>',
      'Displayed at 10:41:25am &mdash;\n\t\t\t\tPHP: 8.1.2  &mdash;\n\t\t\t\tCodeIgniter: 4.2.10',
      'Express 4.18.2 error handler',
      '<div class="version">Laravel v10.3.2 (PHP v8.2.1)</div>',
      '<meta name="generator" content="WordPress 6.4.2">',
      '<title>phpLDAPadmin (1.2.6.3) - </title>',
      '<div id="footer">Nagios&reg; Core&trade; 4.4.6 - www.nagios.org</div>',
      '<li id="getZMVersionHTML" class="nav-item dropdown " title="No update is necessary.">\nv1.36.33\n</li>',
      '<p id="version"><span>RT Version 5.0.3+dfsg-3~deb12u6 (Debian)</span></p>',
      '<p class="tagline">This page was generated by <a href="https://munin-monitoring.org/">Munin</a> version 2.0.73 at 2026-11-25 01:17:21+0000 (UTC).</p>',
      '<a href="https://oss.oetiker.ch/smokeping/counter.cgi/2.007003"><img alt="Smokeping" src="../smokeping/images/smokeping.png"></a>',
      '<meta name="generator" content="gitweb/2.39.5 git/2.39.5"/>',
      "<div class='footer'>generated by <a href='https://git.zx2c4.com/cgit/about/'>cgit v1.2.3</a> (<a href='https://git-scm.com/'>git 2.39.1</a>)</div>",
      '<meta name="generator" content="AWStats 7.8 (build 20200416) from config file awstats.shop.conf (http://www.awstats.org)">',
      'Whitelabel Error Page (Spring Boot 3.2.0)',
      'Powered by Django 4.2.',
      '<div id="powered_by"><span>Powered by <a href="http://www.cherrypy.dev">CherryPy 18.9.0</a></span></div>',
      {
        status: 500,
        headers: {
          'X-Powered-By':
            'Servlet/4.0 JSP/2.3 (Payara Server 5.2022.5 Java/Oracle Corporation/1.8)',
        },
        body: 'Internal Server Error',
      },
      '{"error":{"code":"P2002","clientVersion":"7.10.1","name":"PrismaClientKnownRequestError"}}',
      '<hr/><h3>GlassFish Server Open Source Edition  4.1.1 </h3></body></html>',
      '<hr/><h3>Eclipse GlassFish  7.0.10 </h3></body></html>',
      '<title>Eclipse GlassFish 7.0.10 - Error report</title>',
    ],
    safe: [
      '<pre>Express  4.99\nPhoenix  2.5</pre>',
      'Express checkout is temporarily unavailable.',
      'Upgrade guide: Rails 7 and Django 5 are supported.',
      'Built with Next.js and deployed on the edge.',
      'Express 2.5 hour shipping is paused; Express 2.5-hour slots return soon.',
      '{"clientVersion":"unknown"}',
      '{"error":"upgrade required","clientVersion":"4.12.0","minClientVersion":"5.0.0"}',
      'Our apps run on Eclipse GlassFish. Version details are on the status page.',
    ],
  },
})
