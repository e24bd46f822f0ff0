import type { PatternRuleSpec } from 'safe500'

/**
 * A custom rule's spec as users write one: internal project code names. Tests give it ids of
 * their own where several must coexist.
 */
export const codenameSpec: PatternRuleSpec = {
  id: 'acme-codename',
  category: 'exception',
  description: 'Internal project code names.',
  keywords: ['falcon'],
  pattern: /\bProject Falcon\b/gi,
  message: 'names an internal project',
  examples: { leaky: ['Project Falcon failed'], safe: ['Something went wrong'] },
}
