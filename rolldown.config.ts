import { readFileSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { defineConfig } from 'rolldown'

// The JavaScript of the package: one file per entry of package.json's "exports", at the path it
// names, and chunks of the code the entries share (one copy of configure()'s state and of
// Safe500Error for all of them). Node loads a few files instead of some 230 modules, which is most
// of what importing safe500 costs each test file. The types come from tsc, file by file.

const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>
}

/** Each entry's output name (its path under dist/, without `.js`) and its source file. */
const input = Object.fromEntries(
  Object.values(manifest.exports)
    .filter((target) => typeof target !== 'string')
    .map(({ default: file }) => {
      const name = file.replace(/^\.\/dist\//, '').replace(/\.js$/, '')
      return [name, `./${name}.ts`]
    }),
)

export default defineConfig({
  // The Node.js version check must run before msw's and undici's module bodies, which crash on an
  // older Node.js without saying why: it stays a module of its own, imported before them.
  input,
  platform: 'node',
  // The node-check group below needs it; the entries export what their sources do.
  preserveEntrySignatures: 'allow-extension',
  // Packages (msw, undici, vitest, @mswjs/interceptors) and node: builtins stay imports.
  external: (id) => !id.startsWith('.') && !isAbsolute(id),
  treeshake: { moduleSideEffects: () => true },
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    // The JSDoc is in the .d.ts files, where editors read it; Node would only parse it again.
    comments: false,
    chunkFileNames: 'internal/[name].js',
    codeSplitting: {
      groups: [
        { name: 'node-check', test: /node-check\.ts$/, includeDependenciesRecursively: false },
      ],
    },
  },
})
