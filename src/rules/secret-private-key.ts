import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'
import { isBase64Char } from '../secrets/token-char.ts'

const patterns = [
  /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |ANY )?PRIVATE KEY(?: BLOCK)?-----(?=(?:\s|\\[nr]){0,4}(?:[A-Za-z0-9+/]{16}|Proc-Type:|Version:|Comment:))(?:[^-]|-(?!----END)){0,12000}/g,
  /\bPrivate-Lines: \d{1,3}\r?\n[A-Za-z0-9+/=\r\n]{16,6000}/g,
]
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const marker = (edge: string, kind: string) =>
  ['-----', edge, ' ', kind, 'PRIVATE', ' KEY-----'].join('')
const pem = (kind: string, seed: number, eol = '\n') =>
  [
    marker('BEGIN', kind),
    sampleSecret(64, seed, base64),
    sampleSecret(64, seed + 1, base64),
    sampleSecret(40, seed + 2, base64),
    marker('END', kind),
  ].join(eol)

const keywords = ['private key', 'private-lines']

/**
 * A PEM private key block (PKCS#1, PKCS#8, SEC1, OpenSSH, PGP) or a PuTTY key's private lines.
 * The whole block is the secret, so excerpts mask it.
 *
 * @example
 * ```ts
 * '-----BEGIN RSA PRIVATE KEY-----\nMIIE…' // flagged, excerpt masked
 * ```
 */
export const secretPrivateKey = defineRule({
  id: 'secret-private-key',
  category: 'secret',
  description:
    'Private keys: -----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )PRIVATE KEY----- blocks and PuTTY Private-Lines.',
  keywords,
  patterns,
  *detect(subject) {
    for (const view of subject.views)
      for (const pattern of patterns)
        for (const m of keywordMatches(subject, view, pattern, keywords)) {
          // A documentation block (`...` between the lines, or a key cut short with `...`) has no
          // key in it: a PEM block never holds a dot.
          if (keyChars(m[0]) < 40 || m[0].includes('...') || m[0].includes('…')) continue
          const span = [m.index, m.index + m[0].length] as const
          yield { message: 'shows a private key', view, span, secret: true }
        }
  },
  examples: {
    leaky: [
      `Error: error:1E08010C:DECODER routines::unsupported\n${pem('RSA ', 31)}`,
      `{"config":{"tls":{"key":"${pem('', 41, '\\n')}"}}}`,
      `${pem('OPENSSH ', 51)}`,
    ],
    safe: [
      `${['-----BEGIN', ' PUBLIC KEY-----'].join('')}\n${sampleSecret(64, 61, base64)}\n-----END PUBLIC KEY-----`,
      'Your private key never leaves your device.',
      `${marker('BEGIN', '')}\n...\n${marker('END', '')}`,
    ],
  },
})

/** Base64 characters after the BEGIN line: a placeholder block has few or none. */
function keyChars(block: string): number {
  let count = 0
  const start = block.indexOf('-----', 5)
  for (let i = start < 0 ? 0 : start + 5; i < block.length; i++) {
    if (isBase64Char(block.charCodeAt(i))) count++
  }
  return count
}
