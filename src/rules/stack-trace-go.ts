import { defineRule } from '../define-rule.ts'

/**
 * Go panics: `goroutine 1 [running]:`, frames `/app/main.go:12 +0x1d` (Gin's recovery prints
 * `/app/handlers/order.go:33 (0x8a1b2c)`), `panic: runtime error:`; and the frames of an error
 * printed with `%+v` by pkg/errors or cockroachdb/errors (`\n\t/app/store/orders.go:42` under the
 * function), or indented by spaces under go-restful's `recover from panic situation:`.
 */
export const stackTraceGo = defineRule({
  id: 'stack-trace-go',
  category: 'stack-trace',
  description:
    'Go panics and goroutine dumps: goroutine headers, `file.go:12 +0x1d` frames (Gin: `file.go:12 (0x4a1b2c)`), signal lines, pkg/errors %+v frames (a tab, then /path/file.go:12 alone on its line), frames of go-restful recovery (the same indented by spaces).',
  keywords: ['goroutine', '.go:', 'panic: ', '[signal sig'],
  pattern:
    /\bgoroutine \d{1,9} \[[\w ,.]{1,60}\]:|\.go:\d{1,7} (?:\+0x[\da-f]{1,16}\b|\(0x[\da-f]{1,16}\))|\bpanic: runtime error: |\[signal SIG[A-Z]{2,8}: |\bcreated by [\w/.*()-]{1,300} in goroutine \d|\n(?:\t| {2,8})(?:\/|[A-Za-z]:[\\/])[^\s:]{1,300}\.go:\d{1,7}(?=\r?\n|$)/g,
  message: 'shows a Go panic or goroutine trace',
  examples: {
    leaky: [
      'get order 42\ngithub.com/acme/orders/internal/store.(*Store).GetOrder\n\t/app/internal/store/orders.go:42\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2136\n',
      'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4553f2]',
      'goroutine 1 [running]:\nmain.handler(...)\n\t/app/cmd/api/main.go:42 +0x1d',
      'goroutine 37 [chan receive, 2 minutes]:',
      '\t/go/pkg/mod/github.com/gin-gonic/gin@v1.9.1/context.go:174 +0x7a',
      'created by net/http.(*Server).Serve in goroutine 1',
      '/go/src/app/handlers/order.go:33 (0x8a1b2c)\n\tGetOrder: item := items[3]',
      'recover from panic situation: - assignment to entry in nil map\r\n    /usr/lib/go-1.19/src/runtime/map_faststr.go:205\r\n    /srv/shop/src/main.go:74\r\n',
    ],
    safe: [
      'Internal Server Error',
      "Don't panic: our team is on it. Request ID 7f3a9c2e.",
      'Go back to https://example.com/orders and try again at 10:30.',
      '{"error":"Internal Server Error","hint":"ready to go: retry in 30 s"}',
    ],
  },
})
