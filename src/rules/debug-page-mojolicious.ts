import { defineRule } from '../define-rule.ts'

/** The Mojolicious exception page of development mode. */
export const debugPageMojolicious = defineRule({
  id: 'debug-page-mojolicious',
  category: 'debug-page',
  description:
    'The Mojolicious development exception page: "Server Error (development mode)", "This application is in development mode and will show internal information".',
  keywords: ['development mode', 'will show internal information'],
  pattern:
    /<title>Server Error \(development mode\)<\/title>|\bThis application is in (?:<b>)?development(?:<\/b>)? mode and will show internal information\b/g,
  message: 'is the Mojolicious development exception page (run in production mode)',
  examples: {
    leaky: [
      '<html>\n  <head>\n    <title>Server Error (development mode)</title>',
      '<h2>Server Error</h2>\n                This application is in <b>development</b> mode and will show internal information to help you with\n                debugging.',
    ],
    safe: [
      '<title>Server Error</title>',
      'This site is in maintenance mode. Request 3f1c0d6e.',
      '<p>We are sorry, but something went wrong. Our team has been told.</p>',
    ],
  },
})
