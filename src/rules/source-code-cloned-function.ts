import { defineRule } from '../define-rule.ts'

/**
 * The source of a function that `structuredClone` (or `postMessage`) could not clone: V8's
 * DataCloneError quotes it whole, so an app that passes `err.message` on sends its code
 * (``(n) => `€${n.toFixed(2)}` could not be cloned.``).
 *
 * @example
 * ```ts
 * '{"error":"(order) => order.total * 1.2 could not be cloned."}' // flagged
 * ```
 */
export const sourceCodeClonedFunction = defineRule({
  id: 'source-code-cloned-function',
  category: 'source-code',
  description:
    "A function's source that structuredClone's DataCloneError quotes (`(n) => n.toFixed(2) could not be cloned.`, `function total(order) { … } could not be cloned.`).",
  keywords: [' could not be cloned.'],
  pattern:
    /(?<![\w$])(?:async )?(?:\([^()\n]{0,100}\)|[\w$]{1,60}) {0,2}=>[^\n]{1,300} could not be cloned\.|\b(?:async )?function\b[^\n]{1,300} could not be cloned\./g,
  message: 'shows the source of a function structuredClone could not clone',
  examples: {
    leaky: [
      '{"error":"(n) => `€${n.toFixed(2)}` could not be cloned."}',
      'DataCloneError: function total(order) { return order.items.length } could not be cloned.',
      '{"error":"order => order.total * 1.2 could not be cloned."}',
    ],
    safe: [
      'Internal Server Error',
      '{"error":"#<Promise> could not be cloned."}',
      'The repository could not be cloned. Check the URL => and try again.',
    ],
  },
})
