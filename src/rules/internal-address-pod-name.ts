import { defineRule } from '../define-rule.ts'

/**
 * The characters Kubernetes draws a pod's random suffix from (`rand.String`): consonants and
 * digits, with no vowels, so that no word is spelled by chance.
 */
const safe = 'bcdfghjklmnpqrstvwxz2456789'
/**
 * The characters of a pod-template hash: `SafeEncodeString` of the hash's decimal digits maps each
 * of `0`-`9` to one of these ten.
 */
const hashChars = 'bcdf4-9'

/**
 * A Deployment's pod name, read from its generated end: `-<pod-template hash, 8 to 10
 * characters of `hashChars`>-<5 characters of `safe`>`, with the Deployment's name
 * before it found in a look-behind after the match (`orders-api` in
 * `orders-api-7f9c6d8b5-x2x9q`). Written suffix first, so the scan goes from dash to dash.
 */
const pattern = new RegExp(
  String.raw`-([${hashChars}]{8,10})-[${safe}]{5}(?![\w-])(?<=(?<![\w.-])([a-z][a-z0-9-]{0,52})-[${hashChars}]{8,10}-[${safe}]{5})`,
  'dg',
)

/**
 * The name of a Kubernetes pod made by a Deployment (`orders-api-7f9c6d8b5-x2x9q`): it is the
 * pod's host name, so an error that names the instance it ran on (`"instance":"…"`, a
 * `hostname`, an `X-Served-By` header, an upstream's body echoed) names it. The generated parts
 * are drawn from consonants and digits only, the hash from ten of them, so words, UUIDs, hex
 * digests and generated references of other alphabets pass.
 *
 * @example
 * ```ts
 * '{"error":"upstream failed","instance":"pricing-7c9f6d8b54-2xkq9"}' // flagged
 * ```
 */
export const internalAddressPodName = defineRule({
  id: 'internal-address-pod-name',
  category: 'internal-address',
  description:
    "The name of a Kubernetes pod made by a Deployment (orders-api-7f9c6d8b5-x2x9q): the pod's host name, as an error naming its instance, a hostname member or an X-Served-By header shows it.",
  pattern,
  message: (match) => `names the Kubernetes pod ${match[2] ?? ''}${match[0]}`,
  examples: {
    leaky: [
      '{"error":"pq: password authentication failed","service":"pricing","instance":"pricing-7c9f6d8b54-2xkq9"}',
      { status: 500, headers: { 'x-served-by': 'orders-api-7f9c6d8b5-x2x9q' }, body: 'Oops' },
      'Error: connect ECONNREFUSED on host checkout-web-5d4b8c7f96-k2vqz',
      '{"hostname":"inventory-6b8f9c7d5-zx8wq","pid":1,"level":50,"msg":"query failed"}',
    ],
    safe: [
      'Internal Server Error',
      '{"requestId":"3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
      'Build orders-api-20241122-a1b2c ships on Monday.',
      'Tracking code: shop-bcdfghjk-lmnpq',
      'release checkout-web-v2-stable-green is live',
      // Generated references of letters and digits that no pod-template hash can be.
      '{"orderId":"ord-2b4c6d8f9-x2x9q","voucher":"gift-m7n2p9q4r-x8z5w"}',
      '<script src="/assets/avatar-7hk2m9pq-zx8wq.js"></script>',
      '{"image":"registry.example.com/orders-api:1.4.2-2b4c6d8"}',
    ],
  },
})
