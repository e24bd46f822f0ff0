import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { suffixMatches } from '../audit/suffix-matches.ts'

/** A frame line after its line break or quote: `   at Ns.Type.Method(Int32 id)`. */
const frame = String.raw`[ \t]{1,8}at [\w.\x60$<>|+,[\]]{1,300}\((?!Native Method\)|Unknown Source\))(?:\)|[\w.\x60[\]<>&*]{1,100} \w{1,100}[,)])`

// A frame at the very start of the text is looked for on its own: `^` as a choice next to `\n`
// and `"` makes the regex engine try every position of the text, `[\n"]` lets it skip.
const atStart = new RegExp(String.raw`^${frame}`)
const trace = new RegExp(
  String.raw`[\n"]${frame}|\) in (?:[A-Za-z]:)?[^\n:()]{1,300}:line \d{1,7}|--- End of (?:stack trace from previous location|inner exception stack trace)(?: where exception was thrown)? ---| ---> [A-Z][\w.]{0,200}Exception\b|\n[ \t]{1,8}[\w\x60$<>]{1,100}\.[\w.\x60$<>]{1,300}\([^()\n]{0,400}\) \+\d{1,7}(?=\r?\n)|\) \[0x[0-9a-f]{4,8}\] in (?:<[0-9a-f]{32}>|&lt;[0-9a-f]{32}&gt;|(?:[A-Za-z]:)?[^\n:()<>]{1,300}):\d{1,7}`,
  'dg',
)
const keywords = [' at ', '\tat ', ':line ', '--- end of ', ' ---> ', ') +', ') [0x']

/**
 * .NET stack traces: `   at X.Y.Z(Int32 id) in C:\x.cs:line 12`, `--- End of stack trace ...`, and
 * the frames of classic ASP.NET's error page, without `at` and with an offset
 * (`   System.Web.UI.Control.OnLoad(EventArgs e) +92`), and Mono's, with an IL offset and the
 * module's id or file (`at X.Page_Load (System.Object sender) [0x0000e] in <061e…>:0`).
 *
 * @example
 * ```ts
 * '   at Shop.Data.Repo.Load() in /src/Shop.Data/Repo.cs:line 12' // flagged
 * ```
 */
export const stackTraceDotnet = defineRule({
  id: 'stack-trace-dotnet',
  category: 'stack-trace',
  description:
    ".NET stack frames (`   at Ns.Type.Method(Int32 id)`, `in C:\\src\\x.cs:line 12`), classic ASP.NET frames with an offset (`System.Web.UI.Control.OnLoad(EventArgs e) +92`), Mono's frames with an IL offset (`(System.Object sender) [0x0000e] in <module id>:0`) and their section markers.",
  keywords,
  patterns: [atStart, trace],
  *detect(subject): Iterable<Hit> {
    const message = 'shows a .NET stack trace'
    for (const view of subject.views) {
      // As one pattern with `(?:^|\n|")`, a frame at the very start is found first and the search
      // goes on after it.
      const first = atStart.exec(view.text)?.[0].length ?? 0
      if (first > 0) yield { message, view, span: [0, first] }
      for (const { start, end } of suffixMatches(subject, view, trace, keywords, first))
        yield { message, view, span: [start, end] }
    }
  },
  examples: {
    leaky: [
      'Unhandled exception.\n\tat Shop.Orders.Place(Int32 id)',
      'System.NullReferenceException: Object reference not set to an instance of an object.\n   at Shop.Api.Controllers.OrdersController.Get(Int32 id) in C:\\src\\Shop.Api\\Controllers\\OrdersController.cs:line 27',
      '   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper)',
      '--- End of stack trace from previous location ---',
      '   at Shop.Data.Repo.Load() in /src/Shop.Data/Repo.cs:line 12',
      ' ---> System.InvalidOperationException: Sequence contains no elements\n   --- End of inner exception stack trace ---',
      '{"StackTrace":"   at Shop.Api.Startup.<>c.<Configure>b__4_0(HttpContext ctx)\\r\\n"}',
      '<pre>\n[NullReferenceException: Object reference not set to an instance of an object.]\n   System.Web.UI.Control.OnLoad(EventArgs e) +92\n   System.Web.UI.Page.ProcessRequestMain(Boolean includeStagesBeforeAsyncPoint, Boolean includeStagesAfterAsyncPoint) +1522\n</pre>',
      '<div class="details">  at ASP.customer_aspx.Page_Load (System.Object sender, System.EventArgs e) [0x0000e] in &lt;061e1348cfb64fb5a936f05fdf8aca3b&gt;:0 </div>',
      '  at Shop.Orders.Load (System.Int32 id) [0x00012] in /srv/shop/Orders.cs:42 ',
    ],
    safe: [
      'Internal Server Error',
      'We looked at it (in Ticket 4711) and will report back: line 2 of your order was fine.',
      '   at least one item could not be processed (order 42, line 3)',
      '--- Please try again later ---',
      'Total (incl. VAT) +19\nShipping (standard) +4.90\n',
      'Office hours:\n  Berlin(CET) +1\n  London(GMT) +0\n',
    ],
  },
})
