import { defineRule } from '../define-rule.ts'

/**
 * Dart stack traces: the VM's numbered frames (`#1      OrderService.find
 * (package:shop/orders.dart:42:7)`) and the terse frames of package:stack_trace
 * (`package:shop/orders.dart 42:7  OrderService.find`, two spaces or more before the member), as
 * `stackTrace.toString()` writes them.
 *
 * @example
 * ```ts
 * '#0      main (file:///app/bin/server.dart:42:7)' // flagged
 * ```
 */
export const stackTraceDart = defineRule({
  id: 'stack-trace-dart',
  category: 'stack-trace',
  description:
    "Dart stack frames: the VM's numbered frames (#0      main (file:///app/bin/server.dart:42:7)) and package:stack_trace's terse frames (package:shop/orders.dart 42:7  OrderService.find).",
  keywords: ['.dart:', '.dart '],
  pattern: [
    /#\d{1,4} {1,8}[\w$.<> ]{1,200} \((?:dart:|package:|file:\/\/)[^()\s]{1,300}\.dart:\d{1,7}(?::\d{1,5})?\)/g,
    /(?<![^\n"])(?:dart:|package:)?[\w/.-]{1,300}\.dart \d{1,7}:\d{1,5} {2,20}[\w$.<>]{1,200}(?=[ \t]{0,3}(?:\r?\n|$|"|<br))/g,
  ],
  message: 'shows a Dart stack trace',
  examples: {
    leaky: [
      '{"stack":"#0      Object.noSuchMethod (dart:core-patch/object_patch.dart:38:5)\\n#1      OrderService.find (package:shop/orders.dart:42:7)"}',
      'Unhandled exception:\nBad state: No element\n#0      main.<anonymous closure> (file:///app/bin/server.dart:42:7)\n#1      _rootRunUnary (dart:async/zone.dart:1406:47)',
      'package:shop/orders.dart 42:7  OrderService.find\ndart:async/zone.dart 1664:54  _RootZone.runUnary',
    ],
    safe: [
      'Internal Server Error',
      'Download main.dart 3.2 from our samples page.',
      'Step #1 of 3 (see guide.dart for details).',
      '{"recent":["main.dart 10:42 AM","pubspec.yaml 10:40 AM"]}',
      'lib/main.dart 10:42  edited by Alice',
    ],
  },
})
