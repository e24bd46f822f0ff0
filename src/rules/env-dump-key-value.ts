import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'
import { wellKnownEnvNames } from '../env/well-known-names.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'

const line = /(?:^|\n)[ \t]{0,8}(?:export )?([A-Z][A-Z0-9_]{1,60})=(?=\S)/g

const keywords = ['=']

/** Several `NAME=value` lines of environment variables: `PATH=...`, `NODE_ENV=...`, `DATABASE_URL=...`. */
export const envDumpKeyValue = defineRule({
  id: 'env-dump-key-value',
  category: 'env-dump',
  description:
    'An environment dump as NAME=value lines: three or more such lines with a well-known variable (PATH, HOME, NODE_ENV, DATABASE_URL, ...).',
  keywords,
  patterns: [line],
  *detect(subject): Iterable<Hit> {
    for (const view of subject.views) {
      if (view.header !== undefined) continue
      let count = 0
      let known = 0
      let first: readonly [number, number] | undefined
      for (const match of keywordMatches(subject, view, line, keywords)) {
        const name = match[1] as string
        count++
        if (wellKnownEnvNames.has(name)) known++
        const start = match.index + match[0].indexOf(name)
        first ??= [start, start + name.length + 1]
        if ((count >= 3 && known >= 1) || known >= 2) {
          yield { message: 'shows environment variables (NAME=value lines)', view, span: first }
          return
        }
      }
    }
  },
  examples: {
    leaky: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nHOSTNAME=api-7d9f8c6b5-x2x9k\nNODE_VERSION=24.1.0\nHOME=/root',
      'export NODE_ENV=development\nexport PORT=3000\nexport FEATURE_FLAGS=beta',
      '{"output":"USER=app\\nLANG=C.UTF-8\\nSHLVL=1\\nHOME=/home/app\\n"}',
    ],
    safe: [
      'Internal Server Error',
      'NODE_ENV=production',
      'STATUS=500\nREQUEST_ID=3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c\nTIMESTAMP=2026-05-12T10:30:00Z',
      'Visit https://example.com/search?Q=1&PATH=2 later',
    ],
  },
})
