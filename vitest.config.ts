import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** Tests import the package by its public names, resolved to the sources. */
const alias = [
  { find: /^safe500\/vitest$/, replacement: here('./matchers/vitest.ts') },
  { find: /^safe500\/jest$/, replacement: here('./matchers/jest.ts') },
  { find: /^safe500\/matchers$/, replacement: here('./matchers/index.ts') },
  { find: /^safe500\/msw$/, replacement: here('./fixtures/msw/index.ts') },
  { find: /^safe500\/fixtures$/, replacement: here('./fixtures/vitest/index.ts') },
  { find: /^safe500$/, replacement: here('./src/index.ts') },
]

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['./matchers/vitest.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/readme/**/*.test.ts'],
          setupFiles: ['./matchers/vitest.ts'],
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/types/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
    ],
  },
})
