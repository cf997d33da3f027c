// Lint with type information: the rules that catch real bugs in async, typed code (floating and misused
// promises, awaiting non-promises, unused code), not matters of taste (formatting is left alone).
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tap/', '.scratch/', 'data/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // tap queues subtests itself: the promise of t.test() needs no await (any other promise does).
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafePromises: [{ from: 'package', name: 'PromiseWithSubtest', package: '@tapjs/core' }],
      }],
      // Off: fastify plugins and hooks are async by contract whether or not they await; a style matter here.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true,
      }],
      // Off: Kysely's own idiom destructures the expression builder (`({ not, exists }) => ...`), and tap's
      // harness helpers are closures; neither binds `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Off: its fix can drop an assertion the compiler needs (fastify's logger type in app.ts); no bug class.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Off: every hit is a deliberate String() of a database value narrowed from unknown; template literals,
      // where `[object Object]` bugs come from, stay checked by restrict-template-expressions.
      '@typescript-eslint/no-base-to-string': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Issue #10: a function over ~40 lines is a sign to split it into named steps (STYLE.md); kept so in src/.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 40, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Tests read JSON replies as any on purpose (they assert whichever fields they need).
    files: ['test/**/*.ts', 'test-built/**/*.ts'],
    rules: {
      // A whole-life test keeps the latest reply in one variable as the case moves on; a reply it does not
      // read again is no bug.
      'no-useless-assignment': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The contract pass edits the generated OpenAPI document, which is JSON of no fixed TypeScript shape.
    files: ['src/http/openapi/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Migrations are frozen in time and typed Kysely<any> on purpose (no imports from the app).
    files: ['migrations/**/*.ts', 'src/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    // Plain JavaScript (this file, the bench's bare server) is outside the TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', URL: 'readonly', TextEncoder: 'readonly' },
    },
  },
)
