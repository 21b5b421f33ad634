/**
 * ESLint for the project (run by `npm run lint` from the repository root). Installed in .lint/
 * because typescript-eslint reads the TypeScript 6 JavaScript API, while the project itself is
 * checked by the TypeScript 7 compiler (`tsc`), which has none.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.astro/**',
      'tests/.output/**',
      '.lint/node_modules/**',
      'content/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // The front matter and <script> of .astro files are TypeScript.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are mistakes, except those a signature needs (prefixed with _).
      // The validator looks for control characters on purpose (untrusted content).
      'no-control-regex': 'off',
      // Japanese text uses the full-width space (U+3000) in strings, patterns and page text.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipJSXText: true, skipComments: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
