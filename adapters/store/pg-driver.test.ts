import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONNECT_TIMEOUT_MS, openPostgres } from './pg-driver.js';
import { DatabaseUnavailable } from './unavailable.js';

/**
 * The connect budget, on a "server" that takes the TCP connection and never answers (a frozen
 * PostgreSQL looks like this): the query is told the database is unavailable once the budget is
 * spent, the product's CONNECT_TIMEOUT_MS unless the caller set another. The pool's timer is a
 * faked setTimeout, so the test waits for no clock.
 */
describe('openPostgres connect budget', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let url: string;

  beforeAll(async () => {
    silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `postgres://kysy@127.0.0.1:${(silent.address() as { port: number }).port}/kysy`;
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const socket of sockets) socket.destroy();
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  async function settledAfter(driver: ReturnType<typeof openPostgres>, ms: number): Promise<{ settled: boolean; error?: unknown }> {
    const outcome: { settled: boolean; error?: unknown } = { settled: false };
    driver.query('SELECT 1').then(
      () => (outcome.settled = true),
      (error: unknown) => Object.assign(outcome, { settled: true, error }),
    );
    await vi.advanceTimersByTimeAsync(ms);
    return outcome;
  }

  it('fails fast by default: unavailable after CONNECT_TIMEOUT_MS, not before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const driver = openPostgres(url);
    const early = await settledAfter(driver, CONNECT_TIMEOUT_MS - 100);
    expect(early.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(early.error).toBeInstanceOf(DatabaseUnavailable);
    await driver.close();
  });

  it('waits as long as the caller allows (the tests allow more than the product)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const driver = openPostgres(url, { connectTimeoutMs: 10_000 });
    const outcome = await settledAfter(driver, CONNECT_TIMEOUT_MS + 1_000);
    expect(outcome.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(outcome.error).toBeInstanceOf(DatabaseUnavailable);
    await driver.close();
  });
});
