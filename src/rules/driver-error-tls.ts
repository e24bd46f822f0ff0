import { defineRule } from '../define-rule.ts'

/**
 * TLS failures talking to a backend: certificate verification errors and OpenSSL messages, which
 * reveal the backend's certificate setup and often its host name (OpenSSL's strings of its other
 * libraries, `error:1C800064:Provider routines::bad decrypt`, are exception-message-other-runtimes'
 * crypto errors); the JVM's, Python's and Ruby's
 * words for a handshake with a server that does not speak TLS (`Unrecognized SSL message,
 * plaintext connection?`, `[SSL: WRONG_VERSION_NUMBER]`, `SSL_connect returned=1 errno=0`).
 *
 * @example
 * ```ts
 * "Hostname/IP does not match certificate's altnames: Host: api.internal." // flagged
 * ```
 */
export const driverErrorTls = defineRule({
  id: 'driver-error-tls',
  category: 'driver-error',
  description:
    "TLS errors: self-signed certificate, unable to verify the first certificate, certificate has expired, does not match certificate's altnames, ERR_TLS_*/ERR_SSL_* codes, OpenSSL 'SSL routines' (error:0A00010B:SSL routines::wrong version number), Go's tls: and x509: errors, the JVM's (Unrecognized SSL message, plaintext connection?, javax.net.ssl.SSL*Exception), Python's ([SSL: WRONG_VERSION_NUMBER]) and Ruby's (SSL_connect returned=1 errno=0, OpenSSL::SSL::SSLError).",
  keywords: [
    'self signed',
    'self-signed',
    'unable to verify',
    'unable to get',
    'certificate has expired',
    'altnames',
    'err_tls',
    'unable_to',
    'depth_zero',
    'self_signed',
    'cert_',
    'err_ssl',
    'ssl routines',
    'ssl alert number',
    'tls: failed to verify',
    'x509: ',
    'remote error: tls: ',
    'server gave http response to https client',
    'unrecognized ssl message',
    '[ssl: ',
    'ssl_connect returned=',
    'javax.net.ssl.ssl',
    'openssl::ssl::sslerror',
  ],
  pattern:
    /\bself[- ]signed certificate(?: in certificate chain)?\b|\bunable to (?:verify the first certificate|get local issuer certificate|get issuer certificate)|\bcertificate has expired\b|\bHostname\/IP does not match certificate's altnames|\b(?:ERR_TLS_CERT_ALTNAME_INVALID|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERR_SSL_[A-Z_]{3,60})\b|\bSSL routines:\w{0,60}:|\bSSL alert number \d{1,3}|\btls: failed to verify certificate\b|\bx509: (?:certificate (?:signed by unknown authority|has expired or is not yet valid|is valid for |is not valid for any names|relies on legacy Common Name field)|cannot validate certificate for )|\bremote error: tls: [a-z ]{3,40}|\bhttp: server gave HTTP response to HTTPS client\b|\bUnrecognized SSL message, plaintext connection\?|\bUnsupported or unrecognized SSL message\b|\[SSL: [A-Z][A-Z0-9_]{2,60}\] |\bSSL_connect returned=\d{1,3} errno=\d{1,5}|\bjavax\.net\.ssl\.SSL\w{0,40}Exception\b|\bOpenSSL::SSL::SSLError\b/g,
  message: 'shows a TLS error from a backend connection',
  examples: {
    leaky: [
      'Error: self-signed certificate in certificate chain',
      '{"code":"UNABLE_TO_VERIFY_LEAF_SIGNATURE","message":"unable to verify the first certificate"}',
      "Hostname/IP does not match certificate's altnames: Host: api.internal. is not in the cert's altnames: DNS:*.example.com",
      'error:0A00010B:SSL routines::wrong version number',
      '{"code":"CERT_HAS_EXPIRED"}',
      '{"error":"Post \\"https://ledger.acme-corp.net/v1/entries\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"}',
      'x509: certificate is valid for ingress.local, not ledger.internal',
      'Get "https://10.0.3.7:8443/v1": remote error: tls: bad certificate',
      "x509: cannot validate certificate for 10.0.3.7 because it doesn't contain any IP SANs",
      '{"error":"javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?"}',
      '{"error":"Unsupported or unrecognized SSL message"}',
      '{"error":"[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)"}',
      '{"error":"SSL_connect returned=1 errno=0 peeraddr=10.0.3.7:443 state=error: wrong version number"}',
      '#<OpenSSL::SSL::SSLError: SSL_connect SYSCALL returned=5>',
    ],
    safe: [
      'Secure connection failed. Please try again.',
      'Our certificates are managed automatically.',
      'Your session has expired; please sign in again.',
      'Error: our daily routines: breakfast at 8, lunch at 12.',
      // A key or a ciphertext OpenSSL could not read is crypto's, not a connection's.
      '{"error":"error:1C800064:Provider routines::bad decrypt"}',
      '[SSL: Settings] Enable HTTPS in the dashboard.',
      'We only accept TLS 1.2 or later (SSL messages are refused).',
    ],
  },
})
