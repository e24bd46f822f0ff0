import { defineRule } from '../define-rule.ts'

/**
 * Elixir and Erlang stack traces: Elixir's frames `(shop 0.1.0) lib/shop/accounts.ex:33:
 * Shop.Accounts.notify/1` (or an OTP application's, `(inets 8.2.2) mod_esi.erl:276: …`), and those
 * `Exception.format/3` indents without an application (`    shop_failures.ex:24:
 * Shop.Failures.order_total/1`); Erlang's `{file,"src/order_handler.erl"},{line,22}` in a crash
 * report, as Phoenix, Cowboy and Yaws print them; and the frames of `erl_error:format_exception/3`
 * (`in function  shop_failures:order_total/1 (shop_failures.erl, line 33)`, `in call from
 * inets_shop:report/3`).
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
    'Elixir frames ((app 0.1.0) lib/x.ex:33: Mod.fun/1, (inets 8.2.2) mod_esi.erl:276: ..., and indented x.ex:24: Mod.fun/1 without an app), Erlang crash report frames ({file,"src/x.erl"},{line,22}) and erl_error frames (in function  mod:fun/1 (x.erl, line 33), in call from mod:fun/3).',
  keywords: ['.ex:', '.exs:', '.erl:', '{file,"', 'in function  ', 'in call from '],
  pattern: [
    /\(\w{1,60} \d{1,4}\.\d{1,4}\.\d{1,4}[\w.+-]{0,30}\) [\w/.-]{1,300}\.(?:exs?|erl):\d{1,7}: |\{file,"[^"\n]{1,300}"\},\s{0,3}\{line,\d{1,7}\}/g,
    // Exception.format/3 indents each frame by four spaces; a frame of a module outside any
    // application has no `(app vsn)`: `shop_failures.ex:24: Shop.Failures.order_total/1`,
    // `shop_esi.ex:11: :shop_esi.orders/3`, `x.ex:29: Shop.Failures.shipping_cost("mars")`.
    /(?<= {4})[\w/.-]{1,300}\.exs?:\d{1,7}: (?:[A-Z][\w.]{0,200}|:[a-z][\w.]{0,200})\.[\w?!]{1,100}(?:\/\d{1,3}\b|\()/g,
    // erl_error:format_exception/3: `in function  mod:fun/1 (mod.erl, line 33)`, `in call from
    // mod:'-fun/5-fun-0-'/5`, the function given with its arity or the arguments it was called with.
    /\bin (?:function {2}|call from )(?:'[^'\n]{1,200}'|[a-z][\w@]{0,100}):(?:'[^'\n]{1,200}'|[a-z][\w@]{0,100})(?:\/\d{1,3}\b|\()/g,
  ],
  message: 'shows an Elixir or Erlang stack trace',
  examples: {
    leaky: [
      '** (RuntimeError) boom\n    (shop 0.1.0) lib/shop_web/controllers/page_controller.ex:7: ShopWeb.PageController.index/2\n    (phoenix 1.7.10) lib/phoenix/router.ex:432: Phoenix.Router.__call__/5',
      '{badarg,[{erlang,binary_to_integer,[<<"abc">>],[]},{order_handler,init,2,[{file,"src/order_handler.erl"},{line,22}]}]}',
      '** (MatchError) no match of right hand side value: :error\n    shop_failures.ex:24: Shop.Failures.order_total/1\n    shop_esi.ex:11: :shop_esi.orders/3',
      '** (FunctionClauseError) no function clause matching in Shop.Failures.shipping_cost/1\n    shop_failures.ex:29: Shop.Failures.shipping_cost("mars")',
      '    (inets 8.2.2) mod_esi.erl:276: anonymous fn/5 in :mod_esi.erl_scheme_webpage_chunk/5',
      'exception error: undefined function payments_client:charge/2\n  in function  shop_failures:charge_card/2 (shop_failures.erl, line 47)\n  in call from inets_shop:report/3 (inets_shop.erl, line 16)',
      "exception error: an error occurred when evaluating an arithmetic expression\n  in operator  div/2\n     called as 0 div 0\n  in call from mod_esi:'-erl_scheme_webpage_chunk/5-fun-0-'/5 (mod_esi.erl, line 276)",
    ],
    safe: [
      'Internal Server Error',
      'Shop (version 1.2.3) is down for maintenance. See status.example.com: updates every 10 minutes.',
      'Download the report (file "orders.csv") again.',
      'An error in function of the page: please reload.',
      'We logged an error in call from our mobile app; see notes: 12/3.',
      'Stack: [1,2,3]',
      '    Download notes.ex: 3 pages about the shop.',
    ],
  },
})
