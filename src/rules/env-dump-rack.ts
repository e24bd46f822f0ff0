import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

// A Rack environment key as a table cell (`<td>rack.version</td>`) or a Ruby hash key
// (`"rack.version"=>[1, 3]`).
const key =
  /(?:<td>|")((?:rack|puma|sinatra|action_dispatch)\.[a-z_.]{1,60}\??)(?:<\/td>|"\s{0,3}=>)/g

const keywords = ['rack.', 'puma.', 'sinatra.', 'action_dispatch.']

/**
 * The Rack environment as a table or an inspected hash: Sinatra's "Rack ENV" section, with
 * `rack.*` internals and Puma's whole configuration (`puma.config`: binds, options).
 *
 * @example
 * ```ts
 * '<td>puma.config</td>…<td>rack.errors</td>…<td>rack.version</td>' // flagged: three Rack keys
 * ```
 */
export const envDumpRack = defineRule({
  id: 'env-dump-rack',
  category: 'env-dump',
  description:
    'The Rack environment listed as a table or a Ruby hash (three or more keys such as rack.version, rack.errors, puma.config, sinatra.route), as in Sinatra\'s "Rack ENV" section.',
  keywords,
  patterns: [key],
  *detect(subject): Iterable<Hit> {
    for (const view of subject.views) {
      if (view.header !== undefined) continue
      const names = new Set<string>()
      for (const match of keywordMatches(subject, view, key, keywords)) {
        names.add(match[1] as string)
        if (names.size >= 3) {
          yield {
            message: 'shows the Rack environment',
            view,
            span: [match.index, match.index + match[0].length],
          }
          return
        }
      }
    }
  },
  examples: {
    leaky: [
      '<tr><td>sinatra.error</td><td>x</td></tr><tr><td>sinatra.route</td><td>GET /orders</td></tr><tr><td>action_dispatch.request_id</td><td>4f1c</td></tr>',
      '<h3 id="env-info">Rack ENV</h3>\n<table class="req">\n  <tr><td>SERVER_SOFTWARE</td><td class="code"><div>puma 5.6.5</div></td></tr>\n  <tr><td>puma.config</td><td class="code"><div>#&lt;Puma::Configuration:0x00007f6b3dfe7090 @options=…&gt;</div></td></tr>\n  <tr><td>rack.errors</td><td class="code"><div>#&lt;IO:&lt;STDERR&gt;&gt;</div></td></tr>\n  <tr><td>rack.version</td><td class="code"><div>[1, 6]</div></td></tr>\n</table>',
      '{"rack.version"=>[1, 6], "rack.url_scheme"=>"http", "rack.multithread"=>true, "PATH_INFO"=>"/orders"}',
      '{"env":"{\\"rack.version\\"=>[1, 6], \\"rack.url_scheme\\"=>\\"http\\", \\"puma.socket\\"=>nil}"}',
    ],
    safe: [
      '<h1>Internal Server Error</h1>',
      '<p>Middleware may read "rack.input", "rack.errors" and "rack.version".</p>',
      '<table><tr><td>rack.version</td><td>supported</td></tr><tr><td>Request ID</td><td>3f1c0d6e</td></tr></table>',
    ],
  },
})
