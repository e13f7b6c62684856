import { defineConfig } from 'vitest/config';

/**
 * `npm run test:chaos`: the fault tests (a server killed and restarted, PostgreSQL stopped under load,
 * Slack failing, SIGTERM with turns in flight) and the 10,000-request fuzz. Each runs for seconds to
 * a minute on purpose, so they stay out of `npm test`; `.ci/run` runs both.
 */
export default defineConfig({
  test: {
    include: ['test/chaos/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The tests time requests and kill processes: one file at a time, so none slows another down.
    fileParallelism: false,
    globalSetup: ['test/support/postgres-global-setup.ts'],
  },
});
