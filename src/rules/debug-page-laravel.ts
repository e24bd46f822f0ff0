import { defineRule } from '../define-rule.ts'

/** Laravel's debug pages: Ignition, Whoops (filp/whoops) and the old Symfony Debug handler. */
export const debugPageLaravel = defineRule({
  id: 'debug-page-laravel',
  category: 'debug-page',
  description:
    'Laravel debug pages: Ignition, the Whoops pretty page and the Symfony Debug "Whoops, looks like something went wrong" page with its exception details.',
  keywords: [
    'whoops',
    'ignit',
    'exc-title',
    'frames-container',
    'frame-code-container',
    'exception_title',
    'list_exception',
    'block_exception',
  ],
  // The "Whoops, looks like something went wrong." sentence alone is also Laravel 5's production
  // page; only the markup that carries the exception details is flagged.
  pattern:
    /class="Whoops container"|class="exc-title|class="frames-container|class="frame-code-container|\bwindow\.ignite\(|\bignitionConfig\b|@facade\/ignition|spatie\/laravel-ignition|class="exception_title"|class="traces list_exception"|class="block_exception/g,
  message: 'is a Laravel debug page (set APP_DEBUG=false)',
  examples: {
    leaky: [
      '<div class="Whoops container">\n<div class="stack-container"><div class="frames-container">',
      '<div class="frame-code-container "><div class="frame-code active" id="frame-code-0"><div class="frame-file"><strong>/var/www/app/src/Order.php</strong></div>',
      '<script>window.data = {"report":{"exception_class":"ErrorException"}};</script><script>window.ignite(window.data);</script>',
      '<h1>Whoops, looks like something went wrong.</h1>\n<h2 class="block_exception clear_fix"><span class="exception_counter">1/1</span> <span class="exception_title"><abbr title="ErrorException">ErrorException</abbr> in OrderController.php line 12:</span></h2>',
      '<div class="exc-title"><span class="exc-title-primary">ErrorException</span></div>',
    ],
    safe: [
      '<!DOCTYPE html>\n<html><head><title>Server Error</title></head><body><div class="flex"><div class="px-4 text-lg">500</div><div class="ml-4 text-lg uppercase">Server Error</div></div></body></html>',
      '<div class="container"><div class="content"><div class="title">Whoops, looks like something went wrong.</div></div></div>',
      'The ignition of our rocket failed. Request 3f1c0d6e.',
    ],
  },
})
