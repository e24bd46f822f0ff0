import { defineRule } from '../define-rule.ts'

/**
 * Elixir and Erlang stack traces: Elixir's frames `(shop 0.1.0) lib/shop/accounts.ex:33:
 * Shop.Accounts.notify/1` and Erlang's `{file,"src/order_handler.erl"},{line,22}` in a crash
 * report, as Phoenix and Cowboy print them.
 *
 * @example
 * ```ts
 * '    (shop 0.1.0) lib/shop/accounts.ex:33: Shop.Accounts.notify/1' // flagged
 * ```
 */
export const stackTraceBeam = defineRule({
  id: 'stack-trace-beam',
  category: 'stack-trace',
  description:
    'Elixir frames ((app 0.1.0) lib/x.ex:33: Mod.fun/1) and Erlang crash report frames ({file,"src/x.erl"},{line,22}).',
  keywords: ['.ex:', '.exs:', '{file,"'],
  pattern:
    /\(\w{1,60} \d{1,4}\.\d{1,4}\.\d{1,4}[\w.+-]{0,30}\) [\w/.-]{1,300}\.exs?:\d{1,7}: |\{file,"[^"\n]{1,300}"\},\s{0,3}\{line,\d{1,7}\}/g,
  message: 'shows an Elixir or Erlang stack trace',
  examples: {
    leaky: [
      '** (RuntimeError) boom\n    (shop 0.1.0) lib/shop_web/controllers/page_controller.ex:7: ShopWeb.PageController.index/2\n    (phoenix 1.7.10) lib/phoenix/router.ex:432: Phoenix.Router.__call__/5',
      '{badarg,[{erlang,binary_to_integer,[<<"abc">>],[]},{order_handler,init,2,[{file,"src/order_handler.erl"},{line,22}]}]}',
    ],
    safe: [
      'Internal Server Error',
      'Shop (version 1.2.3) is down for maintenance. See status.example.com: updates every 10 minutes.',
      'Download the report (file "orders.csv") again.',
    ],
  },
})
