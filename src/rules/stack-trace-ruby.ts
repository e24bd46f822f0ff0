import { defineRule } from '../define-rule.ts'

/** Ruby backtrace lines: `/app/x.rb:12:in 'm'` and `from /x.rb:12:in \`m'`. */
export const stackTraceRuby = defineRule({
  id: 'stack-trace-ruby',
  category: 'stack-trace',
  description:
    "Ruby backtrace lines (`app/models/x.rb:12:in `m'`), also from ERB, Rake and Rack files.",
  keywords: [':in '],
  // The look-behind starts a match only at the beginning of a path, so no run is scanned twice.
  pattern: /(?<![\w./~-])[\w./~-]{0,300}\.(?:rb|erb|rake|haml|slim|ru):\d{1,7}:in [`'‘]/g,
  message: 'shows a Ruby backtrace line',
  examples: {
    leaky: [
      "/app/app/controllers/orders_controller.rb:12:in `show'",
      "NoMethodError (undefined method `total' for nil:NilClass):\n  app/models/order.rb:31:in `charge!'\n  from /usr/local/bundle/gems/actionpack-7.1.3/lib/action_controller/metal.rb:227:in `dispatch'",
      "/srv/app/lib/tasks/import.rake:8:in 'block (2 levels) in <top (required)>'",
      '{"backtrace":["app/views/orders/show.html.erb:4:in `_app_views_orders_show_html_erb\'"]}',
    ],
    safe: [
      'Internal Server Error',
      'Log in at https://example.rb/login: in a minute the service is back.',
      'Order rb:12 is being processed in the background.',
      'See status.example.com for updates; we are working on it.',
    ],
  },
})
