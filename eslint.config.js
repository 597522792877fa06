// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const edges = ['content', 'background', 'popup', 'options', 'cli', 'dom', 'ui'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'node_modules/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core is pure: no DOM, no extension APIs, nothing from the edges.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: edges.map((edge) => `**/${edge}/**`),
              message: 'src/core must not import from the edges.',
            },
            {
              group: ['../messages', '../../messages', '**/messages'],
              message: 'src/core must not import the message protocol.',
            },
          ],
          paths: ['webextension-polyfill', 'preact', 'idb', 'linkedom', 'node:fs', 'node:path'].map(
            (name) => ({
              name,
              message: 'src/core runs everywhere: no browser, UI, storage or Node APIs.',
            }),
          ),
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'process',
        'navigator',
      ],
    },
  },
  {
    // The page-side code must not reach into the worker or the extension pages.
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/background/**', '**/popup/**', '**/options/**', '**/cli/**'],
              message: 'content scripts talk to other contexts through messages only.',
            },
          ],
        },
      ],
    },
  },
);
