import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const io = ['express', 'pg', '@slack/bolt', 'botbuilder', 'botbuilder-*', 'openai', '@langchain/*', '@electric-sql/pglite', 'pino', 'node:fs', 'node:fs/promises', 'node:http', 'node:net', 'fs', 'http'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'test/artifacts/**', 'adapters/http/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core stays pure: imports point inward (qualification <- bot <- adapters).
    files: ['qualification/**/*.ts', 'bot/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/adapters/**', ...io], message: 'The core is IO-free: declare a port and implement it in adapters/.' }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'IO belongs in adapters/.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take the time from the `now` argument.' },
        { object: 'Math', property: 'random', message: 'Take randomness through a port.' },
        { object: 'process', property: 'env', message: 'Configuration is read in adapters/config only.' },
      ],
    },
  },
  {
    files: ['qualification/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/adapters/**', '**/bot/**', ...io], message: 'qualification/ is the innermost layer.' }] }],
    },
  },
);
