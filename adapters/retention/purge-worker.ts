import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../bot/ports/runtime.js';
import type { RetentionStore } from '../../bot/ports/retention.js';
import { type PollingLoop, pollingLoop } from '../handoff/loop.js';
import type { Logger } from '../log/logger.js';

const DAY_MS = 24 * 60 * 60_000;

export interface PurgeWorkerOptions {
  store: RetentionStore;
  clock: Clock;
  logger: Logger;
  /** Conversations last active longer ago than this are purged (when the visitor never consented). */
  retentionDays: number;
  /** Conversations per batch: one transaction each, so locks stay short. */
  batch?: number;
  /** Batches per pass at most; the rest waits for the next pass. */
  maxBatches?: number;
  intervalMs?: number;
}

export interface PurgeWorker extends PollingLoop {
  /** One pass: purge batch after batch until one comes back short. */
  tick(): Promise<{ purged: number }>;
}

/**
 * A batch is one transaction, and on PGlite a transaction holds the only connection: every turn waits
 * for it. Measured on PGlite (8-turn conversations, loaded machine), a batch of 200 held it ~0.3–1.2 s
 * and reads made meanwhile waited up to 0.47 s; a batch of 25 holds it ~30 ms. So batches are small,
 * and after each the worker rests as long as the batch took: the database's time goes at least half
 * to the turns however large the backlog, and a stop is heard between two batches.
 */
const BATCH = 25;
const MAX_BATCHES = 400;

/**
 * Rests at least `ms`. A timer counts from the event loop's cached time, which lags when the loop is busy
 * (a loaded machine, a batch just finished), so one timer alone can end the rest early.
 */
async function rest(ms: number) {
  const until = performance.now() + ms;
  for (let left = ms; left > 0; left = until - performance.now()) await sleep(left);
}

export function createPurgeWorker(options: PurgeWorkerOptions): PurgeWorker {
  const { store, clock, logger, retentionDays } = options;
  const batch = options.batch ?? BATCH;
  const maxBatches = options.maxBatches ?? MAX_BATCHES;
  const intervalMs = options.intervalMs ?? 10 * 60_000;
  let stopping = false;
  async function tick() {
    const before = new Date(clock.now().getTime() - retentionDays * DAY_MS);
    let purged = 0;
    for (let n = 0; n < maxBatches && !stopping; n++) {
      const started = performance.now();
      const count = await store.purgeExpired(before, batch);
      if (count > 0) logger.info({ purged: count, retentionDays }, 'retention purge batch');
      purged += count;
      if (count < batch) break;
      await rest(performance.now() - started);
    }
    return { purged };
  }

  const loop = pollingLoop(tick, { intervalMs, logger, name: 'retention purge' });
  return {
    tick,
    wake: loop.wake,
    start() {
      stopping = false;
      loop.start();
    },
    async stop() {
      stopping = true;
      await loop.stop();
    },
  };
}
