import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** Runs only when an integration test starts it: the failures here are the point. */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^safe500\/msw$/, replacement: here('../../../fixtures/msw/index.ts') },
      { find: /^safe500\/fixtures$/, replacement: here('../../../fixtures/vitest/index.ts') },
      { find: /^safe500$/, replacement: here('../../../src/index.ts') },
    ],
  },
  test: {
    root: here('.'),
    include: ['*.test.ts'],
    setupFiles: [here('../../../matchers/vitest.ts')],
  },
})
