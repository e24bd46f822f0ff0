import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

const token = (kind: string, seed: number) => ['gh', kind, '_', sampleSecret(36, seed)].join('')

/**
 * GitHub tokens: classic personal access (`ghp_`), OAuth (`gho_`), user-to-server (`ghu_`),
 * server-to-server (`ghs_`), refresh (`ghr_`) and fine-grained (`github_pat_`) tokens.
 *
 * @example
 * ```ts
 * 'Bad credentials for token ghp_…' // flagged, excerpt masked
 * ```
 */
export const secretGithubToken = defineRule({
  id: 'secret-github-token',
  category: 'secret',
  description:
    'GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_ followed by 36+ characters, and github_pat_ fine-grained tokens.',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  pattern:
    /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g,
  ignore: (m) => isPlaceholder(m[0].slice(m[0].indexOf('_') + 1)),
  secret: true,
  message: 'shows a GitHub token',
  examples: {
    leaky: [
      `{"message":"Bad credentials","token":"${token('p', 201)}"}`,
      `git clone https://x-access-token:${token('s', 202)}@github.com/acme/app.git failed`,
      `GITHUB_TOKEN=${['github', '_pat_', sampleSecret(22, 203), '_', sampleSecret(59, 204)].join('')}`,
    ],
    safe: [
      `token: ${['gh', 'p_'].join('')}${'x'.repeat(36)}`,
      'Sign in with GitHub to continue.',
      `ghp_short${sampleSecret(8, 205)}`,
    ],
  },
})
