import { defineRule } from '../define-rule.ts'

/**
 * The position block Chameleon puts under an error in a page template: the template's file (its
 * path, or its last 60 characters after `... `) and the line and column, as `str(e)` passes them
 * on (`- Filename:   ... on-template-engines/srv/app/templates/order.pt`, `- Location:   (line 6:
 * col 15)`).
 *
 * @example
 * ```ts
 * ' - Filename:   /srv/app/templates/order.pt\n - Location:   (line 6: col 15)' // flagged
 * ```
 */
export const filePathTemplatePosition = defineRule({
  id: 'file-path-template-position',
  category: 'file-path',
  description:
    "The template file and position Chameleon prints under an error (- Filename: …/order.pt, then - Location: (line 6: col 15)), the path whole or cut to its last characters after '... '.",
  keywords: [' - filename: '],
  pattern:
    /(?:^|\n) - Filename: {1,12}\S[^\n]{0,299}\n - Location: {1,12}\(line \d{1,7}: col \d{1,7}\)/g,
  message: "names a template's file and position",
  examples: {
    leaky: [
      "'NoneType' object has no attribute 'email'\n\n - Expression: \"order['customer'].email\"\n - Filename:   ... on-template-engines/srv/app/templates/chameleon/order.pt\n - Location:   (line 6: col 15)",
      ' - Filename:   /srv/app/templates/order.pt\n - Location:   (line 6: col 15)',
    ],
    safe: [
      'Upload failed.\n - Filename: invoice.pdf\n - Size: 12 MB (the limit is 10 MB)',
      '{"error":"Internal Server Error","requestId":"3f1c0d6e"}',
    ],
  },
})
