import { defineRule } from '../define-rule.ts'

/** The Sinatra development exception page (Sinatra::ShowExceptions, `show_exceptions` on). */
export const debugPageSinatra = defineRule({
  id: 'debug-page-sinatra',
  category: 'debug-page',
  description:
    'The Sinatra development exception page (Sinatra::ShowExceptions): its "show_exceptions setting" explanation, the /__sinatra__/500.png image, the backtrace list with "Rack ENV".',
  keywords: ['show_exceptions', '__sinatra__', 'backtrace-ul'],
  pattern:
    /\benabled the (?:<code>)?show_exceptions(?:<\/code>)? setting\b|\/__sinatra__\/500\.png|<ul id="backtrace-ul">/g,
  message: 'is the Sinatra development exception page (turn off show_exceptions)',
  examples: {
    leaky: [
      '<p id="explanation">You\'re seeing this error because you have\nenabled the <code>show_exceptions</code> setting.</p>',
      '<div id="header">\n  <img src="/__sinatra__/500.png" alt="application error" height="161" width="313" />',
      '<div id="backtrace" class=\'condensed\'>\n  <h3>BACKTRACE</h3>\n  <ul id="backtrace-ul">',
    ],
    safe: [
      '<h1>Internal Server Error</h1>',
      'Please do not set show_exceptions in production. Request 3f1c0d6e.',
      '<!DOCTYPE html><html><body><h1>Something went wrong</h1><ul id="backtrace-help"><li>Reload the page</li></ul></body></html>',
    ],
  },
})
