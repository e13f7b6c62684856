import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{bot,qualification,adapters,test}/**/*.test.ts'],
    exclude: ['node_modules/**', 'data/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
