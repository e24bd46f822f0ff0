import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { hexDigits, sampleSecret } from '../secrets/sample-secret.ts'

const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * API keys of model providers: OpenAI-style `sk-` keys (`sk-proj-`, `sk-svcacct-`, legacy
 * `sk-` + 48), Anthropic (`sk-ant-api03-`), Hugging Face (`hf_`), Groq (`gsk_`), OpenRouter
 * (`sk-or-v1-` + 64 hex), xAI (`xai-` + 80), Replicate (`r8_`) and Perplexity (`pplx-` + 48),
 * as gitleaks' rules give them.
 *
 * @example
 * ```ts
 * 'Incorrect API key provided: sk-proj-…' // flagged, excerpt masked
 * ```
 */
export const secretAiApiKey = defineRule({
  id: 'secret-ai-api-key',
  category: 'secret',
  description:
    'Model provider API keys: sk-proj-/sk-svcacct-/sk-admin-, sk- + 32..64 alphanumerics with digits, sk-ant-api03-, hf_, gsk_, OpenRouter sk-or-v1-, xAI xai-, Replicate r8_, Perplexity pplx-.',
  keywords: ['sk-', 'hf_', 'gsk_', 'xai-', 'r8_', 'pplx-'],
  pattern:
    /(?<![\w-])sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,300}|(?<![\w-])sk-ant-(?:api|admin|oat)\d{2}-[A-Za-z0-9_-]{40,200}|(?<![\w-])sk-[A-Za-z0-9]{32,64}(?![\w-])|(?<![\w-])hf_[A-Za-z]{34}(?![\w-])|(?<![\w-])gsk_[A-Za-z0-9]{52}(?![\w-])|(?<![\w-])sk-or(?:-v\d{1,3})?-[a-f0-9]{64}(?![\w-])|(?<![\w-])xai-[A-Za-z0-9]{80}(?![\w-])|(?<![\w-])r8_[A-Za-z0-9]{37,40}(?![\w-])|(?<![\w-])pplx-[A-Za-z0-9]{48}(?![\w-])/g,
  ignore: (m) => {
    const value = m[0].slice(prefixLength(m[0]))
    if (isPlaceholder(value)) return true
    // A bare sk- key mixes letters and digits; a word-like run does not.
    return m[0].startsWith('sk-') && !hasDigit(value)
  },
  secret: true,
  message: 'shows a model provider API key',
  examples: {
    leaky: [
      `{"error":{"message":"Incorrect API key provided: ${['sk', '-proj-', sampleSecret(156, 601, urlSafe)].join('')}.","code":"invalid_api_key"}}`,
      `OPENAI_API_KEY=${['s', 'k-', sampleSecret(48, 602)].join('')}`,
      `x-api-key: ${['sk-', 'ant-', 'api03-', sampleSecret(93, 603, urlSafe), 'AA'].join('')}`,
      `HF_TOKEN=${['h', 'f_', sampleSecret(34, 604, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')].join('')}`,
      `{"error":{"message":"User not found.","code":401},"key":"${['sk-', 'or-', 'v1-', sampleSecret(64, 605, hexDigits)].join('')}"}`,
      `XAI_API_KEY=${['xa', 'i-', sampleSecret(80, 606)].join('')}`,
      `replicate.exceptions.ReplicateError: Unauthenticated (token ${['r', '8_', sampleSecret(37, 607)].join('')})`,
      `{"detail":"Invalid API key: ${['pp', 'lx-', sampleSecret(48, 608)].join('')}"}`,
    ],
    safe: [
      'Powered by scikit-learn (sk-learn) models.',
      `sk-${'x'.repeat(48)}`,
      'task-0123456789abcdef0123456789abcdef failed; ask-me-anything',
      `sk-or-v1-${'x'.repeat(64)}`,
      'Use the pplx-70b-online model; set r8_ tokens in REPLICATE_API_TOKEN.',
    ],
  },
})

/** Where the key's own characters start: after `sk-`, or after the first `_` or `-`. */
function prefixLength(key: string): number {
  if (key.startsWith('sk-')) return 3
  for (let i = 0; i < key.length; i++) if (key[i] === '_' || key[i] === '-') return i + 1
  return 0
}

function hasDigit(value: string): boolean {
  for (const c of value) if (c >= '0' && c <= '9') return true
  return false
}
