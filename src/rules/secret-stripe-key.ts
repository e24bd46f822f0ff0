import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

/**
 * Stripe secret and restricted keys (`sk_live_`, `sk_test_`, `rk_live_`, `rk_test_`) and webhook
 * signing secrets (`whsec_`). Publishable keys (`pk_`) are public and pass.
 *
 * @example
 * ```ts
 * 'Invalid API Key provided: sk_live_…' // flagged, excerpt masked
 * ```
 */
export const secretStripeKey = defineRule({
  id: 'secret-stripe-key',
  category: 'secret',
  description:
    'Stripe secret keys (sk_live_, sk_test_), restricted keys (rk_live_, rk_test_) and webhook secrets (whsec_).',
  keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_'],
  pattern:
    /(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,250}|\bwhsec_[A-Za-z0-9+/=]{24,100}/g,
  ignore: (m) => isPlaceholder(m[0].slice(m[0].lastIndexOf('_') + 1)),
  secret: true,
  message: 'shows a Stripe secret key',
  examples: {
    leaky: [
      `{"error":{"message":"Invalid API Key provided: ${['sk', '_live_', sampleSecret(99, 401)].join('')}","type":"invalid_request_error"}}`,
      `STRIPE_WEBHOOK_SECRET=${['wh', 'sec_', sampleSecret(32, 402)].join('')}`,
      `Stripe.apiKey = "${['rk', '_test_', sampleSecret(24, 403)].join('')}"`,
    ],
    safe: [
      `pk_live_${sampleSecret(24, 404)}`,
      `sk_live_${'X'.repeat(24)}`,
      'Payments are processed by Stripe.',
    ],
  },
})
