import { RetryLater } from '../../bot/ports/handoff.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { OutboxItem, OutboxStore } from '../../bot/ports/store.js';
import type { Logger } from '../log/logger.js';
import { type PollingLoop, pollingLoop } from './loop.js';

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * 1 s, 2 s, 4 s, … capped at an hour: a blip (a dropped connection, one 500) is retried within
 * seconds, as Slack's own client would, and a long outage is retried until the other side accepts.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts));
}

export interface OutboxWorkerOptions {
  kind: string;
  outbox: OutboxStore;
  clock: Clock;
  logger: Logger;
  name: string;
  /** Items claimed per pass. */
  batch: number;
  /**
   * Items of a claim delivered at once (1, one by one, by default). Each delivery waits on several
   * statements and a call out; one at a time, a claim of handoffs took seconds while visitors' turns
   * filled PGlite's one connection (bench/handoff.ts). A conversation's own items still go in order.
   */
  concurrency?: number;
  intervalMs: number;
  /** Woken passes start at least this far apart (see pollingLoop); 0, each wake at once, by default. */
  gatherMs?: number;
  /** Delivers one item; resolves to what is remembered about the delivery, rejects to retry it later. */
  deliver(item: OutboxItem): Promise<Record<string, unknown>>;
  /** `deliver` marks the item delivered itself, in the same write as what delivering it changes (the handoff's lead). */
  settlesItself?: boolean;
  /** Told about each failed attempt (the item as claimed, so `attempts` does not count this one). */
  failed(item: OutboxItem, error: unknown, retryAt: Date): void;
}

export interface OutboxWorker extends PollingLoop {
  /** One pass: claim due items of the kind and deliver each. */
  tick(): Promise<{ delivered: number; failed: number }>;
}

/**
 * The loop every outbox consumer runs: claim due items (leased), deliver them (`concurrency` at once,
 * each conversation's in claim order), mark each delivered or failed with its next attempt (RetryLater
 * is honoured). Stopping lets the items in hand finish and hands the rest of the claim back at once,
 * so another instance need not wait out the lease.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { outbox, clock } = options;
  let stopping = false;

  /** Delivers one item and marks it; false when it failed and was marked for its next attempt. */
  async function attempt(item: OutboxItem): Promise<boolean> {
    try {
      const result = await options.deliver(item);
      if (!options.settlesItself) await outbox.markDelivered(item.id, result, clock.now());
      return true;
    } catch (error) {
      const delay = Math.max(retryDelayMs(item.attempts), error instanceof RetryLater ? error.retryAfterMs : 0);
      const retryAt = new Date(clock.now().getTime() + delay);
      await outbox.markFailed(item.id, (error instanceof Error ? error.message : String(error)).slice(0, 500), retryAt);
      options.failed(item, error, retryAt);
      return false;
    }
  }

  async function claimAndDeliver() {
    const items = await outbox.claimDue(options.kind, options.batch, clock.now());
    const byConversation = new Map<string, OutboxItem[]>();
    for (const item of items) byConversation.set(item.conversationId, [...(byConversation.get(item.conversationId) ?? []), item]);
    const queue = [...byConversation.values()];
    let delivered = 0;
    let failed = 0;
    // Each lane takes one conversation's items at a time; a lane that finds the worker stopping hands
    // back what it holds and what no lane has taken yet.
    async function lane() {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const [index, item] of group.entries()) {
          if (stopping) {
            const rest = [...group.slice(index), ...queue.splice(0).flat()];
            await outbox.release(rest.map((i) => i.id), clock.now());
            return;
          }
          if (await attempt(item)) delivered++;
          else failed++;
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 1, queue.length) }, lane));
    return { delivered, failed, full: items.length === options.batch };
  }

  const { intervalMs, logger, name, gatherMs } = options;
  // A full claim may have left due items behind: the next claim follows at once.
  const loop = pollingLoop(claimAndDeliver, { intervalMs, logger, name, gatherMs, more: (pass) => pass.full && !stopping });
  return {
    async tick() {
      const { delivered, failed } = await claimAndDeliver();
      return { delivered, failed };
    },
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
