// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'fixtures/corpus/samples/',
      // Apps the corpus generators run under other toolchains (Next.js compiles its own).
      'fixtures/corpus/generate/apps/',
      '.tmp/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // An un-awaited `expect(res).toBeSafe500()` passes silently: make it a lint error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vitest', 'vitest/*', '@jest/*', 'jest', 'expect'],
              message: 'The engine never imports a test runner.',
            },
            { group: ['msw', 'msw/*', '@mswjs/*'], message: 'The engine never imports msw.' },
            {
              group: ['../matchers/*', '../fixtures/*', '../../matchers/*', '../../fixtures/*'],
              message: 'src/ stands alone.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['matchers/**/*.ts', 'fixtures/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(\\.\\./)?src/(?!index\\.ts$).+',
              message: 'Use the public API of src/ (src/index.ts) only.',
            },
          ],
        },
      ],
    },
  },
  {
    // expectTypeOf(expect(res).toBeSafe500) reads a method without calling it, by design.
    files: ['**/*.test-d.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
