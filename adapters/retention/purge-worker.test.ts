import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { pgliteStore } from '../../test/support/stores.js';
import { commit, manualClock, newConversation } from '../store/contract-fixtures.js';
import type { Store } from '../store/index.js';
import { createLogger } from '../log/logger.js';
import { capturingLogger } from '../../test/support/log-lines.js';
import { createPurgeWorker } from './purge-worker.js';

const DAY_MS = 24 * 60 * 60_000;
const START = '2030-01-01T00:00:00.000Z';
const VISITOR_TEXT = 'reach me at maija@example.com';

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** A store holding `count` conversations, each last active at START, one visitor message each. */
async function storeWith(count: number, clock: ReturnType<typeof manualClock>) {
  const store = await pgliteStore({ clock });
  opened.push(store);
  for (let n = 0; n < count; n++) {
    const { conversation } = await store.createConversation(newConversation());
    await store.runTurn(conversation.id, 'm1', ({ conversation: c }) => commit(c.state, { text: VISITOR_TEXT }));
  }
  return store;
}

describe('retention purge worker', () => {
  it('purges conversations idle longer than the retention days, batch by batch, one count line per batch', async () => {
    const clock = manualClock(START);
    const store = await storeWith(5, clock);
    const { lines, logger } = capturingLogger();
    const worker = createPurgeWorker({ store, clock, logger, retentionDays: 90, batch: 2 });

    clock.set(new Date(Date.parse(START) + 90 * DAY_MS).toISOString());
    expect(await worker.tick()).toEqual({ purged: 0 });
    clock.advance(1);
    expect(await worker.tick()).toEqual({ purged: 5 });
    expect(await worker.tick()).toEqual({ purged: 0 });

    expect(lines.map((l) => [l.msg, l.purged, l.retentionDays])).toEqual([
      ['retention purge batch', 2, 90],
      ['retention purge batch', 2, 90],
      ['retention purge batch', 1, 90],
    ]);
    expect(JSON.stringify(lines)).not.toContain('maija');
    expect(Object.keys(lines[0]!).sort()).toEqual(['level', 'msg', 'purged', 'retentionDays', 'service', 'time']);
    expect(await store.listConversations({})).toEqual([]);
  });

  it('stops a pass after its last batch and leaves the rest to the next pass', async () => {
    const clock = manualClock(START);
    const store = await storeWith(5, clock);
    const worker = createPurgeWorker({ store, clock, logger: createLogger('silent'), retentionDays: 30, batch: 2, maxBatches: 2 });
    clock.advance(31 * DAY_MS);
    expect(await worker.tick()).toEqual({ purged: 4 });
    expect(await worker.tick()).toEqual({ purged: 1 });
  });

  it('rests after each full batch as long as the batch took, so turns get the database in between', async () => {
    const clock = manualClock(START);
    const store = await storeWith(5, clock);
    const batches: Array<{ from: number; to: number }> = [];
    const timed = Object.assign(Object.create(store) as Store, {
      async purgeExpired(before: Date, limit: number) {
        const from = performance.now();
        const purged = await store.purgeExpired(before, limit);
        batches.push({ from, to: performance.now() });
        return purged;
      },
    });
    const worker = createPurgeWorker({ store: timed, clock, logger: createLogger('silent'), retentionDays: 30, batch: 2 });
    clock.advance(31 * DAY_MS);
    expect(await worker.tick()).toEqual({ purged: 5 });
    expect(batches).toHaveLength(3);
    for (const [i, next] of batches.slice(1).entries()) {
      const { from, to } = batches[i]!;
      // Timers may fire up to a millisecond early.
      expect(next.from - to).toBeGreaterThanOrEqual(to - from - 1);
    }
  });

  it('ends a pass between two batches when stopped', async () => {
    const clock = manualClock(START);
    const store = await storeWith(5, clock);
    let stopped: Promise<void> | undefined;
    const stopping = Object.assign(Object.create(store) as Store, {
      async purgeExpired(before: Date, limit: number) {
        const purged = await store.purgeExpired(before, limit);
        stopped ??= worker.stop();
        return purged;
      },
    });
    const worker = createPurgeWorker({ store: stopping, clock, logger: createLogger('silent'), retentionDays: 30, batch: 2 });
    clock.advance(31 * DAY_MS);
    expect(await worker.tick()).toEqual({ purged: 2 });
    await stopped;
    expect(await store.listConversations({})).toHaveLength(3);
  });

  it('purges on its interval once started, until stopped', async () => {
    const clock = manualClock(START);
    const store = await storeWith(1, clock);
    clock.advance(2 * DAY_MS);
    const worker = createPurgeWorker({ store, clock, logger: createLogger('silent'), retentionDays: 1, intervalMs: 10 });
    worker.start();
    await expect.poll(() => store.listConversations({}), { timeout: 5_000 }).toEqual([]);
    await worker.stop();
  });
});
