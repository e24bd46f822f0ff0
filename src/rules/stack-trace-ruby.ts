import { defineRule } from '../define-rule.ts'

// Suffix first: a match starts at `.rb:12:in '` and the path, a whole run after none, is captured
// behind it (the colon ends the run), so the engine skips from dot to dot instead of trying every
// word. ShowExceptions frames: Sinatra writes `<code>f.rb</code> in <code><strong>m`, Rack
// `<code>f.rb</code>: in <code>m`; the file may be HTML-escaped (`&#x2F;`).
const frame =
  /(?<=(?<![\w./~-])([\w./~-]{0,300}))\.(?:rb|erb|rake|haml|slim|ru):\d{1,7}:in [`'‘]|<code>[^<>\n]{1,300}\.(?:rb|erb|rake|haml|slim|ru)<\/code>(?: in\s{1,40}<code><strong>|: in <code>)/dg
const keywords = [':in ', '</code> in', '</code>: in']

/**
 * Ruby backtrace lines: `/app/x.rb:12:in 'm'` and `from /x.rb:12:in \`m'`, and the HTML frames of
 * Sinatra's and Rack's ShowExceptions pages (`<code>file.rb</code> in <code><strong>m`).
 */
export const stackTraceRuby = defineRule({
  id: 'stack-trace-ruby',
  category: 'stack-trace',
  description:
    "Ruby backtrace lines (`app/models/x.rb:12:in `m'`), also from ERB, Rake and Rack files, and the frames of Sinatra's and Rack's ShowExceptions pages (file and method in <code> cells).",
  keywords,
  pattern: frame,
  message: 'shows a Ruby backtrace line',
  examples: {
    leaky: [
      "/app/app/controllers/orders_controller.rb:12:in `show'",
      "NoMethodError (undefined method `total' for nil:NilClass):\n  app/models/order.rb:31:in `charge!'\n  from /usr/local/bundle/gems/actionpack-7.1.3/lib/action_controller/metal.rb:227:in `dispatch'",
      "/srv/app/lib/tasks/import.rake:8:in 'block (2 levels) in <top (required)>'",
      '{"backtrace":["app/views/orders/show.html.erb:4:in `_app_views_orders_show_html_erb\'"]}',
      '<li class="frame-info framework">\n  <code>&#x2F;usr&#x2F;share&#x2F;rubygems-integration&#x2F;all&#x2F;gems&#x2F;sinatra-3.0.5&#x2F;lib&#x2F;sinatra&#x2F;base.rb</code> in\n    <code><strong>call</strong></code>\n</li>',
      '<li class="frame">\n  <code>/srv/shop/app.rb</code>: in <code>block in &lt;class:Shop&gt;</code>',
    ],
    safe: [
      'Internal Server Error',
      'Log in at https://example.rb/login: in a minute the service is back.',
      'Order rb:12 is being processed in the background.',
      'See status.example.com for updates; we are working on it.',
      '<p>Put <code>config.ru</code> in <code>/srv/app</code> and restart the service.</p>',
    ],
  },
})
