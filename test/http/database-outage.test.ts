import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../adapters/store/index.js';
import { postgresBinaries, startCluster, type Cluster } from '../support/postgres-cluster.js';
import { RetryingVisitor } from '../support/retrying-visitor.js';
import { postgresAvailable } from '../support/stores.js';
import { startTestServer, type TestServer } from './server.js';
import { PROFILES } from './visitor.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL stopped (`pg_ctl stop -m fast`, which terminates every session, transactions in flight
 * included) under a small load and started again: the server lives on, answers 503 with Retry-After
 * quickly meanwhile, and recovers by itself. The ten-second version is in the chaos suite.
 */
describe.skipIf(!postgresAvailable())('PostgreSQL going away mid-transaction', () => {
  let cluster: Cluster;
  let store: Store;
  let server: TestServer;

  beforeAll(async () => {
    const bin = await postgresBinaries();
    if (!bin) throw new Error('PostgreSQL server binaries are missing');
    cluster = await startCluster(bin, { durable: false });
    store = await openStore({ databaseUrl: cluster.url });
    server = await startTestServer(store);
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await cluster?.stop();
  });

  it('answers 503 with Retry-After while it is down, never hangs a request past the outage, loses and doubles nothing, and recovers', async () => {
    const notified: string[] = [];
    await store.listen('outage_test', (payload) => notified.push(payload));
    const visitors = Array.from({ length: 4 }, () => new RetryingVisitor(() => server.url, PROFILES.sales_ready));
    await Promise.all(visitors.map((v) => v.start()));

    let running = true;
    const load = Promise.all(
      visitors.map(async (v) => {
        while (running) await v.say(v.nextReply());
      }),
    );
    await sleep(300);
    await cluster.pause();
    await sleep(300);
    const readyWhileDown = await fetch(`${server.url}/readyz`);
    await sleep(1_200);
    await cluster.resume();
    await sleep(1_000);
    running = false;
    await load;

    expect(readyWhileDown.status).toBe(503);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const attempts = visitors.flatMap((v) => v.attempts);
    const refused = attempts.filter((a) => a.status === 503);
    expect(refused.length, 'some requests met the outage').toBeGreaterThan(0);
    expect(refused.every((a) => a.retryAfter !== null)).toBe(true);
    expect(attempts.filter((a) => a.status !== 200 && a.status !== 201 && a.status !== 503)).toEqual([]);
    // A request in flight when the database froze waits the 1.5 s freeze out, then finishes: 2.1 s on a
    // quiet machine, up to 4.4 s seen with the machine loaded 10x over its cores. What must never happen
    // is a hang (a lost connection waited on for good would hold a request for minutes), so the bound is
    // loose: the freeze + 3.5 s.
    expect(Math.max(...attempts.map((a) => a.ms))).toBeLessThan(5_000);

    for (const v of visitors) {
      const stored = (await store.transcript(v.conversationId))!.filter((m) => m.role === 'visitor').map((m) => m.clientMessageId);
      expect(stored, 'every acknowledged message stored exactly once, nothing else').toEqual(v.acknowledged);
    }

    // The LISTEN connection comes back by itself (with backoff) and hears notifications again.
    const deadline = Date.now() + 10_000;
    while (!notified.includes('back') && Date.now() < deadline) {
      await store.notify('outage_test', 'back');
      await sleep(250);
    }
    expect(notified).toContain('back');
  });
});
