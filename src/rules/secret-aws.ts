import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'
import { trailingSecret } from '../secrets/trailing-secret.ts'

const keyIdPattern = /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Z0-9])/g
const secretKeyPattern =
  /(?:aws_?)?secret_?access_?key["']?\s{0,3}[:=]\s{0,3}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi
// STS session tokens start with the same bytes, so the same base64 ("\t\torigin_ec", "er/aws").
const sessionTokenPattern =
  /(?<![A-Za-z0-9/+])(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+]{32,4000}={0,2}/g

const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const keyId = (seed: number) => ['AK', 'IA', sampleSecret(16, seed, base32)].join('')
const secretKey = (seed: number) => sampleSecret(40, seed, base64)
const sessionToken = (seed: number) =>
  ['IQoJb3JpZ2lu', 'X2Vj', sampleSecret(300, seed, base64)].join('')

const keywords = [
  'akia',
  'asia',
  'abia',
  'acca',
  'a3t',
  'secret_access_key',
  'secret_accesskey',
  'secretaccess_key',
  'secretaccesskey',
  'iqojb3jpz2lux2vj',
  'fwogzxivyxdze',
]

/**
 * AWS credentials: access key IDs (`AKIA…`, `ASIA…`), secret access keys next to their name, and
 * STS session tokens (`IQoJb3JpZ2luX2Vj…`, as an echoed `x-amz-security-token` header shows them).
 * AWS's documentation keys (ending in `EXAMPLE`/`EXAMPLEKEY`) pass.
 *
 * @example
 * ```ts
 * 'aws_secret_access_key=…40 characters…' // flagged, excerpt masked
 * ```
 */
export const secretAws = defineRule({
  id: 'secret-aws',
  category: 'secret',
  description:
    'AWS access key IDs (AKIA/ASIA/ABIA/ACCA + 16), secret access keys in context (aws_secret_access_key=, "SecretAccessKey":) and STS session tokens (IQoJb3JpZ2luX2Vj..., FwoGZXIvYXdzE...).',
  keywords,
  patterns: [keyIdPattern, secretKeyPattern, sessionTokenPattern],
  *detect(subject) {
    for (const view of subject.views) {
      for (const m of keywordMatches(subject, view, keyIdPattern, keywords)) {
        if (m[0].endsWith('EXAMPLE') || isPlaceholder(m[0].slice(4))) continue
        yield {
          message: 'shows an AWS access key ID',
          view,
          span: [m.index, m.index + m[0].length],
          secret: true,
        }
      }
      for (const m of keywordMatches(subject, view, secretKeyPattern, keywords)) {
        const value = m[1] ?? ''
        if (value.includes('EXAMPLE')) continue
        yield trailingSecret(view, m, value, 'shows an AWS secret access key')
      }
      for (const m of keywordMatches(subject, view, sessionTokenPattern, keywords)) {
        // A signed URL's `X-Amz-Security-Token=` is secret-signed-url's.
        if (inSignedUrl(view.text, m.index)) continue
        yield {
          message: 'shows an AWS session token',
          view,
          span: [m.index, m.index + m[0].length],
          secret: true,
        }
      }
    }
  },
  examples: {
    leaky: [
      `{"Credentials":{"AccessKeyId":"${keyId(101)}","SecretAccessKey":"${secretKey(102)}"}}`,
      `aws_access_key_id=${keyId(103)}\naws_secret_access_key = ${secretKey(104)}`,
      `secretaccess_key: ${secretKey(107)}`,
      `x-amz-security-token: ${sessionToken(108)}`,
      `Error: The security token included in the request is invalid. (key ${['AS', 'IA', sampleSecret(16, 105, base32)].join('')})`,
    ],
    safe: [
      `[default]\naws_access_key_id = ${['AK', 'IA'].join('')}XXXXXXXXXXXXXXXX`,
      `aws_access_key_id=${['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')}`,
      'Sign in with your AWS account to continue.',
      `Asia/Tokyo region: AKIAKIA is not a key; neither is ${sampleSecret(20, 106, base32)}`,
    ],
  },
})

/** Whether the value at `at` is a query's `X-Amz-Security-Token=`. */
function inSignedUrl(text: string, at: number): boolean {
  const name = 'x-amz-security-token='
  return at >= name.length && text.slice(at - name.length, at).toLowerCase() === name
}
