import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{bot,qualification,adapters,test,teams,bench}/**/*.test.ts'],
    // The fault tests and the fuzz run in `npm run test:chaos` (vitest.chaos.config.ts).
    exclude: ['node_modules/**', 'data/**', 'test/chaos/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker runs its files one after another in one process that keeps its modules: the whole
    // graph (express, Slack, Bot Framework, the locale packs) is loaded and the example definition
    // compiled once per worker, not once per file (bot/ and qualification/, 83 files: 121 s of CPU
    // -> 37 s). The tests share no mocks or globals (no stubs or process.env; the one vi.mock, in
    // test/conversations/one-reading.test.ts, loads its modules afresh and drops them after); each
    // file opens its own stores, servers and browser contexts, and the one process-wide state, the
    // Prometheus registry, is counted in deltas (test/http/metrics.test.ts).
    isolate: false,
    // vitest's default is one worker fewer than the cores: one on a 2-core machine. Most test time
    // waits on databases, servers and Chromium, so two workers there take ~25 % less time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One PostgreSQL server for the run (DATABASE_URL or a throwaway cluster); test files take databases on it.
    globalSetup: ['test/support/postgres-global-setup.ts'],
  },
});
