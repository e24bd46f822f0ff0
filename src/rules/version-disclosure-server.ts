import { defineRule } from '../define-rule.ts'
import { clip } from '../format/clip.ts'

const pattern =
  /\b(?:Apache Tomcat|Apache-Coyote|nginx|openresty|Apache|Tomcat|Jetty|squid|Microsoft-IIS|Microsoft-HTTPAPI|lighttpd|LiteSpeed|Caddy|Envoy|HAProxy|Varnish|Werkzeug|gunicorn|uvicorn|Kestrel|Tengine|Cowboy|Phusion_Passenger|Traefik|Cheroot|WEBrick|TwistedWeb|Yaws)\/v?\d[\w.-]{0,40}|\bJetty(?:\(|:\/\/ ?)\d[\w.-]{0,40}/gi
/**
 * Headers whose versions these rules report, a backend's X-Powered-By passed on by a proxy under
 * its own name among them; other version headers have rules of their own.
 */
const versionHeaders = ['x-powered-by', 'via', 'x-backend-powered-by']

const keywords = [
  'nginx',
  'openresty',
  'apache',
  'tomcat',
  'jetty',
  'squid',
  'microsoft-',
  'lighttpd',
  'litespeed',
  'caddy',
  'envoy',
  'haproxy',
  'varnish',
  'werkzeug',
  'gunicorn',
  'cheroot',
  'webrick',
  'twistedweb',
  'yaws',
  'uvicorn',
  'kestrel',
  'tengine',
  'cowboy',
  'passenger',
  'traefik',
  'kong/',
]

/**
 * Web server and proxy banners with a version in the body, as default error pages print them
 * (`<hr><center>nginx/1.25.3</center>`, `Apache/2.4.57 (Debian) Server at …`, `Apache
 * Tomcat/9.0.80`, `Powered by Jetty:// 9.4.51`). The Server header is the header rules' job.
 *
 * @example
 * ```ts
 * '<hr><center>nginx/1.25.3</center>' // flagged
 * ```
 */
export const versionDisclosureServer = defineRule({
  id: 'version-disclosure-server',
  category: 'version-disclosure',
  description:
    "Server and proxy banners with versions in the body: nginx/, openresty/, Apache/, Apache Tomcat/, Jetty, squid/, Microsoft-IIS/, lighttpd/, Caddy/, Envoy/, HAProxy/, Varnish/, Werkzeug/, gunicorn/, uvicorn/, Kestrel/, Traefik/, Cheroot/, WEBrick/, TwistedWeb/, Yaws/, kong/ (Kong's Via header).",
  keywords,
  // Kong writes its name in lower case (`Via: 1.1 kong/3.6.1`), as no sentence does.
  pattern: [pattern, /\bkong\/\d{1,3}\.\d[\w.-]{0,40}/g],
  // The Server header is header-server-version's; X-Powered-By and Via are read here.
  headers: versionHeaders,
  message: (match) => `shows the server banner ${clip(match[0], 60)}`,
  examples: {
    leaky: [
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>',
      '<address>Apache/2.4.57 (Debian) Server at shop.example.com Port 443</address>',
      '<h3>Apache Tomcat/9.0.80</h3>',
      '<tr><td>SERVER_SOFTWARE</td><td class="code"><div>\'Cheroot/9.0.0 Server\'</div></td></tr>',
      '<ADDRESS>\n     WEBrick/1.8.1 (Ruby/3.1.7/2025-03-26) at\n     127.0.0.1:18704\n    </ADDRESS>',
      '<hr><a href="https://jetty.org/">Powered by Jetty:// 9.4.51.v20230217</a><hr/>',
      'Generated Tue, 14 May 2024 10:00:00 GMT by proxy-01 (squid/5.7)',
      '<center>Microsoft-IIS/10.0</center>',
      {
        status: 502,
        headers: { Via: '1.1 kong/3.6.1' },
        body: 'An invalid response was received from the upstream server',
      },
      {
        status: 502,
        headers: {
          'X-Backend-Powered-By': 'Servlet/3.1 JSP/2.3 (Apache Tomcat/8.5.39 Java/1.8.0)',
        },
        body: 'Bad Gateway',
      },
    ],
    safe: [
      '<hr><center>nginx</center>',
      'Licensed under the Apache License, Version 2.0',
      'Our stack: nginx/ingress and apache/httpd images, see https://github.com/example/infra',
      'Error 502 from our proxy. Request ID: 7f3a2c1e',
      'Hong Kong/2024 office hours: 9:00-17:00',
    ],
  },
})
