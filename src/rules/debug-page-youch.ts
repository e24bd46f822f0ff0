import { defineRule } from '../define-rule.ts'

/**
 * The Youch error page, which Nitro and Nuxt (in development) and AdonisJS show: the error, each
 * stack frame with its file and source lines, the request's headers.
 */
export const debugPageYouch = defineRule({
  id: 'debug-page-youch',
  category: 'debug-page',
  description:
    'The Youch error page (Nitro and Nuxt in development, AdonisJS): its stack frame list with file paths and source, and its "Copy error with stack trace" button.',
  keywords: ['stack-frame', 'frame-row-filepath', 'data-line-column', 'copy error with stack'],
  pattern:
    /<div id="stack-frames-wrapper">|\bclass="stack-frame-filepath"|\btitle="Copy error with stack trace"|<div class="frame-row-filepath">|\bdata-line-column="\d/g,
  message: 'is the Youch error page (Nitro/Nuxt development, AdonisJS debug): serve a generic page',
  examples: {
    leaky: [
      '<div class="card-body">\n          <div id="stack-frames-wrapper">\n            <div id="stack-frames-header">',
      '<a href="vscode://file//srv/app/server/api/orders.ts:59" class="stack-frame-filepath" title="server/api/orders.ts">',
      '<button\n              id="copy-error-btn"\n              data-error-text="Error: boom"\n              onclick="copyErrorMessage(this)"\n              title="Copy error with stack trace"',
      '<div class="frame-row ">\n              <div class="frame-row-filepath">\n                app/Controllers/Http/OrdersController.ts:41:11\n              </div>',
    ],
    safe: [
      '<!DOCTYPE html><html><head><title>An error has occurred</title></head><body><h1>Something went wrong</h1><p>Request 3f1c0d6e</p></body></html>',
      '<div class="stack-frame">Please try again later.</div>',
      '{"error":true,"statusCode":500,"statusMessage":"Server Error","message":"Server Error"}',
    ],
  },
})
