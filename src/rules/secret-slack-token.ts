import { defineRule } from '../define-rule.ts'
import { isPlaceholder } from '../secrets/is-placeholder.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

const digits = '0123456789'

/**
 * Slack tokens (`xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-`, `xapp-`) and incoming-webhook URLs.
 *
 * @example
 * ```ts
 * 'invalid_auth for xoxb-…' // flagged, excerpt masked
 * ```
 */
export const secretSlackToken = defineRule({
  id: 'secret-slack-token',
  category: 'secret',
  description:
    'Slack bot/user/app tokens (xox[abposr]-, xapp-) and https://hooks.slack.com/ webhook URLs.',
  keywords: ['xox', 'xapp-', 'hooks.slack.com'],
  pattern:
    /(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,250}|\bxapp-\d-[A-Z0-9]{8,15}-\d{8,16}-[a-f0-9]{32,80}|https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_+-]{20,200}/g,
  ignore: (m) => isPlaceholder(m[0].slice(5)),
  secret: true,
  message: 'shows a Slack token or webhook URL',
  examples: {
    leaky: [
      `{"ok":false,"error":"invalid_auth","token":"${['xo', 'xb-', sampleSecret(12, 301, digits), '-', sampleSecret(13, 302, digits), '-', sampleSecret(24, 303)].join('')}"}`,
      `POST ${['https://hooks.slack', '.com/services/T', sampleSecret(10, 304), '/B', sampleSecret(10, 305), '/', sampleSecret(24, 306)].join('')} returned 404`,
    ],
    safe: [
      'Contact us on Slack: #support',
      `SLACK_TOKEN=${['xo', 'xb-'].join('')}xxxxxxxxxxxx`,
      'https://hooks.slack.com/ is down',
    ],
  },
})
