import type { Clock } from '../../bot/ports/runtime.js';
import type { RetentionStore } from '../../bot/ports/store.js';
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
  /** Batches per pass at most, so a large backlog does not hold up shutdown. */
  maxBatches?: number;
  intervalMs?: number;
}

export interface PurgeWorker extends PollingLoop {
  /** One pass: purge batch after batch until one comes back short. */
  tick(): Promise<{ purged: number }>;
}

export function createPurgeWorker(options: PurgeWorkerOptions): PurgeWorker {
  const { store, clock, logger, retentionDays } = options;
  const batch = options.batch ?? 200;
  const maxBatches = options.maxBatches ?? 50;
  const intervalMs = options.intervalMs ?? 10 * 60_000;
  async function tick() {
    const before = new Date(clock.now().getTime() - retentionDays * DAY_MS);
    let purged = 0;
    for (let n = 0; n < maxBatches; n++) {
      const count = await store.purgeExpired(before, batch);
      if (count > 0) logger.info({ purged: count, retentionDays }, 'retention purge batch');
      purged += count;
      if (count < batch) break;
    }
    return { purged };
  }

  return { tick, ...pollingLoop(tick, { intervalMs, logger, name: 'retention purge' }) };
}
