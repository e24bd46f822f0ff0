import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * API keys of model providers: OpenAI-style `sk-` keys (`sk-proj-`, `sk-svcacct-`, legacy
 * `sk-` + 48), Anthropic (`sk-ant-api03-`), Hugging Face (`hf_`), Groq (`gsk_`).
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
    'Model provider API keys: sk-proj-/sk-svcacct-/sk-admin-, sk- + 32..64 alphanumerics with digits, sk-ant-api03-, hf_, gsk_.',
  keywords: ['sk-', 'hf_', 'gsk_'],
  pattern:
    /(?<![\w-])sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,300}|(?<![\w-])sk-ant-(?:api|admin|oat)\d{2}-[A-Za-z0-9_-]{40,200}|(?<![\w-])sk-[A-Za-z0-9]{32,64}(?![\w-])|(?<![\w-])hf_[A-Za-z]{34}(?![\w-])|(?<![\w-])gsk_[A-Za-z0-9]{52}(?![\w-])/g,
  ignore: (m) => {
    const value = m[0].slice(m[0].startsWith('sk-') ? 3 : m[0].indexOf('_') + 1)
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
    ],
    safe: [
      'Powered by scikit-learn (sk-learn) models.',
      `sk-${'x'.repeat(48)}`,
      'task-0123456789abcdef0123456789abcdef failed; ask-me-anything',
    ],
  },
})

function hasDigit(value: string): boolean {
  for (const c of value) if (c >= '0' && c <= '9') return true
  return false
}
